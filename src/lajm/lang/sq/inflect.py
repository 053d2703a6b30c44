"""Albanian inflection of proper names: every surface form of a name with its case.

A name is inflected through six paradigm slots, indefinite and definite nominative,
accusative and genitive-dative-ablative (GDA); the label of a form is its case only
("nom", "acc", "gda"). Multiword names inflect their first word (the head); the linking
article of a following genitive or articled adjective changes with the head's case
("Koreja e Veriut", "Koresë së Veriut"); bare adjectives do not ("Arabisë Saudite").

`gender` is "f", "m", "pl" (plural names such as "Shtetet e Bashkuara"), "adj" (a
demonym or nationality adjective: "rus", "ruse", "rusët"), "-" (never inflect), or None
to guess from the ending. With "m", a final -i/-u/-y/-j is a definite citation
(Kurti -> Kurtin, Kurtit) and a final -a inflects like a feminine (Rama -> Ramës); with
"f", a consonant-final name stays as it is (foreign women's surnames: Merkel).
"""
from __future__ import annotations

import re

from lajm.errors import LajmError

# Definite first: where two slots share a form (Seuli), the definite reading is the usual one.
SLOTS = ("nom.def", "acc.def", "gda.def", "nom", "acc", "gda")

# Endings added to the stem in each slot, by paradigm; several endings = variants.
PARADIGMS: dict[str, dict[str, tuple[str, ...]]] = {
    "fem_schwa": {"nom": ("ë",), "acc": ("ë",), "gda": ("e",), "nom.def": ("a",),
                  "acc.def": ("ën",), "gda.def": ("ës",)},
    "fem_i": {"nom": ("",), "acc": ("",), "gda": ("e",), "nom.def": ("a",),
              "acc.def": ("në",), "gda.def": ("së",)},
    # Unstressed -je (Vetëvendosje, Sofje): the e drops before the article.
    "fem_je": {"nom": ("e",), "acc": ("e",), "gda": ("eje",), "nom.def": ("a",),
               "acc.def": ("en",), "gda.def": ("es",)},
    # Stressed -e (Kore); "Korea" is the media variant of "Koreja".
    "fem_e": {"nom": ("",), "acc": ("",), "gda": ("je",), "nom.def": ("ja", "a"),
              "acc.def": ("në",), "gda.def": ("së",)},
    # Foreign feminine names in -a (Gaza) and surnames in -a (Rama): stem without the a.
    "fem_a": {"nom.def": ("a",), "acc.def": ("ën",), "gda.def": ("ës",)},
    "masc": {"nom": ("",), "acc": ("",), "gda": ("i",), "nom.def": ("i",),
             "acc.def": ("in",), "gda.def": ("it",)},
    "masc_velar": {"nom": ("",), "acc": ("",), "gda": ("u",), "nom.def": ("u",),
                   "acc.def": ("un",), "gda.def": ("ut",)},
    # A definite citation (Kurti, Veliu, Zelenski) or a name in -j (Haradinaj).
    "masc_def": {"nom.def": ("",), "acc.def": ("n",), "gda.def": ("t",)},
    "vowel_o": {"nom": ("",), "acc": ("",), "nom.def": ("ja",), "acc.def": ("n",),
                "gda.def": ("s",)},
    # Plural names, cited indefinite (Filipine) or by the stem of the definite (Shtete-t).
    "plural": {"nom.def": ("t",), "acc.def": ("t",), "gda.def": ("ve",)},
    "fixed": {"nom": ("",)},
}

ACRONYM_SEPARATORS = ("-", "’", "'")
ACRONYM_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "f": {"nom.def": ("ja",), "acc.def": ("në", "n"), "gda.def": ("së", "s")},
    "m": {"nom.def": ("i",), "acc.def": ("in",), "gda.def": ("it",)},
    "m_velar": {"nom.def": ("u",), "acc.def": ("un",), "gda.def": ("ut",)},
    "pl": {"nom.def": ("ja", "të"), "acc.def": ("në", "n", "të"),
           "gda.def": ("së", "s", "ve")},
}

