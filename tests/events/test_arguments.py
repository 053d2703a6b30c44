"""Event arguments: actors (passive agents, coordination), place, date against the
publication date, quantities, and the spans every field points at."""
import pytest

import lajm

PUBLISHED = "2025-03-12"  # a Wednesday

# (lang, text, trigger, actor codes, actor sectors, recipient codes)
PARTICIPANTS = [
    # passive: the agent after "nga"/"by" is the actor
    # an arrest at home with no named target is coded against the country itself
    ("sq", "Tre persona u arrestuan nga policia e Serbisë.", "arrestuan", ["SRB"], ["COP"], ["SRB"]),
    ("sq", "Një zyrtar u arrestua nga policia e Serbisë.", "arrestua", ["SRB"], ["COP"], []),
    ("sq", "Kosova u sulmua nga Serbia.", "sulmua", ["SRB"], [None], ["KOS"]),
    ("en", "Three men were arrested by the Serbian police.", "arrested", ["SRB"], ["COP"], ["SRB"]),
    ("en", "The Serbian police were attacked by protesters.", "attacked", [], ["CVL"], ["SRB"]),
    ("en", "Kosovo was attacked by Serbia.", "attacked", ["SRB"], [None], ["KOS"]),
    # coordinated actors
    ("sq", "Rusia dhe Ukraina ranë dakord.", "ranë dakord", ["RUS", "UKR"], [None, None], []),
    ("sq", "Shqipëria, Kosova dhe Maqedonia e Veriut nënshkruan marrëveshjen.", "nënshkruan",
     ["ALB", "KOS", "MKD"], [None, None, None], []),
    ("en", "Russia and Ukraine agreed on a truce.", "agreed", ["RUS", "UKR"], [None, None], []),
    # coordinated recipients
    ("sq", "Rusia sulmoi Ukrainën dhe Moldavinë.", "sulmoi", ["RUS"], [None], ["UKR", "MDA"]),
    ("en", "Russia threatened Ukraine and Moldova.", "threatened", ["RUS"], [None], ["UKR", "MDA"]),
    # role phrases as actors
    ("sq", "Presidenti rus Vladimir Putin kritikoi NATO-n.", "kritikoi", ["RUS"], ["GOV"], ["IGO"]),
    ("en", "South Korea's military accused North Korea of provocations.", "accused", ["KOR"], ["MIL"], ["PRK"]),
    # a role in the dative is no subject; the dative clitic ("ia", "i") points to it
    ("sq", "Përmes një letre drejtuar kryeministrit të Serbisë, presidenti i Kosovës ia ka shprehur "
     "shqetësimet e tij.", "shprehur shqetësimet", ["KOS"], ["GOV"], ["SRB"]),
    ("sq", "Ministri i Jashtëm i Shqipërisë i kërkoi dje ambasadorit rus të largohet.", "kërkoi",
     ["ALB"], ["GOV"], ["RUS"]),
    # a pronoun subject stands for the last subject named, not for an object
    ("sq", "Presidenti i Kosovës takoi kryeministrin e Serbisë. Ai i ka kërkuar Beogradit të tërheqë policinë.",
     "ka kërkuar", ["KOS"], ["GOV"], ["SRB"]),
    # a meeting held "midis A dhe B" has A and B as its parties
    ("sq", "Nesër në Bruksel mbahet takimi midis kryeministrit të Kosovës dhe presidentit të Serbisë.",
     "mbahet takimi", ["KOS", "SRB"], ["GOV", "GOV"], []),
    # charged with no agent named: by the prosecutors of the country of the charged
    ("sq", "Ish-ministri i Kosovës akuzohet për korrupsion.", "akuzohet", ["KOS"], ["JUD"], ["KOS"]),
    # a verb in the first person: who says it acts
    ("sq", "“Falënderoj Gjermaninë për ndihmën”, tha kryeministri i Kosovës.", "Falënderoj",
     ["KOS"], ["GOV"], ["DEU"]),
    # an arrest an authority reports about itself targets its own country
    ("sq", "Policia e Shqipërisë njoftoi se janë arrestuar dy persona.", "arrestuar", ["ALB"], ["COP"], ["ALB"]),
    # a name set off by commas after a word that is no entity is still the subject
    ("sq", "Në këtë rast, i dënuari i dytë, Ministri i Kosovës, ishte dënuar me pesë vjet burg.",
     "ishte dënuar", ["KOS"], ["JUD"], ["KOS"]),
    # "të dyja shtetet", "dy palët", "të dy liderët": the last two states or leaders named before
    ("sq", "Greqia dhe Turqia zhvilluan bisedime në Berlin. Të dyja shtetet kanë diskutuar për kufirin detar.",
     "kanë diskutuar", ["GRC", "TUR"], [None, None], []),
    ("sq", "Presidenti i Serbisë takoi kryeministrin e Kosovës në Bruksel. Të dy liderët ranë dakord "
     "për targat.", "ranë dakord", ["SRB", "KOS"], ["GOV", "GOV"], []),
    ("sq", "Shqipëria dhe Mali i Zi ranë dakord për kufirin. Takimi i radhës mes dy palëve do të mbahet "
     "në Podgoricë në tetor.", "Takimi", ["ALB", "MNE"], [None, None], []),
    # a gerund ("duke refuzuar") has the subject of the verb before it
    ("sq", "Gjykata e Prizrenit e liroi të dyshuarin, duke refuzuar kërkesën e Prokurorisë.",
     "duke refuzuar", ["KOS"], ["JUD"], ["KOS"]),
    # the demonym of the closed mission names whom a closure targets
    ("sq", "Qeveria e Polonisë kërkoi mbylljen e konsullatës ruse në Gdansk.", "kërkoi mbylljen",
     ["POL"], ["GOV"], ["RUS"]),
    # a demonym after a place noun says where, not to whom
    ("sq", "Policia e Kosovës arrestoi dy kontrabandistë në kufirin malazez.", "arrestoi",
     ["KOS"], ["COP"], ["KOS"]),
    # a role with an adjective and a demonym after it: "zyrtari i lartë turk"
    ("sq", "Një zyrtar i lartë turk kritikoi Greqinë.", "kritikoi", ["TUR"], ["GOV"], ["GRC"]),
]

