"""Attribution: which source the text gives for each event."""
import pytest

import lajm

PUBLISHED = "2025-03-12"

# (lang, text, trigger, source as written, source code): the event of `trigger` is
# attributed to that source.
ATTRIBUTED = [
    ("sq", "Ministri i Jashtëm i Ukrainës tha se Rusia sulmoi Ukrainën.", "sulmoi",
     "Ministri i Jashtëm i Ukrainës", "UKR"),
    ("sq", "Serbia sulmoi Kosovën, tha ministri i Brendshëm i Kosovës.", "sulmoi",
     "ministri i Brendshëm i Kosovës", "KOS"),
    ("sq", "Serbia kritikoi Kosovën, ka thënë presidenti i Shqipërisë.", "kritikoi",
     "presidenti i Shqipërisë", "ALB"),
    ("sq", "Sipas Ministrisë së Mbrojtjes së Ukrainës, Rusia sulmoi Ukrainën të hënën.", "sulmoi",
     "Ministrisë së Mbrojtjes së Ukrainës", "UKR"),
    ("sq", "Rusia sulmoi Ukrainën, sipas Ministrisë së Jashtme të Ukrainës.", "sulmoi",
     "Ministrisë së Jashtme të Ukrainës", "UKR"),
    ("sq", "Rusia ka dërguar trupa në Bjellorusi, sipas Kievit.", "dërguar", "Kievit", "UKR"),
    ("sq", "Rusia bombardoi Ukrainën, shkruan CNN.", "bombardoi", "CNN", "USA"),
    ("sq", "Ushtria e Koresë së Jugut tha se Korea e Veriut ka dërguar trupa në Rusi.", "dërguar",
     "Ushtria e Koresë së Jugut", "KOR"),
    ("en", "The Ukrainian defence minister said Russia attacked Ukraine on Monday.", "attacked",
     "Ukrainian defence minister", "UKR"),
    ("en", "Kosovo said Serbia attacked its police.", "attacked", "Kosovo", "KOS"),
    ("en", "According to the Ukrainian army, Russia shelled Ukraine overnight.", "shelled",
     "Ukrainian army", "UKR"),
    ("en", "Russia shelled Ukraine overnight, according to Kyiv.", "shelled", "Kyiv", "UKR"),
    ("en", "Serbia attacked a police station, Kosovo officials said.", "attacked", "Kosovo officials", "KOS"),
    ("en", "The US said Russia and Ukraine agreed to a truce.", "agreed", "US", "USA"),
    ("en", "Russia attacked Ukraine on Monday, the Ukrainian defence minister said.", "attacked",
     "Ukrainian defence minister", "UKR"),
    ("en", "Serbia attacked a police station, the Kosovo government said.", "attacked",
     "Kosovo government", "KOS"),
    ("en", "Russia shelled Ukraine overnight, CNN reported.", "shelled", "CNN", "USA"),
    # comma-enclosed asides between the speaker and the verb: a time, a means, a place,
    # a co-speaker, a name in apposition, a relative clause closed by a comma
    ("sq", "Ministri i Jashtëm i Shqipërisë, të hënën, përmes Twitterit ka bërë të ditur se Serbia sulmoi Kosovën.",
     "sulmoi", "Ministri i Jashtëm i Shqipërisë", "ALB"),
    ("sq", "Presidenti i Serbisë, para takimit me ambasadorët në Beograd, kishte thënë se Rusia sulmoi Ukrainën.",
     "sulmoi", "Presidenti i Serbisë", "SRB"),
    ("sq", "Presidenti i Serbisë, i cili ishte në Moskë, ka deklaruar se Rusia sulmoi Ukrainën.", "sulmoi",
     "Presidenti i Serbisë", "SRB"),
    ("sq", "Ministri i Jashtëm i Kosovës, së bashku me ministrin e Brendshëm, ka njoftuar se Serbia sulmoi Kosovën.",
     "sulmoi", "Ministri i Jashtëm i Kosovës", "KOS"),
    ("sq", "Kryeministri i Kosovës, kreu i qeverisë, tha se Serbia sulmoi Kosovën.", "sulmoi",
     "Kryeministri i Kosovës", "KOS"),
    ("sq", "Ministri i Jashtëm i Shqipërisë, ndër të tjera, ka thënë se Serbia sulmoi Kosovën.", "sulmoi",
     "Ministri i Jashtëm i Shqipërisë", "ALB"),
    ("en", "The Russian foreign minister, speaking in Geneva, said Moscow had sent troops to Syria.", "sent",
     "Russian foreign minister", "RUS"),
    ("en", "The Kenyan president, in a televised address on Sunday, said Kenya would send police to Haiti.",
     "send", "Kenyan president", "KEN"),
    ("en", "The Turkish defence minister, who visited Baghdad, said Iran had attacked Iraq.", "attacked",
     "Turkish defence minister", "TUR"),
    ("en", "The Russian foreign minister, for his part, said Moscow had sent troops to Syria.", "sent",
     "Russian foreign minister", "RUS"),
    # "as X said" and "according to him" vouch for the whole sentence
    ("sq", "Siç ka njoftuar ministri i Brendshëm i Kosovës, Serbia sulmoi Kosovën.", "sulmoi",
     "ministri i Brendshëm i Kosovës", "KOS"),
    ("sq", "Serbia sulmoi Kosovën, siç tha presidenti i Shqipërisë.", "sulmoi", "presidenti i Shqipërisë", "ALB"),
    ("sq", "Presidenti i Shqipërisë takoi ambasadorin e Italisë. Sipas tij, Serbia sulmoi Kosovën.", "sulmoi",
     "Presidenti i Shqipërisë", "ALB"),
    # a speaker whose subject is set apart from the verb by a participle phrase
    ("en", "The Red Cross working in Gaza said Israeli forces shelled a hospital.", "shelled",
     "Red Cross", "IGO"),
    ("en", "The Ukrainian army fighting near Bakhmut said Russia attacked its positions.", "attacked",
     "Ukrainian army", "UKR"),
    # the addressee after its article is no report: the scope is before the cue
    ("en", "Serbia will not accept the plan, the Serbian president told the European Parliament on Tuesday.",
     "not accept", "Serbian president", "SRB"),
    # a speaker before a long aside, the role phrase holding what the office is for
    ("sq", "I dërguari special për dialogun mes Serbisë dhe Kosovës, Richard Grenell, para takimit në "
     "Uashington, kishte thënë se Serbia është pajtuar të pezullojë fushatën.", "pajtuar",
     "dërguari special për dialogun mes Serbisë dhe Kosovës, Richard Grenell", "USA"),
    # a sentence opening "Lajmin e ka konfirmuar X", "Këtë e bëri të ditur X" names the
    # source of the one before
    ("sq", "Policia e Serbisë arrestoi dy gazetarë në Nish. Lajmin e ka konfirmuar zëdhënësi i Ministrisë "
     "së Brendshme të Serbisë.", "arrestoi", "zëdhënësi i Ministrisë së Brendshme të Serbisë", "SRB"),
    ("sq", "Policia arrestoi tre protestues në Tiranë.Këtë e bëri të ditur ministri i Brendshëm i "
     "Shqipërisë, Arben Gashi.", "arrestoi", "ministri i Brendshëm i Shqipërisë, Arben Gashi", "ALB"),
    # "Lajmin për X": the outlet told, or what the news was about, may stand before the verb
    ("sq", "Policia e Kosovës arrestoi dy zyrtarë komunalë.Lajmin për Koha.net e ka konfirmuar zëdhënësi "
     "i Policisë së Kosovës.", "arrestoi", "zëdhënësi i Policisë së Kosovës", "KOS"),
    ("sq", "Policia e Kosovës arrestoi ish-ministrin e Bujqësisë. Lajmin për arrestimin e tij e bëri të ditur "
     "Prokuroria e Kosovës.", "arrestoi", "Prokuroria e Kosovës", "KOS"),
    # a headline or an interview's answer: the party before the colon speaks the rest
    ("sq", "Kurti: Kërkojmë nga Serbia të njohë pavarësinë e Kosovës.", "Kërkojmë", "Kurti", "KOS"),
    ("sq", "Ministri i Jashtëm i Shqipërisë: Serbia sulmoi policinë e Kosovës.", "sulmoi",
     "Ministri i Jashtëm i Shqipërisë", "ALB"),
]

