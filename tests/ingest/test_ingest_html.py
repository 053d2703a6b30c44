from datetime import date

import pytest
from ingest_pages import (
    BODY_EN, BODY_EN_SENTENCE, BODY_SQ, PARAGRAPH_1, PARAGRAPH_2, SENTENCE_1, SENTENCE_2, page,
)

from lajm.errors import InputError
from lajm.ingest.html import parse_html

COMMENTS_SQ = (
    "<section id='comments'><h3>Komente (2)</h3><ol>"
    "<li><b>Besnik</b><p>Mbrëmë u dogjën dy vetura në Zveçan dhe askush nuk flet.</p></li>"
    "<li><b>Arta</b><p>Po greva e mësuesve në Prishtinë kur mbaron?</p></li></ol></section>"
)
PLAIN_COMMENTS_SQ = (
    "<div class='box'><h4>Komentet</h4>"
    "<div><b>Ilir</b><p>Në Fier dje u plagos një polic dhe asnjë media nuk shkruan për këtë ngjarje.</p></div>"
    "<div><b>Ana</b><p>Po tërmeti në Korçë, sa dëme bëri vallë?</p></div></div>"
)
COMMENTS_EN = (
    "<div><h2>Comments</h2><ul><li><p>Last night there was shelling in Kherson and nobody "
    "reports it at all, shame on this site.</p></li></ul></div>"
)
RELATED_INLINE = "<p>Lexo edhe: <a href='/x'>Zjarr i madh në Vlorë, digjen 40 hektarë pyll</a></p>"
RELATED_LINES = (
    "<p><strong>Lexo më shumë:</strong><br><a href='/a'>Ministri jep dorëheqjen pas skandalit</a>"
    "<br><a href='/b'>Protestë e studentëve në Shkodër</a></p>"
)
RELATED_HEADING = (
    "<h3>Lajme të ngjashme</h3><p><a href='/a'>Ministri jep dorëheqjen pas skandalit me tenderat</a></p>"
    "<p><a href='/b'>Protestë e studentëve në Shkodër për çmimet e konvikteve</a></p>"
)
SHARE = "<p>Shpërndaje</p>"
COOKIES_SQ = "<div class='notice'><p>Ne përdorim cookies për të personalizuar përmbajtjen dhe reklamat.</p></div>"
COOKIES_EN = "<p>This website uses cookies to improve your experience. By continuing you agree to it.</p>"
AD_SQ = (
    "<div class='box'><p>Reklamë</p><p>Kredi për shtëpinë me normë fikse për dhjetë vjet, "
    "apliko sot në degën më të afërt.</p></div>"
)
AD_EN = "<div><p>Advertisement</p><p>Cheap flights to Vienna from 39 euros, book your seat today.</p></div>"

BOILERPLATE = {
    "nav": ("after", "", "Kryefaqja"),
    "comments": ("after", COMMENTS_SQ, "dogjën dy vetura"),
    "comments-heading": ("after", COMMENTS_SQ, "Komente"),
    "plain-comments": ("after", PLAIN_COMMENTS_SQ, "plagos një polic"),
    "comments-en": ("after", COMMENTS_EN, "shelling in Kherson"),
    "related-inline": ("middle", RELATED_INLINE, "Zjarr i madh"),
    "related-lines": ("middle", RELATED_LINES, "Ministri jep dorëheqjen"),
    "related-heading": ("middle", RELATED_HEADING, "Lajme të ngjashme"),
    "related-links": ("after", RELATED_HEADING, "Protestë e studentëve"),
    "share": ("middle", SHARE, "Shpërndaje"),
    "share-last": ("after", SHARE, "Shpërndaje"),
    "cookies-sq": ("before", COOKIES_SQ, "cookies"),
    "cookies-en": ("middle", COOKIES_EN, "cookies"),
    "advert-sq": ("middle", AD_SQ, "Kredi për shtëpinë"),
    "advert-en": ("before", AD_EN, "Cheap flights"),
}


