"""Users' own knowledge-base files: added by argument or LAJM_KB_EXTRA, checked on load."""
import os
from datetime import date

import pytest

from lajm import kb
from lajm.errors import PackError

PERSONS = "id\tname\tgender\tall\ten\tsq\nperson:test-mayor\tArta Berisha-Krasniqi\tm\tArta Berisha-Krasniqi\t\t\n"
OFFICES = "person\trole\tcode\tsector\tstart\tend\nperson:test-mayor\tprime_minister\tKOS\t\t2031-01-01\t\n"


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extra_files_add_people_and_offices(tmp_path):
    extra = (write(tmp_path, "persons-mine.tsv", PERSONS), write(tmp_path, "offices-mine.tsv", OFFICES))
    base = kb.load(extra)
    assert "Arta Berisha-Krasniqi" in [e.form for e in base.holders("prime_minister", "KOS", date(2031, 6, 1))]
    assert "Arta Berisha-Krasniqit" in {e.form for e in base.entries("sq")}


def test_a_folder_of_files_is_read(tmp_path):
    write(tmp_path, "persons-mine.tsv", PERSONS)
    write(tmp_path, "offices-mine.tsv", OFFICES)
    assert kb.load((tmp_path,)).holders("prime_minister", "KOS", date(2031, 6, 1))


def test_environment_variable_adds_files(tmp_path, monkeypatch):
    paths = [write(tmp_path, "persons-env.tsv", PERSONS), write(tmp_path, "offices-env.tsv", OFFICES)]
    monkeypatch.setenv(kb.EXTRA_ENV, os.pathsep.join(str(p) for p in paths))
    assert kb.load().holders("prime_minister", "KOS", date(2031, 6, 1))


def test_a_user_row_replaces_the_built_in_row_with_its_key(tmp_path):
    media = "id\tkind\tcode\tsector\tname\ten\tsq\nmedia:reuters\tmedia\tUSA\tJRN\tReuters\tReuters\t\n"
    base = kb.load((write(tmp_path, "media-fix.tsv", media),))
    assert {e.code for e in base.entries("en") if e.form == "Reuters"} == {"USA"}


def test_the_built_in_knowledge_base_is_shared():
    assert kb.load() is kb.load()


@pytest.mark.parametrize("name, text, message", [
    ("notes.tsv", "a\tb\n1\t2\n", "not a knowledge-base table"),
    ("places-x.tsv", "id\tkind\tcode\tsector\tname\ten\nseat:x\tseat\tXXX\tGOV\tX\tX\n", "unknown country code 'XXX'"),
    ("places-x.tsv", "id\tkind\tcode\tsector\tname\ten\nseat:x\tpalace\tRUS\tGOV\tX\tX\n", "unknown kind"),
    ("places-x.tsv", "id\tkind\tcode\tsector\tname\ten\nseat:x\tseat\tRUS\tBOSS\tX\tX\n", "unknown sector 'BOSS'"),
    ("places-x.tsv", "id\tkind\tcode\tsector\tname\tsq\nseat:x\tseat\tRUS\tGOV\tX\tKremlin:n\n", "unknown inflection mark 'n'"),
    ("places-x.tsv", "id\tkind\tcode\nseat:x\tseat\tRUS\n", r"needs the column\(s\) sector, name"),
    ("offices-x.tsv", OFFICES, "unknown person 'person:test-mayor'"),
    ("persons-x.tsv", PERSONS + PERSONS.splitlines()[1] + "\n", "duplicate key"),
])
def test_bad_files_are_reported_with_their_name(tmp_path, name, text, message):
    path = write(tmp_path, name, text)
    with pytest.raises(PackError, match=message) as error:
        kb.load((path,))
    assert name in str(error.value)


@pytest.mark.parametrize("text, message", [
    (OFFICES.replace("2031-01-01", "2031-13-01"), "bad date '2031-13-01'"),
    (OFFICES.replace("2031-01-01\t", "2031-01-01\t2030-01-01"), "before it starts"),
    (OFFICES.replace("prime_minister", "emperor"), "unknown role 'emperor'"),
    (OFFICES.replace("\tKOS\t", "\tKOSOVO\t"), "unknown country code 'KOSOVO'"),
])
def test_bad_offices_are_reported_with_their_file(tmp_path, text, message):
    persons = write(tmp_path, "persons-x.tsv", PERSONS)
    with pytest.raises(PackError, match=message) as error:
        kb.load((persons, write(tmp_path, "offices-x.tsv", text)))
    assert "offices-x.tsv" in str(error.value)


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(PackError, match="not found"):
        kb.load((tmp_path / "nowhere.tsv",))
