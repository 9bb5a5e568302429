"""The timeline page's read model: lanes on a shared time axis, the list beside them,
and the charts' data, for one filter state, in a fixed number of queries.

Geometry is decided here, on the server, so that the page works without JavaScript:
each lane is a CSS grid of `COLUMNS` equal columns spanning the visible window, and
every mark gets a start line, an end line and a row as class names (gs-N, ge-N, r-N;
static/css/timeline-grid.css). A strict CSP forbids style attributes, hence classes
rather than computed widths. Rows are packed first-fit so nothing overlaps.

Scale: rounds, agreements and tenures are few and always drawn one by one. Events are
counted per track and day in the database; a lane with few events in the window reads
and draws them one by one, a lane with many draws clusters (a count per few columns
that zooms in when followed). The list shows one page of the window's items. So the
queries per page stay the same whatever the number of events.
"""

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from peaceproc.chronology.dates import Precision, format_date, format_period
from peaceproc.chronology.models import Citation, Event, Track

from .filters import (
    ZOOM_LABELS,
    ZOOM_LEVELS,
    TimelineFilters,
    Window,
    _overlaps,
    add_days,
    filtered_querysets,
)
from .gridcss import COLUMNS, MAX_ROWS
from .timeline import (
    URL_KEY,
    TimelineItem,
    agreement_item,
    event_item,
    item_last_day,
    round_item,
    tenure_item,
    url_pattern,
)

LABEL_COLUMNS = 30  # room kept after a mark for its label, when the lane has room for labels
WIDE_COLUMNS = 4  # a bar this wide holds the start of its label
MIN_LABEL_COLUMNS = 14  # in a crowded lane, a label is shown where at least this much fits
LANE_MAX_EVENTS = 80  # events a lane draws one by one in a window; more become clusters
CLUSTER_COLUMNS = 6  # the width of one cluster (40 clusters across the window)
PAGE_SIZE = 50  # items per page of the list view
NO_LANE = -1  # matches no track: see the light lanes' read in build_timeline


@dataclass
class Mark:
    """One thing drawn on a lane: an item, or a cluster of events."""

    kind: str  # round, event, agreement, tenure or cluster
    key: str
    title: str
    dates: str
    kind_label: str
    url: str
    first: date
    last: date
    fuzzy: bool = False
    cancelled: bool = False
    count: int = 1
    opens_panel: bool = True  # items open the detail panel; a cluster zooms in
    start_line: int = 1
    end_line: int = 2
    area_end: int = 2
    row: int = 1
    show_label: bool = True
    clipped_start: bool = False
    clipped_end: bool = False

    @property
    def span(self) -> int:
        return self.end_line - self.start_line

    @property
    def css(self) -> str:
        """All the mark's classes at once (the template renders hundreds of marks)."""
        classes = [
            "mark", f"mark-{self.kind}", f"gs-{self.start_line}", f"ge-{self.area_end}",
            f"be-{self.end_line}", f"r-{self.row}",
        ]  # fmt: skip
        for flag, name in (
            (self.span >= WIDE_COLUMNS, "wide"),  # its label starts inside the bar
            (self.fuzzy, "fuzzy"),
            (self.cancelled, "cancelled"),
            (self.clipped_start, "clipped-start"),
            (self.clipped_end, "clipped-end"),
        ):
            if flag:
                classes.append(name)
        return " ".join(classes)

    @property
    def first_iso(self) -> str:
        return self.first.isoformat()

    def html(self) -> str:
        """The mark's link. Built here rather than in the template because a page draws
        hundreds of marks; format_html escapes every value, as the template would."""
        return format_html(
            MARK_HTML,
            css=self.css,
            url=self.url,
            panel=PANEL_ATTRIBUTES if self.opens_panel else "",
            first=self.first_iso,
            title=self.title,
            dates=self.dates,
            span=self.span,
            count="" if self.opens_panel else self.count,
            label="label" if self.show_label else "label visually-hidden",
            kind_label=self.kind_label,
            more="" if self.opens_panel else ": show them",
        )


