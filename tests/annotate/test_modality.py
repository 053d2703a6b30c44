"""Modality: asserted, reported (hearsay), future, conditional, negated."""
import pytest

import lajm

PUBLISHED = "2025-03-12"

# (lang, text, trigger, modality of that event)
MODALITY = [
    ("sq", "Rusia sulmoi Ukrainën të hënën.", "sulmoi", "asserted"),
    ("sq", "Korea e Veriut thuhet se ka dërguar trupa në Rusi.", "dërguar", "reported"),
    ("sq", "Serbia raportohet se ka sulmuar Kosovën.", "sulmuar", "reported"),
    ("sq", "Rusia thuhet se ka dërguar trupa në Bjellorusi, tha presidenti ukrainas.", "dërguar", "asserted"),
    ("sq", "Kosova dhe Serbia do të takohen në Bruksel.", "takohen", "future"),
    ("sq", "Shqipëria dhe Italia do të bashkëpunojnë kundër krimit.", "bashkëpunojnë", "future"),
    ("sq", "Serbia do të zbatonte marrëveshjen me Kosovën.", "zbatonte marrëveshjen", "conditional"),
    ("sq", "Kosova nuk e sulmoi Serbinë.", "sulmoi", "negated"),
    ("sq", "Kosova dhe Shqipëria nuk ranë dakord.", "ranë dakord", "negated"),
    ("sq", "Kosova s’e sulmoi Serbinë.", "sulmoi", "negated"),
    ("sq", "Nesër në Tiranë mbahet takimi mes Kosovës dhe Shqipërisë.", "mbahet takimi", "future"),
    ("sq", "Kryeministri i Shqipërisë si duket është dorëzuar përballë opozitës.", "dorëzuar", "reported"),
    # a "nuk" that is part of the phrase negates nothing; the same verb negated otherwise does
    ("sq", "Kryetari i PDK-së tha se nuk e toleron sjelljen e Qeverisë së Kosovës.", "toleron", "asserted"),
    ("sq", "Qeveria e Kosovës nuk e kritikoi Serbinë.", "kritikoi", "negated"),
    ("en", "Russia attacked Ukraine on Monday.", "attacked", "asserted"),
    ("en", "Russia reportedly sent troops to Belarus.", "sent", "reported"),
    ("en", "Kosovo and Serbia will meet on Thursday.", "meet", "future"),
    ("en", "Serbia will meet Kosovo in Brussels.", "meet", "future"),
    ("en", "Serbia would send troops to the border.", "send", "conditional"),
    ("en", "Russia did not send troops to Belarus.", "send", "negated"),
    ("en", "Serbia never accused Kosovo of anything.", "accused", "negated"),
    ("en", "Russia didn't send troops to Belarus.", "send", "negated"),
]


def event_of(doc, trigger):
    found = [e for e in doc.events if trigger in e.trigger or e.trigger in trigger]
    assert found, [(e.type, e.trigger) for e in doc.events]
    return found[0]


@pytest.mark.parametrize("lang,text,trigger,modality", MODALITY)
def test_event_modality(lang, text, trigger, modality):
    doc = lajm.extract(text, lang=lang, published=PUBLISHED)
    assert event_of(doc, trigger).modality == modality


# Cues are read in the sentences that state an event.
@pytest.mark.parametrize("lang,text,cue,value", [
    ("sq", "Serbia thuhet se arrestoi dy gazetarë.", "thuhet se", "reported"),
    ("sq", "Ata do të takohen në Tiranë.", "do të", "future"),
    ("sq", "Policia nuk arrestoi askënd.", "nuk", "negated"),
    ("sq", "Serbia do të sulmojë Kosovën nëse e provokojnë.", "nëse", "conditional"),
    ("en", "They will meet the president.", "will", "future"),
    ("en", "They would attack the city.", "would", "conditional"),
    ("en", "They did not attack the city.", "not", "negated"),
])
def test_modality_cue_spans(lang, text, cue, value):
    doc = lajm.extract(text, lang=lang, published=PUBLISHED)
    assert (cue, value) in [(doc.slice(s), s.attrs["value"]) for s in doc.spans["modality"]]


def test_a_negation_binds_only_the_next_verb():
    doc = lajm.extract("Kosova nuk e sulmoi Serbinë, por Serbia sulmoi Kosovën.", lang="sq", published=PUBLISHED)
    modalities = [(e.trigger, e.modality) for e in doc.events]
    assert modalities == [("sulmoi", "negated"), ("sulmoi", "asserted")]
