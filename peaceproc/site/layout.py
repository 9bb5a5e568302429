"""The timeline page's read model: lanes on a shared time axis, the list beside them,
and the charts' data, for one filter state, in a fixed number of queries.

What each lane draws is lanes.py (geometry: geometry.py, the marks' links: marks.py), the
charts' data charts.py, the zoom/pan links and chips navigation.py; this module reads.

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
from datetime import date
from functools import cached_property, partial

from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from peaceproc.chronology.dates import format_period
from peaceproc.chronology.models import Track
from peaceproc.search.folding import words

from .axis import axis_html
from .charts import chart_data
from .counts import EventTally
from .eventreads import light_rows, page_events, record_keys, tally_rows
from .filters import NO_TRACK, TimelineFilters, Window, lane_keys, passes, records_pickable
from .geometry import Tick, axis_ticks, column, overlaps, today_label_css
from .gridcss import TIERS
from .lanes import EventRow, LaneView, closer_links, lay_out_lane
from .navigation import (
    Chip,
    HiddenMatches,
    error_list,
    filter_chips,
    hidden_matches,
    hidden_tracks,
    window_links,
    year_url,
)
from .timeline import TimelineItem, event_item, record_items, with_outcomes, with_sources

LANE_MAX_EVENTS = 80  # events a lane draws one by one in a window; more become clusters
PAGE_SIZE = 50  # items per page of the list view


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
    zoom_links: list[tuple[str, str | None, bool]]
    chips: list[Chip]
    errors: list[tuple[str, str]]
    hidden: HiddenMatches | None = None
    people: list[str] = field(default_factory=list)  # participants the search matched
    tracks: list[str] = field(default_factory=list)  # tracks the search named
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
    def badge_key_css(self) -> str:
        """Classes hiding the legend's "+n" in the layout tiers that draw no badge."""
        return " ".join(
            f"hide-{tier}"
            for tier in TIERS
            if not any(
                mark.kind == "cluster" and mark.count > 1 and not mark.tiers[tier].hidden
                for lane in self.lanes
                for mark in lane.marks
            )
        )

    @property
    def axis_html(self) -> SafeString:
        return axis_html(self.ticks)

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


# -- the page ---------------------------------------------------------------------------


def matched_names(filters: TimelineFilters) -> list[str]:
    """The names of the participants the search matched, in the catalogue's order (the
    matches read once as a set, not once for each participant of the record)."""
    if not filters.value("q"):
        return []
    matched = set(filters.people_matching)
    return [p.name for p in filters.participants if p.pk in matched]


def build_timeline(filters: TimelineFilters, today: date | None = None) -> TimelinePage:
    today = today or date.today()
    window = filters.window(today)
    # A search's, a participant's or kinds' matches on the tracks not shown are counted with the
    # lanes' items (in the same reads) and set apart: the page names them.
    hidden = hidden_tracks(filters)
    apart = {track.pk if track else None for track in hidden}  # None: the Other lane
    lanes_shown = lane_keys(filters)
    lanes_read = lane_keys(filters, also=hidden)

    tracks = {track.pk: track for track in filters.tracks}

    def on_track(record):
        record.track = tracks.get(record.track_id)
        return record

    hidden_count: dict[int | None, int] = defaultdict(int)  # None: the Other lane
    # The rounds, agreements and tenures the filters pass, from this worker's copy of them
    # (chronology/catalogue.py), not read as records: told by passes() where it reads every
    # filter given, else by the keys the filters select (one read of the three kinds' keys).
    if records_pickable(filters):
        chosen = partial(passes, filters)
    else:
        keys = record_keys(filters, lanes_read)

        def chosen(item: TimelineItem) -> bool:
            return (item.kind, item.record.pk) in keys

    lanes = set(lanes_read)
    others = []
    for item in filters.catalogue.lists.derived(record_items):
        track_id = item.record.track_id
        if (track_id or NO_TRACK) not in lanes or not chosen(item):
            continue
        if track_id in apart:
            hidden_count[track_id] += 1
        else:
            others.append(item)
    others_in_window = [i for i in others if overlaps(i.start, i.last_day(today), window)]

    # Every filtered event, counted per track and day in the database (the index on
    # track and date answers it): lanes, clusters, counts and the events chart.
    tally = EventTally.count(tally_rows(filters, lanes_read, window), window, apart=apart)
    for track_id, count in tally.apart.items():
        hidden_count[track_id] += count
    events_in_window = sum(tally.in_window.values())

    in_window = len(others_in_window) + events_in_window
    pages = max(math.ceil(in_window / PAGE_SIZE), 1)
    page = min(filters.value("page") or 1, pages)
    offset = (page - 1) * PAGE_SIZE
    merged = heapq.merge(
        others_in_window,
        (
            event_item(on_track(e), ())
            for e in page_events(filters, lanes_shown, window, offset + PAGE_SIZE)
        ),
        key=lambda i: i.sort_key,
    )
    entries = with_outcomes(
        with_sources(list(merged)[offset : offset + PAGE_SIZE]), filters.catalogue.lists.produced
    )

    # Lanes with few events in the window draw them one by one. This read is issued even
    # when no lane is that light (it then matches nothing), so that a page costs the same
    # queries whatever it holds.
    light = [key for key, count in tally.in_window.items() if count <= LANE_MAX_EVENTS]
    rows_by_track: dict[int | None, list[EventRow]] = defaultdict(list)
    for row in light_rows(filters, lanes_shown, window, light):
        event = EventRow._make(row)
        rows_by_track[event.track_id].append(event)
    for rows in rows_by_track.values():  # in date order, whichever index read them
        rows.sort(key=lambda event: (event.start, event.pk))

    lanes = []
    items_by_track: dict[int | None, list[TimelineItem]] = defaultdict(list)
    for item in others_in_window:
        items_by_track[item.track.pk if item.track else None].append(item)
    lane_tracks: list[Track | None] = list(filters.selected_tracks)
    if items_by_track.get(None) or tally.in_window.get(None):
        lane_tracks.append(None)
    closer = closer_links(window, filters)
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
                closer,
                today,
            )
        )

    nav, zoom_links = window_links(filters, window, page, pages, today)
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
        hidden=hidden_matches(filters, hidden_count),
        search_words=words(filters.value("q") or ""),
        people=matched_names(filters),
        tracks=[track.name for track in filters.tracks_matching] if filters.value("q") else [],
    )
