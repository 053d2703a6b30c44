"""SentenceView: coordination between two phrases of a sentence."""
import pytest

import lajm
from lajm import kb
from lajm.events.arguments import VOCABULARY
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