MARK_HTML = (
    '<a class="{css}" href="{url}" hx-get="{url}"{panel} data-first="{first}" '
    'title="{title} — {dates}"><span class="bar w-{span}" aria-hidden="true">{count}</span>'
    '<span class="{label}"><bdi>{title}</bdi><span class="visually-hidden">, {kind_label}, '
    "{dates}{more}</span></span></a>"
)
# An item's mark opens the detail panel; a cluster's swaps the timeline (zooming in).
PANEL_ATTRIBUTES = mark_safe(
    ' hx-target="#detail-body" hx-swap="innerHTML" hx-push-url="false" data-panel'
)


@dataclass
class LaneView:
    track: Track | None
    marks: list[Mark] = field(default_factory=list)
    rows: int = 1
    clustered: bool = False
    item_count: int = 0  # items of this lane in the window (events counted one by one)

    @property
    def marks_html(self) -> str:
        return mark_safe("\n".join(mark.html() for mark in self.marks))  # noqa: S308 - each is format_html

    @property
    def slug(self) -> str:
        return self.track.slug if self.track else "other"

    @property
    def name(self) -> str:
        return self.track.name if self.track else "Other"


@dataclass(frozen=True)
class Tick:
    line: int
    label: str
    major: bool = True
    alternate: bool = False  # every other label, hidden on narrow screens


@dataclass
class Chip:
    label: str
    value: str
    remove_url: str


@dataclass
class TimelinePage:
    filters: TimelineFilters
    window: Window
    lanes: list[LaneView]
    ticks: list[Tick]
    today_line: int | None
    entries: list[TimelineItem]
    in_window: int
    matching: int
    page: int
    pages: int
    chart_data: dict
    nav: dict[str, str | None]
    zoom_links: list[tuple[str, str, bool]]
    chips: list[Chip]
    errors: list[tuple[str, str]]

    @property
    def window_label(self) -> str:
        return format_period(self.window.start, self.window.end)

    @property
    def first_entry(self) -> int:
        return (self.page - 1) * PAGE_SIZE + 1 if self.entries else 0

    @property
    def last_entry(self) -> int:
        return (self.page - 1) * PAGE_SIZE + len(self.entries)

    @property
    def outside_window(self) -> int:
        return self.matching - self.in_window


# -- geometry ---------------------------------------------------------------------------


