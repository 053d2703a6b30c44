"""The sentences that reading the sentences of an event also needs: the next one when it
opens by naming the source ("Lajmin e ka konfirmuar X"), the one before when it speaks of
"the latter" ("ky i fundit") and so names whom it means, and the ones before when it opens
with a pronoun subject ("Ai kritikon Qeverinë"), which name whom the pronoun stands for.
"""
from __future__ import annotations

from typing import Final

from lajm.annotate.attribution import with_reports_after
from lajm.annotate.words import whole_word
from lajm.annotate.scanning import lowered
from lajm.lang.base import LanguagePack
from lajm.model import Doc, Span, bisect_left

PRONOUN_SENTENCES: Final = 2  # sentences before one opening with a pronoun, read for whom it stands for
QUOTES: Final = "“”\"„«»'‘’"


class Neighbours:
    """The sentences that reading some sentences also needs: after one, a sentence opening
    with a word that may name its source ("Lajmin e ka konfirmuar X"); before one that
    speaks of "the latter" ("ky i fundit"), the sentence that names whom it means."""

    def __init__(self, pack: LanguagePack):
        self.latter = sorted({p.lower() for p in pack.words("latter")}, key=len, reverse=True)
        self.openers = set(pack.words("report_openers"))
        self.pronouns = set(pack.words("pronouns"))

    def of(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        chosen = with_pronoun_antecedents(doc, with_reports_after(doc, chosen, self.openers), self.pronouns)
        return with_antecedents(doc, chosen, self.latter)


def with_pronoun_antecedents(doc: Doc, chosen: list[Span], pronouns: set[str]) -> list[Span]:
    """The chosen sentences and, before one opening with a pronoun ("Ai kritikon ..."),
    the sentences that may name whom it stands for."""
    starts = doc.sentence_starts()
    opening = [bisect_left(starts, s.start) for s in chosen if _first_word(doc, s) in pronouns]
    before = [doc.sentences[j] for k in opening for j in range(max(0, k - PRONOUN_SENTENCES), k)]
    if not before:
        return chosen
    return sorted({s.start: s for s in chosen + before}.values(), key=lambda s: s.start)


def _first_word(doc: Doc, sentence: Span) -> str:
    """The sentence's first word as str.split() parts it off, read up to its end only."""
    text, start = doc.text, sentence.start
    while start < sentence.end and text[start].isspace():
        start += 1
    end = start
    while end < sentence.end and not text[end].isspace():
        end += 1
    return text[start:end].strip(QUOTES).lower()


def with_antecedents(doc: Doc, chosen: list[Span], latter: list[str]) -> list[Span]:
    """The chosen sentences and, before one that speaks of "the latter" ("ky i fundit";
    `latter` the pack's phrases, longest first), the sentence that names whom it means."""
    said = _latter_starts(latter, lowered(doc.text)) if latter else []
    speaking = [s for s in chosen if bisect_left(said, s.start) < bisect_left(said, s.end)] if said else []
    if not speaking:
        return chosen
    starts = doc.sentence_starts()
    before = [doc.sentences[k - 1] for k in (bisect_left(starts, s.start) for s in speaking) if k > 0]
    return sorted({id(s): s for s in chosen + before}.values(), key=lambda s: s.start)


def _latter_starts(latter: list[str], low: str) -> list[int]:
    """Where the lower-cased text holds a "latter" phrase as whole words. Found with
    str.find, which skips through the text far faster than a regex: at each place, the
    longest phrase that ends a word is the one read."""
    ends: dict[int, int] = {}  # where a phrase starts: where it ends
    for phrase in latter:
        at = low.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if at not in ends and not (end < len(low) and (low[end].isalnum() or low[end] == "_")):
                ends[at] = end
            at = low.find(phrase, at + 1)
    return sorted([at for at, end in ends.items() if whole_word(low, at, end)])
