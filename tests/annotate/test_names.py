"""Knowledge-base names: a known person's surname after another first name is a namesake."""
import pytest

from lajm.annotate.names import NameMatcher
from lajm.kb import Entry
from lajm.model import Article
from lajm.pipeline import Pipeline

PUBLISHED = "2025-03-12"


def read_names(lang: str, text: str, title: str | None = None):
    return Pipeline(lang, ["sentences", "names"])(Article(text=text, lang=lang, published=PUBLISHED, title=title))

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
    doc = read_names(lang, text)
    persons = [n.attrs["name"] for n in doc.spans["name"] if doc.slice(n) == surname]
    assert (persons == ["Donald Trump"]) is known, persons


# (lang, text, the written country name, whether it names the country): a country name before a
# capitalised word no name, office, title or name part explains is a person's first name.
FIRST_NAMES = [
    ("en", "Jordan Okafor, a local councillor, criticised the mayor.", "Jordan", False),
    ("en", "The referee was booed, and Israel Adesanya left the ring.", "Israel", False),
    ("en", "Later Georgia Mensah met the mayor of Accra.", "Georgia", False),
    ("en", "Jordan said on Monday it would reopen the crossing.", "Jordan", True),
    ("en", "Israel Defense Forces struck targets near the border.", "Israel Defense Forces", True),
    ("en", "Farmers in the Jordan Valley protested against the new fence.", "Jordan", True),
    ("en", "The Israel Police arrested two men on Monday.", "Israel", True),
    ("en", "Ukraine President Volodymyr Zelensky met the envoy.", "Ukraine", True),
    ("en", "Russia Ukraine talks resumed in Istanbul.", "Russia", True),
    ("en", "The UN office in Haiti Oct. 2 said the road was closed.", "Haiti", True),
    ("en", "He said US Predator drones were used.", "US", True),
    # after a genitive linker the holder of an office of the country is named
    ("sq", "Ministri i Brendshëm i Serbisë Marko Jovanović vizitoi Prishtinën.", "Serbisë", True),
    ("sq", "Më pas Irlanda Hoxha takoi kryetarin e bashkisë.", "Irlanda", False),
]


@pytest.mark.parametrize("lang,text,written,country", FIRST_NAMES)
def test_a_country_name_before_a_surname_is_a_first_name(lang, text, written, country):
    doc = read_names(lang, text)
    assert (written in [doc.slice(n) for n in doc.spans["name"]]) is country


def test_no_first_name_is_read_in_a_headline():
    text = "Israel Strikes Gaza Again\nIsrael struck Gaza on Monday, the army said."
    doc = read_names("en", text, title="Israel Strikes Gaza Again")
    assert [doc.slice(n) for n in doc.spans["name"]] == ["Israel", "Gaza", "Israel", "Gaza"]


def _entry(form: str, kind: str = "country") -> Entry:
    return Entry(form=form, kb_id=f"{kind}:{form}", kind=kind, code=None, sector=None, name=form)


# (forms, text, the names found as written): a form's punctuation must stand as written, its
# ends on word boundaries, and an acronym in capitals
MATCHES = [
    (["U.S.", "US"], "The U.S. and the US-led force, not the U-S or us.", ["U.S.", "US"]),
    (["al-Sadr"], "Moqtada al-Sadr met al Sadr and al-Sadrist leaders.", ["al-Sadr"]),
    (["Rusi", "RT"], "Rusia, RT-ja, Rusi dhe artet; Rusi.", ["RT", "Rusi", "Rusi"]),
    (["New York", "York"], "In New York and in New  York.", ["New York", "York"]),
]


@pytest.mark.parametrize("forms,text,written", MATCHES)
def test_name_matcher_finds_forms_as_written_on_word_boundaries(forms, text, written):
    found = NameMatcher([_entry(form) for form in forms]).find(text)
    assert [text[n.start:n.end] for n in found] == written