def column(window: Window, day: date) -> int:
    """The column boundary (0..COLUMNS) at the start of `day`."""
    offset = (day - window.start).days
    return min(max(offset * COLUMNS // window.days, 0), COLUMNS)


def day_at(window: Window, boundary: int) -> date:
    """The first day at or after column boundary `boundary`."""
    return window.start + timedelta(days=math.ceil(boundary * window.days / COLUMNS))


def place(mark: Mark, window: Window) -> Mark:
    start = column(window, mark.first)
    end = column(window, add_days(mark.last, 1))
    start = min(start, COLUMNS - 1)
    end = max(end, start + 1)
    mark.start_line, mark.end_line = start + 1, end + 1
    mark.clipped_start = mark.first < window.start
    mark.clipped_end = mark.last > window.end
    return mark


def pack(marks: list[Mark], *, labels: bool) -> int:
    """First-fit rows (1-based); returns the number of rows used.

    With `labels`, every mark keeps LABEL_COLUMNS for its label. Without, marks take
    only their own columns, and then a label is shown wherever the row leaves room for
    at least MIN_LABEL_COLUMNS of it.
    """
    row_ends: list[int] = []
    rows: list[list[Mark]] = []
    for mark in sorted(marks, key=lambda m: (m.start_line, -m.span)):
        mark.show_label = labels and mark.kind != "cluster"
        mark.area_end = min(
            max(mark.end_line, mark.start_line + LABEL_COLUMNS) if mark.show_label
            else mark.end_line,
            COLUMNS + 1,
        )  # fmt: skip
        for index, end in enumerate(row_ends):
            if end <= mark.start_line:
                row_ends[index] = mark.area_end
                rows[index].append(mark)
                mark.row = index + 1
                break
        else:
            row_ends.append(mark.area_end)
            rows.append([mark])
            mark.row = len(row_ends)
    if not labels:
        for row in rows:
            for mark, following in zip(row, [*row[1:], None], strict=True):
                if mark.kind == "cluster":
                    continue
                limit = following.start_line if following else COLUMNS + 1
                room = min(mark.start_line + LABEL_COLUMNS, limit)
                if room - mark.start_line >= MIN_LABEL_COLUMNS and room > mark.end_line:
                    mark.area_end = room
                    mark.show_label = True
    return max(len(row_ends), 1)


def overlaps(first: date, last: date, window: Window) -> bool:
    return first <= window.end and last >= window.start


def axis_ticks(window: Window) -> list[Tick]:
    """Years across long windows, months across a year or a quarter, weeks across a month.
    A label too close to the right edge to fit is left out (its gridline stays)."""
    ticks = _ticks(window)
    return [Tick(t.line, "", t.major, t.alternate) if t.line > COLUMNS - 18 else t for t in ticks]


def _ticks(window: Window) -> list[Tick]:
    ticks: list[Tick] = []
    if window.zoom in ("all", "4y"):
        for year in range(window.start.year + 1, window.end.year + 1):
            line = column(window, date(year, 1, 1)) + 1
            ticks.append(Tick(line, str(year), alternate=year % 2 == 1))
        return ticks
    if window.zoom in ("year", "quarter"):
        day = window.start.replace(day=1)
        while day <= window.end:
            if day > window.start:
                label = (
                    day.strftime("%b %Y") if day.month == 1 or window.zoom == "quarter" else ""
                ) or day.strftime("%b")
                ticks.append(Tick(column(window, day) + 1, label, alternate=day.month % 2 == 0))
            if window.zoom == "quarter":
                middle = day.replace(day=15)
                if window.start < middle <= window.end:
                    ticks.append(Tick(column(window, middle) + 1, "", major=False))
            day = (day + timedelta(days=32)).replace(day=1)
        return ticks
    day = window.start + timedelta(days=1)
    while day <= window.end:
        if day.day == 1:
            ticks.append(Tick(column(window, day) + 1, f"{day.day} {day:%b %Y}"))
        elif day.weekday() == 0:
            ticks.append(Tick(column(window, day) + 1, f"{day.day} {day:%b}", alternate=True))
        day += timedelta(days=1)
    return ticks


# -- marks ------------------------------------------------------------------------------


def item_mark(item: TimelineItem, today: date) -> Mark:
    return Mark(
        kind=item.kind,
        key=item.key,
        title=item.title,
        dates=item.dates,
        kind_label=item.kind_label,
        url=item.url or "",
        first=item.start,
        last=item.last_day(today),
        fuzzy=item.is_fuzzy,
        cancelled=item.kind == "round" and item.record.status != "held",
    )


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
    per cluster bin of each lane, and per quarter for the events chart."""

    total: int = 0
    in_window: dict[int | None, int] = field(default_factory=lambda: defaultdict(int))
    bins: dict[int | None, dict[int, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    quarters: dict[int | None, dict[tuple[int, int], int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )

    @classmethod
    def count(cls, rows, window: Window) -> "EventTally":
        """`rows`: (track_id, start day, events, events starting before the window that
        last into it)."""
        tally = cls()
        first, last, days = window.start, window.end, window.days
        for track_id, start, count, edge in rows:
            tally.total += count
            tally.quarters[track_id][(start.year, (start.month + 2) // 3)] += count
            if start > last:
                continue
            if start >= first:
                column = (start - first).days * COLUMNS // days
            else:
                count, column = edge, 0
            if count:
                tally.in_window[track_id] += count
                tally.bins[track_id][column // CLUSTER_COLUMNS] += count
        return tally


class EventRow(NamedTuple):
    """What a lane needs to draw one event."""

    pk: int
    title: str
    kind: str
    start: date
    end: date | None
    precision: str
    track_id: int | None


def event_mark(row: EventRow, pattern: str) -> Mark:
    return Mark(
        kind="event",
        key=f"event-{row.pk}",
        title=row.title,
        dates=format_period(row.start, row.end, row.precision),
        kind_label=Event.Kind(row.kind).label,
        url=pattern.replace(URL_KEY, str(row.pk)),
        first=row.start,
        last=item_last_day(row.start, row.end, row.precision, row.precision),
        fuzzy=row.precision != Precision.DAY,
    )


def date_range_query(filters: TimelineFilters, first: date, last: date) -> str:
    return filters.query(
        zoom=None, at=None, page=None, **{"from": f"{first:%Y-%m-%d}", "to": f"{last:%Y-%m-%d}"}
    )


def cluster_marks(
    bins: dict[int, int], window: Window, filters: TimelineFilters, track_id
) -> list[Mark]:
    # Following a cluster zooms in on it (or, at the closest zoom, lists its dates).
    deepest = window.zoom == ZOOM_LEVELS[-1]
    base = reverse("site:index") + filters.query(
        zoom=None, at=None, page=None, **({"from": None, "to": None} if deepest else {})
    )
    base += "" if base.endswith("?") else "&"
    marks = []
    for index, count in sorted(bins.items()):
        first = day_at(window, index * CLUSTER_COLUMNS)
        last = min(day_at(window, (index + 1) * CLUSTER_COLUMNS) - timedelta(days=1), window.end)
        last = max(last, first)
        if deepest:
            url = f"{base}from={first:%Y-%m-%d}&to={last:%Y-%m-%d}"
        else:
            target = window.zoomed(1, first + (last - first) / 2)
            url = f"{base}zoom={target.zoom}&at={target.start:%Y-%m-%d}"
        mark = Mark(
            kind="cluster",
            key=f"cluster-{track_id}-{index}",
            title=f"{count} event{'s' if count != 1 else ''}",
            dates=format_period(first, last),
            kind_label="Events, grouped at this zoom",
            url=url,
            first=first,
            last=last,
            count=count,
            opens_panel=False,
            show_label=False,
        )
        # A cluster covers exactly its columns, so neighbours never overlap.
        mark.start_line = index * CLUSTER_COLUMNS + 1
        mark.end_line = min((index + 1) * CLUSTER_COLUMNS, COLUMNS) + 1
        marks.append(mark)
    return marks


def lay_out_lane(
    lane: LaneView,
    items: list[TimelineItem],
    events: int,
    bins: dict[int, int],
    rows: list[EventRow] | None,
    window: Window,
    filters: TimelineFilters,
    today: date,
) -> LaneView:
    """Marks for one lane: its events one by one when `rows` holds them (few enough),
    as clusters otherwise or when one by one they would stack too high."""
    fixed = [place(item_mark(item, today), window) for item in items]
    lane.item_count = len(items) + events
    if rows is not None:
        pattern = url_pattern("event")
        marks = fixed + [place(event_mark(row, pattern), window) for row in rows]
        lane.rows = pack(marks, labels=True)
        if lane.rows > MAX_ROWS:
            lane.rows = pack(marks, labels=False)
        if lane.rows <= MAX_ROWS:
            lane.marks = sorted(marks, key=lambda m: (m.first, m.start_line))
            return lane
    lane.clustered = True
    marks = fixed + cluster_marks(bins, window, filters, lane.track.pk if lane.track else None)
    lane.rows = pack(marks, labels=True)
    if lane.rows > MAX_ROWS:
        lane.rows = pack(marks, labels=False)
    lane.rows = min(lane.rows, MAX_ROWS)
    for mark in marks:
        mark.row = min(mark.row, MAX_ROWS)
    lane.marks = sorted(marks, key=lambda m: (m.first, m.start_line))
    return lane


# -- the page ---------------------------------------------------------------------------


def chart_data(
    tracks: list[Track], rounds: list[TimelineItem], counts: dict[int | None, dict]
) -> dict:
    """What the two charts draw, for the filtered items whatever the window."""
    by_track = {t.pk: t for t in tracks}
    gantt = []
    for track in tracks:
        bars = [
            {
                "slug": item.record.slug,
                "title": item.title,
                "start": f"{item.start:%Y-%m-%d}",
                "end": f"{add_days(item.last_day(), 1):%Y-%m-%d}",
                "dates": item.dates,
            }
            for item in rounds
            if item.track and item.track.pk == track.pk
        ]
        if bars:
            gantt.append({"track": track.name, "colour": track.colour, "rounds": bars})

    quarters: list[tuple[int, int]] = []
    all_quarters = [q for per_track in counts.values() for q in per_track]
    if all_quarters:
        (year, q), last = min(all_quarters), max(all_quarters)
        while (year, q) <= last:
            quarters.append((year, q))
            year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    series = []
    for track_id, per_track in counts.items():
        track = by_track.get(track_id)
        series.append(
            {
                "track": track.name if track else "Other",
                "colour": track.colour if track else "#5b6670",
                "counts": [per_track.get(q, 0) for q in quarters],
            }
        )
    order = {t.name: t.order for t in tracks}
    series.sort(key=lambda s: order.get(s["track"], 1_000))
    return {
        "gantt": gantt,
        "quarters": {"labels": [f"{y} Q{q}" for y, q in quarters], "series": series},
    }


def filter_chips(filters: TimelineFilters) -> list[Chip]:
    base = reverse("site:index")
    chips = []
    tracks = filters.value("track")
    # The form always sends its checkboxes: tracks that are the default lanes are no filter.
    if tracks and not filters.tracks_as_default:
        names = ", ".join(t.name for t in filters.selected_tracks)
        chips.append(Chip("Tracks", names, base + filters.query(track=None, page=None)))
    if round_ := filters.value("round"):
        chips.append(
            Chip("Round", round_.title, base + filters.query(round=None, zoom=None, at=None))
        )
    if participant := filters.value("participant"):
        chips.append(Chip("Participant", participant.name, base + filters.query(participant=None)))
    if kinds := filters.value("kind"):
        labels = dict(filters.fields["kind"].choices)
        chips.append(
            Chip("Kinds", ", ".join(str(labels[k]) for k in kinds), base + filters.query(kind=None))
        )
    start, end = filters.date_range
    if start or end:
        value = f"{format_date(start) if start else '…'} – {format_date(end) if end else '…'}"
        chips.append(
            Chip(
                "Dates",
                value,
                base + filters.query(zoom=None, at=None, **{"from": None, "to": None}),
            )
        )
    if q := filters.value("q"):
        chips.append(Chip("Search", q, base + filters.query(q=None, page=None)))
    return chips


def error_list(filters: TimelineFilters) -> list[tuple[str, str]]:
    errors = []
    for name, messages in filters.errors.items():
        label = filters.fields[name].label if name in filters.fields else "Filters"
        errors.extend((str(label), str(message)) for message in messages)
    return errors


def with_citations(entries: list[TimelineItem]) -> list[TimelineItem]:
    """The entries with their citations, read in one query for every kind of record."""
    keys: dict[str, list[int]] = defaultdict(list)
    for item in entries:
        keys[item.kind].append(item.record.pk)
    if not entries:
        return entries
    cited: dict[tuple[str, int], list[Citation]] = defaultdict(list)
    for citation in (
        Citation.objects.filter(
            Q(round__in=keys["round"])
            | Q(event__in=keys["event"])
            | Q(agreement__in=keys["agreement"])
            | Q(tenure__in=keys["tenure"])
        )
        .select_related("source")
        .defer("source__text")  # the list shows a source's name and link, not its text
    ):
        for kind in Citation.TARGETS:
            if (pk := getattr(citation, f"{kind}_id")) is not None:
                cited[(kind, pk)].append(citation)
    return [replace(item, citations=tuple(cited[(item.kind, item.record.pk)])) for item in entries]


def build_timeline(filters: TimelineFilters, today: date | None = None) -> TimelinePage:
    today = today or date.today()
    window = filters.window(today)
    sets = filtered_querysets(filters)

    def bare(queryset):
        """Without the citations: the list fetches those of its page only, at the end."""
        return queryset.prefetch_related(None)

    rounds = [round_item(r, ()) for r in bare(sets.rounds)]
    others = sorted(
        [
            *rounds,
            *(agreement_item(a, ()) for a in bare(sets.agreements)),
            *(tenure_item(t, ()) for t in bare(sets.tenures)),
        ],
        key=lambda i: i.sort_key,
    )
    others_in_window = [i for i in others if overlaps(i.start, i.last_day(today), window)]

    # Every filtered event, counted per track and day in the database (the index on
    # track and date answers it): lanes, clusters, counts and the events chart.
    starts_before = ~Q(start_date__gte=window.start) & _overlaps(
        window.start, None, first="start_date", last="end_date", precision="precision"
    )
    # Windows of a year or more start and end on month boundaries, so counting per month
    # is exact there and returns a few hundred rows where per day returns thousands.
    day = MonthStart("start_date") if window.zoom in ("all", "4y", "year") else F("start_date")
    tally = EventTally.count(
        sets.events.select_related(None)
        .prefetch_related(None)
        .order_by()
        .annotate(day=day)
        .values_list("track_id", "day")
        .annotate(n=Count("id"), edge=Count("id", filter=starts_before)),
        window,
    )
    events_in_window = sum(tally.in_window.values())

    in_window = len(others_in_window) + events_in_window
    pages = max(math.ceil(in_window / PAGE_SIZE), 1)
    page = min(filters.value("page") or 1, pages)
    offset = (page - 1) * PAGE_SIZE
    window_events = sets.events.filter(
        _overlaps(window.start, window.end, first="start_date", last="end_date",
                  precision="precision")
    )  # fmt: skip
    page_events = bare(window_events).order_by("start_date", "title")[: offset + PAGE_SIZE]
    merged = heapq.merge(
        others_in_window, (event_item(e, ()) for e in page_events), key=lambda i: i.sort_key
    )
    entries = with_citations(list(merged)[offset : offset + PAGE_SIZE])

    # Lanes with few events in the window draw them one by one. This read is issued even
    # when no lane is that light (it then matches nothing), so that a page costs the same
    # queries whatever it holds.
    light = [key for key, count in tally.in_window.items() if count <= LANE_MAX_EVENTS]
    in_light_lanes = Q(track__in=[key for key in light if key is not None])
    if None in light:
        in_light_lanes |= Q(track__isnull=True)
    rows_by_track: dict[int | None, list[EventRow]] = defaultdict(list)
    for row in (
        window_events.select_related(None)
        .prefetch_related(None)
        # With no light lane, a primary-key lookup that finds nothing: instant.
        .filter(in_light_lanes if light else Q(pk=NO_LANE))
        .order_by()
        .values_list("pk", "title", "kind", "start_date", "end_date", "precision", "track_id")
    ):
        event = EventRow._make(row)
        rows_by_track[event.track_id].append(event)

    lanes = []
    items_by_track: dict[int | None, list[TimelineItem]] = defaultdict(list)
    for item in others_in_window:
        items_by_track[item.track.pk if item.track else None].append(item)
    lane_tracks: list[Track | None] = list(filters.selected_tracks)
    if items_by_track.get(None) or tally.in_window.get(None):
        lane_tracks.append(None)
    for track in lane_tracks:
        key = track.pk if track else None
        events = tally.in_window.get(key, 0)
        lanes.append(
            lay_out_lane(
                LaneView(track),
                items_by_track[key],
                events,
                tally.bins.get(key, {}),
                rows_by_track[key] if events <= LANE_MAX_EVENTS else None,
                window,
                filters,
                today,
            )
        )

    base = reverse("site:index")

    def window_url(target: Window) -> str:
        return base + filters.query(page=None, **target.params())

    nav = {
        "zoom_in": window_url(window.zoomed(1)) if window.zoom != ZOOM_LEVELS[-1] else None,
        "zoom_out": window_url(window.zoomed(-1)) if window.zoom != "all" else None,
        "earlier": window_url(window.panned(-1)) if window.zoom != "all" else None,
        "later": window_url(window.panned(1)) if window.zoom != "all" else None,
        "previous_page": base + filters.query(page=page - 1) if page > 1 else None,
        "next_page": base + filters.query(page=page + 1) if page < pages else None,
        "clear": base,
    }
    zoom_links = [
        (ZOOM_LABELS[zoom], window_url(window.zoomed(i - ZOOM_LEVELS.index(window.zoom))),
         zoom == window.zoom)
        for i, zoom in enumerate(ZOOM_LEVELS)
    ]  # fmt: skip
    today_line = column(window, today) + 1 if window.start <= today <= window.end else None
    return TimelinePage(
        filters=filters,
        window=window,
        lanes=lanes,
        ticks=axis_ticks(window),
        today_line=today_line,
        entries=entries,
        in_window=in_window,
        matching=len(others) + tally.total,
        page=page,
        pages=pages,
        chart_data=chart_data(filters.tracks, rounds, tally.quarters),
        nav=nav,
        zoom_links=zoom_links,
        chips=filter_chips(filters),
        errors=error_list(filters),
    )
