from datetime import date, datetime, timezone
import re

import pytest

import lajm

from lajm import lang
from lajm.annotate.times import TimeReader, make, publication_date
from lajm.errors import LajmError, PackError
from lajm.lang.base import LanguagePack
from lajm.pipeline import STAGES

# A Wednesday. Its week runs from Monday 2024-10-07 to Sunday 2024-10-13.
PUBLISHED = date(2024, 10, 9)


def times(code: str, text: str, published=PUBLISHED) -> list[tuple[str, dict]]:
    return [(text[span.start:span.end], span.attrs) for span in TimeReader(lang.load(code))(text, published)]


def only(code: str, text: str, published=PUBLISHED) -> tuple[str, dict]:
    found = times(code, text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, start, end, precision", [
    ("Ministri foli sot para gazetarëve.", "sot", "2024-10-09", "2024-10-09", "day"),
    ("Dje u mbajt seanca e parë.", "Dje", "2024-10-08", "2024-10-08", "day"),
    ("Pardje ra shi i dendur.", "Pardje", "2024-10-07", "2024-10-07", "day"),
    ("Nesër pritet një takim.", "Nesër", "2024-10-10", "2024-10-10", "day"),
    ("Pasnesër mblidhet kuvendi.", "Pasnesër", "2024-10-11", "2024-10-11", "day"),
    ("Mbrëmë u dëgjuan të shtëna.", "Mbrëmë", "2024-10-08", "2024-10-08", "day"),
    ("Sonte luan ekipi kombëtar.", "Sonte", "2024-10-09", "2024-10-09", "day"),
    ("Vendimi u mor në mbledhjen e djeshme.", "e djeshme", "2024-10-08", "2024-10-08", "day"),
    ("Ligji u votua këtë javë.", "këtë javë", "2024-10-07", "2024-10-13", "week"),
    ("Delegacioni erdhi javën e kaluar.", "javën e kaluar", "2024-09-30", "2024-10-06", "week"),
    ("Punimet nisën javën që kaloi.", "javën që kaloi", "2024-09-30", "2024-10-06", "week"),
    ("Raporti del javën e ardhshme.", "javën e ardhshme", "2024-10-14", "2024-10-20", "week"),
    ("Çmimet u rritën këtë muaj.", "këtë muaj", "2024-10-01", "2024-10-31", "month"),
    ("Eksportet ranë muajin e kaluar.", "muajin e kaluar", "2024-09-01", "2024-09-30", "month"),
    ("Marrëveshja u nënshkrua vitin e kaluar.", "vitin e kaluar", "2023-01-01", "2023-12-31", "year"),
    ("Zgjedhjet mbahen vitin e ardhshëm.", "vitin e ardhshëm", "2025-01-01", "2025-12-31", "year"),
    ("Sivjet turistët ishin më të shumtë.", "Sivjet", "2024-01-01", "2024-12-31", "year"),
    ("Këtë vit u hap spitali.", "Këtë vit", "2024-01-01", "2024-12-31", "year"),
    ("Fabrika u mbyll në fillim të këtij viti.", "në fillim të këtij viti", "2024-01-01", "2024-04-30", "quarter"),
    ("Në fund të vitit të kaluar ra borë.", "Në fund të vitit të kaluar", "2023-09-01", "2023-12-31", "quarter"),
    ("Ambasadori u takua në fillim të javës.", "në fillim të javës", "2024-10-07", "2024-10-08", "day"),
    ("Pagat paguhen në fillim të muajit.", "në fillim të muajit", "2024-10-01", "2024-10-10", "week"),
    ("Gara u mbajt në mes të muajit të kaluar.", "në mes të muajit të kaluar", "2024-09-11", "2024-09-20", "week"),
    ("Ura u hap më 5 shkurt 2023.", "më 5 shkurt 2023", "2023-02-05", "2023-02-05", "day"),
    ("Afati skadon 30 nëntor 2024.", "30 nëntor 2024", "2024-11-30", "2024-11-30", "day"),
    ("Vendimi mban datën 14.06.2022.", "14.06.2022", "2022-06-14", "2022-06-14", "day"),
    ("Vendimi mban datën 14/06/2022.", "14/06/2022", "2022-06-14", "2022-06-14", "day"),
    ("Ndërtimi nisi në vitin 2021.", "në vitin 2021", "2021-01-01", "2021-12-31", "year"),
    ("Gjykata u mblodh tre ditë më parë.", "tre ditë më parë", "2024-10-06", "2024-10-06", "day"),
    ("Ai u largua dy javë më parë.", "dy javë më parë", "2024-09-23", "2024-09-29", "week"),
    ("Kompania u themelua 30 vjet më parë.", "30 vjet më parë", "1994-01-01", "1994-12-31", "year"),
    ("Projekti u miratua para katër muajsh.", "para katër muajsh", "2024-06-01", "2024-06-30", "month"),
    ("Ata u takuan para disa javësh.", "para disa javësh", "2024-09-02", "2024-09-29", "week"),
    ("Fshati mbeti pa ujë nga 3 shtatori deri më 6 shtator.", "nga 3 shtatori deri më 6 shtator",
     "2024-09-03", "2024-09-06", "day"),
    ("Dëmet u shënuan në shtator të vitit të kaluar.", "në shtator të vitit të kaluar",
     "2023-09-01", "2023-09-30", "month"),
    ("Të dhënat për janar-qershor 2024 u publikuan.", "për janar-qershor 2024", "2024-01-01", "2024-06-30", "month"),
    ("Ai vdiq të hënën e kaluar.", "të hënën e kaluar", "2024-09-30", "2024-09-30", "day"),
    # the accusative typed without its last "ë"
    ("Ai vdiq të dielen e kaluar.", "të dielen e kaluar", "2024-10-06", "2024-10-06", "day"),
    ("Ministri foli të hënen me gazetarët.", "të hënen", "2024-10-07", "2024-10-07", "day"),
    ("Samiti mbahet të premten e ardhshme.", "të premten e ardhshme", "2024-10-18", "2024-10-18", "day"),
    ("Samiti mbahet të premten që vjen.", "të premten që vjen", "2024-10-18", "2024-10-18", "day"),
])
def test_albanian_times(text, span, start, end, precision):
    found_span, attrs = only("sq", text)
    assert (found_span, attrs["start"], attrs["end"], attrs["precision"]) == (span, start, end, precision)


