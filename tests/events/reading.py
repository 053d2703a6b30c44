"""What the event tests read: the event a trigger states in a text, and the codes of parties."""
import lajm

PUBLISHED = "2025-03-12"


def events_of(text, lang="en"):
    return lajm.extract(text, lang=lang, published=PUBLISHED).events


def event_of(text, trigger, lang="en"):
    events = events_of(text, lang)
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event for {trigger!r} in {[e.trigger for e in events]}"
    return found[0]


def codes(entities):
    return sorted(e.code for e in entities if e.code)
