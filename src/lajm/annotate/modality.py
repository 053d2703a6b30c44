"""Modality cues: hearsay, future, conditional and negation markers from the pack.

Each cue is a span labelled "modality" with attrs value (reported | future |
conditional | negated) and reach: "next" cues bind the next verb ("nuk", "do të",
"will"), "after" cues the rest of the sentence ("thuhet se"), "before" cues the event
named just before ("një takim ... është duke u përgatitur"). A cue of value "-" claims
its words and qualifies nothing ("nuk toleron" disapproves; its "nuk" negates nothing).
Cues only qualify events, so only the sentences that state one are read.
"""
from __future__ import annotations

from typing import Final

from lajm.annotate.names import name_mask
from lajm.annotate.patterns import PatternSet, choose
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span
from lajm.pipeline import stage

BLOCKING_CUE: Final = "-"


@stage("modality")
def make_modality(pack: LanguagePack):
    cues = PatternSet([(r["cue"], (r["value"], r["reach"])) for r in pack.table("modality")])

    def modality(doc: Doc) -> Doc:
        found = []
        for sentence in doc.sentences_with("trigger"):
            lo, hi = doc.token_range(sentence)
            hits = cues.matches(doc.norms[lo:hi])
            if not hits:  # no mask to make
                continue
            starts, ends = doc.tokens.starts, doc.tokens.ends
            for i, j, (value, reach) in choose(hits, name_mask(doc, lo, hi)):
                if value == BLOCKING_CUE:
                    continue
                found.append(Span(starts[lo + i], ends[lo + j - 1], "modality",
                                  {"value": value, "reach": reach}))
        doc.spans["modality"] = found
        return doc
    return modality
