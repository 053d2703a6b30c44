"""SentenceView: coordination between two phrases of a sentence; whether a trigger's parties could be coded."""
import pytest

import lajm
from lajm import kb
from lajm.events.arguments import VOCABULARY, read_vocabulary
from lajm.events.sentence import SentenceView
from lajm.model import Span

# (lang, text, left phrase, right phrase, joined)
JOINED = [
    ("sq", "Kosova dhe Serbia", "Kosova", "Serbia", True),
    ("sq", "Kosova, Serbia", "Kosova", "Serbia", True),
    ("sq", "Kosova si dhe Serbia", "Kosova", "Serbia", True),
    ("sq", "Kurti dhe i tij Sveçla", "Kurti", "Sveçla", True),
    ("sq", "Kosova takoi Serbia", "Kosova", "Serbia", False),
    ("en", "Kosovo and Serbia", "Kosovo", "Serbia", True),
    ("en", "Kosovo as well as Serbia", "Kosovo", "Serbia", True),
    ("en", "Kosovo and its Serbia", "Kosovo", "Serbia", True),
    ("en", "Kosovo\nSerbia", "Kosovo", "Serbia", False),
    ("en", "Kosovo ,\n Serbia", "Kosovo", "Serbia", True),
    ("en", "Kosovo met Serbia", "Kosovo", "Serbia", False),
]


@pytest.mark.parametrize("lang,text,left,right,expected", JOINED)
def test_joined_by_a_coordinator_or_a_comma(lang, text, left, right, expected):
    pack = lajm.pipeline_for(lang).pack
    doc = lajm.Pipeline(lang, ["sentences", "tokens"])(text)
    vocab = {k: set(pack.words(k)) for k in VOCABULARY}
    view = SentenceView(doc, doc.sentences[0], 0, pack, vocab, kb.load(), {k: tuple(v) for k, v in vocab.items()})
    a, b = text.index(left), text.rindex(right)
    assert view.joined(Span(a, a + len(left)), Span(b, b + len(right))) is expected


# (text, trigger, whether a party of the trigger could have a country, the codes of its event's parties)
MAY_CODE = [
    ("A man attacked his neighbour.", "attacked", False, None),
    ("Police arrested two men.", "arrested", False, None),
    ("Protesters clashed with police in the capital.", "clashed", False, None),
    ("Police arrested two men in Lyon.", "arrested", True, ["FRA"]),  # a city gives the police its country
    ("Police arrested two men in the southern city of Curitiba.", "arrested", True, ["BRA"]),
    ("Serbia accused Kosovo of lying.", "accused", True, ["KOS", "SRB"]),
    ("They attacked the village.", "attacked", True, None),  # "they" may stand for a party named before
    ("The latter criticised the plan.", "criticised", True, None),
]


@pytest.mark.parametrize("text,trigger,expected,codes", MAY_CODE)
def test_may_code_tells_triggers_that_cannot_be_coded(text, trigger, expected, codes):
    pipeline = lajm.pipeline_for("en")
    doc = pipeline(text)
    vocab = read_vocabulary(pipeline.pack)
    view = SentenceView(doc, doc.sentences[0], 0, pipeline.pack, vocab, kb.load(),
                        {k: tuple(v) for k, v in vocab.items()})
    span = next(t for t in view.spans("trigger") if doc.slice(t) == trigger)
    assert view.may_code(span) is expected
    found = [e for e in doc.events if e.trigger == trigger]
    assert sorted({a.code for e in found for a in e.actor + e.recipient}) == (codes or [])
