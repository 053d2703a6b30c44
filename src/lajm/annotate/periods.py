"""Calendar periods: months, weeks, weekends, quarters, years and their parts, as
inclusive date ranges around a reference day (Monday-to-Sunday weeks)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

Range = tuple[date, date]


def month_range(year: int, month: int) -> Range:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def unit_range(unit: str, pub: date, shift: int) -> Range:
    """The calendar `unit` `shift` units away from the one holding `pub`."""
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
    if unit == "day":
        day = pub + timedelta(days=shift)
        return day, day
    if unit == "week":
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if unit == "month":
        return month_range(*add_months(pub.year, pub.month, shift))
    if unit == "quarter":
        year, month = add_months(pub.year, (pub.month - 1) // 3 * 3 + 1, 3 * shift)
        return date(year, month, 1), month_range(*add_months(year, month, 2))[1]
    return date(pub.year + shift, 1, 1), date(pub.year + shift, 12, 31)


def year_for(month: int, day: int, pub: date, past: bool) -> int:
    """The year of the day/month nearest `pub`, on or before it (past) or on or after it."""
    if past:
        return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    return pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1


def part_of(part: str, span: Range, unit: str, pub: date) -> Range | None:
    """Early, mid or late part of a year, month or week; or the part before/after `pub`."""
    start, end = span
    if part == "earlier":
        return start, min(end, pub) if start <= pub else end
    if part == "later":
        return max(start, pub) if pub <= end else start, end
    third = ("early", "mid", "late").index(part)
    if unit == "year":
        return month_range(start.year, 4 * third + 1)[0], month_range(start.year, 4 * third + 4)[1]
    if unit in ("month", "week"):
        size = 10 if unit == "month" else 2
        first = start + timedelta(days=size * third)
        return first, end if third == 2 else first + timedelta(days=size - 1)
    return None
