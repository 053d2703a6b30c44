import pytest

from lajm import lang
from lajm.errors import LajmError
from lajm.lang.sq.inflect import inflect_name

# (citation, gender, {form: case}) - every listed form must be produced with that case.
PARADIGMS = [
    ("Ukrainë", None, {"Ukrainë": "nom", "Ukraina": "nom", "Ukrainën": "acc",
                       "Ukrainës": "gda", "Ukraine": "gda"}),
    ("Tiranë", "f", {"Tirana": "nom", "Tiranën": "acc", "Tiranës": "gda"}),
    ("Zvicër", None, {"Zvicër": "nom", "Zvicra": "nom", "Zvicrën": "acc", "Zvicrës": "gda"}),
    ("Rusi", None, {"Rusi": "nom", "Rusia": "nom", "Rusinë": "acc", "Rusisë": "gda",
                    "Rusie": "gda"}),
    ("Gjermani", "f", {"Gjermania": "nom", "Gjermaninë": "acc", "Gjermanisë": "gda"}),
    ("Kore", None, {"Koreja": "nom", "Korea": "nom", "Korenë": "acc", "Koresë": "gda",
                    "Koreje": "gda"}),
    ("Gaza", None, {"Gaza": "nom", "Gazën": "acc", "Gazës": "gda"}),
    ("Seul", None, {"Seul": "nom", "Seuli": "nom", "Seulin": "acc", "Seulit": "gda"}),
    ("Beograd", "m", {"Beogradi": "nom", "Beogradin": "acc", "Beogradit": "gda"}),
    ("Irak", None, {"Iraku": "nom", "Irakun": "acc", "Irakut": "gda"}),
    ("Kongo", None, {"Kongos": "gda", "Kongon": "acc"}),
    ("Filipine", "pl", {"Filipinet": "nom", "Filipineve": "gda"}),
]

PHRASES = [
    ("Kore e Veriut", None, {
        "Kore e Veriut": "nom", "Koreja e Veriut": "nom", "Korea e Veriut": "nom",
        "Korenë e Veriut": "acc", "Kore të Veriut": "acc", "Koresë së Veriut": "gda",
        "Koreje të Veriut": "gda"}),
    ("Koreja e Jugut", None, {"Kore e Jugut": "nom", "Koresë së Jugut": "gda"}),
    ("Maqedoni e Veriut", None, {"Maqedonia e Veriut": "nom", "Maqedoninë e Veriut": "acc",
                                 "Maqedonisë së Veriut": "gda"}),
    ("Mali i Zi", None, {"Mal i Zi": "nom", "Mali i Zi": "nom", "Malin e Zi": "acc",
                         "Malit të Zi": "gda"}),
    ("Deti i Zi", None, {"Detin e Zi": "acc", "Detit të Zi": "gda"}),
    ("Shtëpia e Bardhë", None, {"Shtëpia e Bardhë": "nom", "Shtëpinë e Bardhë": "acc",
                                "Shtëpisë së Bardhë": "gda", "Shtëpi të Bardhë": "acc"}),
    ("Arabi Saudite", None, {"Arabia Saudite": "nom", "Arabinë Saudite": "acc",
                             "Arabisë Saudite": "gda"}),
    ("Bashkimi Evropian", "m", {"Bashkimin Evropian": "acc", "Bashkimit Evropian": "gda",
                                "Bashkimi Europian": "nom", "Bashkimit Europian": "gda"}),
    ("Kuvendi i Shqipërisë", "m", {"Kuvendin e Shqipërisë": "acc",
                                   "Kuvendit të Shqipërisë": "gda"}),
    ("Shtetet e Bashkuara", None, {"Shtetet e Bashkuara": "nom",
                                   "Shteteve të Bashkuara": "gda"}),
    ("Ministria e Jashtme e Greqisë", None, {"Ministrisë së Jashtme të Greqisë": "gda",
                                             "Ministrinë e Jashtme të Greqisë": "acc"}),
    ("Gjykata Kushtetuese e Kosovës", None, {"Gjykatës Kushtetuese të Kosovës": "gda"}),
    ("Bosnjë dhe Hercegovinë", None, {"Bosnja dhe Hercegovina": "nom",
                                      "Bosnjës dhe Hercegovinës": "gda"}),
    ("Aleanca për Ardhmërinë e Kosovës", None, {"Aleancës për Ardhmërinë e Kosovës": "gda"}),
    ("Lëvizja Vetëvendosje", None, {"Lëvizjen Vetëvendosje": "acc", "Lëvizjes Vetëvendosje": "gda"}),
    ("Vetëvendosje", None, {"Vetëvendosja": "nom", "Vetëvendosjes": "gda"}),
    ("Asambleja e Përgjithshme", None, {"Asamblesë së Përgjithshme": "gda"}),
]

