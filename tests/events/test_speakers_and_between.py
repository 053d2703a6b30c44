"""Parties of a request "between A and B", the subject of a clause a speaker before it
reports with no "that" ("officials said they would not ..."), a genitive of place after an
event noun, and an event noun a naming verb gives as a label ("called the ban an attack")."""
import pytest

import lajm
from reading import codes, event_of, PUBLISHED





# (lang, text, trigger, actor codes, recipient codes)
PARTIES = [
    # a request, support or agreement "mes A dhe B" targets both; other acts take it as a topic
    ("sq", "Kryeministri i Shqipërisë bëri thirrje për paqe mes Armenisë dhe Azerbajxhanit.", "bëri thirrje",
     ["ALB"], ["ARM", "AZE"]),
    ("sq", "Ministri i Jashtëm i Turqisë kërkoi bisedime ndërmjet Rusisë dhe Ukrainës.", "kërkoi",
     ["TUR"], ["RUS", "UKR"]),
    ("en", "The Egyptian foreign minister urged a truce between Israel and Lebanon.", "urged",
     ["EGY"], ["ISR", "LBN"]),
    ("sq", "Ministri i Jashtëm i Greqisë diskutoi për dialogun mes Kosovës dhe Serbisë.", "diskutoi",
     ["GRC"], []),
    # a speaker before the clause, with no "that", is its subject, not a party named before him
    ("en", "To win the release of a Danish sailor in Somalia, Dutch officials said on Friday they "
           "were not about to pay a ransom.", "not about to", ["NLD"], []),
    ("en", "Chilean President Ana Torres said on Monday she would withdraw the mining bill.",
     "withdraw the mining bill", ["CHL"], []),
    # a genitive past "në" and a common noun names the place, not the noun's party
    ("sq", "Rusia kreu sulme ajrore në lindje të Ukrainës.", "sulme ajrore", ["RUS"], []),
    ("sq", "Turqia ka kryer gjatë natës sulme me dronë në veri të Sirisë.", "sulme", ["TUR"], []),
    ("sq", "Vizita në Tiranë e kryeministrit të Kosovës zgjati dy ditë.", "Vizita", ["KOS"], ["ALB"]),
    # a speaker set off by commas leaves the subject before it
    ("en", "Turkish police, the Greek ministry said, arrested two Syrian smugglers.", "arrested",
     ["TUR"], ["SYR"]),
]


@pytest.mark.parametrize("lang_code, text, trigger, actors, recipients", PARTIES)
def test_parties(lang_code, text, trigger, actors, recipients):
    event = event_of(text, trigger, lang_code)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


# (lang, text, trigger that names a label, not an event; or None when the event stands)
LABELS = [
    ("sq", "Zagrebi e quajti ligjin e ri “sulm ndaj kroatëve të Bosnjës”.", "sulm ndaj"),
    ("sq", "Ministri e ka cilësuar vendimin si sulm ndaj pakicës.", "sulm ndaj"),
    ("en", "The Greek government called the new law an attack on the Greek minority.", "attack on"),
    ("en", "Activists in Athens branded the ruling a massacre of Greek rights.", "massacre of"),
]
# "called on" addresses a party: an event noun after it and the party stands
STANDING = [
    ("en", "The Danish minister called on Norway after the attack in Oslo.", "attack"),
    ("sq", "Qeveria e Serbisë dënoi sulmin ndaj policëve. Ajo zhvilloi bisedime me Kroacinë.", "zhvilloi bisedime"),
]


@pytest.mark.parametrize("lang_code, text, trigger", LABELS)
def test_label_after_naming_verb_is_no_event(lang_code, text, trigger):
    events = lajm.extract(text, lang=lang_code, published=PUBLISHED).events
    assert trigger not in [e.trigger for e in events]


@pytest.mark.parametrize("lang_code, text, trigger", STANDING)
def test_event_noun_without_naming_verb_stands(lang_code, text, trigger):
    assert event_of(text, trigger, lang_code).trigger == trigger