# (lang, text, trigger, date text, start, end)
DATES = [
    ("sq", "Rusia sulmoi Ukrainën të hënën.", "sulmoi", "të hënën", "2025-03-10", "2025-03-10"),
    ("sq", "Kosova dhe Serbia u takuan të enjten.", "u takuan", "të enjten", "2025-03-06", "2025-03-06"),
    ("sq", "Kosova dhe Serbia do të takohen të enjten.", "takohen", "të enjten", "2025-03-13", "2025-03-13"),
    ("sq", "Kosova dhe Shqipëria do të nënshkruajnë marrëveshjen të premten.", "nënshkruajnë",
     "të premten", "2025-03-14", "2025-03-14"),
    ("sq", "Kosova dhe Shqipëria nënshkruan marrëveshjen të premten.", "nënshkruan",
     "të premten", "2025-03-07", "2025-03-07"),
    ("en", "Russia attacked Ukraine on Monday.", "attacked", "on Monday", "2025-03-10", "2025-03-10"),
    ("en", "Serbia met Kosovo in Brussels on Thursday.", "met", "on Thursday", "2025-03-06", "2025-03-06"),
    ("en", "Serbia will meet Kosovo in Brussels on Thursday.", "meet", "on Thursday", "2025-03-13", "2025-03-13"),
    ("en", "Russia sent aid to Belarus last week.", "sent", "last week", "2025-03-03", "2025-03-09"),
]

# (lang, text, trigger, kind, value, qualifier)
QUANTITIES = [
    ("sq", "Rusia ka dërguar të paktën 3.000 ushtarë në Bjellorusi.", "dërguar", "troops", 3000, "at_least"),
    ("sq", "Turqia dërgoi 500 ushtarë në Kosovë.", "dërgoi", "troops", 500, "exact"),
    ("sq", "Rreth 200 protestues u arrestuan nga policia e Serbisë.", "arrestuan", "arrested", 200, "about"),
    ("en", "Russia sent about 2,000 troops to Belarus last week.", "sent", "troops", 2000, "about"),
    ("en", "Serbia arrested more than 20 people on Friday.", "arrested", "arrested", 20, "more_than"),
    ("en", "Three men were arrested by the Serbian police.", "arrested", "arrested", 3, "exact"),
    # a count opening the clause heads its subject, however long, and outranks numbers inside it
    ("sq", "Rreth 3,000 banorë të qytetit, të revoltuar nga ndotja e lumit pranë fabrikës së çimentos, "
     "protestuan dje para Qeverisë.", "protestuan", "people", 3000, "about"),
    ("sq", "Më shumë se 500 studentë nga dy universitetet e kryeqytetit protestuan sot kundër Qeverisë.",
     "protestuan", "people", 500, "more_than"),
    ("sq", "Policia e Kosovës ka konfiskuar 30 armë dhe ka arrestuar 6 persona.", "ka arrestuar",
     "arrested", 6, "exact"),
    # a court's house arrest or pre-trial detention holds people already caught
    ("sq", "Gjykata e Prizrenit ka caktuar masën e arrestit shtëpiak për tre zyrtarë komunalë.", "ka caktuar",
     "detained", 3, "exact"),
    ("sq", "Gjykata e Prizrenit caktoi paraburgim për katër zyrtarë policorë.", "caktoi paraburgim",
     "detained", 4, "exact"),
]

