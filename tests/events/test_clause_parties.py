"""Who did what to whom where English clauses meet: where a verb's object ends, the
subject a coordinated verb shares, a protest verb that reports a complaint, a verb after
a preposition, the content of an agreement, troops sent to join a force, and the party
a threat's condition names."""
import pytest

from reading import codes, event_of, events_of

# (text, trigger, actor codes, recipient codes)
PARTIES = [
    # the object ends after the agent of a reduced relative clause describing it ...
    ("Greek police broke up a rally organised by farmers near Larissa to oppose the deal with Turkey.",
     "broke up a rally", ["GRC"], ["GRC"]),
    # ... which still names whom the act is about
    ("Bosnian prosecutors opened an investigation into killings committed by Serbian troops in 1993.",
     "opened an investigation", ["BIH"], ["SRB"]),
    # ... at an apposition that describes it
    ("Peru and Chile agreed to resume fishing talks, a quarrel that has strained ties between Lima and "
     "Bolivia for years.", "agreed", ["CHL", "PER"], []),
    # ... and at the circumstances of the act
    ("Peru and Chile agreed to resume fishing talks during the first visit to Bolivia by a Chilean envoy.",
     "agreed", ["CHL", "PER"], []),
    ("Peru and Chile agreed to send observers to Bolivia.", "agreed", ["CHL", "PER"], ["BOL"]),
    # a party after a comma and right before a verb is that verb's subject, not an object
    ("Serbian police beat detained migrants, Amnesty International protested.", "beat detained migrants",
     ["SRB"], ["SRB"]),
    # a coordinated verb shares the subject of a passive, not its agent ...
    ("Moldova's defence minister was charged by a UN tribunal and will resign.", "resign", ["MDA"], []),
    # ... and of a verb after "but" and an adverb, past a participle describing a noun
    ("Niger opened its borders to refugees ordered out of Mali, but was still refusing entry to Libyans.",
     "refusing entry", ["NER"], ["LBY"]),
    ("Kenya raided the camp and later arrested two Somali fighters.", "arrested", ["KEN"], ["SOM"]),
    # troops sent to join a force aid it; the subject of the clause sends them, not the place they left
    ("Two Kenyan police units left Nairobi on Monday to reinforce the African Union mission in Somalia.",
     "to reinforce the African Union mission", ["KEN"], ["IGO"]),
    ("Uruguayan soldiers flew to Haiti to join a United Nations force.", "to join a United Nations force",
     ["URY"], ["IGO"]),
    # a threat with a condition after it aims at the condition's subject
    ("Turkey threatened to close its border with Iraq if the Syrian army advanced further.",
     "threatened", ["TUR"], ["SYR"]),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", PARTIES)
def test_parties_across_clauses(text, trigger, actors, recipients):
    event = event_of(text, trigger)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


# (text, trigger, type, actor codes, recipient codes)
REPORTED = [
    # a protest verb after a clause and its speaker reports a complaint about the clause's subject
    ("Serbian police beat detained migrants on the border, Amnesty International protested on Monday.",
     "protested", "ACCUSE", ["NGO"], ["SRB"]),
    # a protest in the streets stays one
    ("Thousands of Serbian students protested in Belgrade on Monday.", "protested", "PROTEST", ["SRB"], ["SRB"]),
    ("After the vote in parliament, Serbian students protested.", "protested", "PROTEST", ["SRB"], ["SRB"]),
    ("Ivan Petrov, Bulgaria's best known environmental lawyer, protested.", "protested", "PROTEST", ["BGR"], ["BGR"]),
]


@pytest.mark.parametrize("text,trigger,type_,actors,recipients", REPORTED)
def test_a_protest_verb_that_reports_is_a_complaint(text, trigger, type_, actors, recipients):
    event = event_of(text, trigger)
    assert (event.type, codes(event.actor), codes(event.recipient)) == (type_, actors, recipients)


# (text, trigger that states no event)
NO_EVENT = [
    # a verb after a preposition is not the speaker's own act
    ("The Italian ambassador said the aid flight had been delayed by shelling.", "shelling"),
    # talks an agreement is about, past the day it was made, are its content
    ("Peru and Chile agreed on Tuesday to resume talks on their maritime border.", "talks"),
]


@pytest.mark.parametrize("text,trigger", NO_EVENT)
def test_no_event_of_its_own(text, trigger):
    assert trigger not in [e.trigger for e in events_of(text)]
