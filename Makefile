VENV ?= .venv
BIN = $(VENV)/bin
DB ?= lajm.db

.PHONY: run test clean

$(BIN)/lajm: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

run: $(BIN)/lajm
	$(BIN)/lajm ingest examples/ --db $(DB)
	$(BIN)/lajm events --db $(DB)

test: $(BIN)/lajm
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
