"""The timeline page's read model: lanes on a shared time axis, the list beside them,
and the charts' data, for one filter state, in a fixed number of queries.

Geometry (columns, rows, labels) is geometry.py, the marks' links marks.py, the charts'
data charts.py, the zoom/pan links and chips navigation.py; this module reads.

Scale: rounds, agreements and tenures are few and always drawn one by one. Events are
counted per track and day in the database; a lane with few events in the window reads
and draws them one by one, a lane with many draws clusters (a count per few columns
that zooms in when followed). The list shows one page of the window's items. So the
queries per page stay the same whatever the number of events.
"""

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import NamedTuple

from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from peaceproc.chronology.dates import Precision, format_period
from peaceproc.chronology.models import Event, Track
from peaceproc.search.folding import words

from .charts import chart_data
from .counts import CLUSTER_COLUMNS, EventTally
from .filters import ZOOM_LEVELS, TimelineFilters, Window, filtered_querysets
from .geometry import (
    SHORT,
    Tick,
    axis_ticks,
    column,
    day_at,
    overlaps,
    pack_tiers,
    place,
    short_form,
    short_round_label,
    today_label_css,
)
from .gridcss import COLUMNS, MAX_ROWS, TIERS
from .marks import Mark
from .navigation import (
    Chip,
    HiddenMatches,
    error_list,
    filter_chips,
    hidden_matches,
    window_links,
    year_url,
)
from .timeline import (
    URL_KEY,
    TimelineItem,
    agreement_item,
    event_item,
    item_last_day,
    round_item,
    tenure_item,
    url_pattern,
    with_citations,
    with_outcomes,
)

LANE_MAX_EVENTS = 80  # events a lane draws one by one in a window; more become clusters
PAGE_SIZE = 50  # items per page of the list view
NO_LANE = -1  # matches no track: see the light lanes' read in build_timeline


@dataclass
class LaneView:
    track: Track | None
    marks: list[Mark] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TIERS, 1))
    clustered: bool = False
    item_count: int = 0  # items of this lane in the window (events counted one by one)

    @property
    def marks_html(self) -> str:
        return mark_safe("\n".join(mark.html() for mark in self.marks))  # noqa: S308 - Mark.html escapes each text

    @property
    def rows_css(self) -> str:
        return " ".join(f"rows{'' if tier == 'n' else tier}-{n}" for tier, n in self.rows.items())

    @property
    def slug(self) -> str:
        return self.track.slug if self.track else "other"

    @property
    def short_examples(self) -> list[tuple[Mark, str]]:
        """For the legend: in each layout tier, the lane's first mark shown with each form
        of short label ("4", "IV", "II.1", "S3", ...), with the classes hiding it in the
        tiers where it is not that example."""
        tiers_of: dict[str, list[str]] = {}
        marks: dict[str, Mark] = {}
        for tier in TIERS:
            forms: set[str] = set()
            for mark in self.marks:
                form = short_form(mark.short)
                if mark.kind == "cluster" or mark.tiers[tier].label != SHORT or form in forms:
                    continue
                forms.add(form)
                tiers_of.setdefault(mark.key, []).append(tier)
                marks[mark.key] = mark
        return [
            (marks[key], " ".join(f"hide-{t}" for t in TIERS if t not in tiers))
            for key, tiers in tiers_of.items()
        ]

    @property
    def name(self) -> str:
        return self.track.name if self.track else "Other"


@dataclass
class TimelinePage:
    filters: TimelineFilters
    window: Window
    lanes: list[LaneView]
    ticks: list[tuple[Tick, str]]  # with the link to a year's window, on long windows
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
    hidden: HiddenMatches | None = None
    people: list[str] = field(default_factory=list)  # participants the search matched
    search_words: list[str] = field(default_factory=list)

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
    def clustered(self) -> bool:
        return any(lane.clustered for lane in self.lanes)

    @property
    def today_css(self) -> str:
        return today_label_css([tick for tick, _ in self.ticks], self.today_line or 1)

    @cached_property
    def gridlines_html(self) -> str:
        """The gridlines every lane draws, built once rather than once per lane."""
        return format_html_join(
            "",
            '<span class="gridline gs-{}{}" aria-hidden="true"></span>',
            ((tick.line, "" if tick.major else " minor") for tick, _ in self.ticks),
        )


# -- marks ------------------------------------------------------------------------------


def item_mark(item: TimelineItem, today: date) -> Mark:
    last = item.last_day(today)
    uncertain_end = uncertain_end_tenths(item, last)
    return Mark(
        kind=item.kind,
        key=item.key,
        title=item.title,
        short=item_short_label(item),
        dates=item.dates,
        kind_label=item.kind_label,
        url=item.url or "",
        first=item.start,
        last=last,
        fuzzy=item.is_fuzzy and not uncertain_end,
        uncertain_end=uncertain_end,
        cancelled=item.kind == "round" and item.record.status != "held",
    )


def item_short_label(item: TimelineItem) -> str:
    """A round's number ("4", "IV", "S3"); an envoy's surname for a tenure ("Annan", "de
    Mistura": the words from a lower-case particle on, else the last word of the name
    before the title's dash)."""
    if item.kind == "round":
        return short_round_label(item.title, item.record.number)
    if item.kind != "tenure":
        return ""
    name = item.title.split(" – ")[0].split()
    particles = [i for i, word in enumerate(name[1:-1], start=1) if word.islower()]
    return " ".join(name[particles[0] :] if particles else name[-1:])


def uncertain_end_tenths(item: TimelineItem, last: date) -> int:
    """For an item that starts on a known day but ends in a month or year only, the
    tenths of its bar (rounded up) that the uncertain end takes; else 0 (the whole bar
    is hatched, or none of it)."""
    if item.precision != Precision.DAY or item.end is None:
        return 0
    if item.end_precision == Precision.DAY:
        return 0
    uncertain = (last - item.end).days + 1
    return math.ceil(10 * uncertain / ((last - item.start).days + 1))


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
        short="",
        dates=format_period(row.start, row.end, row.precision),
        kind_label=Event.Kind(row.kind).label,
        url=pattern.replace(URL_KEY, str(row.pk)),
        first=row.start,
        last=item_last_day(row.start, row.end, row.precision, row.precision),
        fuzzy=row.precision != Precision.DAY,
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
            short=f"+{count}" if count > 1 else "",  # the badge: a group of one has none
            dates=format_period(first, last),
            kind_label="Events, grouped at this zoom",
            url=url,
            first=first,
            last=last,
            count=count,
            opens_panel=False,
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
        lane.rows = pack_tiers(marks)
        if max(lane.rows.values()) <= MAX_ROWS:
            lane.marks = sorted(marks, key=lambda m: (m.first, m.start_line))
            return lane
    lane.clustered = True
    singles: list[Mark] = []
    if rows is not None:  # an event alone in its cluster is drawn as itself
        alone = {index for index, count in bins.items() if count == 1}
        for row in rows:
            index = column(window, row.start) // CLUSTER_COLUMNS
            if index in alone:
                singles.append(place(event_mark(row, url_pattern("event")), window))
                bins = {i: n for i, n in bins.items() if i != index}
    clusters = cluster_marks(bins, window, filters, lane.track.pk if lane.track else None)
    marks = fixed + singles + clusters
    lane.rows = {tier: min(rows, MAX_ROWS) for tier, rows in pack_tiers(marks).items()}
    for mark in marks:
        for placement in mark.tiers.values():
            placement.row = min(placement.row, MAX_ROWS)
    lane.marks = sorted(marks, key=lambda m: (m.first, m.start_line))
    return lane


# -- the page ---------------------------------------------------------------------------


def build_timeline(filters: TimelineFilters, today: date | None = None) -> TimelinePage:
    today = today or date.today()
    window = filters.window(today)
    sets = filtered_querysets(filters)

    def bare(queryset):
        """Without the citations: the list fetches those of its page only, at the end."""
        return queryset.prefetch_related(None)

    others = sorted(
        [
            *(round_item(r, ()) for r in bare(sets.rounds)),
            *(agreement_item(a, ()) for a in bare(sets.agreements)),
            *(tenure_item(t, ()) for t in bare(sets.tenures)),
        ],
        key=lambda i: i.sort_key,
    )
    others_in_window = [i for i in others if overlaps(i.start, i.last_day(today), window)]

    # Every filtered event, counted per track and day in the database (the index on
    # track and date answers it): lanes, clusters, counts and the events chart.
    tally = EventTally.read(sets.events, window)
    events_in_window = sum(tally.in_window.values())

    in_window = len(others_in_window) + events_in_window
    pages = max(math.ceil(in_window / PAGE_SIZE), 1)
    page = min(filters.value("page") or 1, pages)
    offset = (page - 1) * PAGE_SIZE
    window_events = sets.events.overlapping(window.start, window.end)
    page_events = bare(window_events).order_by("start_date", "title")[: offset + PAGE_SIZE]
    merged = heapq.merge(
        others_in_window, (event_item(e, ()) for e in page_events), key=lambda i: i.sort_key
    )
    entries = with_outcomes(with_citations(list(merged)[offset : offset + PAGE_SIZE]))

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

    nav, zoom_links = window_links(filters, window, page, pages)
    long_window = window.zoom in ("all", "4y")
    ticks = [
        (tick, year_url(filters, tick.year) if long_window and tick.year else "")
        for tick in axis_ticks(window)
    ]
    today_line = column(window, today) + 1 if window.start <= today <= window.end else None
    return TimelinePage(
        filters=filters,
        window=window,
        lanes=lanes,
        ticks=ticks,
        today_line=today_line,
        entries=entries,
        in_window=in_window,
        matching=len(others) + tally.total,
        page=page,
        pages=pages,
        chart_data=chart_data(window, lane_tracks, others_in_window, tally.starts),
        nav=nav,
        zoom_links=zoom_links,
        chips=filter_chips(filters),
        errors=error_list(filters),
        hidden=hidden_matches(filters),
        search_words=words(filters.value("q") or ""),
        people=[p.name for p in filters.participants if p.pk in set(filters.people_matching)]
        if filters.value("q")
        else [],
    )
