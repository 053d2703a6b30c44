"""Names from the knowledge base and the actor phrases built around role nouns."""
import pytest

import lajm
from lajm.model import Article
from lajm.pipeline import Pipeline

PUBLISHED = "2025-03-12"

# (lang, text, form as written, kind, code): a name span for exactly this form.
NAMES = [
    ("sq", "Trupat u tërhoqën nga kufiri i Rusisë me Finlandën.", "Rusisë", "country", "RUS"),
    ("sq", "Ata shkuan në Rusi dhe pastaj në Rusinë perëndimore.", "Rusinë", "country", "RUS"),
    ("sq", "Diplomatët e Koresë së Veriut u larguan.", "Koresë së Veriut", "country", "PRK"),
    ("sq", "Korea e Jugut rriti buxhetin ushtarak.", "Korea e Jugut", "country", "KOR"),
    ("sq", "SHBA-të dhe Kanadaja folën për tregtinë.", "SHBA-të", "country", "USA"),
    ("sq", "Raporti i BE-së doli sot.", "BE-së", "igo", "IGO"),
    ("sq", "Sekretari i NATO-s erdhi në Shkup.", "NATO-s", "igo", "IGO"),
    ("sq", "Ai foli për Ukrainën dhe për Kosovën.", "Ukrainën", "country", "UKR"),
    ("sq", "Kremlini refuzoi ofertën për ditë të tëra.", "Kremlini", "seat", "RUS"),
    ("en", "US officials met Iranian diplomats in Geneva.", "US", "country", "USA"),
    ("en", "The EU and NATO issued a joint statement.", "EU", "igo", "IGO"),
    ("en", "Shells hit the outskirts of Kyiv.", "Kyiv", "capital", "UKR"),
]

# (lang, text, written form that must not be the country)
NOT_COUNTRIES = [
    ("sq", "Një gazetar rus foli me kolegët.", "rus"),
    ("sq", "Turistët rusë vizituan Durrësin.", "rusë"),
    ("en", "He told us that the talks failed.", "us"),
    ("en", "Let us see what happens in the US next.", "us"),
    ("sq", "Ne do të jemi në shtëpi, tha ai.", "ne"),
]