@pytest.mark.parametrize("where, snippet, absent", BOILERPLATE.values(), ids=BOILERPLATE.keys())
@pytest.mark.parametrize("container", ["article", "div"])
def test_boilerplate_does_not_reach_the_text(container, where, snippet, absent):
    body = {"before": snippet + BODY_SQ, "middle": PARAGRAPH_1 + snippet + PARAGRAPH_2,
            "after": BODY_SQ + snippet}[where]
    article = parse_html(page(body, container=container), "page.html")
    assert SENTENCE_1 in article.text
    assert SENTENCE_2 in article.text
    assert absent not in article.text


def test_text_after_a_removed_link_in_the_same_paragraph_is_kept():
    snippet = "<p><strong>Lexo edhe:</strong> <a href='/x'>Zjarr në Vlorë</a> Gjykata vendos nesër.</p>"
    text = parse_html(page(PARAGRAPH_1 + snippet + PARAGRAPH_2), "page.html").text
    assert "Gjykata vendos nesër." in text
    assert "Zjarr në Vlorë" not in text


@pytest.mark.parametrize("before_body", [
    "<aside><h3>Komente</h3><ul><li>Lexuesit tanë shkruajnë</li></ul></aside>",
    "<p class='meta'>Nga Redaksia · <span>3 komente</span></p>",
    "<p>Parathënie e shkurtër e lajmit.</p><div>Comments (12)</div>",
])
def test_comment_label_before_the_article_text_is_left_alone(before_body):
    article = parse_html(page(before_body + BODY_SQ, container="div"), "page.html")
    assert SENTENCE_1 in article.text and SENTENCE_2 in article.text


def test_metadata_from_open_graph():
    head = (
        "<meta property='og:site_name' content='Gazeta Shembull'>"
        "<meta property='og:title' content='Tre të arrestuar në Durrës'>"
        "<meta property='og:url' content='https://gazeta.example/kronike/durres'>"
    )
    article = parse_html(page(head=head), "page.html")
    assert (article.title, article.url, article.outlet) == (
        "Tre të arrestuar në Durrës", "https://gazeta.example/kronike/durres", "Gazeta Shembull")


@pytest.mark.parametrize("head, date_line, expected", [
    ("", "<p class='meta'>Publikuar më: 12 shkurt 2025</p>", date(2025, 2, 12)),
    ("", "<span>Publikuar më 5 dhjetor 2024, ora 10:20</span>", date(2024, 12, 5)),
    ("", "<span>Kronikë | 12.02.2025 14:30</span>", date(2025, 2, 12)),
    ("", "<span>Përditësuar: 3 nëntor 2024</span>", date(2024, 11, 3)),
    ("", "<span>Publikuar: 2 nëntor 2024</span> <span>Përditësuar: 3 nëntor 2024</span>", date(2024, 11, 2)),
    ("", "<p>Published: March 18, 2025</p>", date(2025, 3, 18)),
    ("", "<time datetime='2025-01-05T08:00:00+01:00'>5 janar 2025</time>", date(2025, 1, 5)),
    ("<meta property='article:published_time' content='2024-09-30T10:00:00Z'>", "", date(2024, 9, 30)),
])
def test_publication_date(head, date_line, expected):
    article = parse_html(page(date_line + BODY_SQ, head=head), "page.html")
    assert article.published == expected


def test_a_date_in_the_story_does_not_override_the_markup_date():
    head = "<meta property='article:published_time' content='2025-03-10T10:00:00Z'>"
    body = BODY_SQ + "<p>Sipas raportit të publikuar më 3 mars 2024, vjedhjet e makinave janë rritur.</p>"
    assert parse_html(page(body, head=head), "page.html").published == date(2025, 3, 10)


@pytest.mark.parametrize("footer", ["© 2019 Gazeta Shembull", "Copyright © 2016–2025 Gazeta", "© 2023"])
def test_footer_copyright_year_is_not_the_date(footer):
    assert parse_html(page(footer=footer), "page.html").published is None


def test_english_page():
    article = parse_html(page(BODY_EN + COMMENTS_EN), "page.html")
    assert BODY_EN_SENTENCE in article.text
    assert "Kherson" not in article.text


@pytest.mark.parametrize("html", [
    "<html><body><nav><a href='/'>Kryefaqja</a></nav><footer>© 2020</footer></body></html>",
    "<html><head><title>Bosh</title></head><body></body></html>",
])
def test_page_without_article_text_is_an_input_error(html):
    with pytest.raises(InputError, match="page.html: no article text"):
        parse_html(html, "page.html")