# (lang, text, trigger, [(kind, value)]): counts listed with the nearest one are all the event's
LISTED_QUANTITIES = [
    ("sq", "Ukraina kërkoi nga aleatët 200 tanke, 300 raketa dhe 50 avionë.", "kërkoi",
     [("other", 200), ("other", 300), ("other", 50)]),
    ("sq", "Policia ka sekuestruar 12 pistoleta e 400 fishekë në Prizren.", "ka sekuestruar",
     [("other", 12), ("other", 400)]),
    # a count past a preposition is not in the list
    ("sq", "Turqia dërgoi 300 ushtarë në Kosovë dhe 20 në Bosnjë.", "dërgoi", [("troops", 300)]),
    ("sq", "Qeveria shpërndau 5,000 maska në 38 komuna.", "shpërndau", [("other", 5000)]),
]

# (lang, text, trigger, place as written, code)
PLACES = [
    ("sq", "Kryeministri i Shqipërisë takoi presidentin e Kosovës në Tiranë.", "takoi", "Tiranë", "ALB"),
    ("sq", "Rusia ka dërguar trupa në Bjellorusi.", "dërguar", "Bjellorusi", "BLR"),
    ("sq", "Studentët protestuan kundër qeverisë së Serbisë në Beograd.", "protestuan", "Beograd", "SRB"),
    # the seat of a body of many states is in its city's country
    ("sq", "Kryeministri i Kosovës dhe presidenti i Serbisë u takuan në Bruksel.", "u takuan", "Bruksel", "BEL"),
    # a town set off by a comma after a square or a street
    ("sq", "Studentët protestuan kundër Qeverisë të shtunën në sheshin Skënderbeu, Prishtinë.", "protestuan",
     "Prishtinë", "KOS"),
    # a place noun whose demonym names its country
    ("sq", "Ushtria e Turqisë dislokoi trupa në kufirin sirian.", "dislokoi", "kufirin sirian", "SYR"),
    ("en", "The Albanian prime minister met the Kosovo president in Tirana.", "met", "Tirana", "ALB"),
    ("en", "Students protested against the Serbian government in Belgrade.", "protested", "Belgrade", "SRB"),
]

# Sentences with every kind of field, for the span checks.
RICH = [
    ("sq", "Rusia ka dërguar të paktën 3.000 ushtarë në Bjellorusi të hënën, sipas Kievit."),
    ("sq", "Ministri i Jashtëm i Ukrainës tha se Rusia sulmoi Ukrainën të hënën."),
    ("sq", "Rreth 200 protestues u arrestuan nga policia e Serbisë në Beograd të martën."),
    ("en", "According to Kyiv, Russia sent about 2,000 troops to Belarus on Monday."),
    ("en", "Serbia will meet Kosovo in Brussels on Thursday, officials said."),
    ("en", "Three men were arrested by the Serbian police in Belgrade on Tuesday."),
]


def extract(lang, text):
    return lajm.extract(text, lang=lang, published=PUBLISHED)


def event_of(doc, trigger):
    found = [e for e in doc.events if trigger in e.trigger or e.trigger in trigger]
    assert found, [(e.type, e.trigger) for e in doc.events]
    return found[0]


@pytest.mark.parametrize("lang,text,trigger,actors,sectors,recipients", PARTICIPANTS)
def test_actors_and_recipients(lang, text, trigger, actors, sectors, recipients):
    event = event_of(extract(lang, text), trigger)
    coded = [a for a in event.actor if a.code or a.sector]
    assert [a.code for a in coded if a.code] == actors
    assert [a.sector for a in coded] == sectors
    assert [r.code for r in event.recipient if r.code] == recipients


@pytest.mark.parametrize("lang,text,trigger,written,start,end", DATES)
def test_dates_resolve_against_published_and_tense(lang, text, trigger, written, start, end):
    event = event_of(extract(lang, text), trigger)
    assert event.date is not None
    assert (event.date.text, event.date.start, event.date.end) == (written, start, end)


def test_relative_date_without_published_has_no_absolute_range():
    doc = lajm.extract("Rusia sulmoi Ukrainën të hënën.", lang="sq")
    event = event_of(doc, "sulmoi")
    assert event.date is None or event.date.start is None


@pytest.mark.parametrize("lang,text,trigger,counts", LISTED_QUANTITIES)
def test_counts_listed_together_are_all_quantities_of_the_event(lang, text, trigger, counts):
    event = event_of(extract(lang, text), trigger)
    assert [(q.kind, q.value) for q in event.quantities] == counts


