"""Dates known to a day, a month or a year.

A fuzzy date is stored as the first day of its period plus a precision, so it
sorts with exact dates; everything that shows one goes through `format_date`
or `format_period`, which never print a day the record does not know.
"""

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

# The dates the site supports: the record's dates, the filters' `from`, `to` and `at`, and
# an article's publication date. Wide of the record on both sides, and far enough inside
# Python's calendar (years 1 to 9999) that no window, pan, zoom or relative date built from
# them can leave it.
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2100, 12, 31)
DATE_RANGE_TEXT = f"between {FIRST_DATE:%Y-%m-%d} and {LAST_DATE:%Y-%m-%d}"


def out_of_range() -> ValidationError:
    return ValidationError(
        "Enter a date %(range)s.", code="out_of_range", params={"range": DATE_RANGE_TEXT}
    )


def validate_supported_date(value: date) -> None:
    """A date outside the supported range is refused with a message stating it."""
    if value is not None and not FIRST_DATE <= value <= LAST_DATE:
        raise out_of_range()


# YYYY-MM-DD with a sign or any number of year digits: '0000-01-01', '10000-01-01'.
_DATE_SHAPED = re.compile(r"(?P<sign>[+-]?)(?P<year>\d+)-(?P<month>\d{1,2})-(?P<day>\d{1,2})")


class SupportedDateField(forms.DateField):
    """A form's date in the supported range. A well-formed date in a year Python's
    calendar cannot hold (0, 10000, -1) is refused as out of range, naming the range,
    and a well-written day that no calendar has (2017-02-30, 2017-13-01) is refused as
    that, not as badly written."""

    default_validators = [validate_supported_date]

    def to_python(self, value):
        # strptime reads any Unicode digit (`٢٠١٧-01-01`); the format is ASCII YYYY-MM-DD.
        if isinstance(value, str) and not value.isascii():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            return super().to_python(value)
        except ValidationError:
            text = str(value).strip()
            if _outside_the_calendar(text):
                raise out_of_range() from None
            if message := _no_such_day(text):
                raise ValidationError(message, code="no_such_day") from None
            raise


def _no_such_day(text: str) -> str | None:
    """'2017 has no 30 February.' for a YYYY-MM-DD in the calendar's years whose month
    or day does not exist; None for anything else."""
    match = _DATE_SHAPED.fullmatch(text)
    if match is None or match["sign"] or not 1 <= int(match["year"]) <= 9999:
        return None
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if not 1 <= month <= 12:
        return f"There is no month {month}: write the month as 01 to 12."
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = calendar.month_name[month]
        return f"{month_name} {year} has no day {day}: it has {days} days."
    return None


def _outside_the_calendar(text: str) -> bool:
    """Whether `text` is a real month and day in a year before 1 or after 9999."""
    match = _DATE_SHAPED.fullmatch(text)
    if match is None:
        return False
    month, day = int(match["month"]), int(match["day"])
    # 2000 is a leap year, so 29 February counts.
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):
        return False
    year = match["year"].lstrip("0")
    return match["sign"] == "-" or not year or len(year) > 4


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


# Pure, and asked for the same periods on every page (a timeline labels every mark and
# every listed item): each distinct period formatted once per worker.
@lru_cache(maxsize=8192)
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
