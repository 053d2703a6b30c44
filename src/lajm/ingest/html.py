"""HTML pages: trafilatura for the main text and metadata, after pruning the furniture it
lets through, found by its words: reader comments under a "Komente" heading, "Lexo edhe"
and share blocks, cookie notices and blocks labelled "Reklamë".

The language is not taken from <html lang>: site templates often say "en-US" on Albanian
pages, so the caller detects it from the text.
"""
from __future__ import annotations

import re
from datetime import date

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document

from lajm.errors import InputError
from lajm.ingest import dates
from lajm.ingest.clean import AD_LINE, COMMENT_LINE, LINK_LINE, drop_trailing_labels, fold
from lajm.model import Article

# No free-text search for the date: it takes the footer's "© 2025" for it.
DATE_OPTIONS = {"original_date": True, "extensive_search": False}
# Matched on folded text (ë -> e): "Kjo faqe përdor cookies", "We use cookies".
COOKIE_NOTICE = re.compile(r"\b(?:use|uses|using|perdor\w*)\s+(?:\w+\s+){0,2}cookies?\b")
LABEL_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "li", "header"}
OUTER_TAGS = {"html", "body", "main", "article"}
ARTICLE_MIN_CHARS = 300  # paragraph text that must come before a comment section
AD_BLOCK_MAX_CHARS = 200
COOKIE_BLOCK_MAX_CHARS = 400
LINK_SHARE = 0.6  # a block whose text is mostly link text is a list of links


def parse_html(html: str, source: str) -> Article:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(source, "not parseable as HTML")
    prune(tree)
    page_text = " ".join(" ".join(tree.itertext()).split())
    found = trafilatura.bare_extraction(tree, fast=True, favor_precision=True, include_comments=False,
                                        with_metadata=True, date_extraction_params=DATE_OPTIONS)
    text = drop_trailing_labels(found.text or "") if isinstance(found, Document) else ""
    if not text or not isinstance(found, Document):
        raise InputError(source, "no article text found in the HTML")
    return Article(
        text=text,
        title=found.title,
        url=found.url,
        outlet=found.sitename or found.hostname,
        published=page_date(page_text, found.date),
        meta={"source": source},
    )


def page_date(page_text: str, markup_date: str | None) -> date | None:
    """A labelled "Publikuar më" line first, then what htmldate read from markup, then weaker lines."""
    markup = date.fromisoformat(markup_date) if markup_date else None
    return dates.published_line(page_text) or markup or dates.fallback_line(page_text)


def prune(tree: HtmlElement) -> None:
    """Remove, in place, the blocks that trafilatura keeps but are not the article."""
    for element in list(tree.iter(*LABEL_TAGS)):
        own = fold(element.text or "")
        if not own or element.getparent() is None:
            continue
        if COMMENT_LINE.fullmatch(own):
            remove_comments_from(element)
        elif LINK_LINE.fullmatch(own):
            remove_link_block(element)
        elif AD_LINE.fullmatch(own):
            remove_upward(element, AD_BLOCK_MAX_CHARS)
        elif COOKIE_NOTICE.search(own):
            remove_upward(element, COOKIE_BLOCK_MAX_CHARS)


def remove_comments_from(heading: HtmlElement) -> None:
    """Drop a comment heading and everything after it up to the article's container."""
    # A heading with other words in it, or with little text before it (a byline's
    # "3 komente", a sidebar), is left alone.
    if text_of(heading) != fold(heading.text or "") or text_before(heading) < ARTICLE_MIN_CHARS:
        return
    element = heading
    while element is not None and element.tag not in OUTER_TAGS:
        for sibling in list(element.itersiblings()):
            sibling.drop_tree()
        element = element.getparent()
    heading.drop_tree()


def remove_link_block(label: HtmlElement) -> None:
    """Drop "Lexo edhe: <links>" as one block, or a label heading and the link lists after it."""
    if text_of(label) != fold(label.text or ""):
        if link_heavy(label):
            label.drop_tree()
        return
    for sibling in list(label.itersiblings()):
        if text_of(sibling) and not link_heavy(sibling):
            break
        sibling.drop_tree()
    label.drop_tree()


def remove_upward(element: HtmlElement, max_chars: int) -> None:
    """Drop the largest block around `element` that is still shorter than `max_chars`."""
    parent = element.getparent()
    while parent is not None and parent.tag not in OUTER_TAGS and len(text_of(parent)) < max_chars:
        element, parent = parent, parent.getparent()
    if parent is not None:
        element.drop_tree()


def text_before(element: HtmlElement) -> int:
    """Characters of paragraph text before `element` in the page."""
    return sum(len(p.text_content()) for p in element.xpath("preceding::p"))


def link_heavy(element: HtmlElement) -> bool:
    text = text_of(element)
    links = sum(len(text_of(a)) for a in element.iter("a"))
    return bool(text) and links >= LINK_SHARE * len(text)


def text_of(element: HtmlElement) -> str:
    return fold(element.text_content())
