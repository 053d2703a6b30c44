"""Small news pages for the ingest tests, written for them."""

PARAGRAPH_1 = (
    "<p>Policia e Shtetit arrestoi dje tre persona në Durrës për vjedhje makinash, tha zëdhënësi "
    "i policisë në një konferencë për shtyp. Hetimet vazhdojnë dhe pritet që të tjerë të arrestohen.</p>"
)
PARAGRAPH_2 = (
    "<p>Sipas prokurorisë, të dyshuarit kanë vjedhur mbi 20 makina gjatë vitit të kaluar në qytetet "
    "bregdetare, ndërsa dy prej tyre ishin dënuar edhe më parë për vepra të ngjashme.</p>"
)
BODY_SQ = PARAGRAPH_1 + PARAGRAPH_2
BODY_EN = (
    "<p>Police in the capital detained 40 people on Saturday after a rally against new fuel taxes "
    "turned violent, the interior ministry said in a statement.</p>"
    "<p>According to the ministry, eight officers were injured when protesters threw stones and "
    "bottles at a cordon outside parliament. Organisers denied that their members started the clashes.</p>"
)
SENTENCE_1 = "Policia e Shtetit arrestoi dje tre persona në Durrës"
SENTENCE_2 = "vepra të ngjashme"
BODY_EN_SENTENCE = "Police in the capital detained 40 people on Saturday"
NAV = "<nav><ul><li><a href='/'>Kryefaqja</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"


def page(body: str = BODY_SQ, head: str = "", footer: str = "© 2019 Gazeta Shembull",
         container: str = "article") -> str:
    """A small news page: navigation, a headline and `body` in `container`, a footer.

    `container` "div" gives a page without semantic markup, which trafilatura reads worse.
    """
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Titulli</title>{head}</head>"
        f"<body>{NAV}<{container} class='c'><h1>Titulli i lajmit</h1>{body}</{container}>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )
