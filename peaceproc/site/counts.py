"""Counting events for the lanes, their clusters and the charts, in the database."""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, F, QuerySet
from django.db.models.functions import TruncMonth

from peaceproc.chronology.models import Event

from .filters import Window
from .gridcss import COLUMNS

CLUSTER_COLUMNS = 6  # the width of one cluster (40 clusters across the window)


class MonthStart(TruncMonth):
    """TruncMonth, computed by SQLite itself: Django's SQLite version calls back into
    Python for every row. Dates are stored there as 'YYYY-MM-DD' text."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"substr({sql}, 1, 7) || '-01'", params


@dataclass
class EventTally:
    """Every filtered event, from the database's counts per track and start day, read in
    one pass (thousands of rows at scale): how many, how many in the window per lane,
    per cluster bin of each lane, and when they start in the window (the chart)."""

    total: int = 0
    in_window: dict[int | None, int] = field(default_factory=lambda: defaultdict(int))
    bins: dict[int | None, dict[int, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    # (track id, start day, events) of the events starting in the window: the chart's data.
    starts: list[tuple[int | None, date, int]] = field(default_factory=list)
    # Events on the tracks counted apart (not drawn), by track: in none of the above.
    apart: dict[int | None, int] = field(default_factory=lambda: defaultdict(int))

    @staticmethod
    def per_month(window: Window) -> bool:
        """Whether the window's events are counted per month: windows of a year or more
        start and end on month boundaries, so counting per month is exact there and
        returns a few hundred rows where per day returns thousands."""
        return window.zoom in ("all", "4y", "year")

    @staticmethod
    def rows(events: QuerySet, window_start: date, *, per_month: bool) -> QuerySet:
        """The rows count() reads: every event of `events`, counted per track and day (per
        month with `per_month`) by the database; the index on track and date answers it."""
        day = MonthStart("start_date") if per_month else F("start_date")
        return (
            events.order_by()
            .annotate(day=day)
            .values_list("track_id", "day")
            .annotate(
                n=Count("id"), edge=Count("id", filter=Event.objects.reaching_q(window_start))
            )
        )

    @classmethod
    def count(cls, rows, window: Window, *, apart: Collection[int] = ()) -> "EventTally":
        """`rows` (see rows()): (track_id, start day, events, events starting before the
        window that last into it). The events on the tracks `apart` are only counted, per
        track."""
        tally = cls()
        first, last, days = window.start, window.end, window.days
        for track_id, start, count, edge in rows:
            if track_id in apart:
                tally.apart[track_id] += count
                continue
            tally.total += count
            if start > last:
                continue
            if start >= first:
                tally.starts.append((track_id, start, count))
                column = (start - first).days * COLUMNS // days
            else:
                count, column = edge, 0
            if count:
                tally.in_window[track_id] += count
                tally.bins[track_id][column // CLUSTER_COLUMNS] += count
        return tally
