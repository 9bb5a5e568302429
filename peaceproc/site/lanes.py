"""The timeline's lanes: the marks one lane draws in a window (its rounds, agreements and
tenures one by one; its events one by one when few, else as clusters that zoom in when
followed), and the rows they stack in.

Geometry (columns, rows, labels) is geometry.py, each mark's link marks.py; layout.py
reads what the lanes draw and hands it here.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from django.utils.safestring import mark_safe

from peaceproc import links
from peaceproc.chronology.dates import Precision, format_period
from peaceproc.chronology.models import Event, Track

from .alike import told_apart
from .counts import CLUSTER_COLUMNS
from .filters import ZOOM_LEVELS, TimelineFilters, Window
from .geometry import (
    CUT_KINDS,
    RANKS,
    SHORT,
    column,
    day_at,
    numerals_alike,
    pack_tiers,
    place,
    short_form,
    short_round_label,
)
from .gridcss import COLUMNS, MAX_ROWS, TIERS
from .marks import Mark
from .timeline import URL_KEY, TimelineItem, item_last_day, kind_labels, url_pattern


@dataclass
class LaneView:
    track: Track | None
    marks: list[Mark] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TIERS, 1))
    clustered: bool = False
    item_count: int = 0  # items of this lane in the window (events counted one by one)

    @property
    def marks_html(self) -> str:
        """The marks' links, but for those drawn in no layout tier (each counted in a
        group's badge in both): the stylesheet would hide them at every width, so a
        crowded search page does not carry dozens of links nobody sees or reaches."""
        return mark_safe("\n".join(mark.html() for mark in self.marks if mark.drawn))  # noqa: S308 - Mark.html escapes each text

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
        form_of: dict[str, str] = {}  # each mark's form, worked out once for every tier
        for tier in TIERS:
            forms: set[str] = set()
            for mark in self.marks:
                if (
                    mark.kind == "cluster"
                    or mark.kind in CUT_KINDS
                    or mark.tiers[tier].label != SHORT
                ):
                    continue
                if (form := form_of.get(mark.key)) is None:
                    form = form_of[mark.key] = short_form(mark.short)
                if form in forms:
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


# Where labels compete for room, an event the record calls a milestone (a turning point) is
# labelled first (geometry.Box.rank); other events rank as every other mark.
EVENT_RANKS = {Event.Kind.MILESTONE: 0}


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
        kind_label=kind_labels(Event).get(row.kind, row.kind),
        url=pattern.replace(URL_KEY, str(row.pk)),
        first=row.start,
        last=item_last_day(row.start, row.end, row.precision, row.precision),
        fuzzy=row.precision != Precision.DAY,
        rank=EVENT_RANKS.get(row.kind, RANKS - 1),
    )


def closer_links(window: Window, filters: TimelineFilters) -> Callable[[date, date], str]:
    """Where following a cluster or a group leads: a closer view of its days (or, at the
    closest zoom, the list of its dates), inside the dates filtered on. Made once for a
    page's lanes: the query's part that every such link shares is built once, and each
    link once per span of days (every lane clusters its events by the same spans, and
    working out a link's window costs some 20 µs, more with from/to set); the range a
    closer view is clamped to, once."""
    deepest = window.zoom == ZOOM_LEVELS[-1]
    base = links.route("site:index") + filters.query(
        zoom=None, at=None, page=None, **({"from": None, "to": None} if deepest else {})
    )
    base += "" if base.endswith("?") else "&"
    clamp = filters.clamper()  # the range a closer view may show, worked out once
    made: dict[tuple[date, date], str] = {}

    def link(first: date, last: date) -> str:
        url = made.get((first, last))
        if url is None:
            # isoformat() writes %Y-%m-%d (every date here is in 1900-2100), several
            # times faster than strftime.
            if deepest:
                url = f"{base}from={first.isoformat()}&to={last.isoformat()}"
            else:
                target = clamp(window.zoomed(1, first + (last - first) / 2))
                url = f"{base}zoom={target.zoom}&at={target.start.isoformat()}"
            made[first, last] = url
        return url

    return link


def group_maker(window: Window, closer: Callable[[date, date], str]):
    """Makes the badge counting the marks a layout tier leaves without a label
    (geometry.pack_tiers): "+4", following to a closer view of them (`closer`)."""

    def group(members: list[Mark]) -> Mark:
        # The members' count, days and columns in one pass (a page makes some thirty
        # groups, of up to dozens of marks each).
        head = members[0]
        count, first, last = 0, head.first, head.last
        start_line, end_line = head.start_line, head.end_line
        for member in members:
            count += member.count
            if member.first < first:
                first = member.first
            if member.last > last:
                last = member.last
            if member.start_line < start_line:
                start_line = member.start_line
            if member.end_line > end_line:
                end_line = member.end_line
        first = max(first, window.start)
        last = max(min(last, window.end), first)
        one = head if len(members) == 1 and head.opens_panel else None
        if one:  # a group of one item (its only neighbours are rounds): it opens that item
            # and is drawn as it, without its label (for which it had no room)
            mark = replace(
                one, kind="cluster", key=f"group-{one.key}", short="+1", tiers={},
                drawn_as=one.kind,
            )  # fmt: skip
        else:
            mark = Mark(
                kind="cluster",
                key=f"group-{members[0].key}-{len(members)}",
                title=f"{count} item{'s' if count != 1 else ''}",
                short=f"+{count}",
                dates=format_period(first, last),
                kind_label="Items, grouped at this zoom",
                url=closer(first, last),
                first=first,
                last=last,
                count=count,
                opens_panel=False,
            )
        mark.start_line, mark.end_line = start_line, end_line
        return mark

    return group


def cluster_marks(
    bins: dict[int, int], window: Window, closer: Callable[[date, date], str], track_id
) -> list[Mark]:
    marks = []
    for index, count in sorted(bins.items()):
        first = day_at(window, index * CLUSTER_COLUMNS)
        last = min(day_at(window, (index + 1) * CLUSTER_COLUMNS) - timedelta(days=1), window.end)
        last = max(last, first)
        url = closer(first, last)
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
    closer: Callable[[date, date], str],
    today: date,
) -> LaneView:
    """Marks for one lane: its events one by one when `rows` holds them (few enough),
    as clusters otherwise or when one by one they would stack too high. `closer` gives
    the links of its clusters and groups (`closer_links`, made once for a page's lanes)."""
    fixed = [place(item_mark(item, today), window) for item in items]
    numerals_alike(fixed)  # "IX" beside "VIII", not "Round 9"
    lane.item_count = len(items) + events
    told: dict[str, str] = {}  # each mark's title, told apart from the lane's others
    if rows is not None:
        pattern = url_pattern("event")
        marks = fixed + [place(event_mark(row, pattern), window) for row in rows]
        told_apart(marks)  # among every item the lane reads one by one, drawn or grouped
        told = {mark.key: mark.title for mark in marks}
        lane.rows, groups = pack_tiers(marks, group=group_maker(window, closer))
        if max(lane.rows.values()) <= MAX_ROWS:
            lane.clustered = bool(groups)
            lane.marks = sorted(marks + groups, key=lambda m: (m.first, m.start_line))
            return lane
    lane.clustered = True
    singles: list[Mark] = []
    if rows is not None:  # an event alone in its cluster is drawn as itself
        alone = {index for index, count in bins.items() if count == 1}
        for row in rows:
            index = column(window, row.start) // CLUSTER_COLUMNS
            if index in alone:
                single = place(event_mark(row, url_pattern("event")), window)
                single.title = told[single.key]
                singles.append(single)
                bins = {i: n for i, n in bins.items() if i != index}
    else:
        told_apart(fixed)
    clusters = cluster_marks(bins, window, closer, lane.track.pk if lane.track else None)
    marks = fixed + singles + clusters
    used, groups = pack_tiers(marks, group=group_maker(window, closer))
    lane.rows = {tier: min(rows, MAX_ROWS) for tier, rows in used.items()}
    marks += groups
    for mark in marks:
        for placement in mark.tiers.values():
            placement.row = min(placement.row, MAX_ROWS)
    lane.marks = sorted(marks, key=lambda m: (m.first, m.start_line))
    return lane
