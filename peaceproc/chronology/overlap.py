"""Which records overlap a span of days: `Event.objects.overlapping(start, end)` and the
same for rounds, agreements and envoy tenures, and the Q behind it for OR-ing with others.

A date known only to the month or the year stands for the whole month or year; an open
end means ongoing (tenures), or the start day alone (events, rounds), as each model
stores it. Each QuerySet names its fields in the class attributes below."""

from datetime import date

from django.db import models
from django.db.models import Q

from .dates import Precision, truncate


class OverlappingQuerySet(models.QuerySet):
    # (QuerySet has first() and last() methods: hence the _field suffixes.)
    first_field = "start_date"  # the first day's field
    last_field: str | None = "end_date"  # the last day's field; None: a single date
    precision_field: str | None = None  # the field saying how precisely both are known
    last_precision_field: str | None = None  # for an end with a precision of its own
    ongoing = False  # whether an open end means "still going"

    def overlapping(self, start: date | None, end: date | None):
        """The records whose days overlap [start, end] (either may be None: open)."""
        return self.filter(self.overlap_q(start, end))

    def overlap_q(self, start: date | None, end: date | None) -> Q:
        q = Q()
        if end:
            q &= Q(**{f"{self.first_field}__lte": end})
        if start:
            if self.last_field is None:  # a single date, known to a day, month or year
                q &= _on_or_after(self.first_field, self.precision_field, start)
            elif self.ongoing:  # an open end means ongoing
                q &= Q(**{f"{self.last_field}__isnull": True}) | _on_or_after(
                    self.last_field, self.last_precision_field, start
                )
            else:  # the end, or the start when there is no end, known to `precision`
                q &= (
                    Q(**{f"{self.last_field}__isnull": False})
                    & _on_or_after(self.last_field, self.precision_field, start)
                ) | (
                    Q(**{f"{self.last_field}__isnull": True})
                    & _on_or_after(self.first_field, self.precision_field, start)
                )
        return q


def _on_or_after(field: str, precision_field: str | None, start: date) -> Q:
    """The period a (possibly fuzzy) date stands for ends on or after `start`."""
    q = Q(**{f"{field}__gte": start})
    if precision_field is None:
        return q
    for precision in (Precision.MONTH, Precision.YEAR):
        if truncate(start, precision) != start:
            q |= Q(**{precision_field: precision, f"{field}__gte": truncate(start, precision)})
    return q