@pytest.mark.parametrize("lang,text,trigger,kind,value,qualifier", QUANTITIES)
def test_quantities_are_attached_with_their_qualifier(lang, text, trigger, kind, value, qualifier):
    event = event_of(extract(lang, text), trigger)
    assert [(q.kind, q.value, q.qualifier) for q in event.quantities] == [(kind, value, qualifier)]


@pytest.mark.parametrize("lang,text,trigger,written,code", PLACES)
def test_location(lang, text, trigger, written, code):
    event = event_of(extract(lang, text), trigger)
    assert event.location is not None
    assert (event.location.text, event.location.code) == (written, code)


@pytest.mark.parametrize("lang,text", RICH)
def test_every_field_span_slices_back_to_its_text(lang, text):
    doc = extract(lang, text)
    assert doc.events
    for event in doc.events:
        fields = [*event.actor, *event.recipient, *event.quantities,
                  *(x for x in (event.location, event.date, event.attribution) if x is not None)]
        assert fields
        for field in fields:
            if field.span is None:  # an implied party has no words, only a reason
                assert not field.text and "implied" in event.reasons["recipient"] + event.reasons["actor"], field
                continue
            assert doc.slice(field.span) == field.text, field
        assert doc.slice(event.trigger_span) == event.trigger


@pytest.mark.parametrize("lang,text", RICH)
def test_rich_sentences_fill_the_fields_they_state(lang, text):
    doc = extract(lang, text)
    event = doc.events[0]
    assert event.date is not None and event.date.start
    assert event.attribution is not None or event.quantities or event.location is not None


@pytest.mark.parametrize("lang,text", RICH)
def test_reasons_explain_type_and_actor(lang, text):
    for event in extract(lang, text).events:
        assert event.reasons["type"]
        if event.actor:
            assert event.reasons["actor"]


@pytest.mark.parametrize("lang,text", RICH)
def test_evidence_is_the_sentence(lang, text):
    doc = extract(lang, text)
    for event in doc.events:
        assert event.evidence == doc.slice(doc.sentences[event.sentence])


def test_event_needs_a_coded_participant():
    assert extract("sq", "Dikush sulmoi dikë në rrugë.").events == []
    assert extract("en", "Somebody attacked somebody in the street.").events == []


@pytest.mark.parametrize("lang,text,events", [
    ("sq", "Një burrë nga Peja, Agim Krasniqi, vrau bashkëshorten e tij Drita Krasniqi.", []),
    ("sq", "Policia e Kosovës qëlloi mbi Agim Krasniqin.", ["ASSAULT"]),
    # the agent of a passive is in its own clause, not the next one's
    ("sq", "Në Durrës u masakrua me thikë Arben Lika, ndërsa autori u arrestua nga policia.", ["COERCE"]),
    # a meeting between private persons is private life
    ("sq", "Ardit Hoxha dhe Elona Mema janë takuar në një kafe në Tiranë.", []),
    ("sq", "Kryeministri i Shqipërisë u takua me Ardit Hoxhën.", ["CONSULT"]),
    ("en", "John Harris met Mary Dunn in a cafe in Boston.", []),
    # a threat between private persons is crime; one by an office is politics
    ("sq", "Dritan Muçaj kërcënoi Ilir Dakajn se do ta vrasë.", []),
    ("sq", "Kryeministri i Serbisë kërcënoi Ilir Dakajn se do ta arrestojë.", ["THREATEN"]),
    # promises, gifts and thanks between private persons are private life
    ("sq", "Lindita Hoxha dhe Gent Zeka ranë dakord të martohen në verë.", []),
    ("sq", "Besa Kelmendi i dhuroi Arben Zekës një makinë.", []),
    ("sq", "Besa Kelmendi falënderoi Arben Zekën për ndihmën.", []),
    ("sq", "Kryeministri i Shqipërisë falënderoi Arben Zekën për ndihmën.", ["SUPPORT"]),
])
def test_private_life_between_private_persons_is_no_event(lang, text, events):
    assert [e.type for e in extract(lang, text).events] == events


@pytest.mark.parametrize("lang,text,events", [
    # a hazard right before a verb of violence did it, whatever the clause names after
    ("sq", "Virusi sulmon organet e frymëmarrjes.", []),
    ("sq", "Tërmeti goditi qytetin e Durrësit.", []),
    ("en", "Floods hit the Kenyan army base.", []),
    # a hazard in an event noun is its weapon
    ("en", "Syrian forces launched a gas attack on Douma.", ["ASSAULT"]),
])
def test_violence_by_nature_is_no_event(lang, text, events):
    assert [e.type for e in extract(lang, text).events] == events
