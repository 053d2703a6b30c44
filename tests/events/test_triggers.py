"""Event triggers: each PLOVER type from a simple sentence in each language, and the
words that name an event without being one (content verbs, purpose clauses, bare nouns)."""
import json
from pathlib import Path

import pytest

import lajm
from lajm import lang as langs
from lajm.annotate.patterns import PatternSet
from lajm.model import EVENT_TYPES, Article
from lajm.pipeline import DEFAULT_STAGES, Pipeline

PUBLISHED = "2025-03-12"

# (lang, text, type, actor codes, recipient codes): exactly one event of that type, with
# these actors and recipients ([] = none coded).
TYPES = [
    ("sq", "Serbia dhe Kosova ranë dakord për tarifat në Bruksel.", "AGREE", ["SRB", "KOS"], []),
    ("sq", "Kryeministri i Shqipërisë takoi presidentin e Kosovës në Tiranë.", "CONSULT", ["ALB"], ["KOS"]),
    ("sq", "Gjermania mbështeti Kosovën në Këshillin e Evropës.", "SUPPORT", ["DEU"], ["KOS"]),
    ("sq", "Qeveria e Serbisë kërkoi falje nga Kroacia për incidentin.", "CONCEDE", ["SRB"], ["HRV"]),
    ("sq", "Shqipëria dhe Italia bashkëpunuan kundër krimit.", "COOPERATE", ["ALB", "ITA"], []),
    ("sq", "Turqia dërgoi 500 ushtarë në Kosovë.", "AID", ["TUR"], ["KOS"]),
    ("sq", "Rusia tërhoqi trupat nga Hersoni.", "RETREAT", ["RUS"], []),
    ("sq", "Kosova kërkoi nga Serbia ekstradimin e të dyshuarve.", "REQUEST", ["KOS"], ["SRB"]),
    ("sq", "Serbia akuzoi Kosovën për provokime.", "ACCUSE", ["SRB"], ["KOS"]),
    ("sq", "Kosova refuzoi ftesën e Serbisë.", "REJECT", ["KOS"], ["SRB"]),
    ("sq", "Rusia kërcënoi Moldavinë me sanksione.", "THREATEN", ["RUS"], ["MDA"]),
    # retaliation announced for the future threatens; in the first person the speaker threatens
    ("sq", "Rusia do të kundërpërgjigjet ndaj sanksioneve të BE-së.", "THREATEN", ["RUS"], ["IGO"]),
    ("sq", "Greqia do t’u përgjigjet me forcë provokimeve të Turqisë.", "THREATEN", ["GRC"], ["TUR"]),
    ("sq", "“Do të hakmerremi ndaj Serbisë”, tha ministri i Kosovës.", "THREATEN", ["KOS"], ["SRB"]),
    ("sq", "Studentët protestuan kundër qeverisë së Serbisë në Beograd.", "PROTEST", ["SRB"], ["SRB"]),
    ("sq", "BE-ja vendosi sanksione ndaj Rusisë.", "SANCTION", ["IGO"], ["RUS"]),
    ("sq", "Serbia vendosi trupa në kufi me Kosovën.", "MOBILIZE", ["SRB"], []),
    ("sq", "Policia e Kosovës arrestoi tre persona në Mitrovicë të martën.", "COERCE", ["KOS"], ["KOS"]),
    ("sq", "Rusia sulmoi Ukrainën me dronë.", "ASSAULT", ["RUS"], ["UKR"]),
    ("en", "Serbia and Kosovo agreed on a trade deal in Brussels.", "AGREE", ["SRB", "KOS"], []),
    ("en", "The Albanian prime minister met the Kosovo president in Tirana.", "CONSULT", ["ALB"], ["KOS"]),
    ("en", "Germany backed Kosovo at the Council of Europe.", "SUPPORT", ["DEU"], ["KOS"]),
    ("en", "The Serbian government apologised to Croatia for the incident.", "CONCEDE", ["SRB"], ["HRV"]),
    ("en", "Albania and Italy cooperated against organised crime.", "COOPERATE", ["ALB", "ITA"], []),
    ("en", "Turkey donated medicines to Kosovo.", "AID", ["TUR"], ["KOS"]),
    ("en", "Russia withdrew its troops from Kherson.", "RETREAT", ["RUS"], ["UKR"]),
    ("en", "Kosovo urged Serbia to hand over the suspects.", "REQUEST", ["KOS"], ["SRB"]),
    ("en", "Serbia accused Kosovo of provocations.", "ACCUSE", ["SRB"], ["KOS"]),
    ("en", "Kosovo rejected the invitation.", "REJECT", ["KOS"], []),
    ("en", "Russia threatened Moldova with sanctions.", "THREATEN", ["RUS"], ["MDA"]),
    # people of no stated country take the country where they act
    ("en", "Students protested against the Serbian government in Belgrade.", "PROTEST", ["SRB"], ["SRB"]),
    ("en", "The EU imposed sanctions on Russia.", "SANCTION", ["IGO"], ["RUS"]),
    ("en", "Serbia deployed troops to the border with Kosovo.", "MOBILIZE", ["SRB"], []),
    ("en", "The Kosovo Police arrested three people in Mitrovica on Tuesday.", "COERCE", ["KOS"], ["KOS"]),
    ("en", "Russia attacked Ukraine with drones.", "ASSAULT", ["RUS"], ["UKR"]),
]