# Linking article before a genitive or an articled adjective, by the head's gender and slot.
LINKS = {
    "f": {"nom": "e", "acc": "të", "gda": "të", "nom.def": "e", "acc.def": "e", "gda.def": "së"},
    "m": {"nom": "i", "acc": "të", "gda": "të", "nom.def": "i", "acc.def": "e", "gda.def": "të"},
    "pl": {"nom": "e", "acc": "të", "gda": "të", "nom.def": "e", "acc.def": "e", "gda.def": "të"},
}
NOMINATIVE_LINKS = ("i", "e")
PREPOSITIONS = ("për", "në", "me", "nga", "mbi", "pa", "kundër")
VELARS = ("k", "g", "h")
VELARS_UPPER = ("K", "G", "H")
VOWELS = "aeiouyëéèáíóúâêô"
ACRONYM = re.compile(r"^[A-ZËÇ][A-ZËÇh]*[A-ZËÇ0-9]$")

# Demonyms, from the masculine singular: feminine, plural, definite plural, GDA plural;
# nouns in -as keep the plural unchanged (ukrainas, ukrainasit, ukrainasve).
ADJECTIVE_ENDINGS = {"": "nom", "e": "nom", "ë": "nom", "ët": "nom", "et": "nom", "ëve": "gda"}
ADJECTIVE_ENDINGS_AS = {"": "nom", "e": "nom", "it": "nom", "et": "nom", "ve": "gda"}
IRREGULAR_PLURALS = {"turk": {"turq": "nom", "turqit": "nom", "turqve": "gda"}}

# Spellings used side by side in the news: every form gets its twin.
SPELLING_TWINS = (("Evrop", "Europ"), ("evrop", "europ"))
GENDERS = (None, "f", "m", "pl", "adj", "-")


def inflect_name(name: str, gender: str | None = None) -> dict[str, str]:
    """Every surface form of `name` (the input included) -> "nom" | "acc" | "gda"."""
    name = " ".join(name.split())
    if not name or gender not in GENDERS:
        raise LajmError(f"inflect_name({name!r}, {gender!r}): want a name and a gender "
                        f"among {', '.join(map(repr, GENDERS))}")
    if gender == "adj":
        forms = _adjective(name)
    elif " dhe " in name:
        forms = _labels(_coordinated(name, gender))
    else:
        forms = _labels(_phrase(name, gender))
    forms[name] = "nom"
    return _with_spelling_twins(forms)


