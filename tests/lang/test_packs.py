"""Integrity of every language pack's data files: what the code reads must be there and
well formed, so a new pack (or a bad edit) fails here and not silently at run time."""
import tomllib

import pytest

from lajm import lang as langs
from lajm.annotate.modality import BLOCKING_CUE
from lajm.annotate.patterns import PatternSet
from lajm.kb.records import SECTORS
from lajm.lang.base import LanguagePack, read_tsv
from lajm.model import EVENT_TYPES, MODALITIES, Doc, Article
from lajm.pipeline import Pipeline

PACKS = langs.available()

COLUMNS = {
    "triggers": ["pattern", "type", "mode", "cameo", "frame", "recipient"],
    "roles": ["stem", "role", "sector", "weak"],
    "attribution": ["cue", "kind"],
    "modality": ["cue", "value", "reach"],
    "numbers": ["word", "value", "role"],
    "quantities": ["cue", "field", "value", "unit"],
}
FRAMES = {"verb", "noun", "receive", "middle", "speaker"}
BLOCK = "-"  # an entry that claims its words and codes no event
REACHES = {"next", "after", "before"}
ATTRIBUTION_KINDS = {"verb", "prep", "media", "gerund", "denial", "previous"}
# Tables whose first column is a word pattern (annotate/patterns.py) matched against tokens.
PATTERN_TABLES = {"triggers": "pattern", "attribution": "cue", "modality": "cue"}
# Word lists that must not be empty: the stages that read them do nothing without them.
REQUIRED_WORDS = ("abbreviations", "coordinators", "prepositions", "pronouns", "complementizers",
                  "passive_aux", "clause_breaks", "location_preps", "agent_preps", "subjunctive",
                  "not_names")


SAMPLE = {  # read by every stage, in case one asks for its words only when it runs
    "sq": "Ministri i Jashtëm tha se Rusia nuk do të sulmonte Ukrainën të hënën.",
    "en": "The foreign minister said Russia would not attack Ukraine on Monday.",
}


def pack(code: str) -> LanguagePack:
    return langs.load(code)


def tables(code: str) -> list[str]:
    return sorted(p.stem for p in pack(code).folder.glob("*.tsv"))


def pack_tables():
    return [(code, name) for code in PACKS for name in tables(code)]


def sample_words(pattern: str, choice: int = 0) -> list[str]:
    """Words a pattern must match: stems and endings completed, gaps left empty, and of
    each "a|b" alternation the choice-th form (the last one when there are fewer)."""
    words = []
    for part in pattern.lower().split():
        if part == "~":
            continue
        forms = part.split("|")
        part = forms[min(choice, len(forms) - 1)]
        words.append(part[:-1] + "a" if part.endswith("*") else "a" + part[1:] if part.startswith("*") else part)
    return words


def samples(pattern: str) -> list[list[str]]:
    """One word sequence for each form of the pattern's longest alternation."""
    widest = max(len(part.split("|")) for part in pattern.split())
    return [sample_words(pattern, k) for k in range(widest)]


def tokens_of(code: str, text: str) -> list[str]:
    doc = Pipeline(code, stages=["sentences", "tokens"])(Article(text=text, lang=code))
    return [doc.slice(t) for t in doc.tokens]


def test_there_are_albanian_and_english_packs():
    assert {"sq", "en"} <= set(PACKS)


@pytest.mark.parametrize("code", PACKS)
def test_every_pack_has_the_tables_the_code_reads(code):
    assert set(COLUMNS) <= set(tables(code))


@pytest.mark.parametrize("code,name", pack_tables())
def test_every_table_parses_with_its_header_columns(code, name):
    rows = read_tsv(pack(code).folder / f"{name}.tsv")
    assert rows, f"{code}/{name}.tsv has no rows"
    header = list(rows[0])
    if name in COLUMNS:
        assert header == COLUMNS[name]
    for row in rows:
        assert list(row) == header
        assert row[header[0]], f"{code}/{name}.tsv: a row with an empty first column: {row}"