@pytest.mark.parametrize("text, span, start, end, precision", [
    ("The minister resigned yesterday.", "yesterday", "2024-10-08", "2024-10-08", "day"),
    ("Talks continue today.", "today", "2024-10-09", "2024-10-09", "day"),
    ("The vote is tomorrow.", "tomorrow", "2024-10-10", "2024-10-10", "day"),
    ("Shelling resumed last night.", "last night", "2024-10-08", "2024-10-08", "day"),
    ("Envoys met last week in Vienna.", "last week", "2024-09-30", "2024-10-06", "week"),
    ("The court rules this week.", "this week", "2024-10-07", "2024-10-13", "week"),
    ("Elections are due next month.", "next month", "2024-11-01", "2024-11-30", "month"),
    ("The pact was signed last year.", "last year", "2023-01-01", "2023-12-31", "year"),
    ("Prices rose early this year.", "early this year", "2024-01-01", "2024-04-30", "quarter"),
    ("Output fell earlier this month.", "earlier this month", "2024-10-01", "2024-10-09", "week"),
    ("The ship sank two days ago.", "two days ago", "2024-10-07", "2024-10-07", "day"),
    ("The law passed on 5 March 2023.", "on 5 March 2023", "2023-03-05", "2023-03-05", "day"),
    ("The law passed on March 5, 2023.", "on March 5, 2023", "2023-03-05", "2023-03-05", "day"),
    ("Fighting broke out in 2022.", "in 2022", "2022-01-01", "2022-12-31", "year"),
    ("Troops arrived in late March last year.", "in late March last year", "2023-03-21", "2023-03-31", "week"),
    ("Strikes hit the port from June 3 to June 7, 2023.", "from June 3 to June 7, 2023",
     "2023-06-03", "2023-06-07", "day"),
    # "İ" matches "i" only case-insensitively: the range is still read whole (from the
    # month, as the lower-cased "from" fails the filter).
    ("Strikes hit the port from June 3 untİl June 7, 2023.", "June 3 untİl June 7, 2023",
     "2023-06-03", "2023-06-07", "day"),
])
def test_english_times(text, span, start, end, precision):
    found_span, attrs = only("en", text)
    assert (found_span, attrs["start"], attrs["end"], attrs["precision"]) == (span, start, end, precision)


