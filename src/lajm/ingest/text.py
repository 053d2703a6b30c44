"""Plain text articles. The whole text is kept; a short first line may also be the title."""
from __future__ import annotations

from lajm.annotate.segment import title_line
from lajm.errors import InputError
from lajm.ingest import dates
from lajm.ingest.clean import drop_trailing_labels
from lajm.model import Article

HEAD_LINES = 5  # a date line, if any, sits under the title


def parse_text(text: str, source: str) -> Article:
    text = drop_trailing_labels(text.replace("\r\n", "\n").replace("\r", "\n").strip())
    if not text:
        raise InputError(source, "no article text, only page labels")
    head = "\n".join(text.split("\n", HEAD_LINES)[:HEAD_LINES])
    return Article(
        text=text,
        title=title_line(text),
        published=dates.published_line(head) or dates.fallback_line(head),
        meta={"source": source},
    )