# (lang, text, phrase, code, sector): the entity span of the phrase and how it is coded.
PHRASES = [
    # a local group right before the country it is in is of that country
    ("sq", "Protestuesit në Serbi bllokuan rrugët kryesore.", "Protestuesit", "SRB", "CVL"),
    ("sq", "Ushtria e Koresë së Jugut njoftoi për stërvitje.", "Ushtria e Koresë së Jugut", "KOR", "MIL"),
    ("sq", "Presidenti rus Vladimir Putin kritikoi Ukrainën.", "Presidenti rus Vladimir Putin", "RUS", "GOV"),
    ("sq", "Ministri i Jashtëm i Shqipërisë vizitoi Shkupin sot.", "Ministri i Jashtëm i Shqipërisë", "ALB", "GOV"),
    ("sq", "Zyrtarët e Koresë së Veriut akuzuan Seulin.", "Zyrtarët e Koresë së Veriut", "PRK", "GOV"),
    ("sq", "Një gazetar rus u plagos.", "gazetar rus", "RUS", "JRN"),
    ("sq", "Ambasadori amerikan në Prishtinë kritikoi qeverinë sot.", "Ambasadori amerikan", "USA", "GOV"),
    ("sq", "Pas kësaj policia e Serbisë arrestoi dy fshatarë.", "policia e Serbisë", "SRB", "COP"),
    ("sq", "Kryeministri i Serbisë, Ana Brnabiq, kritikoi Prishtinën.", "Kryeministri i Serbisë, Ana Brnabiq", "SRB", "GOV"),
    ("sq", "Kremlini refuzoi ofertën.", "Kremlini", "RUS", "GOV"),
    ("sq", "Policia e Kosovës arrestoi dy persona në veri.", "Policia e Kosovës", "KOS", "COP"),
    ("sq", "Gjykata Kushtetuese e Kosovës refuzoi sot kërkesën.", "Gjykata Kushtetuese e Kosovës", "KOS", "JUD"),
    # a police or court body named by its town right after it is one party, of the town's country
    ("sq", "Policia Mitrovicë arrestoi dy persona.", "Policia Mitrovicë", "KOS", "COP"),
    ("sq", "Gjykata e Shkallës së Parë Shkodër e dënoi të akuzuarin.", "Gjykata e Shkallës së Parë Shkodër", "ALB", "JUD"),
    # adjectives between a role and the genitive that codes it
    ("sq", "Emisari special i BE-së vizitoi Beogradin.", "Emisari special i BE-së", "IGO", "GOV"),
    ("sq", "Përfaqësuesi i lartë i BE-së kritikoi Serbinë.", "Përfaqësuesi i lartë i BE-së", "IGO", "GOV"),
    # a definite singular in -ë is one office of the home country, not a group
    ("sq", "Opozita në Kosovë kritikoi qeverinë sot.", "qeverinë", "KOS", "GOV"),
    ("sq", "Kosova: opozita kërkoi dorëheqjen e qeverisë.", "qeverisë", "KOS", "GOV"),
    ("sq", "Bankat e Serbisë refuzuan kërkesën e qeverisë.", "Bankat e Serbisë", "SRB", "BUS"),
    # a citizen of a country is a civilian of it
    ("sq", "Shtetasi i Kosovës u arrestua nga policia e Serbisë.", "Shtetasi i Kosovës", "KOS", "CVL"),
    ("sq", "Policia greke ndaloi tre shtetas të Shqipërisë.", "shtetas të Shqipërisë", "ALB", "CVL"),
    # what an office is for, after "për", codes nothing: the person after the comma does
    ("sq", "I dërguari special për dialogun mes Serbisë dhe Kosovës, Richard Grenell, kritikoi Beogradin.",
     "dërguari special për dialogun mes Serbisë dhe Kosovës, Richard Grenell", "USA", "GOV"),
    ("sq", "Koordinatori për dialog, z. Richard Grenell, kritikoi Beogradin.",
     "Koordinatori për dialog, z. Richard Grenell", "USA", "GOV"),
    ("sq", "Federata e Sindikatave të Kosovës kërkoi rritje pagash.", "Federata e Sindikatave të Kosovës",
     "KOS", "CVL"),
    ("en", "Russian Deputy Foreign Minister Ivan Petrov met Turkish officials.",
     "Russian Deputy Foreign Minister Ivan Petrov", "RUS", "GOV"),
    ("en", "South Korea's military said the North attacked.", "South Korea's military", "KOR", "MIL"),
    ("en", "The Kremlin rejected the offer.", "Kremlin", "RUS", "GOV"),
    ("en", "US officials met Iranian diplomats in Geneva.", "US officials", "USA", "GOV"),
    ("en", "U.S. officials met Chinese diplomats.", "Chinese diplomats", "CHN", "GOV"),
    ("en", "The Kosovo Police arrested two men.", "Kosovo Police", "KOS", "COP"),
    ("en", "The defence ministry of Ukraine accused Moscow.", "defence ministry of Ukraine", "UKR", "GOV"),
    ("en", "Moscow rejected the offer.", "Moscow", "RUS", "GOV"),
]

# (lang, text, phrase, person name the phrase carries from the text, role)
PERSONS = [
    ("sq", "Presidenti rus Vladimir Putin kritikoi Ukrainën.", "Presidenti rus Vladimir Putin",
     "Vladimir Putin", "president"),
    ("en", "Russian Deputy Foreign Minister Ivan Petrov met Turkish officials.", "Russian Deputy Foreign Minister Ivan Petrov",
     "Ivan Petrov", "deputy_foreign_minister"),
    ("sq", "Zëvendësministri i Jashtëm i Rusisë Ivan Petrov kritikoi sot Kievin.",
     "Zëvendësministri i Jashtëm i Rusisë Ivan Petrov", "Ivan Petrov", "deputy_foreign_minister"),
]