ACRONYMS = [
    ("SHBA", "pl", {"SHBA": "nom", "SHBA-ja": "nom", "SHBA-të": "nom", "SHBA-në": "acc",
                    "SHBA-së": "gda", "SHBA’së": "gda", "SHBA'së": "gda", "SHBA-ve": "gda"}),
    ("BE", None, {"BE-ja": "nom", "BE-në": "acc", "BE-së": "gda", "BE’ja": "nom"}),
    ("NATO", None, {"NATO-s": "gda", "NATO-n": "acc", "NATO’s": "gda"}),
    ("OSBE", "f", {"OSBE-ja": "nom", "OSBE-së": "gda"}),
    ("KFOR", "m", {"KFOR-i": "nom", "KFOR-in": "acc", "KFOR-it": "gda"}),
    ("SPAK", "m", {"SPAK-u": "nom", "SPAK-un": "acc", "SPAK-ut": "gda"}),
]

SURNAMES = [
    ("Trump", "m", {"Trump": "nom", "Trumpi": "nom", "Trumpin": "acc", "Trumpit": "gda"}),
    ("Lavrov", "m", {"Lavrovin": "acc", "Lavrovit": "gda"}),
    ("Lajçak", "m", {"Lajçakut": "gda", "Lajçakun": "acc"}),
    ("Kurti", "m", {"Kurti": "nom", "Kurtin": "acc", "Kurtit": "gda"}),
    ("Osmani", "m", {"Osmanin": "acc", "Osmanit": "gda"}),
    ("Haradinaj", "m", {"Haradinajn": "acc", "Haradinajt": "gda"}),
    ("Rama", "m", {"Ramën": "acc", "Ramës": "gda"}),
    ("Berisha", "m", {"Berishën": "acc", "Berishës": "gda"}),
    ("Veliu", "m", {"Veliun": "acc", "Veliut": "gda"}),
    ("Zelenski", "m", {"Zelenskin": "acc", "Zelenskit": "gda"}),
]

DEMONYMS = [
    ("rus", {"rus": "nom", "ruse": "nom", "rusë": "nom", "rusët": "nom", "rusëve": "gda"}),
    ("serb", {"serbe": "nom", "serbët": "nom", "serbëve": "gda"}),
    ("britanik", {"britanike": "nom", "britanikët": "nom"}),
    ("ukrainas", {"ukrainase": "nom", "ukrainasit": "nom", "ukrainasve": "gda"}),
    ("turk", {"turke": "nom", "turq": "nom", "turqit": "nom", "turqve": "gda"}),
    ("evropian", {"evropianë": "nom", "europianë": "nom", "evropiane": "nom"}),
]


@pytest.mark.parametrize("name, gender, expected", PARADIGMS + PHRASES + ACRONYMS + SURNAMES)
def test_forms_and_cases(name, gender, expected):
    forms = inflect_name(name, gender)
    assert {form: forms.get(form) for form in expected} == expected


@pytest.mark.parametrize("word, expected", DEMONYMS)
def test_demonym_forms(word, expected):
    forms = inflect_name(word, "adj")
    assert {form: forms.get(form) for form in expected} == expected


@pytest.mark.parametrize("name, gender", [("Evropë", None), ("Rusi", None), ("Kurti", "m"),
                                          ("Shtëpia e Bardhë", None), ("SHBA", "pl")])
def test_input_is_a_nominative_form(name, gender):
    assert inflect_name(name, gender)[name] == "nom"


@pytest.mark.parametrize("name, absent", [
    ("Evropë", "Evropi"),            # feminine -ë never takes a masculine ending
    ("Seul", "Seula"),               # masculine never takes a feminine article
    ("Kore e Veriut", "Koresë e Veriut"),   # GDA takes së, not e
    ("Arabi Saudite", "Arabisë së Saudite"),  # a bare adjective takes no article
    ("Kurti", "Kurtiit"),
])
def test_wrong_forms_are_not_made(name, absent):
    assert absent not in inflect_name(name, "m" if name == "Kurti" else None)


@pytest.mark.parametrize("name", ["Evropë", "Europë"])
def test_both_spellings_of_europe(name):
    forms = inflect_name(name)
    assert {"Evropa", "Europa", "Evropës", "Europës"} <= set(forms)


@pytest.mark.parametrize("name, gender", [("Merkel", "f"), ("Top Channel", "-")])
def test_names_that_do_not_inflect(name, gender):
    assert inflect_name(name, gender) == {name: "nom"}


def test_gender_is_guessed_from_the_ending():
    assert "Moskës" in inflect_name("Moskë")
    assert "Londrës" in inflect_name("Londër")
    assert "Pekinit" in inflect_name("Pekin")


def test_pack_uses_the_inflector():
    assert lang.load("sq").inflections("Ukrainë", "f") == inflect_name("Ukrainë", "f")


@pytest.mark.parametrize("name, gender", [("", None), ("Rusi", "x"), ("Rusi", "F")])
def test_bad_input_is_refused(name, gender):
    with pytest.raises(LajmError, match="inflect_name"):
        inflect_name(name, gender)
