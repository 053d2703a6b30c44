"""Albanian trigger entries: the type each phrasing codes, and the uses that code none."""
import pytest

import lajm

# (text, trigger words, type)
CODED = [
    # a sanction announced for the future is the sanction, to come; on a condition, a threat
    ("Qeveria e Kosovës do të vendosë masa reciprociteti ndaj Serbisë nga e hëna.", "vendosë masa", "SANCTION"),
    ("Beogradi do të vendosë sanksione ndaj Kosovës nëse Prishtina nuk tërheq masat.", "vendosë sanksione",
     "THREATEN"),
    # CONCEDE: admitting a fault, giving up a claim, concessions, yielding, withdrawing a demand
    ("Ministri i Drejtësisë së Kosovës pranoi fajin për vonesat.", "pranoi fajin", "CONCEDE"),
    ("Qeveria e Serbisë ka pranuar gabimin në rastin e targave.", "ka pranuar gabimin", "CONCEDE"),
    ("Qeveria e Kosovës hoqi dorë nga masa e reciprocitetit.", "hoqi dorë", "CONCEDE"),
    ("Kryeministri i Shqipërisë bëri lëshime ndaj opozitës.", "bëri lëshime", "CONCEDE"),
    ("Kryetari i Komunës u dorëzua përballë protestuesve.", "u dorëzua përballë", "CONCEDE"),
    ("Deputetët e Kuvendit të Kosovës u tërhoqën nga nisma për shkarkimin e ministrit.",
     "u tërhoqën nga nisma", "CONCEDE"),
    # RETREAT: leaving an office or a coalition; ships, forces and diplomats leaving
    ("Ministri i Shëndetësisë së Kosovës u largua nga posti pas skandalit.", "u largua nga posti", "RETREAT"),
    ("Anijet luftarake të Turqisë janë larguar nga ujërat greke.", "janë larguar", "RETREAT"),
    ("Rusia tërhoqi diplomatët nga ambasada në Vilnius.", "tërhoqi diplomatët", "RETREAT"),
    ("Diplomatët e Britanisë lanë ambasadën në Teheran.", "lanë ambasadën", "RETREAT"),
    # THREATEN: a warning of a hostile act, threats issued, an ultimatum given
    ("Lideri i PDK-së paralajmëroi prishjen e koalicionit me LDK-në.", "paralajmëroi prishjen", "THREATEN"),
    ("Presidenti i Turqisë ka paralajmëruar luftë kundër Greqisë.", "ka paralajmëruar luftë", "THREATEN"),
    ("Partnerët e koalicionit kërcënuan me dalje nga Qeveria e Kosovës.", "kërcënuan me", "THREATEN"),
    ("Kryeministri i Serbisë lëshoi kërcënime ndaj Kosovës.", "lëshoi kërcënime", "THREATEN"),
    ("Shtetet e Bashkuara i dhanë ultimatum Iranit.", "dhanë ultimatum", "THREATEN"),
    ("Kryeministri i Serbisë paralajmëroi se, nëse Kosova nuk tërhiqet, Serbia do të reagojë.",
     "paralajmëroi se, nëse", "THREATEN"),
    ("Presidenti i Turqisë kërcënonte Greqinë me luftë.", "kërcënonte", "THREATEN"),
    # PROTEST: rallies held, protest actions, marches, strikes, boycott campaigns
    ("Opozita e Shqipërisë mbajti një tubim para Kryeministrisë.", "mbajti një tubim", "PROTEST"),
    ("Sindikata e mësuesve të Kosovës organizoi një aksion protestues para Qeverisë.",
     "organizoi një aksion protestues", "PROTEST"),
    ("Mjekët e Kosovës hynë në grevë kundër Ministrisë së Shëndetësisë.", "hynë në grevë", "PROTEST"),
    ("Bizneset e Greqisë nisën një fushatë bojkoti kundër mallrave të Turqisë.",
     "nisën një fushatë bojkoti", "PROTEST"),
    # MOBILIZE: arms bought, forces equipped, alerts, deployments
    ("Ushtria e Shqipërisë bleu dronë luftarakë nga Turqia.", "bleu dronë", "MOBILIZE"),
    ("Forca e Sigurisë së Kosovës u pajis me automjete ushtarake.", "pajis me automjete ushtarake", "MOBILIZE"),
    ("Ministria e Mbrojtjes së Serbisë vuri ushtrinë në gatishmëri.", "vuri ushtrinë në gatishmëri", "MOBILIZE"),
    ("Ushtria e Rumanisë filloi dislokimin e trupave në Dobruxha të hënën.", "dislokimin", "MOBILIZE"),
    ("Ushtria e Shqipërisë shtoi një kontingjent ushtarësh në kufi.", "shtoi një kontingjent", "MOBILIZE"),
    ("Ushtria e Malit të Zi është furnizuar me një kontingjent automjetesh.", "kontingjent", "MOBILIZE"),
    # exercises and manoeuvres, troops added or sent to a border, recruits, weapons tests
    ("Marina e Greqisë zhvilloi ushtrime detare pranë Kretës.", "zhvilloi ushtrime", "MOBILIZE"),
    ("Ushtria e Turqisë ka kryer manovra ushtarake në Qipro.", "ka kryer manovra", "MOBILIZE"),
    ("Shqipëria dhe Italia zhvilluan ushtrime të përbashkëta detare në Adriatik.", "ushtrime", "MOBILIZE"),
    ("Turqia shtoi trupat në kufirin me Sirinë.", "shtoi trupat", "MOBILIZE"),
    ("Serbia dërgoi forca shtesë në kufi me Kosovën.", "dërgoi forca shtesë në kufi", "MOBILIZE"),
    ("Rusia përqendroi mijëra ushtarë në kufirin me Ukrainën.", "përqendroi mijëra ushtarë", "MOBILIZE"),
    ("Ushtria e Ukrainës rekrutoi mijëra rezervistë.", "rekrutoi mijëra rezervistë", "MOBILIZE"),
    ("Koreja e Veriut ka testuar një raketë të re.", "ka testuar një raketë", "MOBILIZE"),
    # first-person demands and refusals in a quote: the speaker acts
    ("“Kërkojmë nga Qeveria e Serbisë të lirojë policët”, tha kryeministri i Kosovës.", "Kërkojmë nga", "REQUEST"),
    ("“Ne e kundërshtojmë këtë vendim të Qeverisë”, tha kryetari i PDK-së.", "kundërshtojmë", "REJECT"),
    ("“I ftoj ministrat e Qeverisë që të ulin çmimin e rrymës”, tha kryetari i LDK-së.", "ftoj", "REQUEST"),
    ("“Kemi kërkuar nga Brukseli që të heqë vizat”, tha ministri i Jashtëm i Kosovës.", "Kemi kërkuar nga",
     "REQUEST"),
    ("“Unë kam bërë thirrje për qetësi në veri”, tha ambasadori i Gjermanisë.", "kam bërë thirrje", "REQUEST"),
    ("“Dënojmë sulmin ndaj gazetarëve në Beograd”, tha ministri i Jashtëm i Shqipërisë.", "Dënojmë", "ACCUSE"),
    ("“E kritikoj Qeverinë e Serbisë për këtë vendim”, tha kryeministri i Kosovës.", "kritikoj", "ACCUSE"),
    ("“Mbështesim planin e Qeverisë së Kosovës”, tha ambasadori i Francës.", "Mbështesim", "SUPPORT"),
    # the speaker's own sanctions, and warnings of them; a sanction to come is a threat
    ("“Vendosëm sanksione ndaj dy zyrtarëve serbë”, tha ministri i Jashtëm i Kosovës.", "Vendosëm sanksione",
     "SANCTION"),
    ("“Nëse kufiri mbetet i mbyllur, do të vendosim sanksione ndaj Serbisë”, tha kryeministri i Kosovës.",
     "vendosim sanksione", "THREATEN"),
    ("“Paralajmërojmë kundërmasa ndaj Kosovës”, tha presidenti i Serbisë.", "Paralajmërojmë kundërmasa",
     "THREATEN"),
    # COERCE: a requirement laid on travellers
    ("Ministri i Shëndetësisë tha se qytetarëve të Serbisë u kërkohet testi për hyrje në Kosovë.",
     "u kërkohet testi", "COERCE"),
    # SANCTION: a closure whose mission's demonym names the target
    ("Qeveria e Polonisë kërkoi mbylljen e konsullatës ruse.", "kërkoi mbylljen e konsullatës", "SANCTION"),
    # a flag burnt in protest; an insistence on a demand; an agreement between governments
    ("Protestuesit serbë dogjën flamurin e Kosovës para ambasadës në Beograd.", "dogjën flamurin", "PROTEST"),
    ("Kryetari i LDK-së ka insistuar që Qeveria e Kosovës të japë dorëheqje.", "ka insistuar", "REQUEST"),
    ("Qeveria e Kosovës dhe Qeveria e Serbisë kanë arritur marrëveshje për targat.", "arritur marrëveshje", "AGREE"),
    # "nuk toleron" disapproves; meetings that set a scene; demands made to people
    ("Presidenti i Kosovës tha se nuk toleron më sulmet e opozitës.", "nuk toleron", "ACCUSE"),
    ("Gjatë takimit me presidentin e Serbisë në Bruksel, kryeministri i Kosovës ngriti çështjen e të pagjeturve.",
     "takimit", "CONSULT"),
    ("Kryeministri i Kosovës u takua me presidentin e Shqipërisë në Tiranë.", "u takua", "CONSULT"),
    ("Policia e Kosovës kërkoi nga qytetarët të respektojnë masat.", "kërkoi", "REQUEST"),
    # a strike or a protest warned of; opposing in the passive, the pluperfect, a gerund
    # and the first person
    ("Sindikata e mjekëve të Kosovës paralajmëroi grevë për muajin e ardhshëm.", "paralajmëroi grevë", "THREATEN"),
    ("Opozita e Shqipërisë ka paralajmëruar protesta kundër Qeverisë.", "ka paralajmëruar protesta", "THREATEN"),
    ("Propozimi i Qeverisë së Kosovës është kundërshtuar nga opozita.", "është kundërshtuar", "REJECT"),
    ("Ministri i Jashtëm i Serbisë e kishte kundërshtuar marrëveshjen.", "kishte kundërshtuar", "REJECT"),
    ("Deputetët e PDK-së dolën nga salla duke kundërshtuar vendimin e Kuvendit.", "duke kundërshtuar", "REJECT"),
    ("“E kam refuzuar ftesën e Beogradit”, tha kryeministri i Kosovës.", "kam refuzuar", "REJECT"),
    # a verbal attack is criticism; attacks and killings told in the imperfect
    ("Deputetët e PDK-së sulmuan verbalisht kryetaren e Kuvendit.", "sulmuan verbalisht", "ACCUSE"),
    ("Kryetari i LDK-së nisi sulme verbale ndaj ministrit të Shëndetësisë.", "sulme verbale", "ACCUSE"),
    ("Forcat serbe sulmonin fshatrat e Drenicës çdo natë.", "sulmonin", "ASSAULT"),
    ("Policia serbe vriste civilët në fshatrat e Drenicës.", "vriste", "ASSAULT"),
    # leaving a coalition or withdrawing support to come; a strike or protest promised if a
    # demand goes unmet threatens one, one planned is a protest to come
    ("Kryetari i AAK-së tha se partia do të dalë nga koalicioni me LDK-në.", "do të dalë nga koalicioni",
     "THREATEN"),
    ("“Do t’ia tërheqim mbështetjen Qeverisë së Kosovës”, tha kryetari i Nismës.", "tërheqim mbështetjen",
     "THREATEN"),
    ("“Nëse Qeveria e Kosovës nuk e tërheq vendimin, do të protestojmë”, tha kryetari i PDK-së.",
     "protestojmë", "THREATEN"),
    ("Sindikata e mjekëve të Kosovës tha se nëse pagat nuk rriten, do të hyjnë në grevë.", "hyjnë në grevë",
     "THREATEN"),
    ("Opozita e Kosovës do të protestojë nesër para Kuvendit.", "protestojë", "PROTEST"),
    # other tenses, persons and light verbs: an accord signed or reached, funds granted,
    # resignations, tariffs lifted, threats suffered, protests staged, strikes begun, troops deployed
    ("Presidenti i Serbisë kishte rënë dakord me kryeministrin e Kosovës për targat.", "kishte rënë dakord",
     "AGREE"),
    ("Qeveria e Malit të Zi firmosi marrëveshjen me Qeverinë e Kosovës për kufirin.", "firmosi marrëveshjen",
     "AGREE"),
    ("Qeveria e Gjermanisë ndau një fond për rindërtimin e shkollave në Kosovë.", "ndau një fond", "AID"),
    ("Banka Botërore i akordoi Shqipërisë një kredi për rrugët.", "akordoi", "AID"),
    ("Ministrat e LDK-së u dorëhoqën nga Qeveria e Kosovës.", "u dorëhoqën", "RETREAT"),
    ("Qeveria e Kosovës hoqi tarifën ndaj mallrave nga Serbia.", "hoqi tarifën", "RETREAT"),
    ("Gazetarët e Kosovës janë kërcënuar nga zyrtarët e Serbisë.", "janë kërcënuar", "THREATEN"),
    ("Opozita e Shqipërisë do të bojkotojë zgjedhjet e qershorit.", "bojkotojë", "PROTEST"),
    ("Sindikata e mjekëve të Kosovës zhvilloi një protestë para Qeverisë.", "zhvilloi një protestë", "PROTEST"),
    ("Mijëra qytetarë të Serbisë dolën në sheshet e Beogradit kundër Qeverisë.", "dolën në sheshet", "PROTEST"),
    ("Punëtorët e Postës së Kosovës filluan grevë kundër menaxhmentit.", "filluan grevë", "PROTEST"),
    ("Rusia dislokon trupa në kufirin me Ukrainën.", "dislokon", "MOBILIZE"),
    ("Ushtria e Serbisë ngriti nivelin e gatishmërisë luftarake.", "ngriti nivelin e gatishmërisë", "MOBILIZE"),
]

