
import pytest

import lajm

from lajm import lang
from lajm.annotate.quantities import QuantityReader, make, quantity_kind, reader
from lajm.errors import PackError
from lajm.lang.base import LanguagePack
from lajm.pipeline import STAGES


def quantities(code: str, text: str) -> list[tuple[str, dict]]:
    return [(text[span.start:span.end], span.attrs) for span in reader(lang.load(code))(text)]


def only(code: str, text: str) -> tuple[str, dict]:
    found = quantities(code, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, value, qualifier, kind", [
    ("Policia njoftoi se u arrestuan 7 persona pas protestës.", "7", 7, "exact", "people"),
    ("Në kufi janë vendosur të paktën 2,500 ushtarë të rinj.", "të paktën 2,500", 2500, "at_least", "troops"),
    ("Ministria tha se rreth 1.200 trupave u janë shtuar të tjerë.", "rreth 1.200", 1200, "about", "troops"),
    ("Në përplasje mbetën 3 të vrarë dhe shumë të tjerë.", "3", 3, "exact", "killed"),
    ("Spitali priti 14 të plagosur gjatë natës.", "14", 14, "exact", "wounded"),
    ("Afro 600 prej tyre janë vrarë ose plagosur gjatë betejave.", "Afro 600", 600, "about", "casualties"),
    ("Mbi 40 mijë refugjatë kaluan kufirin.", "Mbi 40 mijë", 40000, "more_than", "displaced"),
    ("Janë ende 9 të zhdukur pas tërmetit.", "9", 9, "exact", "missing"),
    ("Prokuroria kërkoi që 5 të ndaluar të mbahen në paraburgim.", "5", 5, "exact", "detained"),
    ("Qeveria ndau 1.5 mld euro për energjinë.", "1.5 mld euro", 1.5e9, "exact", "money"),
    ("Projekti kushton 300 milionë lekë.", "300 milionë lekë", 3e8, "exact", "money"),
    ("Gjoba shkon deri në 2 mijë euro për bizneset.", "deri në 2 mijë euro", 2000, "up_to", "money"),
    ("Në marshim morën pjesë njëzet e pesë protestues.", "njëzet e pesë", 25, "exact", "people"),
    ("U dërguan dy mijë ushtarë në veri.", "dy mijë", 2000, "exact", "troops"),
    ("Ishin gati njëqind e pesëdhjetë banorë në sallë.", "gati njëqind e pesëdhjetë", 150, "about", "people"),
    ("Tri anije u ankoruan në port.", "Tri", 3, "exact", None),
    ("Regjistri ka 20 315 608 hyrje.", "20 315 608", 20315608, "exact", None),
    ("Inflacioni u rrit me 2,5 pikë.", "2,5", 2.5, "exact", None),
    ("Në tubim erdhën jo më pak se 800 qytetarë.", "jo më pak se 800", 800, "at_least", "people"),
    ("Kompania punëson më pak se 50 punëtorë.", "më pak se 50", 50, "less_than", "people"),
    ("Vetëm 4 policë mbetën në stacion.", "Vetëm 4", 4, "exact", "people"),
    ("Buxheti arriti 1.234.567 euro.", "1.234.567 euro", 1234567, "exact", "money"),
    ("Në listë u shtuan 1 mijë e 250 emra.", "1 mijë e 250", 1250, "exact", None),
])
def test_albanian_quantities(text, span, value, qualifier, kind):
    found_span, attrs = only("sq", text)
    assert (found_span, attrs["value"], attrs["qualifier"], attrs["kind"]) == (span, value, qualifier, kind)


@pytest.mark.parametrize("text, span, value, kind", [
    ("Qindra protestues u mblodhën para bashkisë.", "Qindra", 200, "people"),
    ("Mijëra qytetarë dolën në rrugë.", "Mijëra", 2000, "people"),
    ("Dhjetëra mijëra refugjatë presin në kufi.", "Dhjetëra mijëra", 20000, "displaced"),
    ("Disa mijë ushtarë u tërhoqën.", "Disa mijë", 2000, "troops"),
])
def test_vague_numerals_are_at_least_twice_their_value(text, span, value, kind):
    found_span, attrs = only("sq", text)
    assert (found_span, attrs["value"], attrs["qualifier"], attrs["kind"], attrs["vague"]) == (
        span, value, "at_least", kind, True)


@pytest.mark.parametrize("text, span, value, qualifier, kind, unit", [
    ("Officials said some 4,000 were killed or wounded in the fighting.", "some 4,000", 4000, "about",
     "casualties", None),
    ("At least 12 people were detained overnight.", "At least 12", 12, "at_least", "detained", None),
    ("More than 300 troops crossed the river.", "More than 300", 300, "more_than", "troops", None),
    ("Nearly two thousand refugees arrived.", "Nearly two thousand", 2000, "about", "displaced", None),
    ("The fund holds up to 50 million euros.", "up to 50 million euros", 5e7, "up_to", "money", "EUR"),
    ("Dozens of soldiers were wounded.", "Dozens", 24, "at_least", "wounded", None),
    ("Hundreds of thousands of people fled the city.", "Hundreds of thousands", 200000, "at_least",
     "displaced", None),
    ("Twenty-five protesters were arrested.", "Twenty-five", 25, "exact", "arrested", None),
    ("The bank lent $1.5 billion to the port.", "$1.5 billion", 1.5e9, "exact", "money", "USD"),
    ("Around 3,000 civilians remain missing.", "Around 3,000", 3000, "about", "missing", None),
    ("Fewer than 20 inmates were released.", "Fewer than 20", 20, "less_than", "people", None),
    ("Three million dollars were pledged.", "Three million dollars", 3e6, "exact", "money", "USD"),
    ("A few thousand workers went on strike.", "A few thousand", 2000, "at_least", "people", None),
])
def test_english_quantities(text, span, value, qualifier, kind, unit):
    found_span, attrs = only("en", text)
    assert (found_span, attrs["value"], attrs["qualifier"], attrs["kind"], attrs["unit"]) == (
        span, value, qualifier, kind, unit)