@pytest.mark.parametrize("code, text, span, past, future", [
    ("sq", "Ushtria njoftoi të hënën.", "të hënën", ("2024-10-07", "2024-10-07"), ("2024-10-14", "2024-10-14")),
    ("sq", "Liderët takohen të mërkurën.", "të mërkurën", ("2024-10-09", "2024-10-09"), ("2024-10-09", "2024-10-09")),
    ("sq", "Liderët takohen të premten.", "të premten", ("2024-10-04", "2024-10-04"), ("2024-10-11", "2024-10-11")),
    ("sq", "Trupat u dërguan në janar dhe shkurt.", "në janar dhe shkurt",
     ("2024-01-01", "2024-02-29"), ("2025-01-01", "2025-02-28")),
    ("sq", "Reforma hyn në fuqi në dhjetor.", "në dhjetor", ("2023-12-01", "2023-12-31"), ("2024-12-01", "2024-12-31")),
    ("sq", "Zgjedhjet u mbajtën më 22 shtator.", "më 22 shtator",
     ("2024-09-22", "2024-09-22"), ("2025-09-22", "2025-09-22")),
    ("sq", "Protesta u mbajt fundjavën.", "fundjavën", ("2024-10-05", "2024-10-06"), ("2024-10-12", "2024-10-13")),
    ("sq", "Punimet mbarojnë në fund të qershorit.", "në fund të qershorit",
     ("2024-06-21", "2024-06-30"), ("2025-06-21", "2025-06-30")),
    ("en", "The army said on Thursday it had withdrawn.", "on Thursday",
     ("2024-10-03", "2024-10-03"), ("2024-10-10", "2024-10-10")),
    ("en", "Protests began Monday night.", "Monday night", ("2024-10-07", "2024-10-07"), ("2024-10-14", "2024-10-14")),
    ("en", "Leaders meet in January.", "in January", ("2024-01-01", "2024-01-31"), ("2025-01-01", "2025-01-31")),
    ("en", "Rallies were held over the weekend.", "over the weekend",
     ("2024-10-05", "2024-10-06"), ("2024-10-12", "2024-10-13")),
])
def test_tense_dependent_readings(code, text, span, past, future):
    found_span, attrs = only(code, text)
    assert found_span == span
    assert (attrs["start"], attrs["end"]) == past
    assert (attrs["future_start"], attrs["future_end"]) == future


@pytest.mark.parametrize("code, text", [
    ("sq", "Deri më tani nuk ka reagime."),
    ("sq", "Deri më sot askush nuk është dënuar."),
    ("sq", "Ai ka punuar 30 vjet në minierë."),
    ("sq", "Ata kanë jetuar vjet të tëra jashtë."),
    ("sq", "Gazeta Bota Sot shkroi për rastin."),
    ("sq", "Më 31 shkurt nuk ndodhi asgjë."),
    ("en", "He may be right about it."),
    ("en", "The next day the rebels withdrew."),
    ("en", "Nothing has changed until now."),
])
def test_not_dates(code, text):
    assert times(code, text) == []