def extract(lang, text):
    return lajm.extract(text, lang=lang, published=PUBLISHED)


def names_in(lang, text):
    """The names stage over every sentence (no prefilter picks the candidates of an event)."""
    return Pipeline(lang, ["sentences", "names"])(Article(text=text, lang=lang, published=PUBLISHED))


def spans_written(doc, label, written):
    return [s for s in doc.spans[label] if doc.slice(s) == written]


@pytest.mark.parametrize("lang,text,form,kind,code", NAMES)
def test_names_are_found_in_their_inflected_forms(lang, text, form, kind, code):
    doc = names_in(lang, text)
    found = spans_written(doc, "name", form)
    assert found, [doc.slice(s) for s in doc.spans["name"]]
    assert (found[0].attrs["kind"], found[0].attrs["code"]) == (kind, code)


@pytest.mark.parametrize("lang,text,written", NOT_COUNTRIES)
def test_lowercase_words_are_not_countries(lang, text, written):
    doc = extract(lang, text)
    for label in ("name", "entity"):
        coded = [s for s in spans_written(doc, label, written) if s.attrs.get("kind") == "country"]
        assert coded == []


def test_capitals_acronym_matches_exactly():
    doc = names_in("en", "US officials told us they would stay.")
    assert [doc.slice(s) for s in doc.spans["name"]] == ["US"]


@pytest.mark.parametrize("lang,text,phrase,code,sector", PHRASES)
def test_role_phrases_are_coded(lang, text, phrase, code, sector):
    doc = extract(lang, text)
    found = spans_written(doc, "entity", phrase)
    assert found, [doc.slice(s) for s in doc.spans["entity"]]
    assert (found[0].attrs["code"], found[0].attrs["sector"]) == (code, sector)


@pytest.mark.parametrize("lang,text,phrase,name,role", PERSONS)
def test_unknown_person_with_a_role_is_named_and_coded_by_the_role(lang, text, phrase, name, role):
    doc = extract(lang, text)
    found = spans_written(doc, "entity", phrase)
    assert found, [doc.slice(s) for s in doc.spans["entity"]]
    assert (found[0].attrs["name"], found[0].attrs["role"]) == (name, role)


# Entity phrases are built in the sentences that state an event.
SURNAME_LATER = [
    ("en", "Russian Deputy Foreign Minister Ivan Petrov met Turkish envoys. Petrov later criticised Kyiv."),
    ("sq", "Zëvendësministri i Jashtëm i Rusisë Ivan Petrov kritikoi Kievin. Petrov akuzoi edhe Varshavën."),
]


@pytest.mark.parametrize("lang,text", SURNAME_LATER)
def test_later_surname_takes_the_code_of_the_earlier_mention(lang, text):
    doc = extract(lang, text)
    later = spans_written(doc, "entity", "Petrov")
    assert later, [doc.slice(s) for s in doc.spans["entity"]]
    assert (later[0].attrs["code"], later[0].attrs["sector"]) == ("RUS", "GOV")


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, text, *_ in PHRASES + NAMES])
def test_entity_spans_lie_on_token_boundaries(lang, text):
    doc = extract(lang, text)
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    for span in doc.spans["entity"]:
        assert span.start in starts and span.end in ends, doc.slice(span)


def test_preposition_before_an_entity_is_recorded():
    doc = extract("sq", "Serbia protestoi kundër Kosovës dhe me Shqipërinë.")
    preps = {doc.slice(s): s.attrs["prep"] for s in doc.spans["entity"]}
    assert preps == {"Serbia": None, "Kosovës": "kundër", "Shqipërinë": "me"}