@pytest.mark.parametrize("code,name", pack_tables())
def test_no_duplicate_keys(code, name):
    rows = pack(code).table(name)
    first = list(rows[0])[0]
    keys = [row[first] for row in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{code}/{name}.tsv repeats {duplicates}"


@pytest.mark.parametrize("code", PACKS)
def test_pack_toml_parses_and_names_its_code(code):
    config = tomllib.loads((pack(code).folder / "pack.toml").read_text(encoding="utf-8"))
    assert config["code"] == code
    assert int(config["stem_slack"]) >= 0


@pytest.mark.parametrize("code", PACKS)
def test_every_toml_file_parses(code):
    for path in pack(code).folder.glob("*.toml"):
        assert isinstance(tomllib.loads(path.read_text(encoding="utf-8")), dict), path


@pytest.mark.parametrize("code", PACKS)
def test_triggers_are_plover_types_with_known_frames(code):
    for row in pack(code).table("triggers"):
        assert row["type"] in EVENT_TYPES or row["type"] == BLOCK, row
        if row["type"] == BLOCK:
            continue
        assert row["frame"] in FRAMES, row
        assert row["cameo"].isdigit(), row


@pytest.mark.parametrize("code", PACKS)
def test_trigger_recipient_markers_are_obj_or_prepositions_of_the_pack(code):
    prepositions = set(pack(code).words("prepositions"))
    for row in pack(code).table("triggers"):
        for marker in filter(None, row["recipient"].split(",")):
            assert marker == "obj" or marker in prepositions, (row["pattern"], marker)


@pytest.mark.parametrize("code", PACKS)
def test_every_event_type_has_triggers(code):
    assert {row["type"] for row in pack(code).table("triggers")} - {BLOCK} == set(EVENT_TYPES)


@pytest.mark.parametrize("code,name", [(c, n) for c in PACKS for n in PATTERN_TABLES])
def test_every_pattern_compiles_and_matches_its_own_words(code, name):
    column = PATTERN_TABLES[name]
    failing = []
    for row in pack(code).table(name):
        for words in samples(row[column]):
            if PatternSet([(row[column], "hit")]).find(words) != [(0, len(words), "hit")]:
                failing.append(row[column])
    assert not failing, f"{code}/{name}.tsv: patterns that do not match their own words: {failing}"


@pytest.mark.parametrize("code,name", [(c, n) for c in PACKS for n in PATTERN_TABLES])
def test_every_pattern_word_is_one_token(code, name):
    """Patterns are matched token by token: a word the tokenizer splits can never match."""
    column = PATTERN_TABLES[name]
    split = [(row[column], word) for row in pack(code).table(name)
             for words in samples(row[column]) for word in words if len(tokens_of(code, word)) != 1]
    assert not split, f"{code}/{name}.tsv: (pattern, word) never one token: {split}"


@pytest.mark.parametrize("code", PACKS)
def test_roles_have_plover_sectors(code):
    for row in pack(code).table("roles"):
        assert row["sector"] in SECTORS, row
        assert row["weak"] in ("0", "1"), row
        assert row["stem"] == row["stem"].lower(), row


@pytest.mark.parametrize("code", PACKS)
def test_modality_values_and_reaches(code):
    for row in pack(code).table("modality"):
        assert row["value"] in (set(MODALITIES) - {"asserted"}) | {BLOCKING_CUE}, row
        assert row["reach"] in REACHES, row


@pytest.mark.parametrize("code", PACKS)
def test_attribution_kinds(code):
    kinds = {row["kind"] for row in pack(code).table("attribution")}
    assert kinds <= ATTRIBUTION_KINDS
    assert {"verb", "prep"} <= kinds


@pytest.mark.parametrize("code", PACKS)
def test_pack_has_every_word_list_the_pipeline_reads(code, monkeypatch):
    """Build and run a pipeline while recording which word lists the stages ask for."""
    asked = set()
    words = LanguagePack.words

    def recording(self, key):
        asked.add(key)
        return words(self, key)

    monkeypatch.setattr(LanguagePack, "words", recording)
    Pipeline(code)(Article(text=SAMPLE.get(code, ""), lang=code))
    lists = pack(code).config["words"]
    assert asked, "the pipeline read no word lists"
    missing = sorted(asked - set(lists))
    assert not missing, f"{code}/pack.toml [words] lacks {missing}"
    for key in asked:
        assert all(isinstance(w, str) and w.strip() == w and w for w in lists[key]), key


@pytest.mark.parametrize("code", PACKS)
@pytest.mark.parametrize("key", REQUIRED_WORDS)
def test_required_word_lists_are_not_empty(code, key):
    assert pack(code).words(key)


@pytest.mark.parametrize("code", PACKS)
def test_argument_prepositions_are_prepositions(code):
    prepositions = set(pack(code).words("prepositions"))
    for key in ("location_preps", "agent_preps"):
        assert set(pack(code).words(key)) <= prepositions, key


@pytest.mark.parametrize("code", PACKS)
def test_role_modifiers_are_lowercase_words(code):
    for word, office in pack(code).config.get("role_modifiers", {}).items():
        assert word == word.lower() and " " not in word, word
        assert office.isidentifier(), office


@pytest.mark.parametrize("code", PACKS)
def test_pack_builds_a_working_pipeline(code):
    doc = Pipeline(code)(Article(text="", lang=code))
    assert isinstance(doc, Doc) and doc.events == []