# (lang, text, the only event types expected, in order)
ONLY = [
    # the content of "agree" is what was agreed, not an event
    ("sq", "Serbia dhe Kosova ranë dakord të bashkëpunojnë në energji.", ["AGREE"]),
    ("sq", "Rusia dhe Ukraina ranë dakord të ndalonin sulmet.", ["AGREE"]),
    ("en", "Serbia and Kosovo agreed to cooperate on energy.", ["AGREE"]),
    ("en", "Russia and Ukraine agreed to withdraw troops from the border.", ["AGREE"]),
    ("en", "Russia and Ukraine agreed to stop attacks on ships.", ["AGREE"]),
    # a purpose clause is an intention, not an event
    ("sq", "Rusia grumbulloi trupa në kufi për të sulmuar Ukrainën.", []),
    ("sq", "Ministri i Jashtëm i Rusisë shkoi në Ankara për të takuar homologun turk.", []),
    # the trip is the visit; the purpose clause adds no second event
    ("en", "The Russian foreign minister travelled to Ankara to meet Turkish officials.", ["CONSULT"]),
    ("en", "The Russian foreign minister travelled to Ankara in order to meet Turkish officials.", ["CONSULT"]),
    # a bare event noun is an event only when it sets a scene (a place or a time)
    ("sq", "Bisedimet dështuan.", []),
    ("sq", "Bisedimet në Bruksel dështuan.", ["CONSULT"]),
    ("sq", "Takimi në Tiranë zgjati dy orë.", ["CONSULT"]),
    ("sq", "Protesta e djeshme në Beograd ishte e madhe.", ["PROTEST"]),
    ("en", "Talks collapsed.", []),
    ("en", "The meeting lasted two hours.", []),
    ("en", "Talks in Tirana lasted two hours.", ["CONSULT"]),
    ("en", "The summit on Friday ended early.", ["CONSULT"]),
    ("en", "The summit ended early in Curitiba.", ["CONSULT"]),  # a city the knowledge base does not know
    ("en", "The summit in the city of Curitiba ended early.", []),
    # what was talked about at a meeting told before is no second meeting
    ("sq", "Kurti dhe Osmani u takuan me ambasadorët e QUINT-it. Në këtë takim është biseduar për dialogun "
     "me Serbinë.", ["CONSULT"]),
    # nor is talking in the clause of a meeting named again ("during this meeting they talked")
    ("sq", "Kurti priti ministrin e Jashtëm të Shqipërisë. Gjatë këtij takimi me z.Hasani kanë biseduar "
     "për dialogun me Serbinë.", ["CONSULT"]),
    ("sq", "Kurti priti ministrin e Jashtëm të Shqipërisë. Në këtë takim, ata biseduan për dialogun.", ["CONSULT"]),
    ("sq", "Gjatë takimit në Bruksel, Kurti ka biseduar me ministrin e Jashtëm të Shqipërisë.", ["CONSULT"]),
    # an event noun right before a copula is what a judgement is about; before a participle it is the event
    ("sq", "Opozita e Serbisë tha se protesta është trysni mbi Gjykatën Kushtetuese të Serbisë.", []),
    ("sq", "Takimi është mbajtur dje në Tiranë.", ["CONSULT"]),
    ("en", "Talks were held in Tirana on Friday.", ["CONSULT"]),
    ("sq", "Protestat janë duke vazhduar kundër Qeverisë së Serbisë.", ["PROTEST"]),
    ("en", "The protests are continuing in Belgrade.", ["PROTEST"]),
    # answering questions is no retaliation
    ("sq", "Kryeministri i Kosovës do t'i përgjigjet sot pyetjeve të deputetëve.", []),
    # no trigger at all
    ("sq", "Moti në Prishtinë ishte i ngrohtë.", []),
    ("en", "The weather in Pristina was warm.", []),
]