@pytest.mark.parametrize("text,phrase,genitive", [
    ("Policia e Shqipërisë arrestoi gardianët e kufirit të Kosovës.", "Kosovës", True),
    # past a numeral or "gjithë" between the linking article and the phrase
    ("Kurti kritikoi arrestimin e dy policëve kosovarë.", "policëve kosovarë", True),
    ("Kurti kritikoi vendimet e të gjithë ministrave serbë.", "ministrave serbë", True),
    # "e" that joins numerals ("njëzet e pesë") is no linking article here
    ("Kurti i kërkoi dje Vuçiqit një takim.", "Vuçiqit", False),
])
def test_genitive_after_a_linker_is_marked(text, phrase, genitive):
    doc = extract("sq", text)
    marks = {doc.slice(s): s.attrs["genitive"] for s in doc.spans["entity"]}
    assert marks.get(phrase) is genitive, marks


# (text, phrase, case): the case an Albanian role noun's ending shows.
ROLE_CASES = [
    ("Kurti i kërkoi kryeministrit të Serbisë një takim.", "kryeministrit të Serbisë", "gda"),
    ("Kosova kritikoi sot qeverisë së Serbisë.", "qeverisë së Serbisë", "gda"),
    ("Kurti takoi presidentin e Serbisë.", "presidentin e Serbisë", "acc"),
    ("Presidenti i Serbisë takoi Kurtin.", "Presidenti i Serbisë", None),
    ("Protestuesit e Serbisë sulmuan policinë.", "Protestuesit e Serbisë", None),  # plural, not genitive
]


# (text, phrase, case): the case the ending of an unknown person's surname shows; none
# at the start of a sentence, where a foreign surname in "-in" is the subject.
PERSON_CASES = [
    ("Policia arrestoi dje Dragan Petroviqin në Mitrovicë.", "Dragan Petroviqin", "acc"),
    ("Gjykata dënoi me burg Besnik Dervishin.", "Besnik Dervishin", "acc"),
    ("Ministri priti dje Arben Demiraun.", "Arben Demiraun", "acc"),
    ("Kurti i kërkoi falje Besnik Dervishit.", "Besnik Dervishit", "gda"),
    ("Dragan Petroviqin kritikoi qeverinë.", "Dragan Petroviqin", None),
    ("“Ivan Borodin kritikoi qeverinë”, shkruan gazeta.", "Ivan Borodin", None),
    ("Policia arrestoi dje Dragan Petroviq.", "Dragan Petroviq", None),
]


@pytest.mark.parametrize("text,phrase,case", ROLE_CASES + PERSON_CASES)
def test_phrases_carry_the_case_of_their_role_noun_or_surname(text, phrase, case):
    doc = extract("sq", text)
    found = spans_written(doc, "entity", phrase)
    assert found, [doc.slice(s) for s in doc.spans["entity"]]
    assert found[0].attrs.get("case") == case


def test_an_unknown_surname_in_the_accusative_after_the_verb_is_its_object():
    event = lajm.extract("Pas ndeshjes e kishte kritikuar ashpër Dragan Petroviqin.", lang="sq").events[0]
    assert [a.text for a in event.actor] == []
    assert [r.text for r in event.recipient] == ["Dragan Petroviqin"]


@pytest.mark.parametrize("place,code", [("Tirana", "ALB"), ("Prishtina", "KOS")])
def test_the_home_country_counts_names_in_sentences_that_state_no_event(place, code):
    """Only event sentences are read for phrases, but the country the whole article names
    most codes an official with no country."""
    text = f"{place} ishte e qetë dje. Në {place} u hap një park i ri. Kryeministri kritikoi Serbinë."
    doc = extract("sq", text)
    assert spans_written(doc, "entity", "Kryeministri")[0].attrs["code"] == code


@pytest.mark.parametrize("text", ["Kurti kritikoi emisarin special i", "Kurti kritikoi emisarin special"])
def test_a_role_at_the_end_of_a_cut_text_is_read(text):
    assert spans_written(extract("sq", text), "entity", "emisarin")


