"""What a verb, a request or a reaction takes as its content or topic is no event of its
own; how far a future and a time reach; what a speaker's report of its losses, a wire
dateline and a verb meeting a thing say about the parties."""
import pytest

from reading import codes, event_of, events_of

# (text, the event types expected, in order)
ONLY = [
    # a trigger ending in "to" opens its complement
    ("The European Union said it was ready to send aid to Bosnia if asked.", ["AGREE"]),
    ("Serbia is willing to withdraw its police from northern Kosovo.", ["AGREE"]),
    # a verb joined to content is content; a past form joined to it is a verb of its own
    ("Hungary backed a plan that aims to tighten sanctions and impose a blockade on Serbia.", ["SUPPORT"]),
    ("Russia agreed to a truce and released 40 Ukrainian prisoners.", ["AGREE", "RETREAT"]),
    # the topic of a reaction may stand a few words after it
    ("Kenya blamed Somalia for the recent cross-border attack in Mandera.", ["ACCUSE"]),
    ("Serbia condemned Kosovo for the latest police raid in Zvecan.", ["ACCUSE"]),
    # what a request asks for as its object
    ("Ukraine demanded the release of 500 prisoners held by Russia.", ["REQUEST"]),
    ("Turkey called for an end to the attacks on Kurdish towns in Syria.", ["REQUEST"]),
    ("The opposition called for calm and urged Serbia to withdraw.", ["REQUEST", "REQUEST"]),
    # meeting a thing is no meeting; meeting a delegation is
    ("The striker met a low cross from the left.", []),
    ("Albanian apples rarely meet the size and grading standards of buyers in the EU.", []),
    ("The Serbian president met a delegation from Kosovo.", ["CONSULT"]),
    # a habit and a permit held are no events
    ("The bank raised rates at almost every meeting in Tirana last year.", []),
    ("Workers from Nepal arrived in Albania on seasonal permits.", []),
    ("Serbia permits Kosovo citizens to enter.", ["CONCEDE"]),
]


@pytest.mark.parametrize("text,types", ONLY)
def test_content_and_topics_are_not_coded(text, types):
    assert [e.type for e in events_of(text)] == types


# (text, trigger, modality, date start or None)
SCOPE = [
    # a future reaches the verbs of its complement, and dates them forward
    ("The Greek minister will travel to Tirana to visit a school and meet Albanian officials.", "meet", "future", None),
    ("The Greek minister is due to travel to Vlora on Wednesday to meet Albanian officials.", "travel to", "future",
     "2025-03-12"),
    ("The Greek minister was due to fly to Vlora on Friday and meet Albanian officials.", "meet", "future",
     "2025-03-14"),
    # a past form after "and" is a clause of its own
    ("Greece will send aid to Albania and sent two planes on Friday.", "sent", "asserted", "2025-03-07"),
    # a time in a later clause does not date the event; one opening the sentence does
    ("Greek and Albanian officials discussed a gas link, although no decision is expected next year.",
     "discussed", "asserted", None),
    ("On Monday Greek and Albanian officials discussed a gas link, while talks on the border stalled.",
     "discussed", "asserted", "2025-03-10"),
]


@pytest.mark.parametrize("text,trigger,modality,start", SCOPE)
def test_how_far_a_future_and_a_time_reach(text, trigger, modality, start):
    event = event_of(text, trigger)
    assert event.modality == modality
    assert (event.date.start if event.date else None) == start


CONDITION = ("ATHENS - Greece on Monday pulled out of the fishing deal, a government spokesman said, adding "
             "that Athens would return to the deal only if its demands were met.")

# (text, trigger, actor codes, recipient codes)
PARTIES = [
    # the speaker of its own losses did not inflict them; "its" points back to it
    ("Georgia says three of its soldiers were killed in earlier fighting.", "killed in earlier fighting", [], ["GEO"]),
    ("Ukraine said two of its soldiers were wounded in shelling.", "wounded in shelling", [], ["UKR"]),
    # a wire dateline is no party
    ("TIRANA - A former Albanian minister, charged with corruption, appeared in court.", "charged with corruption",
     ["ALB"], ["ALB"]),
    # the condition's setter is the subject of the report that holds it
    (CONDITION, "only if", ["GRC"], []),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", PARTIES)
def test_parties_of_losses_datelines_and_conditions(text, trigger, actors, recipients):
    event = event_of(text, trigger)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients
    assert all(e.text for e in event.recipient)


def test_a_dateline_is_no_recipient():
    event = event_of("TIRANA - A former Albanian minister, charged with corruption, appeared in court.",
                     "charged with corruption")
    assert [e.text for e in event.recipient] == ["Albanian minister"]


def test_the_condition_setter_is_the_government_named_in_the_report():
    event = event_of(CONDITION, "only if")
    assert [(e.text, e.sector) for e in event.actor] == [("Athens", "GOV")]
