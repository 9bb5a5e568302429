"""Template filters that show dates at the precision they are known to."""

from django import template

from peaceproc.chronology.dates import format_date, format_period

register = template.Library()


@register.filter
def fuzzydate(value, precision="day"):
    """{{ event.start_date|fuzzydate:event.precision }} -> 'May 2017', never '1 May 2017'."""
    return format_date(value, precision or "day")


@register.simple_tag
def period(start, end=None, precision="day", end_precision=None):
    return format_period(start, end, precision or "day", end_precision)
