"""Event triggers: the words that state an event, from the pack's trigger lexicon.

Each match is a span labelled "trigger" with attrs type, mode, cameo, frame,
recipient (the markers of the recipient), pattern (the lexicon entry) and the token
range. A verb that is only the content of another verb ("ranë dakord të ndalonin",
"agreed to stop") or of a purpose clause ("për të diskutuar") is not an event.
"""
from __future__ import annotations

from lajm.annotate.names import name_mask
from lajm.annotate.patterns import PatternSet
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span
from lajm.pipeline import stage


# Verbs whose "to"/"të" complement states their content, not a further event.
CONTENT_TAKERS = {"AGREE", "REQUEST", "REJECT", "THREATEN"}
CLAUSE_ENDS = {",", ";", ".", ":"}


def _entry(row: dict[str, str]) -> dict:
    return {"type": row["type"], "mode": row["mode"] or None, "cameo": row["cameo"] or None,
            "frame": row["frame"], "pattern": row["pattern"],
            "recipient": [m for m in row["recipient"].split(",") if m]}


@stage("triggers")
def make_triggers(pack: LanguagePack):
    lexicon = PatternSet([(row["pattern"], _entry(row)) for row in pack.table("triggers")])
    content = _ContentRule(pack)

    def triggers(doc: Doc) -> Doc:
        found = []
        for sentence in doc.sentences:
            tokens = doc.tokens_in(sentence)
            words = doc.norms_in(sentence)
            opened = None  # the complement a content-taking verb opened ("ranë dakord të ...")
            for i, j, entry in lexicon.find(words, name_mask(doc, sentence)):
                if content.is_content(words, i, entry) or content.inside(words, opened, i):
                    continue
                if entry["type"] in CONTENT_TAKERS and j < len(words) and words[j] in content.subjunctive:
                    opened = j
                attrs = dict(entry, first=i, last=j)
                found.append(Span(tokens[i].start, tokens[j - 1].end, "trigger", attrs))
        doc.spans["trigger"] = found
        return doc
    return triggers


class _ContentRule:
    def __init__(self, pack: LanguagePack):
        self.subjunctive = set(pack.words("subjunctive"))
        self.future = set(pack.words("future_particles"))
        self.participle = tuple(pack.words("participle_endings"))
        self.purpose = [p.split() for p in pack.words("purpose")]

    def inside(self, words: list[str], opened: int | None, i: int) -> bool:
        """Whether word i lies in an open complement, with no comma or stop before it."""
        return opened is not None and not any(w in CLAUSE_ENDS for w in words[opened:i])

    def is_content(self, words: list[str], i: int, entry: dict) -> bool:
        if entry["frame"] == "noun" or i == 0:
            return False
        if any(words[max(0, i - len(p)):i] == p for p in self.purpose):
            return True
        if words[i - 1] not in self.subjunctive:
            return False
        if i >= 2 and words[i - 2] in self.future:
            return False
        return not (self.participle and words[i].endswith(self.participle))