# (lang, text, trigger): the event has no source in the text.
UNATTRIBUTED = [
    ("sq", "Rusia sulmoi Ukrainën të hënën.", "sulmoi"),
    ("sq", "Korea e Veriut thuhet se ka dërguar trupa në Rusi.", "dërguar"),
    # a pronoun with no one named before it; a name past the comma is no speaker
    ("sq", "Sipas tij, Serbia sulmoi Kosovën.", "sulmoi"),
    ("sq", "Siç ka shkruar autori i librit, Serbia sulmoi Kosovën.", "sulmoi"),
    # the sentence after condemns the attack: no reporting verb vouches for it
    ("sq", "Rusia sulmoi Ukrainën. Këtë sulm e ka dënuar Kievi.", "sulmoi"),
    # a town before a colon is a dateline, an outlet before one asks
    ("sq", "Prizren: Policia arrestoi tre persona për kontrabandë.", "arrestoi"),
    ("sq", "CNN: Rusia sulmoi sot Ukrainën?", "sulmoi"),
    ("en", "Russia attacked Ukraine on Monday.", "attacked"),
    ("en", "Russia reportedly sent troops to Belarus.", "sent"),
]


def event_of(doc, trigger):
    found = [e for e in doc.events if trigger in e.trigger or e.trigger in trigger]
    assert found, [(e.type, e.trigger) for e in doc.events]
    return found[0]


@pytest.mark.parametrize("lang,text,trigger,source,code", ATTRIBUTED)
def test_event_is_attributed_to_its_source(lang, text, trigger, source, code):
    event = event_of(lajm.extract(text, lang=lang, published=PUBLISHED), trigger)
    assert event.attribution is not None
    assert (event.attribution.text, event.attribution.code) == (source, code)


@pytest.mark.parametrize("lang,text,trigger", UNATTRIBUTED)
def test_event_without_a_source_has_no_attribution(lang, text, trigger):
    event = event_of(lajm.extract(text, lang=lang, published=PUBLISHED), trigger)
    assert event.attribution is None


def test_unnamed_officials_are_a_source_without_a_country():
    doc = lajm.extract("Russia shelled Ukraine overnight, officials said.", lang="en", published=PUBLISHED)
    source = event_of(doc, "shelled").attribution
    assert source is not None and (source.text, source.code, source.sector) == ("officials", None, "GOV")


@pytest.mark.parametrize("text,trigger,code", [
    ("Chile recalled its ambassador from Peru, officials said.", "recalled its ambassador", "CHL"),
    ("Chile cancelled the talks with Peru, a government spokesman said on Monday.", "cancelled the talks", "CHL"),
    ("Chilean officials said today they were not about to release the Peruvian fishermen.", "not about to", "CHL"),
    ("Chile will withdraw from the treaty, a senior Chilean diplomat was quoted as saying.", "will withdraw from the treaty",
     "CHL"),
])
def test_officials_speak_for_the_state_whose_decision_they_report(text, trigger, code):
    source = event_of(lajm.extract(text, lang="en", published=PUBLISHED), trigger).attribution
    assert source is not None and source.code == code


@pytest.mark.parametrize("lang,text,triggers", [
    ("sq", "Ministri i Jashtëm i Ukrainës tha se Rusia sulmoi Ukrainën dhe se Bjellorusia dërgoi trupa në Rusi.",
     ["sulmoi", "dërgoi"]),
    ("en", "The Ukrainian army said Russia attacked Ukraine and Belarus sent troops to Russia.",
     ["attacked", "sent"]),
])
def test_every_event_after_x_said_is_attributed(lang, text, triggers):
    doc = lajm.extract(text, lang=lang, published=PUBLISHED)
    for trigger in triggers:
        assert event_of(doc, trigger).attribution is not None, trigger


@pytest.mark.parametrize("lang,text", [
    ("sq", "Serbia kritikoi Kosovën. Ministri i Jashtëm i Shqipërisë tha se Rusia sulmoi Ukrainën."),
    ("en", "Serbia criticised Kosovo. The Albanian foreign minister said Russia attacked Ukraine."),
])
def test_attribution_stays_in_its_sentence(lang, text):
    doc = lajm.extract(text, lang=lang, published=PUBLISHED)
    first = [e for e in doc.events if e.sentence == 0]
    second = [e for e in doc.events if e.sentence == 1]
    assert first and second
    assert all(e.attribution is None for e in first)
    assert all(e.attribution is not None for e in second)


@pytest.mark.parametrize("lang,text,cue,kind", [
    ("sq", "Kurti tha se Serbia do të sulmojë.", "tha", "verb"),
    ("sq", "Sipas Kievit, sulmi ndodhi natën.", "Sipas", "prep"),
    ("sq", "Sulmi ndodhi natën, shkruan CNN.", "shkruan", "media"),
    ("en", "The minister said Russia attacked Kyiv.", "said", "verb"),
    ("en", "According to Kyiv, Russia attacked a school.", "According to", "prep"),
])
def test_attribution_cue_spans(lang, text, cue, kind):
    doc = lajm.extract(text, lang=lang, published=PUBLISHED)
    found = [(doc.slice(s), s.attrs["kind"]) for s in doc.spans["attribution"]]
    assert (cue, kind) in found
    for span in doc.spans["attribution"]:
        start, end = span.attrs["scope"]
        sentence = next(s for s in doc.sentences if s.start <= span.start < s.end)
        assert sentence.start <= start <= end <= sentence.end


@pytest.mark.parametrize("text, trigger, actor", [
    # a reporting verb that is part of the event's words reports nothing: its subject acts
    ("Chile reaffirmed its support for Peru.", "reaffirmed its support", "CHL"),
    ("Chilean dock workers observed a general strike on Monday.", "observed a general strike", "CHL"),
    ("Chile said Peru must free the detained fishermen.", "said Peru must", "CHL"),
    # right after the event's words a reporting word is its object
    ("The Cuban government censored reports of the protests.", "censored", "CUB"),
])
def test_a_cue_inside_an_event_is_no_attribution(text, trigger, actor):
    doc = lajm.extract(text, lang="en", published=PUBLISHED)
    event = event_of(doc, trigger)
    assert event.attribution is None
    assert [a.code for a in event.actor] == [actor]


def test_a_subject_with_its_own_event_before_the_cue_is_not_the_speaker():
    doc = lajm.extract("The German envoy praised Kosovo's reforms and said Serbia attacked Kosovo.",
                       lang="en", published=PUBLISHED)
    assert [a.code for a in event_of(doc, "praised").actor] == ["DEU"]
