"""Which records overlap a span of days: `Event.objects.overlapping(start, end)` and the
same for rounds, agreements and envoy tenures, and the Q behind it for OR-ing with others.

A date known only to the month or the year stands for the whole month or year; an open
end means ongoing (tenures), or the start day alone (events, rounds), as each model
stores it. Each QuerySet names its fields in the class attributes below.

The condition is one expression (`Overlaps`) that writes its own SQL: as a Q of a dozen
field lookups it cost Django more CPU to build and compile than the query took to run,
and a timeline page asks it in three of its queries."""

from datetime import date

from django.db import models
from django.db.models import F, Q
from django.db.models.lookups import Lookup

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


class Overlaps(Lookup):
    """The records of an OverlappingQuerySet (`shape`: its fields) whose days overlap
    [start, end] (either may be None: open), as a condition for filter() and Q().

    A Lookup, so that Django puts it in a WHERE or FILTER clause as it stands; it is
    registered on no field. Its columns are its source expressions (resolved, relabelled
    in a subquery, like any other's); the SQL around them is written in `as_sql`."""

    def __init__(self, shape: OverlappingQuerySet, start: date | None, end: date | None):
        self.first, self.last = shape.first_field, shape.last_field
        self.precision, self.ongoing = shape.precision_field, shape.ongoing
        self.last_precision = shape.last_precision_field
        self.start, self.end = start, end
        self.names = tuple(
            dict.fromkeys(
                name
                for name in (self.first, self.last, self.precision, self.last_precision)
                if name
            )
        )
        self.columns = [F(name) for name in self.names]

    # What Django reads of a Lookup: the columns stand for its left-hand side, the days
    # for its right-hand side.
    @property
    def lhs(self):
        return self.columns[0]

    @property
    def rhs(self):
        return (self.start, self.end)

    @property
    def identity(self):
        return (self.__class__, self.names, tuple(self.columns), self.start, self.end)

    def get_source_expressions(self):
        return list(self.columns)

    def set_source_expressions(self, exprs):
        self.columns = list(exprs)

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        resolved = self.copy()
        resolved.is_summary = summarize
        resolved.columns = [
            column.resolve_expression(query, allow_joins, reuse, summarize, for_save)
            for column in self.columns
        ]
        return resolved

    def as_sql(self, compiler, connection):
        sql = {}
        for name, column in zip(self.names, self.columns, strict=True):
            sql[name], _ = compiler.compile(column)
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
        """The period a (possibly fuzzy) date stands for ends on or after `start`."""
        terms, params = [f"{sql[field]} >= %s"], [day(self.start)]
        for unit in (Precision.MONTH, Precision.YEAR) if precision else ():
            if (first := truncate(self.start, unit)) != self.start:
                terms.append(f"({sql[precision]} = %s AND {sql[field]} >= %s)")
                params += [str(unit), day(first)]
        return f"({' OR '.join(terms)})", params
