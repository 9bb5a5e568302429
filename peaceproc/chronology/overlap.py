"""Which records overlap a span of days: `Event.objects.overlapping(start, end)` and the
same for rounds, agreements and envoy tenures, and the Q behind it for OR-ing with others.

A date known only to the month or the year stands for the whole month or year; an open
end means ongoing (tenures), or the start day alone (events, rounds), as each model
stores it. Each QuerySet names its fields in the class attributes below.

The condition is one expression (`Overlaps`, conditions.py) that writes its own SQL: as a
Q of a dozen field lookups it cost Django more CPU to build and compile than the query
took to run, and a timeline page asks it in three of its queries."""

from datetime import date

from django.db import models
from django.db.models import Q

from .conditions import Condition
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
        if not (start or end):
            return Q()
        return Q(Overlaps(self, start, end))

    def reaching_q(self, day: date) -> Q:
        """The records that start before `day` and last to it or beyond."""
        return Q(Reaching(self, day))


class Overlaps(Condition):
    """The records of an OverlappingQuerySet (`shape`: its fields) whose days overlap
    [start, end] (either may be None: open), as a condition for filter() and Q()."""

    def __init__(self, shape: OverlappingQuerySet, start: date | None, end: date | None):
        self.first, self.last = shape.first_field, shape.last_field
        self.precision, self.ongoing = shape.precision_field, shape.ongoing
        self.last_precision = shape.last_precision_field
        self.start, self.end = start, end
        fields = (self.first, self.last, self.precision, self.last_precision)
        super().__init__(tuple(dict.fromkeys(name for name in fields if name)), (start, end))

    def condition_sql(self, sql, connection):
        day = connection.ops.adapt_datefield_value
        terms, params = [], []
        if self.end:
            terms.append(f"{sql[self.first]} <= %s")
            params.append(day(self.end))
        if self.start:
            if self.last is None:  # a single date, known to a day, month or year
                term, term_params = self._on_or_after(sql, self.first, self.precision, day)
            elif self.ongoing:  # an open end means ongoing
                after, term_params = self._on_or_after(sql, self.last, self.last_precision, day)
                term = f"({sql[self.last]} IS NULL OR {after})"
            else:  # the end, or the start when there is no end, known to `precision`
                by_end, end_params = self._on_or_after(sql, self.last, self.precision, day)
                by_start, start_params = self._on_or_after(sql, self.first, self.precision, day)
                term = (
                    f"(({sql[self.last]} IS NOT NULL AND {by_end}) "
                    f"OR ({sql[self.last]} IS NULL AND {by_start}))"
                )
                term_params = end_params + start_params
            terms.append(term)
            params += term_params
        return f"({' AND '.join(terms)})", params

    def _on_or_after(self, sql: dict, field: str, precision: str | None, day) -> tuple:
        """The period a (possibly fuzzy) date stands for ends on or after `start`. The
        terms are the same whatever `start` is (where it starts a month or a year, one
        repeats the first), so that the SQL depends only on which dates are given: a
        read can be compiled once and run with other dates (chronology/prepared.py)."""
        terms, params = [f"{sql[field]} >= %s"], [day(self.start)]
        for unit in (Precision.MONTH, Precision.YEAR) if precision else ():
            terms.append(f"({sql[precision]} = %s AND {sql[field]} >= %s)")
            params += [str(unit), day(truncate(self.start, unit))]
        return f"({' OR '.join(terms)})", params


class Reaching(Overlaps):
    """The records of an OverlappingQuerySet that start before `day` and last to it or
    beyond: one condition where `~Q(first__gte=day) & overlap_q(day, None)` was two (in
    an aggregate's filter, Django hashes and resolves each part again)."""

    def __init__(self, shape: OverlappingQuerySet, day: date):
        super().__init__(shape, day, None)

    def condition_sql(self, sql, connection):
        lasting, params = super().condition_sql(sql, connection)
        before = connection.ops.adapt_datefield_value(self.start)
        return f"({sql[self.first]} < %s AND {lasting})", [before, *params]