# Uses of the same words that state no event.
NOT_CODED = [
    ("Këngëtarja e njohur ka hequr dorë nga muzika.", "CONCEDE"),
    ("Ekspertët paralajmëruan se vala e dytë e pandemisë do të jetë më e rëndë.", "THREATEN"),
    ("Marshimi i gjatë i ushtrisë përmes maleve zgjati tre javë.", "PROTEST"),
    ("Qeverisë së Serbisë do t'i kërkohet që ta njohë Kosovën.", "COERCE"),
    # a warning about protests is no warning of one
    ("Ekspertët paralajmëruan se protestat mund të përhapin virusin.", "THREATEN"),
    # a warning of what may happen, "shtoi" reporting speech, bodies, sports training
    ("Ekspertët paralajmëruan se nëse nuk respektohen masat, numri i të infektuarve do të rritet.", "THREATEN"),
    ("Ministri i Mbrojtjes së Kosovës shtoi se forcat e sigurisë janë gati.", "MOBILIZE"),
    ("Trupat e viktimave u dërguan në Institutin e Mjekësisë Ligjore.", "MOBILIZE"),
    ("Klubi Prishtina zhvilloi stërvitjen e radhës në stadium.", "MOBILIZE"),
    # working towards an agreement, sports deals, asking for the floor, insisting on a claim,
    # questioning witnesses, "qëlloi që" (it so happened that), a flag burnt
    ("Ministri i Jashtëm i Kosovës tha se punojnë për arritjen e një marrëveshjeje me Serbinë.", "AGREE"),
    ("Klubi Prishtina ka arritur marrëveshje me trajnerin e ri nga Kroacia.", "AGREE"),
    ("Boksierët britanikë kanë arritur marrëveshje për ndeshjen e dhjetorit.", "AGREE"),
    ("Deputetët e PDK-së kërkuan fjalën gjatë seancës së Kuvendit.", "REQUEST"),
    ("Kryetari i LDK-së ka insistuar se koalicioni me VV-në nuk është prishur.", "REQUEST"),
    ("Policia e Kosovës ka marrë në pyetje banorët e fshatit për vrasjen.", "ACCUSE"),
    ("Qëlloi që ministri i Shëndetësisë të ishte në Tiranë atë ditë.", "ASSAULT"),
    ("Protestuesit serbë dogjën flamurin e Kosovës para ambasadës në Beograd.", "ASSAULT"),
    # meetings, talks and protests as the topic of a statement or a title, or as a kind
    # of gathering in a list
    ("Ministri i Jashtëm i Serbisë foli për takimin e së enjtes në Bruksel.", "CONSULT"),
    ("Kryeministri i Kosovës e njoftoi presidentin për bisedimet me Serbinë.", "CONSULT"),
    ("Presidenti i Kosovës nuk është më në tavolinën e bisedimeve me Serbinë.", "CONSULT"),
    ("Ministria e Shëndetësisë ka lidhur kontrata me procedurë të negociuar.", "CONSULT"),
    ("Kryeministri kritikoi aktivitetet sportive dhe protestat pa leje.", "PROTEST"),
    ("Ky ishte vetëm një prej protestave të shumta të verës.", "PROTEST"),
    ("Kryeministri i Shqipërisë u ankua për mbajtjen e dasmave dhe protestave pa leje.", "PROTEST"),
    # "kërkoj" as "look for"; meetings and killings within a family
    ("Policia e Kosovës po kërkon autorin e vrasjes.", "REQUEST"),
    ("Policia e Shqipërisë ka kërkuar të dyshuarin gjatë gjithë natës.", "REQUEST"),
    ("Shumë të rinj nga Kosova kërkojnë punë në Gjermani.", "REQUEST"),
    ("Qytetarët me simptoma duhet të kërkojnë ndihmë mjekësore.", "REQUEST"),
    ("Gruaja e plagosur nga Prizreni ka kërkuar kujdes mjekësor në spital.", "REQUEST"),
    # a defendant's plea in a criminal case; visiting a zone or a memorial
    ("I akuzuari për vjedhje kërkoi gjykim të shkurtuar në Gjykatën e Pejës.", "REQUEST"),
    ("Mbrojtësi i të pandehurit ka kërkuar procedurë të shkurtër gjykimi.", "REQUEST"),
    ("Presidenti i Kosovës vizitoi zonën e përmbytur në Drenas.", "CONSULT"),
    ("Kryeministri i Shqipërisë ka vizituar memorialin e dëshmorëve në Tiranë.", "CONSULT"),
    ("Aktorja tregoi se si u takua me prindërit e të dashurit.", "CONSULT"),
    ("Një burrë nga Ferizaj vrau gruan e tij pas një zënke.", "ASSAULT"),
    ("Gruaja nga Peja u plagos nga bashkëshorti i saj.", "ASSAULT"),
    ("Kryetari i LDK-së nisi sulme verbale ndaj ministrit të Shëndetësisë.", "ASSAULT"),
    # a protest in the condition itself is no threat
    ("Policia e Kosovës tha se nëse protestuesit dalin në protestë, do t'i gjobisë.", "THREATEN"),
    # a yield not made inside a condition is refused by no one
    ("Sindikatat do të dalin në grevë nëse qeveria nuk jep dorëheqje.", "REJECT"),
    ("Opozita paralajmëroi protesta nëse ministri nuk jep dorëheqje.", "REJECT"),
    # "doli në shesh" (came to light); readiness as willingness
    ("Dokumenti i fshehtë doli në shesh pas zgjedhjeve në Kosovë.", "PROTEST"),
    ("Ekspertët e Kosovës shprehën gatishmëri për të ndihmuar Qeverinë.", "MOBILIZE"),
]


def events_of(text):
    return lajm.extract(text, lang="sq", published="2025-03-12").events


@pytest.mark.parametrize("text,trigger,kind", CODED)
def test_phrasing_codes_its_type(text, trigger, kind):
    found = [(e.type, e.trigger) for e in events_of(text)]
    assert any(t == kind and (e in trigger or trigger in e) for t, e in found), found


@pytest.mark.parametrize("text,kind", NOT_CODED)
def test_other_uses_code_no_event_of_the_type(text, kind):
    assert kind not in [e.type for e in events_of(text)]
