"""Albanian parties read past the plain subject-verb-object order: a subject after its
verb, the city a meeting is named by, the owner of a subject that names no party, and
recipients that stay out of a relative clause."""
import pytest

from reading import codes, event_of, events_of

# (text, trigger, actor codes, recipient codes)
PARTIES = [
    # a subject after its verb stands right after it, perhaps past one adverb
    ("Me këtë propozim nuk u pajtua Lista Serbe.", "u pajtua", ["KOS"], []),
    ("E ka kritikuar ashpër kryeministri i Shqipërisë.", "ka kritikuar", ["ALB"], []),
    # a party further on, in a relative clause, or an adjective of nationality is no subject
    ("Sot e ka zhvilluar një telefonatë me ministrin e Serbisë, që është emëruar negociator.",
     "ka zhvilluar një telefonatë", [], ["SRB"]),
    ("Të rinjtë dogjën një flamur turk në shesh.", "dogjën një flamur", [], ["TUR"]),
    # a subject that names no party of its own stands for the party that owns it
    ("Anijet luftarake të Turqisë u larguan nga ujërat e Greqisë.", "u larguan nga ujërat", ["TUR"], []),
    ("Kërkesa e Serbisë për anëtarësim u kundërshtua nga Kosova.", "u kundërshtua", ["KOS"], ["SRB"]),
    # the city after a meeting noun is where it was held; the clause's subject met
    ("Gjatë takimit të Brukselit, kryeministri i Kosovës ngriti çështjen e të pagjeturve.",
     "takimit", ["KOS"], []),
    ("Bisedimet e Uashingtonit mes Kosovës dhe Serbisë përfunduan pa marrëveshje.",
     "Bisedimet", ["KOS", "SRB"], []),
    # a party inside a relative clause after the verb is another verb's
    ("Qeveria e Kosovës ka marrë masa të reja, për të cilat ka pasur dallime me Shqipërinë.",
     "ka marrë masa", ["KOS"], ["KOS"]),
    # a time and a place between a light verb and its event noun leave the verb's subject the actor
    ("Studentët e Kosovës organizuan të shtunën në Prishtinë një protestë kundër Qeverisë së Serbisë.",
     "protestë", ["KOS"], ["SRB"]),
    # civil society named right before the country it is in is of that country
    ("Përfaqësues të organizatave civile në Mal të Zi kanë kritikuar qeverinë.", "kanë kritikuar", ["MNE"], ["MNE"]),
    # a speaker set off by a weekday typed without its last "ë" still reports their own act
    ("Kurti, të dielen, përmes Facebookut ka bërë të ditur se ka zhvilluar një telefonatë me ministrin e Serbisë.",
     "ka zhvilluar një telefonatë", ["KOS"], ["SRB"]),
    # the mediopassive of a verb whose stem ends in a consonant ("gjobit", "vras", "burgos")
    # is passive too: its subject undergoes the act, "nga" names the agent
    ("Shoferët serbë gjobiten nga policia e Kosovës.", "gjobiten", ["KOS"], ["SRB"]),
    ("Dy shqiptarë vriten nga policia serbe në Preshevë.", "vriten", ["SRB"], ["ALB"]),
    ("Dy aktivistë shqiptarë burgosen nga gjykata serbe.", "burgosen", ["SRB"], ["ALB"]),
    # a requirement laid on travellers falls on the party before it: they do not require it
    ("Qytetarët e Shqipërisë nuk do t’u kërkohet testi në kufi.", "t’u kërkohet testi", [], ["ALB"]),
    # the object ends where a clause of time or cause opens ("pasi", "kur")
    ("Deputetët e LDK-së e sulmuan atë pasi dolën nga salla e Kuvendit.", "sulmuan", ["KOS"], []),
    # a genitive in a chain after "në" says where, not to whom; "në favor të" names a side
    ("Policia e Kosovës arrestoi një person në aeroportin e Beogradit.", "arrestoi", ["KOS"], ["KOS"]),
    ("Policia e Kosovës arrestoi një person në hyrje të ambasadës së Serbisë.", "arrestoi", ["KOS"], ["KOS"]),
    ("Deputetët e Kosovës votuan në favor të Qeverisë së Serbisë.", "votuan në favor", ["KOS"], ["SRB"]),
    # with an agent after an event noun, the party in its genitive underwent the act
    ("Bombardimi i Beogradit nga NATO ndodhi në vitin 1999.", "Bombardimi", ["IGO"], ["SRB"]),
    # "vetë" (himself) between "nga" and the agent leaves it the agent
    ("Kjo praktikë është kritikuar në të kaluarën nga vetë presidenti i Serbisë.", "është kritikuar", ["SRB"], []),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", PARTIES)
def test_albanian_parties_are_read(text, trigger, actors, recipients):
    event = event_of(text, trigger, lang="sq")
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


@pytest.mark.parametrize("text,trigger,place", [
    ("Gjatë takimit të Brukselit, kryeministri i Kosovës ngriti çështjen e të pagjeturve.", "takimit", "Brukselit"),
    ("Samiti i Parisit për Ballkanin Perëndimor u mbajt me presidentin e Serbisë.", "Samiti", "Parisit"),
])
def test_the_city_a_meeting_is_named_by_is_its_place(text, trigger, place):
    event = event_of(text, trigger, lang="sq")
    assert event.location is not None and event.location.text == place


def test_a_passive_agent_is_not_read_inside_a_relative_clause():
    text = "U sulmua një gazetar i cili kishte ardhur nga Ministria e Jashtme e Serbisë."
    assert all("SRB" not in codes(e.actor) for e in events_of(text, lang="sq"))


def test_the_subject_of_a_condition_before_the_verb_is_not_its_actor():
    text = "Sindikata e mjekëve të Kosovës tha se nëse Qeveria nuk i plotëson kërkesat, do të hyjnë në grevë."
    assert [(a.code, a.sector) for a in event_of(text, "hyjnë në grevë", lang="sq").actor] == [("KOS", "CVL")]
