"""Who did what to whom where a relative clause, an adjective or a short form says it:
acts done at home to one's own country's bodies, international and Western officials,
clauses opened by "gjatë të cilit"/"during which", the subject of a relative clause
that performs an event noun, and "the North" after "North Korea"."""
import pytest

import lajm
from reading import codes, event_of, PUBLISHED





# (lang, text, trigger, actor codes, recipient codes)
PARTIES = [
    # a refusal, a charge, an arrest or a conviction may target the actor's own country ...
    ("sq", "Gjykata e Tiranës caktoi arrest shtëpiak për dy zyrtarë, duke refuzuar kështu paraburgimin "
           "e kërkuar nga Prokuroria e Tiranës.", "duke refuzuar", ["ALB"], ["ALB"]),
    ("en", "The Peruvian court refused to extend the detention sought by Peruvian prosecutors.", "refused",
     ["PER"], ["PER"]),
    # ... though a party of another country named in the clause is the likelier target
    ("sq", "Policia e Kosovës mbylli zyrat e komunave paralele serbe.", "mbylli zyrat", ["KOS"], ["SRB"]),
    # ... and other acts name their own country only in passing
    ("en", "The Serbian government agreed to pay Serbian farmers.", "agreed", ["SRB"], []),
    # an official or person called international is IGO, Western is EUR
    ("sq", "Vëzhguesi ndërkombëtar Mark Hollis kritikoi Prokurorinë e Tiranës.", "kritikoi", ["IGO"], ["ALB"]),
    ("sq", "Zyrtarët ndërkombëtarë kritikuan Gjykatën e Prishtinës.", "kritikuan", ["IGO"], ["KOS"]),
    ("sq", "Diplomatët perëndimorë kritikuan qeverinë e Serbisë.", "kritikuan", ["EUR"], ["SRB"]),
    ("en", "International observers criticised the Georgian government.", "criticised", ["IGO"], ["GEO"]),
    ("en", "Western diplomats criticised the Georgian government.", "criticised", ["EUR"], ["GEO"]),
    # ... a person called foreign stays uncoded, and so do international media
    ("sq", "Ekspertja e huaj Ana Berg kritikoi qeverinë e Kosovës.", "kritikoi", [], ["KOS"]),
    ("sq", "Mediat ndërkombëtare kritikuan qeverinë e Serbisë.", "kritikuan", [], ["SRB"]),
    # "gjatë të cilit u arrestuan": who carried out the event the relative stands for
    ("sq", "Policia e Kosovës kreu një aksion në Prizren, gjatë të cilit u arrestuan tre serbë.", "arrestuan",
     ["KOS"], ["SRB"]),
    ("sq", "Policia e Kosovës kreu një aksion në Prizren, gjatë të cilit u arrestuan tre persona.", "arrestuan",
     ["KOS"], ["KOS"]),
    ("en", "Turkish troops launched a raid on Monday during which two Syrian fighters were killed.", "killed",
     ["TUR"], ["SYR"]),
    # the subject of a relative clause whose light verb performs an event noun
    ("sq", "Gjatë vizitës zyrtare që zoti Rama pati në Beograd, ai kritikoi Serbinë.", "vizitës", ["ALB"], ["SRB"]),
    ("sq", "Vizita që Kurti bëri në Uashington ishte e suksesshme.", "Vizita", ["KOS"], ["USA"]),
    ("en", "The talks that Iran held with France in Geneva failed.", "talks", ["IRN"], ["FRA"]),
    # "the North" after "North Korea" was named
    ("en", "Talks between Japan and North Korea on Japanese nationals abducted by the North ended on Sunday.",
     "abducted", ["PRK"], ["JPN"]),
]


@pytest.mark.parametrize("lang_code,text,trigger,actors,recipients", PARTIES)
def test_parties_read_from_relatives_and_adjectives(lang_code, text, trigger, actors, recipients):
    event = event_of(text, trigger, lang_code)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


# (lang, text, trigger, party that must not be the actor)
NOT_THE_ACTOR = [
    # a protest is no light verb: the protester did not arrest anyone
    ("sq", "Opozita e Kosovës protestoi dje, gjatë së cilës u arrestuan tre persona.", "arrestuan",
     "Opozita e Kosovës"),
    # a relative clause whose verb is no light verb does not perform the noun
    ("sq", "Vizita që zemëroi Kurtin ishte e shkurtër.", "Vizita", "Kurtin"),
]


@pytest.mark.parametrize("lang_code,text,trigger,party", NOT_THE_ACTOR)
def test_parties_that_did_not_perform_the_act(lang_code, text, trigger, party):
    events = lajm.extract(text, lang=lang_code, published=PUBLISHED).events
    assert party not in [a.text for e in events if e.trigger == trigger for a in e.actor]


@pytest.mark.parametrize("text", [
    "North Korea said it joined the North Atlantic talks, and South Korea arrested a spy.",
    "Police arrested two men in the North of the country.",
])
def test_a_first_word_is_no_country_alone(text):
    doc = lajm.extract(text, lang="en", published=PUBLISHED)
    assert [doc.slice(e) for e in doc.spans["entity"] if doc.slice(e) == "North"] == []