def test_an_article_that_names_no_home_country_places_its_officials_where_it_is_about():
    text = "Moska priti dje vëzhgues në Rusi. Presidenti kritikoi Gjermaninë."
    doc = extract("sq", text)
    assert spans_written(doc, "entity", "Presidenti")[0].attrs["code"] == "RUS"


# (text, phrase as written, member codes): a hyphenated name stands for each country it joins
COMPOUNDS = [
    ("US-Afghan forces raided the village.", "US-Afghan forces", ["USA", "AFG"]),
    ("Russian-Georgian talks opened today.", "Russian-Georgian", ["RUS", "GEO"]),
]


@pytest.mark.parametrize("text,phrase,members", COMPOUNDS)
def test_hyphenated_names_have_each_country_as_a_member(text, phrase, members):
    doc = extract("en", text)
    span = spans_written(doc, "entity", phrase)[0]
    assert [m["code"] for m in span.attrs["members"]] == members


# (text, phrase, preposition recorded): the "of" of a quantifier or a place noun is not the phrase's
PREPS_PAST_OF = [
    ("Israel destroyed most of the Egyptian air force.", "Egyptian air force", None),
    ("Police searched homes in most of Turkey.", "Turkey", "in"),
    ("Rebels attacked a convoy in the occupied territory of Gaza.", "Gaza", "in"),
    ("Rebels attacked a convoy near the capital of Kabul.", "Kabul", "near"),
    ("The attack of the Egyptian army failed.", "Egyptian army", "of"),
    ("Rebels seized up to 30 Chilean engineers.", "Chilean", None),
    ("The army sent up to 300 soldiers to Peru.", "Peru", "to"),
]


@pytest.mark.parametrize("text,phrase,prep", PREPS_PAST_OF)
def test_preposition_is_read_past_a_quantifier_or_place_noun(text, phrase, prep):
    doc = extract("en", text)
    assert spans_written(doc, "entity", phrase)[0].attrs["prep"] == prep


# (text, phrase, wrong phrase): a phrase stops before a subjunctive verb and starts after
# a conjunction that opens the sentence
PHRASE_EDGES = [
    ("Sindikata kërkoi nga qeveria të rrisë pagat e mjekëve.", "qeveria", "qeveria të rrisë"),
    ("Sindikata kërkoi nga ministria të ngrisë pagat.", "ministria", "ministria të ngrisë"),
    ("Mirëpo Arben Lumaj ka kritikuar qeverinë.", "Arben Lumaj", "Mirëpo Arben Lumaj"),
    ("Ndërsa Arben Lumaj ka kritikuar qeverinë.", "Arben Lumaj", "Ndërsa Arben Lumaj"),
]


@pytest.mark.parametrize("text,phrase,wrong", PHRASE_EDGES)
def test_phrase_edges(text, phrase, wrong):
    doc = lajm.extract(text, lang="sq", published="2020-07-20")
    found = [doc.slice(s) for s in doc.spans["entity"]]
    assert phrase in found and wrong not in found


def test_a_word_of_two_capitalised_parts_is_no_person():
    doc = lajm.extract("Rusia ka nënshkruar marrëveshje me kompaninë farmaceutike “NovaMedica” për vaksinën.",
                       lang="sq", published="2020-07-20")
    assert "person" not in [s.attrs.get("kind") for s in doc.spans["entity"] if doc.slice(s) == "NovaMedica"]


# (text, committee phrase): a commission named for a capitalised topic is a committee of
# the parliament, and its name is part of the phrase
COMMITTEES = [
    ("Komisioni për Shëndetësi dhe Mirëqenie Sociale ka kritikuar ministrin.",
     "Komisioni për Shëndetësi dhe Mirëqenie Sociale"),
    ("Deputetët kërkuan nga Komisioni për Çështje të Sigurisë që të hetojë rastin.",
     "Komisioni për Çështje të Sigurisë"),
]