@pytest.mark.parametrize("code, text, refused", [
    ("en", "The company said in the report that 300 workers left on Monday last week.", "the"),
    ("en", "In early March, the 12 members met at the end of the year.", None),
    ("sq", "Në fillim të marsit kompania tha se 300 punëtorë u larguan javën e kaluar.", "kompania"),
])
def test_the_quick_check_refuses_only_starts_where_no_pattern_matches(code, text, refused):
    reader = TimeReader(lang.load(code))
    low = text.lower()
    starts = [i for i, c in enumerate(low) if c.isalnum() and (i == 0 or not low[i - 1].isalnum())]
    refused_starts = [i for i in starts if not reader.filter.may_match(low, i)]
    assert not [i for i in refused_starts if _all_patterns(reader).match(low, i)]
    if refused:
        assert refused in [low[i:].split(" ", 1)[0] for i in refused_starts]


@pytest.mark.parametrize("code, text", [
    ("en", "Until today, 3 of the 12 ministers met on Tuesday, March 4, in late 2023 and next week."),
    ("en", "The mayor marched on 5 May 2024 with several hundred people a few weeks ago, the day before."),
    ("sq", "Deri sot, më 3 mars 2024, në fillim të javës së kaluar, para disa ditësh u takuan 2 herë."),
])
def test_the_patterns_tried_at_a_word_match_as_all_patterns_do(code, text):
    reader = TimeReader(lang.load(code))
    low = text.lower()
    for i in [i for i, c in enumerate(low) if c.isalnum() and (i == 0 or not low[i - 1].isalnum())]:
        some, whole = reader.filter.match(low, i), _all_patterns(reader).match(low, i)
        if reader.filter.may_match(low, i):
            assert (some and (some.end(), some.lastgroup)) == (whole and (whole.end(), whole.lastgroup))


def _all_patterns(reader: TimeReader) -> re.Pattern:
    """The filter's patterns joined as alternatives, in order: what it must match as."""
    body = "|".join(p.pattern.removeprefix(r"(?<!\w)").removesuffix(r"(?!\w)") for p in reader.filter.patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@pytest.mark.parametrize("text, start, precision, basis", [
    ("Ura u hap më 5 shkurt 2023.", "2023-02-05", "day", "text"),
    ("Ligji u votua këtë javë.", None, "week", "published"),
    ("Liderët takohen të premten.", None, "day", "published"),
])
def test_without_a_publication_date_only_dates_the_text_fixes_are_resolved(text, start, precision, basis):
    _, attrs = only("sq", text, published=None)
    assert (attrs["start"], attrs["precision"], attrs["basis"]) == (start, precision, basis)
    assert attrs.get("future_start") is None


@pytest.mark.parametrize("value, expected", [
    (date(2024, 10, 9), date(2024, 10, 9)),
    (datetime(2024, 10, 9, 23, 5, tzinfo=timezone.utc), date(2024, 10, 9)),
    ("2024-10-09T08:00:00+02:00", date(2024, 10, 9)),
    (None, None),
])
def test_publication_date(value, expected):
    assert publication_date(value) == expected


def test_a_bad_publication_date_is_named_in_the_error():
    with pytest.raises(LajmError, match="nine October"):
        publication_date("nine October")


def test_the_stage_reads_times_where_an_event_asks_for_them():
    assert STAGES["times"] is make
    doc = lajm.extract("Policia arrestoi dje dy persona. Sot ra shi.", lang="sq", published=PUBLISHED)
    assert [(doc.slice(s), s.attrs["start"]) for s in doc.spans["time"]] == [("dje", "2024-10-08")]



@pytest.mark.parametrize("change, message", [
    (("[[patterns]]\nrule = \"date\"", "[[patterns]]\nrule = \"dating\""), "unknown rule"),
    (("{month2}", "{moon}"), "unknown placeholder"),
    (('"janar", ', ""), "needs 12 months"),
    (("[units]", "[unit_words]"), "'units' is missing"),
])
def test_a_bad_times_file_is_named_in_the_error(tmp_path, change, message):
    folder = lang.load("sq").folder
    (tmp_path / "numbers.tsv").write_bytes((folder / "numbers.tsv").read_bytes())
    toml = (folder / "times.toml").read_text(encoding="utf-8")
    assert change[0] in toml
    (tmp_path / "times.toml").write_text(toml.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(PackError, match=message):
        TimeReader(LanguagePack(tmp_path))
