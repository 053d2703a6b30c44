"""Hand-built documents for the store tests, written for them (not taken from any corpus)."""
from __future__ import annotations

from datetime import date

from lajm.model import Article, DateRange, Doc, Entity, Event, Place, Quantity


def make_doc(text: str, events: list[Event], title: str | None = None, lang: str = "en",
             published: date | None = date(2024, 5, 6)) -> Doc:
    url = "https://example.org/" + title.lower().replace(" ", "-") if title else None
    article = Article(text=text, title=title, lang=lang, published=published, url=url)
    return Doc(article=article, events=events)


def entity(text: str, code: str | None, sector: str | None = None, span=None) -> Entity:
    return Entity(text=text, code=code, sector=sector, span=span)


def sample_docs() -> list[Doc]:
    police = make_doc(
        "Serbian police arrested two journalists in Belgrade on Monday, the ministry said.",
        [Event(type="COERCE", trigger="arrested", trigger_span=(15, 23), mode="arrest",
               actor=[entity("Serbian police", "SRB", "COP", (0, 14))],
               recipient=[entity("two journalists", "SRB", "JRN", (24, 39))],
               location=Place(text="Belgrade", code="SRB", span=(43, 51)),
               date=DateRange(text="on Monday", start="2024-05-06", end="2024-05-06",
                              precision="day"),
               quantities=[Quantity(kind="arrested", value=2, text="two", span=(24, 27))],
               attribution=entity("the ministry", "SRB", "GOV"),
               sentence=0, confidence=0.8, reasons={"type": "lexicon:arrest"},
               evidence="Serbian police arrested two journalists in Belgrade on Monday, "
                        "the ministry said.")],
        title="Arrests in Belgrade", published=date(2024, 5, 7))
    aid = make_doc(
        "Qeveria e Kosovës dërgoi ndihma në Shqipëri. Ëndrra e fëmijëve u realizua.",
        [Event(type="AID", trigger="dërgoi", mode="humanitarian",
               actor=[entity("Qeveria e Kosovës", "KOS", "GOV")],
               recipient=[entity("Shqipëri", "ALB")],
               evidence="Qeveria e Kosovës dërgoi ndihma në Shqipëri.", sentence=0)],
        title="Ëndrra e fëmijëve", lang="sq", published=date(2024, 3, 1))
    accuse = make_doc(
        "Ukraine accused Russia of shelling the port last year. Moscow denied it.",
        [Event(type="ACCUSE", trigger="accused", actor=[entity("Ukraine", "UKR")],
               recipient=[entity("Russia", "RUS")], sentence=0,
               evidence="Ukraine accused Russia of shelling the port last year."),
         Event(type="ASSAULT", trigger="shelling", actor=[entity("Russia", "RUS")],
               date=DateRange(text="last year", start="2023-01-01", end="2023-12-31",
                              precision="year"),
               sentence=0, modality="asserted",
               evidence="Ukraine accused Russia of shelling the port last year.")],
        title="Port shelled", published=date(2024, 1, 15))
    return [police, aid, accuse]
