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
