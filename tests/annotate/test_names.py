"""Knowledge-base names: a known person's surname after another first name is a namesake."""
import pytest

from lajm.model import Article
from lajm.pipeline import Pipeline

PUBLISHED = "2025-03-12"

# (lang, text, the written surname, whether it names the known person)
SURNAMES = [
    ("sq", "Ivanka Trump vizitoi Tiranën dje.", "Trump", False),
    ("sq", "Më pas Ivanka Trump vizitoi Tiranën.", "Trump", False),
    ("sq", "Presidenti Trump vizitoi Tiranën dje.", "Trump", True),
    ("sq", "Më pas zoti Trump vizitoi Tiranën.", "Trump", True),
    ("sq", "Sot Trump vizitoi Tiranën.", "Trump", True),
    ("sq", "Më pas Donlad Trump vizitoi Tiranën.", "Trump", True),  # a misspelt first name
    ("en", "Later Ivanka Trump visited Tirana.", "Trump", False),
    ("en", "Later President Trump visited Tirana.", "Trump", True),
    ("en", "Later Mr Trump visited Tirana.", "Trump", True),
]


@pytest.mark.parametrize("lang,text,surname,known", SURNAMES)
def test_a_surname_after_another_first_name_is_a_namesake(lang, text, surname, known):
    doc = Pipeline(lang, ["sentences", "names"])(Article(text=text, lang=lang, published=PUBLISHED))
    persons = [n.attrs["name"] for n in doc.spans["name"] if doc.slice(n) == surname]
    assert (persons == ["Donald Trump"]) is known, persons