@pytest.mark.parametrize("text,phrase", COMMITTEES)
def test_a_commission_for_a_named_topic_is_a_parliamentary_committee(text, phrase):
    doc = lajm.extract(text, lang="sq", published="2020-07-20")
    attrs = next(s.attrs for s in doc.spans["entity"] if doc.slice(s) == phrase)
    assert (attrs["code"], attrs["sector"]) == ("KOS", "LEG")


# (lang, text, phrase, code, sector): a body of civil society named by its kind is an NGO
# where nothing places it; a country, demonym or genitive makes it that country's CVL, and
# so does home news in Albanian (the article names Kosovo or Albania) unless it is foreign.
NGOS = [
    ("en", "A human rights group accused the police of torture.", "group", "NGO", None),
    ("en", "An international aid agency condemned the shelling of the camp.", "agency", "NGO", None),
    ("en", "A watchdog organization criticised the election commission.", "organization", "NGO", None),
    ("en", "Several NGOs condemned the new media law.", "NGOs", "NGO", None),
    ("en", "A non-governmental organisation accused the army of abuses.", "organisation", "NGO", None),
    ("en", "A Serbian human rights group accused the government of hiding files.",
     "Serbian human rights group", "SRB", "CVL"),
    ("en", "A Kosovo NGO demanded an inquiry into the tender.", "Kosovo NGO", "KOS", "CVL"),
    ("en", "Rights groups in Kenya condemned the arrests.", "groups", "KEN", "CVL"),
    ("en", "The UN aid agency accused the militia of looting.", "UN aid agency", "IGO", None),
    ("sq", "Një organizatë joqeveritare akuzoi policinë iraniane për torturë.", "organizatë", "NGO", None),
    ("sq", "Organizata për të drejtat e njeriut kritikoi qeverinë e Serbisë.", "Organizata", "NGO", None),
    ("sq", "Një agjenci humanitare dërgoi ushqime në Sudan.", "agjenci", "NGO", None),
    ("sq", "Organizatat joqeveritare të Kosovës kërkuan hetim të pavarur.",
     "Organizatat joqeveritare të Kosovës", "KOS", "CVL"),
    ("sq", "Një organizatë serbe për të drejtat e njeriut akuzoi Prishtinën.", "organizatë serbe", "SRB", "CVL"),
    ("sq", "Në Prishtinë, OJQ-ja kritikoi ministrin e Shëndetësisë.", "OJQ-ja", "KOS", "CVL"),
    ("sq", "Në Tiranë, një organizatë ndërkombëtare për të drejtat e njeriut kritikoi qeverinë.",
     "organizatë", "NGO", None),
]


@pytest.mark.parametrize("lang,text,phrase,code,sector", NGOS)
def test_bodies_of_civil_society_are_ngos_unless_a_country_places_them(lang, text, phrase, code, sector):
    doc = extract(lang, text)
    found = spans_written(doc, "entity", phrase)
    assert found, [doc.slice(s) for s in doc.spans["entity"]]
    assert (found[0].attrs["role"], found[0].attrs["code"], found[0].attrs["sector"]) == ("ngo", code, sector)


# (lang, text, word): a body noun with no word of civil society next to it is no NGO
NOT_NGOS = [
    ("en", "The armed group attacked a village near the border.", "group"),
    ("en", "The UN's nuclear watchdog criticised Iran.", "watchdog"),
    ("en", "Rebels attacked a group of soldiers near the town.", "group"),
    ("en", "The space agency criticised the contractor.", "agency"),
    ("sq", "Organizata terroriste sulmoi një fshat në veri.", "Organizata"),
    ("sq", "Grupi i punës kritikoi ministrin e Financave.", "Grupi"),
]


@pytest.mark.parametrize("lang,text,word", NOT_NGOS)
def test_a_body_noun_alone_is_no_ngo(lang, text, word):
    doc = extract(lang, text)
    assert "NGO" not in [s.attrs.get("code") for s in doc.spans["entity"]]
    assert "ngo" not in [s.attrs.get("role") for s in doc.spans["entity"] if word in doc.slice(s)]
