"""Dates known to a day, a month or a year.

A fuzzy date is stored as the first day of its period plus a precision, so it
sorts with exact dates; everything that shows one goes through `format_date`
or `format_period`, which never print a day the record does not know.
"""

import calendar
from datetime import date, timedelta

from django.db import models


class Precision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


def truncate(value: date, precision: str) -> date:
    """The first day of the period `value` falls in."""
    if precision == Precision.YEAR:
        return value.replace(month=1, day=1)
    if precision == Precision.MONTH:
        return value.replace(day=1)
    return value


def period_last_day(value: date, precision: str) -> date:
    """The last day of the period that starts at `value` (used for overlap tests)."""
    if precision == Precision.YEAR:
        return value.replace(month=12, day=31)
    if precision == Precision.MONTH:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


def format_date(value: date | None, precision: str = Precision.DAY) -> str:
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return str(value.year)
    if precision == Precision.MONTH:
        return f"{calendar.month_name[value.month]} {value.year}"
    return f"{value.day} {calendar.month_name[value.month]} {value.year}"


def format_period(
    start: date | None,
    end: date | None = None,
    precision: str = Precision.DAY,
    end_precision: str | None = None,
) -> str:
    """'4–5 July 2017', '28 November – 14 December 2017', 'May 2017', '2016'.

    An open period (no end) is shown as its start; callers add 'since' where
    the record is ongoing.
    """
    if start is None:
        return ""
    end_precision = end_precision or precision
    if end is None or (end == start and end_precision == precision):
        return format_date(start, precision)
    if precision != Precision.DAY or end_precision != Precision.DAY:
        return f"{format_date(start, precision)} – {format_date(end, end_precision)}"
    if start.year != end.year:
        return f"{format_date(start)} – {format_date(end)}"
    if start.month != end.month:
        first = f"{start.day} {calendar.month_name[start.month]}"
        return f"{first} – {format_date(end)}"
    return f"{start.day}–{format_date(end)}"


def add_days(value: date, days: int) -> date:
    """`value` moved by `days`, clamped to the ends of the calendar (a stored date may sit
    at either end; the window arithmetic must not overflow)."""
    if days < 0 and (value - date.min).days < -days:
        return date.min
    if days > 0 and (date.max - value).days < days:
        return date.max
    return value + timedelta(days=days)