@pytest.mark.parametrize("code, text", [
    ("sq", "Takimi u mbajt më 15 mars në Tiranë."),
    ("sq", "Ligji hyri në fuqi në vitin 2019."),
    ("sq", "Një 35-vjeçar u lëndua rëndë."),
    ("sq", "Armëpushimi 30-ditor nuk u respektua."),
    ("sq", "Seanca nis në orën 10:30."),
    ("sq", "Dokumenti mban datën 27.03.2025."),
    ("sq", "Ata kanë 5 vjet që jetojnë atje."),
    ("sq", "Presidenti foli për një vizitë të re."),
    ("sq", "U zbatua neni 5 i ligjit."),
    ("en", "The treaty was signed in 1999 in Rome."),
    ("en", "The talks resumed on March 5 in Geneva."),
    ("en", "A 25-year-old man was questioned."),
    ("en", "The meeting starts at 10 a.m. sharp."),
    ("en", "They fought for 3 days without rest."),
    ("en", "The F-16 jets were seen over COVID-19 wards."),
])
def test_dates_years_ages_and_durations_are_no_counts(code, text):
    assert quantities(code, text) == []


@pytest.mark.parametrize("code, text, span, value", [
    ("sq", "Papunësia ra në 12 për qind.", "12 për qind", 12),
    ("sq", "Taksa u ul me 5%.", "5%", 5),
    ("en", "Turnout was about 61 percent.", "about 61 percent", 61),
])
def test_percentages_have_no_kind(code, text, span, value):
    found_span, attrs = only(code, text)
    assert (found_span, attrs["value"], attrs["kind"], attrs["unit"], attrs["percent"]) == (span, value, None, "%", True)


@pytest.mark.parametrize("code, words, kind", [
    ("sq", "janë vrarë ose plagosur në luftime", "casualties"),
    ("sq", "u vranë nga shpërthimi", "killed"),
    ("sq", "u arrestuan nga policia", "arrested"),
    ("sq", "u shoqëruan në stacion", "detained"),
    ("sq", "ushtarë të tjerë", "troops"),
    ("sq", "u takuan në Paris", None),
    ("en", "were killed", "killed"),
    ("en", "soldiers were injured", "wounded"),
    ("en", "were killed or wounded", "casualties"),
    ("en", "signed the deal", None),
    ("en", "beheaded", "killed"),
    ("en", "were shot dead", "killed"),
    ("en", "wounding", "wounded"),
    ("en", "rounded up", "arrested"),
])
def test_quantity_kind(code, words, kind):
    assert quantity_kind(lang.load(code), words) == kind


@pytest.mark.parametrize("code, digits, value", [
    ("sq", "3,000", 3000), ("sq", "3.000", 3000), ("sq", "2,5", 2.5), ("sq", "3.3", 3.3),
    ("sq", "1.234.567", 1234567), ("sq", "206.926", 206926), ("sq", "20 315 608", 20315608),
    ("en", "1,500", 1500), ("en", "1.500", 1.5), ("en", "1,234.5", 1234.5),
])
def test_digit_separators(code, digits, value):
    assert reader(lang.load(code)).numbers.value(digits)[0] == value


@pytest.mark.parametrize("text, read", [
    ("Rusia plagosi mbi 40 ushtarë ukrainas. Dy civilë humbën.", [("mbi 40", "troops")]),
    # no party is coded, so no event is kept and nothing asks for the number
    ("Mbi 40 ushtarë u plagosën. Dy civilë humbën.", []),
])
def test_the_stage_reads_numbers_where_an_event_asks_for_them(text, read):
    assert STAGES["quantities"] is make
    doc = lajm.extract(text, lang="sq")
    assert [(doc.slice(s), s.attrs["kind"]) for s in doc.spans["quantity"]] == read


@pytest.mark.parametrize("table, line, message", [
    ("numbers", "dy\t2\tnumeral", "unknown role 'numeral'"),
    ("numbers", "dy\ttwo\tunit", "no number as its value"),
    ("quantities", "rreth\tqualifier\tapprox\t", "unknown qualifier 'approx'"),
    ("quantities", "ushtarë\tkind\tsoldiers\t", "unknown kind 'soldiers'"),
    ("quantities", "rreth\tmodifier\tabout\t", "unknown field 'modifier'"),
])
def test_a_bad_table_row_is_named_in_the_error(tmp_path, table, line, message):
    for name in ("numbers.tsv", "quantities.tsv", "times.toml"):
        (tmp_path / name).write_bytes((lang.load("sq").folder / name).read_bytes())
    with (tmp_path / f"{table}.tsv").open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    with pytest.raises(PackError, match=message):
        QuantityReader(LanguagePack(tmp_path))
