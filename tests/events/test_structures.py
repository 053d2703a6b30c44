"""Who did what to whom in structures beyond subject-verb-object: a reported passive
that befell its speaker, a dative that gains or receives, "the latter", appositions
after a person, "between A and the B", wire datelines, one person of two demonyms,
conditions inside quotations, attributive participles and a request's bare content."""
import pytest

from reading import codes, event_of, events_of
from lajm import lang
from lajm.annotate.mentions import Mentions






# (lang, text, trigger, actor codes, recipient codes)
PARTIES = [
    # a passive opening a reported clause with no subject of its own befell the speaker
    ("sq", "Ministri i Jashtëm i Malit të Zi ka thënë se është kërcënuar nga Rusia.", "është kërcënuar",
     ["RUS"], ["MNE"]),
    ("sq", "Kryetari i Serbisë tha se është sulmuar verbalisht nga ministri kroat.", "është sulmuar verbalisht",
     ["HRV"], ["SRB"]),
    ("en", "The Kenyan opposition leader said he was attacked by Ugandan police.", "attacked",
     ["UGA"], ["KEN"]),
    # the party in the dative of a middle verb mobilises; of a passive, receives
    ("sq", "Ushtrisë së Shqipërisë i është shtuar një kontingjent helikopterësh.",
     "është shtuar një kontingjent", ["ALB"], []),
    ("sq", "Forcës së Sigurisë së Kosovës i janë dhuruar dhjetë automjete nga Gjermania.", "janë dhuruar",
     ["DEU"], ["KOS"]),
    # "the latter" is the last person or office named, in any case, even a sentence before
    ("sq", "Ministri i Jashtëm i Serbisë u takua me ambasadorin rus. Ky i fundit kritikoi Kosovën.",
     "kritikoi", ["RUS"], ["KOS"]),
    ("sq", "Presidentja e Kosovës priti kryeministren e Shqipërisë. Kjo e fundit e kritikoi Serbinë.",
     "kritikoi", ["ALB"], ["SRB"]),
    ("en", "The French president met the Iranian foreign minister. The latter accused Israel of lying.",
     "accused", ["IRN"], ["ISR"]),
    # a person followed by a coded role set off by commas holds it
    ("en", "Ahmed Bensaid, Morocco's best known human rights lawyer, staged a hunger strike.",
     "staged a hunger strike", ["MAR"], ["MAR"]),
    ("en", "Maria Lopez, a Chilean opposition leader, accused Peru of fraud.", "accused", ["CHL"], ["PER"]),
    # an opposition role is of the country of the opposition leader the article names
    ("sq", "Lideri i opozitës kritikoi Serbinë. Kryeministri i Kosovës priti zotin Berisha.", "kritikoi",
     ["ALB"], ["SRB"]),
    ("sq", "Lideri i opozitës kritikoi Serbinë. Kryeministri i Kosovës foli në Prishtinë.", "kritikoi",
     ["KOS"], ["SRB"]),
    # "between A and the B": both parties
    ("en", "Fighting broke out between Chadian rebels and the Sudanese government.", "Fighting",
     ["SDN", "TCD"], []),
    # a wire dateline gives its country to officials the text gives none
    ("en", " TEHRAN (Reuters) - The interior minister accused police of torture.", "accused",
     ["IRN"], ["IRN"]),
    ("en", "KANDAHAR, Afghanistan : The governor accused the army of looting.", "accused", ["AFG"], ["AFG"]),
    # one person of two demonyms is of the last country
    ("en", "Police in Beijing arrested a Chinese-American for spying.", "arrested", ["CHN"], ["USA"]),
    ("en", "Russian-Georgian talks ended on Monday.", "talks", ["GEO", "RUS"], []),
]


@pytest.mark.parametrize("lang_code,text,trigger,actors,recipients", PARTIES)
def test_parties_of_structures(lang_code, text, trigger, actors, recipients):
    event = event_of(text, trigger, lang_code)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


# (lang, text, trigger, party that must not be the recipient)
NOT_THE_SPEAKER = [
    ("sq", "Policia e Serbisë tha se janë arrestuar tre persona.", "arrestuar", "Policia e Serbisë"),
    ("sq", "Policia e Serbisë tha se u arrestua një zyrtar malazez.", "arrestua", "Policia e Serbisë"),
]


@pytest.mark.parametrize("lang_code,text,trigger,speaker", NOT_THE_SPEAKER)
def test_a_passive_with_its_own_subject_did_not_befall_the_speaker(lang_code, text, trigger, speaker):
    event = event_of(text, trigger, lang_code)
    assert speaker not in [r.text for r in event.recipient]


# (lang, text, trigger, modality)
QUOTED_CONDITIONS = [
    ("sq", "“Nëse Prishtina nuk tërhiqet, ne do të reagojmë”, tha Vuçiq gjatë një vizite në Nish.",
     "vizite", "asserted"),
    ("en", '"If they attack us, we will respond," the Iranian minister said during a visit to Moscow.',
     "visit", "asserted"),
    ("sq", "Vuçiq tha se nëse Kosova vendos tarifa, Serbia do të takohet me Rusinë.", "takohet",
     "conditional"),
]


@pytest.mark.parametrize("lang_code,text,trigger,modality", QUOTED_CONDITIONS)
def test_a_condition_inside_a_quotation_ends_with_it(lang_code, text, trigger, modality):
    assert event_of(text, trigger, lang_code).modality == modality


# (text, trigger that states no event of its own)
NO_EVENT = [
    ("Serbia passed a widely opposed law against Kosovo.", "opposed"),
    ("The hotly criticised plan angered Russia.", "criticised"),
    ("Protesters in Lima demanded the Peruvian president resign.", "resign"),
]


@pytest.mark.parametrize("text,trigger", NO_EVENT)
def test_words_that_state_no_event_of_their_own(text, trigger):
    assert trigger not in [e.trigger for e in events_of(text, "en")]


@pytest.mark.parametrize("text,country", [
    ("Canadian Press - OTTAWA (CP) - The mayor said", "CAN"),
    (" BEIJING (Reuters) - Police said", "CHN"),
    ("MELLITAH, Libya : Workers said", "LBY"),
    ("PORT-AU-PRINCE, Haiti Oct. 2, 2004 - Crowds gathered", "HTI"),
    ("NEW DELHI (AP) -- India said", "IND"),
    ("AFP - A company of soldiers left", None),
    ("NATO troops - said to be leaving", None),
    ("The minister said - in Paris - that", None),
])
def test_the_dateline_opening_a_text_places_it(text, country):
    assert Mentions(lang.load("en")).dateline_country(text) == country
