"""Albanian parties a pronoun stands for and the parties of a meeting that sets the
scene: an object relative's noun underwent the verb, a relative pronoun's noun is of its
own sentence, a pronoun subject is no party its own clause names, and a meeting noun
with a party of its own after a preposition was held by the subject of its clause."""
import pytest

from reading import codes, event_of, events_of

# (text, trigger, actor codes, recipient codes)
PRONOUNS = [
    # "të cilin" is an object: the one it stands for was thanked, stopped; the subject did it
    ("Presidenti i Malit të Zi priti ministrin e Jashtëm të Italisë, të cilin e falënderoi për mbështetjen.",
     "falënderoi", ["MNE"], ["ITA"]),
    ("Gazetari Besnik Lata, të cilin e ndaloi policia e Serbisë në kufi, u kthye sot në Prishtinë.",
     "ndaloi", ["SRB"], ["SRB"]),
    # "e cila" stands for a noun of its sentence, a party or not, never one of the sentence before
    ("Diplomati austriak, Hans Weber, ka kërkuar heqjen e vizave për Kosovën. Kjo ka ngjallur reagimin e "
     "Klara von Bergen, e cila i kërkoi diplomatit austriak të heqë dorë.", "kërkoi", [], ["AUT"]),
    # "Ai" is not the party its own clause names
    ("Kurti takoi Ramën në Tiranë. Ai i kërkoi Kurtit mbështetje për planin.", "kërkoi", ["ALB"], ["KOS"]),
    # the sentences before one opening with a pronoun are read for whom it stands for
    ("Kryetari i Pejës, Agron Berisha, foli sot për gazetarët në qytet. Ai kritikoi Qeverinë e Serbisë për masat.",
     "kritikoi", ["KOS"], ["SRB"]),
    # "the latter" after a subordinator, right before its verb, is the last party named before it
    ("Edhe pse Presidenti i Kosovës dhe kryeministri i Serbisë kanë ndrequr raportet, dikur ky i fundit e kishte "
     "kritikuar ashpër Presidentin e Kosovës.", "kishte kritikuar", ["SRB"], ["KOS"]),
    # "ai" is one man or an office a masculine noun names, "ajo" a feminine one, not a group
    ("Deputetët e Serbisë takuan në Beograd ministrin e Jashtëm të Kosovës. Ai kritikoi Qeverinë e Shqipërisë.",
     "kritikoi", ["KOS"], ["ALB"]),
    ("Ministri i Serbisë takoi në Tiranë ministren e Jashtme të Kosovës. Ajo kritikoi Qeverinë e Shqipërisë.",
     "kritikoi", ["KOS"], ["ALB"]),
]

SCENES = [
    ("Presidenti i Shqipërisë foli për gazetarët pas takimit me kryeministrin e Greqisë.",
     "takimit", ["ALB"], ["GRC"]),
    ("Ministri i Jashtëm i Kosovës në takimin me ministrin e Jashtëm të Serbisë ngriti çështjen e të zhdukurve.",
     "takimin", ["KOS"], ["SRB"]),
    # in a reported clause the meeting is that clause's subject's, not the speaker's
    ("Kurti tha se Rama në takimin me Vuçiqin ngriti çështjen e kufirit.", "takimin", ["ALB"], ["SRB"]),
    ("Ministri i Jashtëm i Shqipërisë deklaroi se Rama në takim me Vuçiqin ka ngritur çështjen e pakicave.",
     "takim", ["ALB"], ["SRB"]),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", PRONOUNS + SCENES)
def test_parties_a_pronoun_or_a_scene_stands_for(text, trigger, actors, recipients):
    event = event_of(text, trigger, lang="sq")
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


@pytest.mark.parametrize("text", [
    # a meeting noun after a preposition with no party of its own sets no scene
    "Ministri i Kosovës mbajti një fjalim për rolin e ekspertëve në negociata.",
    # "të gjatë" is "long", not "during"
    "Ministri i Kosovës ka përvojë të gjatë në negociata.",
    "Kryeministri i Shqipërisë u kthye në Tiranë pas takimit.",
])
def test_a_bare_meeting_noun_after_a_preposition_is_no_event(text):
    assert [e.type for e in events_of(text, lang="sq")] == []


def test_a_pronoun_before_a_relative_points_to_no_party_named_before():
    text = ("Kryeministri i Shqipërisë takoi presidentin e Serbisë në Tiranë. "
            "Ata që e kritikuan takimin u larguan nga salla.")
    assert [codes(e.actor) for e in events_of(text, lang="sq") if e.type == "ACCUSE"] in ([], [[]])
