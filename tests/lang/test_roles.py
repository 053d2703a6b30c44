"""Role nouns of each pack: the office or group a phrase headed by one stands for."""
import pytest

import lajm
from lajm import lang as langs
from lajm.annotate.roles import RoleLexicon

# (lang, text, actor as written, code, sector): the event's actor is that role phrase.
ROLE_ACTORS = [
    # the Albanian indefinite nominative keeps its "ë" ("ministër", not "ministr-")
    ("sq", "Një ministër i Serbisë kritikoi Kosovën.", "ministër i Serbisë", "SRB", "GOV"),
    ("sq", "Zëvendëskryeministër i Serbisë akuzoi Kosovën.", "Zëvendëskryeministër i Serbisë", "SRB", "GOV"),
    ("sq", "Admirali i Greqisë kritikoi Turqinë.", "Admirali i Greqisë", "GRC", "MIL"),
    ("sq", "Veteranët e Kosovës protestuan para Kuvendit.", "Veteranët e Kosovës", "KOS", "CVL"),
    # the state acting is its government
    ("sq", "Shteti i Serbisë dëboi dy diplomatë kroatë.", "Shteti i Serbisë", "SRB", "GOV"),
    ("sq", "Shteti serb ka arrestuar dy gazetarë.", "Shteti serb", "SRB", "GOV"),
    ("sq", "Shteti Islamik sulmoi një qytet në Irak.", "Shteti Islamik", "IMG", "REB"),
    ("en", "The Kenyan attorney-general charged three opposition leaders.", "Kenyan attorney-general", "KEN", "JUD"),
    ("en", "A Chinese vice-premier visited Moscow.", "Chinese vice-premier", "CHN", "GOV"),
    ("en", "Chilean cops arrested 20 students in Santiago.", "Chilean cops", "CHL", "COP"),
    ("en", "Afghan tribal elders met Pakistani officials in Peshawar.", "Afghan tribal elders", "AFG", "CVL"),
    ("en", "Syrian mothers protested in Damascus.", "Syrian mothers", "SYR", "CVL"),
    ("en", "Pakistani parents rallied outside a school in Lahore.", "Pakistani parents", "PAK", "CVL"),
    ("en", "Chilean brothers sued the police in Santiago.", "Chilean brothers", "CHL", "CVL"),
    # a group of states the adjective calls Western is EUR
    ("en", "Western powers imposed sanctions on Iran.", "powers", "EUR", "GOV"),
    ("en", "Western governments criticised Serbia.", "governments", "EUR", "GOV"),
]


@pytest.mark.parametrize("lang,text,actor,code,sector", ROLE_ACTORS)
def test_role_nouns_code_their_actor(lang, text, actor, code, sector):
    events = lajm.extract(text, lang=lang, published="2025-03-12").events
    actors = [(a.text, a.code, a.sector) for e in events for a in e.actor]
    assert (actor, code, sector) in actors, actors


# (lang, word, role): a word that only begins like a role noun is no role.
ROLE_WORDS = [
    ("en", "sons", "civilians"),
    ("en", "daughter", "civilians"),
    ("en", "wives", "civilians"),
    ("en", "family", "civilians"),
    ("en", "song", None),
    ("en", "parent", None),
    ("en", "power", None),
    ("en", "fatherly", None),
]


@pytest.mark.parametrize("lang,word,role", ROLE_WORDS)
def test_role_lexicon_takes_role_nouns_only(lang, word, role):
    found = RoleLexicon(langs.load(lang)).get(word)
    assert (found.role if found else None) == role
