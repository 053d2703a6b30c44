"""Later mentions by surname: only persons have one."""
import pytest

import lajm

PUBLISHED = "2025-03-12"


# (text, word, trigger, actor sector): the last word of an outlet's name, met again,
# names no person, so a pronoun after it stands for the person before it
NOT_SURNAMES = [
    ("Ministri i Shëndetësisë i Kosovës kritikoi spitalin, shkruan Gazeta Express. "
     "Lajmin e ka publikuar Express në faqen e saj. Ai akuzoi edhe drejtorin e spitalit.",
     "Express", "akuzoi", "GOV"),
    ("Presidenti i Serbisë kritikoi Prishtinën, raporton Radio Beograd. "
     "Beograd transmeton edhe fjalimin e plotë. Ai akuzoi edhe kryeministrin e Kosovës.",
     "Beograd", "akuzoi", "GOV"),
]


@pytest.mark.parametrize("text,word,trigger,sector", NOT_SURNAMES)
def test_the_last_word_of_an_outlet_is_no_surname(text, word, trigger, sector):
    doc = lajm.extract(text, lang="sq", published=PUBLISHED)
    assert "person" not in [s.attrs.get("kind") for s in doc.spans["entity"] if doc.slice(s) == word]
    event = next(e for e in doc.events if e.trigger == trigger)
    assert [a.sector for a in event.actor] == [sector]


def test_a_person_is_known_again_by_surname():
    doc = lajm.extract("Ministri i Jashtëm i Serbisë, Ivica Daçiq, kritikoi Prishtinën. Daçiq akuzoi edhe Tiranën.",
                       lang="sq", published=PUBLISHED)
    later = [s for s in doc.spans["entity"] if doc.slice(s) == "Daçiq"]
    assert later and later[0].attrs["code"] == "SRB"


def _entity(doc, text):
    return next(s for s in doc.spans["entity"] if doc.slice(s) == text)


# (text, surname alone, code, sector, name): a surname alone in an event sentence is the
# person the article introduced in a sentence of no event, by first name or by office
INTRODUCED = [
    ("Deputeti i LDK-së, Petrit Berisha, foli gjatë seancës. Berisha ka kritikuar ministrin e Financave.",
     "Berisha", "KOS", "LEG", "Petrit Berisha"),
    ("Gazetari francez Marc Dubois foli për radion. Dubois ka akuzuar qeverinë e Kosovës.",
     "Dubois", "FRA", "JRN", "Marc Dubois"),
    ("Sot foli edhe deputeti Hoxhaj. Hoxhaj ka kërkuar nga ministri dorëheqjen.",
     "Hoxhaj", "KOS", "LEG", "Hoxhaj"),
    ("Berat Lumaj foli në konferencë. Lumaj ka kritikuar ministrin e Kosovës.",
     "Lumaj", "KOS", None, "Berat Lumaj"),
]


@pytest.mark.parametrize("text,surname,code,sector,name", INTRODUCED)
def test_a_surname_alone_is_the_person_introduced_before(text, surname, code, sector, name):
    doc = lajm.extract(text, lang="sq", published=PUBLISHED)
    attrs = _entity(doc, surname).attrs
    assert (attrs["code"], attrs["sector"], attrs["name"]) == (code, sector, name)


# (text, word): capitalised words after a genitive or a conjunction are no surnames
NOT_INTRODUCED = [
    ("Takimi u mbajt në Institutin e Shëndetësisë Publike. Publike ka kritikuar ministrin.", "Publike"),
    ("Përderisa Moreni foli, të tjerët heshtën. Moreni ka kritikuar ministrin.", "Moreni"),
    ("Udhëtimin e parë për Kosovë Lumaj e bëri vetëm. Lumaj ka kritikuar ministrin.", "Lumaj"),
    ("Parlamenti miratoi Kodin Doganor. Doganor ka kritikuar importuesit.", "Doganor"),
]


@pytest.mark.parametrize("text,word", NOT_INTRODUCED)
def test_no_person_without_an_introduction(text, word):
    doc = lajm.extract(text, lang="sq", published=PUBLISHED)
    assert word not in [doc.slice(s) for s in doc.spans["entity"]]


# (text, surname phrase, code, name): a known person's surname alone is the namesake the
# article named in full before it
NAMESAKES = [
    ("Ambasadorja e SHBA-ve Yuri Kim takoi kryeministrin. Ambasadorja Kim ka kritikuar qeverinë.",
     "Ambasadorja Kim", "USA", "Yuri Kim"),
    ("Deputeti i PDK-së, Besnik Haxhiu ka akuzuar LDK-në. Haxhiu ka kritikuar qeverinë.",
     "Haxhiu", "KOS", "Besnik Haxhiu"),
]


@pytest.mark.parametrize("text,phrase,code,name", NAMESAKES)
def test_a_surname_alone_is_the_namesake_named_in_full(text, phrase, code, name):
    doc = lajm.extract(text, lang="sq", published="2020-07-20")
    attrs = [s.attrs for s in doc.spans["entity"] if doc.slice(s) == phrase][-1]
    assert (attrs["code"], attrs["name"]) == (code, name)


# (text, code): an election commission both home countries have is the article's country's
SHARED_BODIES = [
    ("Kryeministri Edi Rama tha në Tiranë se KQZ-ja ka kritikuar partitë.", "ALB"),
    ("Kryeministri Avdullah Hoti tha në Prishtinë se KQZ-ja ka kritikuar partitë.", "KOS"),
]


@pytest.mark.parametrize("text,code", SHARED_BODIES)
def test_a_body_of_both_home_countries_is_the_articles(text, code):
    doc = lajm.extract(text, lang="sq", published="2020-07-20")
    assert _entity(doc, "KQZ-ja").attrs["code"] == code


# (text, phrase, code): Albanians are of the home country of the article when it is
# Kosovo or Albania; an office the demonym describes stays Albania's.
SHARED_PEOPLES = [
    ("Policia e Kosovës tha se forcat serbe vranë dy shqiptarë në Drenicë.", "shqiptarë", "KOS"),
    ("Kurti tha në Prishtinë se civilët shqiptarë u vranë nga policia serbe.", "civilët shqiptarë", "KOS"),
    ("Policia e Shtetit në Tiranë tha se dy shqiptarë u rrahën në Greqi.", "shqiptarë", "ALB"),
    ("Kryeministri shqiptar Edi Rama takoi Kurtin në Prishtinë.", "Kryeministri shqiptar Edi Rama", "ALB"),
    ("Kurti tha në Prishtinë se qytetarët e Shqipërisë u rrahën nga policia serbe.", "qytetarët e Shqipërisë", "ALB"),
]


@pytest.mark.parametrize("text,phrase,code", SHARED_PEOPLES)
def test_a_people_of_both_home_countries_is_the_articles(text, phrase, code):
    doc = lajm.extract(text, lang="sq", published="2020-07-20")
    assert _entity(doc, phrase).attrs["code"] == code