def extract(lang, text):
    return lajm.extract(text, lang=lang, published=PUBLISHED)


def codes(entities):
    return [e.code for e in entities if e.code]


def test_the_table_covers_every_type_in_both_languages():
    for lang in ("sq", "en"):
        assert {row[2] for row in TYPES if row[0] == lang} == set(EVENT_TYPES)


@pytest.mark.parametrize("lang,text,type_,actors,recipients", TYPES)
def test_each_type_is_coded_with_its_participants(lang, text, type_, actors, recipients):
    doc = extract(lang, text)
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in doc.events]
    assert codes(found[0].actor) == actors
    assert codes(found[0].recipient) == recipients


@pytest.mark.parametrize("lang,text,types", ONLY)
def test_only_real_events_are_coded(lang, text, types):
    assert [e.type for e in extract(lang, text).events] == types


@pytest.mark.parametrize("lang,text,type_,actors,recipients", TYPES)
def test_reasons_name_the_lexicon_pattern(lang, text, type_, actors, recipients):
    doc = extract(lang, text)
    event = next(e for e in doc.events if e.type == type_)
    patterns = [r["pattern"] for r in langs.load(lang).table("triggers") if r["type"] == type_]
    words = [doc.slice(t).lower() for t in doc.tokens
             if event.trigger_span[0] <= t.start and t.end <= event.trigger_span[1]]
    named = [p for p in patterns if p in event.reasons["type"]
             and PatternSet([(p, p)]).find(words) == [(0, len(words), p)]]
    assert named, event.reasons


@pytest.mark.parametrize("lang,text,type_,actors,recipients", TYPES)
def test_trigger_is_the_text_of_its_span(lang, text, type_, actors, recipients):
    doc = extract(lang, text)
    for event in doc.events:
        assert doc.slice(event.trigger_span) == event.trigger
        assert event.trigger in doc.slice(doc.sentences[event.sentence])


def test_trigger_spans_carry_type_and_frame():
    doc = extract("sq", "Rusia sulmoi Ukrainën. Bisedimet dështuan.")
    found = {doc.slice(s): (s.attrs["type"], s.attrs["frame"]) for s in doc.spans["trigger"]}
    assert found == {"sulmoi": ("ASSAULT", "verb"), "Bisedimet": ("CONSULT", "noun")}


@pytest.mark.parametrize("gold", ["sq_gold", "en_gold"])
def test_candidate_sentences_lose_no_event(gold):
    """Reading only the sentences the prefilter keeps gives the events of reading them all,
    on our gold units one by one and run together as one long article."""
    units = [json.loads(line) for line in (Path(__file__).parents[1] / "gold" / f"{gold}.jsonl").open()]
    code = units[0]["lang"]
    texts = [u["text"] for u in units] + ["\n\n".join(u["text"] for u in units)]
    fast, full = Pipeline(code), Pipeline(code, [s for s in DEFAULT_STAGES if s != "candidates"])
    for text in texts:
        article = Article(text=text, lang=code, published=PUBLISHED)
        assert [e.to_json() for e in fast(article).events] == [e.to_json() for e in full(article).events], text
