VENV ?= .venv
BIN = $(VENV)/bin
DB ?= lajm.db
# lajm is installed built (its reading modules compiled, see setup.py), so it is rebuilt
# whenever a source or data file changes.
SOURCES := pyproject.toml setup.py $(shell find src -type f -not -name '*.pyc')

.PHONY: run test clean

$(BIN)/lajm: $(SOURCES)
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q '.[test]'
	touch $@

run: $(BIN)/lajm
	$(BIN)/lajm ingest examples/ --db $(DB)
	$(BIN)/lajm events --db $(DB)

test: $(BIN)/lajm
	$(BIN)/python -m mypy src/lajm
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