def _labels(slots: dict[str, list[str]]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for slot in SLOTS:
        for form in slots.get(slot, []):
            forms.setdefault(form, slot.split(".")[0])
    return forms


def _phrase(name: str, gender: str | None) -> dict[str, list[str]]:
    """A head word, then an optional linking article, then words that stay as they are."""
    head, *rest = name.split(" ")
    if gender == "-":
        return {"nom": [name]}
    link = rest[0] if rest and rest[0] in NOMINATIVE_LINKS else None
    stem, paradigm, head_gender = _classify(head, gender, link)
    slots = _paradigm(stem, paradigm, head_gender)
    if not rest:
        return slots
    return {slot: [_join(form, rest, link, head_gender, slot) for form in forms]
            for slot, forms in slots.items()}


def _join(head: str, rest: list[str], link: str | None, gender: str, slot: str) -> str:
    words = list(rest)
    if link:
        words[0] = LINKS[gender][slot]
    if slot not in ("nom", "nom.def"):
        words = _oblique_later_links(words, start=1 if link else 0)
    return " ".join([head, *words])


def _oblique_later_links(words: list[str], start: int) -> list[str]:
    """In "Ministrisë së Jashtme të Serbisë" a later i/e that follows an adjective agrees
    with the head and becomes "të"; after a definite noun ("Radios Evropa e Lirë") or
    inside a prepositional phrase ("Aleancës për Ardhmërinë e Kosovës") it stays."""
    out = list(words)
    for i in range(start + 1, len(words)):
        if words[i - 1] in PREPOSITIONS:
            break
        if words[i] in NOMINATIVE_LINKS and not words[i - 1].endswith("a"):
            out[i] = "të"
    return out


def _coordinated(name: str, gender: str | None) -> dict[str, list[str]]:
    """"Bosnjë dhe Hercegovinë": both parts take the same slot."""
    parts = [_phrase(part, gender) for part in name.split(" dhe ")]
    slots = {}
    for slot in SLOTS:
        if all(part.get(slot) for part in parts):
            slots[slot] = [" dhe ".join(part[slot][0] for part in parts)]
    return slots


def _classify(word: str, gender: str | None, link: str | None) -> tuple[str, str, str]:
    """(stem, paradigm, gender for the linking article) of a head word."""
    if ACRONYM.match(word):
        return word, "acronym", gender or "f"
    if link == "i" and word[-1] in "iu" and len(word) > 3:
        return _classify(word[:-1], "m", None)
    if link == "e" and word.endswith("t"):
        return word[:-1], "plural", "pl"
    if gender == "pl":
        return (word[:-1], "plural", "pl") if word.endswith("t") else (word, "plural", "pl")
    if gender == "m" or (gender is None and not _feminine_ending(word)):
        return _classify_masculine(word)
    return _classify_feminine(word)


def _feminine_ending(word: str) -> bool:
    return word[-1] in "ëaie" or word.endswith(("ër", "ël"))


def _classify_masculine(word: str) -> tuple[str, str, str]:
    last = word[-1].lower()
    if last == "a":
        return word[:-1], "fem_a", "f"
    if last in "iuyj":
        return word, "masc_def", "m"
    if last == "o":
        return word, "vowel_o", "m"
    if last in VOWELS:
        return word, "fixed", "m"
    return word, ("masc_velar" if last in VELARS else "masc"), "m"


def _classify_feminine(word: str) -> tuple[str, str, str]:
    if word.endswith(("ër", "ël")):
        return word[:-2] + word[-1], "fem_schwa_r", "f"
    if word.endswith("ë"):
        return word[:-1], "fem_schwa", "f"
    if word.endswith(("eja", "ea")):
        return word[:-1] if word.endswith("ea") else word[:-2], "fem_e", "f"
    if word.endswith("ja") and len(word) > 3 and word[-3] not in VOWELS:
        return word[:-1], "fem_je", "f"
    if word.endswith("ia"):
        return word[:-1], "fem_i", "f"
    if word.endswith("a"):
        return word[:-1], "fem_a", "f"
    if word.endswith("i"):
        return word, "fem_i", "f"
    if word.endswith("je") and len(word) > 4:
        return word[:-1], "fem_je", "f"
    if word.endswith("e"):
        return word, "fem_e", "f"
    if word.endswith("o"):
        return word, "vowel_o", "f"
    return word, "fixed", "f"


def _paradigm(stem: str, paradigm: str, gender: str) -> dict[str, list[str]]:
    if paradigm == "acronym":
        return _acronym(stem, gender)
    if paradigm == "fem_schwa_r":
        # Zvicër: the indefinite keeps the inner ë, the definite drops it (Zvicra).
        indefinite = stem[:-1] + "ë" + stem[-1]
        slots = _paradigm(stem, "fem_schwa", gender)
        slots["nom"] = slots["acc"] = [indefinite]
        return slots
    return {slot: [stem + ending for ending in endings]
            for slot, endings in PARADIGMS[paradigm].items()}


def _acronym(word: str, gender: str) -> dict[str, list[str]]:
    slots = {"nom": [word], "acc": [word]}
    if gender == "m" and word[-1] in VELARS_UPPER:
        gender = "m_velar"
    for slot, endings in ACRONYM_ENDINGS[gender].items():
        slots[slot] = [word + sep + ending for ending in endings for sep in ACRONYM_SEPARATORS]
    return slots


def _adjective(word: str) -> dict[str, str]:
    if word in IRREGULAR_PLURALS:
        endings = {e: c for e, c in ADJECTIVE_ENDINGS.items() if not e.startswith("ë")}
        return {word + e: c for e, c in endings.items()} | IRREGULAR_PLURALS[word]
    endings = ADJECTIVE_ENDINGS_AS if word.endswith("as") else ADJECTIVE_ENDINGS
    return {word + ending: case for ending, case in endings.items()}


def _with_spelling_twins(forms: dict[str, str]) -> dict[str, str]:
    out = dict(forms)
    for form, case in forms.items():
        for one, other in SPELLING_TWINS:
            if one in form:
                out.setdefault(form.replace(one, other), case)
            elif other in form:
                out.setdefault(form.replace(other, one), case)
    return out
