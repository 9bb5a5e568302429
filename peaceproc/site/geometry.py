"""The lanes' geometry, pure Python (no database, no Django): columns, rows and labels.

Each lane is a CSS grid of `COLUMNS` equal columns spanning the visible window; a mark
gets a start line, an end line and a row as class names (static/css/timeline-grid.css),
because a strict CSP forbids style attributes.

The server does not know the width of the screen, so it lays every lane out for three
sizes of the lanes' container (`TIERS`): a narrow one (a phone), a wide one (a small
laptop) and the widest (a desktop). The stylesheet picks one with container queries.
In each, a mark's label is the full title where it fits, else a short label that still
identifies it ("4" for Astana 4, "IV" for Geneva IV, "S3" for session 3), else none (the
mark's tooltip names it). A label never runs into the next mark of its row nor past the
lane's end, so no label is cut, and rows are packed first-fit so that nothing overlaps.

A label sits wholly on its bar where the bar is wide enough for it, else wholly beside
it (after the bar, or before it near the lane's end); it never runs across the bar's
edge. A cluster of events shows its count as a badge ("+3"), sized like a label, so
that badges never touch.

Every mark drawn in a tier has a label: marks left without one (no room for their title
or short label) are counted instead in a group badge ("+4") spanning them, which follows
to a closer view; the group replaces them in that tier only (`Placement.hidden`). A
round keeps its short label: where every row is taken in its columns, it takes the place
of the events, clusters or groups in its way in one row, which then look for room again
(or join a group); it is counted only where a round is in its way in every row the lane
may use. An item whose only neighbours are rounds makes a group of one, which opens
that item; an event left so (the page shows a group of one bare) shows its title cut at a
word, with an ellipsis, where that fits its row (`cut_where_bare`). Marks never overlap marks: a
diamond, which reaches past its column on both sides, keeps a margin (`_halo`).

Where labels compete for room, the more important marks get them first (`Box.rank`: an
event the record calls a milestone before the rest), then the earlier: marks starting in
the same column are placed in that order, and where a group's badge must take a row's
place, the row whose marks in its way are the least important, then the latest, gives it.
"""

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter, itemgetter

from peaceproc.chronology.dates import add_days

from .gridcss import COLUMNS, MAX_ROWS, TIERS

# Text metrics of a lane label (.76rem of the page's sans-serif fonts): a generous
# average advance per character, and the room a label keeps before and after its text.
CHAR_PX = 7.6
LABEL_END_PX = 4
# Where the label's text starts (site.css: .mark .label padding): on a bar, after its
# edge; beside a bar, after a gap; from the first column of a mark drawn as a dot or a
# diamond (an event or agreement known to the day), after the dot.
ON_BAR_START_PX = 6
BESIDE_START_PX = 4
DOT_START_PX = 15
DOTS = ("event", "agreement")
# A cluster's badge: its padding and borders around the count.
BADGE_PX = 12
# The least width a mark is drawn with (site.css: .mark .bar), gap included.
MARK_PX = {"event": 14, "agreement": 14}
DEFAULT_MARK_PX = 5
# A diamond (site.css: a .7rem square turned 45 degrees, with a 1 px outline) reaches this
# far past its square's box on each side.
DIAMOND_OVERHANG_PX = 4
# Members of a group are gathered while the gap between them is at most a badge's width
# ("+nn"); a group with no room for its badge widens that reach, this many times at most
# before the whole lane becomes one group.
GROUP_JOIN_PX = BADGE_PX + 3 * CHAR_PX
# A group spans at most this much of the lane (a dense stretch makes several groups, so
# that the marks between them keep room for labels), unless its badge finds no room.
GROUP_SPAN_PX = 80
FULL, SHORT, NONE = "full", "short", "none"
ROOMY_ROWS = 4  # a lane that needs more rows for full titles packs short labels first
# Where labels compete for room, the more important marks get them first (`Box.rank`): 0 a
# turning point (an event the record calls a milestone), 1 any other mark; then the earlier.
RANKS = 2
LABEL_ROWS = 6  # then a mark without a short label may open a row for its title below this


@dataclass(slots=True)
class Placement:
    """Where a mark sits in one tier: its row, its area (the bar and its label), its label,
    and whether the label stands before the bar (near the lane's end, where it would not
    fit after it)."""

    row: int = 1
    area_start: int = 1
    area_end: int = 2
    label: str = NONE
    flipped: bool = False
    on_bar: bool = False  # the label sits on its bar (else beside it)
    hidden: bool = False  # counted in a group's badge instead, in this tier


@dataclass(slots=True)
class Box:
    """What the packer needs of a mark: its columns and its two labels."""

    kind: str
    title: str
    short: str
    first: date
    last: date
    fuzzy: bool = False  # known to the month or year: drawn as a bar even for an event
    start_line: int = 1
    end_line: int = 2
    clipped_start: bool = False
    clipped_end: bool = False
    count: int = 1  # items it stands for (a cluster or a group: more)
    tiers: dict[str, Placement] = field(default_factory=dict)
    rank: int = RANKS - 1  # how soon it gets a label where labels compete (0: first)

    @property
    def span(self) -> int:
        return self.end_line - self.start_line

    @property
    def dot(self) -> bool:
        """Drawn as a dot or diamond of fixed size rather than a bar over its days."""
        return self.kind in DOTS and not self.fuzzy


def column(window, day: date) -> int:
    """The column boundary (0..COLUMNS) at the start of `day`."""
    offset = (day - window.start).days
    return min(max(offset * COLUMNS // window.days, 0), COLUMNS)


def day_at(window, boundary: int) -> date:
    """The first day at or after column boundary `boundary`."""
    return window.start + timedelta(days=math.ceil(boundary * window.days / COLUMNS))


def place(box, window):
    """Set the box's start and end lines from its dates; clipped at the window's edges."""
    start = min(column(window, box.first), COLUMNS - 1)
    end = max(column(window, add_days(box.last, 1)), start + 1)
    box.start_line, box.end_line = start + 1, end + 1
    box.clipped_start = box.first < window.start
    box.clipped_end = box.last > window.end
    return box


def overlaps(first: date, last: date, window) -> bool:
    return first <= window.end and last >= window.start


def text_px(text: str) -> float:
    return len(text) * CHAR_PX + LABEL_END_PX


def label_columns(kind: str, text: str, px_per_column: float) -> int:
    """Columns a label of `text` needs beside its mark, from the mark's first column (a
    dot) or from the bar's end."""
    start = DOT_START_PX if kind in DOTS else BESIDE_START_PX
    return math.ceil((start + text_px(text)) / px_per_column)


def fits_on_bar(box, text: str, px_per_column: float) -> bool:
    """Whether `text` fits wholly on the box's bar in a tier (a cluster's badge always
    starts on its columns)."""
    if box.kind == "cluster":
        return True
    if box.kind == "tenure":  # a thin line: text on it reads as struck through
        return False
    return not box.dot and ON_BAR_START_PX + text_px(text) <= box.span * px_per_column


def _needed(box, label: str, px_per_column: float) -> tuple[int, bool]:
    """Columns the mark takes with `label`, from its first column, and whether the label
    sits on the bar. (Worked out for every mark, label and tier of a page: plain
    comparisons rather than `max`, which costs several times more.)"""
    span = box.end_line - box.start_line
    if label == NONE:  # the bar, at least as wide as its dot, diamond or edge
        drawn = math.ceil(MARK_PX.get(box.kind, DEFAULT_MARK_PX) / px_per_column)
        return (drawn if drawn > span else span), False
    text = box.title if label == FULL else box.short
    if box.kind == "cluster":
        badge = math.ceil((BADGE_PX + len(text) * CHAR_PX) / px_per_column)
        return (badge if badge > span else span), True
    if box.dot:  # its label stands beside it (`fits_on_bar`), from its first column
        beside = label_columns(box.kind, text, px_per_column)
        return (beside if beside > span else span), False
    if fits_on_bar(box, text, px_per_column):
        return span, True
    return span + label_columns(box.kind, text, px_per_column), False


def _extent(box, label: str, px_per_column: float) -> tuple[int, int, bool, bool] | None:
    """(area start, area end, flipped, on bar) for `label`: on the bar or after it, else
    before it when it would run past the lane's end; None when it fits neither way."""
    needed, on_bar = _needed(box, label, px_per_column)
    end = box.start_line + needed
    if end <= COLUMNS + 1:
        return box.start_line, end, False, on_bar
    if label == NONE:
        return box.start_line, COLUMNS + 1, False, on_bar
    start = box.end_line - needed
    return (start, box.end_line, True, on_bar) if start >= 1 else None


def _halo(box, px_per_column: float) -> int:
    """Columns a mark's drawing reaches past its area on each side (a diamond's corners)."""
    if box.kind == "agreement" and box.dot:
        return math.ceil(DIAMOND_OVERHANG_PX / px_per_column)
    return 0


def _candidates(box) -> tuple[str, ...]:
    if box.kind == "cluster":  # a badge with the count; a group of one has none
        return (SHORT,) if box.short else (NONE,)
    if box.short and box.short != box.title:
        return (FULL, SHORT, NONE)
    return (FULL, NONE)


# A mark's place in start order, the longer first, then the more important (`Box.rank`),
# as one integer (`Measure`): its start line times (COLUMNS + 1), plus the columns it does
# not span, times RANKS, plus its rank. Start lines run from 1 to COLUMNS + 1 and spans
# from 0 to COLUMNS, so every place is below this step, which each earlier criterion of a
# packing order is counted in.
_ORDER_STEP = (COLUMNS + 2) * (COLUMNS + 1) * RANKS


class Measure:
    """What the packer needs of a mark in one tier: the margin its drawing keeps
    (`_halo`), its place in each packing order, and the area of each label it may take
    (`_extent`) with the cells it covers, margin included (`Cells.span`), worked out when
    first asked (most marks take the first label they try)."""

    __slots__ = ("areas", "box", "candidates", "compact_key", "halo", "orders", "px", "roomy_key")

    def __init__(self, box, px_per_column: float) -> None:
        self.box = box
        self.px = px_per_column
        self.halo = _halo(box, px_per_column)
        self.candidates = _candidates(box)
        self.orders = _orders(self.candidates)
        self.areas: dict[str, tuple | None] = {}  # by label: `area`
        # Clusters first, so that every group's count finds room; then (unless roomy)
        # marks with a short label (rounds: "4" takes little room); then the rest, each in
        # start order, the longer first. One integer each (`_ORDER_STEP`): a packing sorts
        # every mark, and tuples compare several times slower.
        place = box.start_line * (COLUMNS + 1) + COLUMNS - (box.end_line - box.start_line)
        place = place * RANKS + box.rank
        later = 2 * (box.kind != "cluster")
        self.roomy_key = later * _ORDER_STEP + place
        self.compact_key = (later + (not box.short)) * _ORDER_STEP + place

    def area(self, label: str) -> tuple | None:
        """(area, cells) of the mark with `label`; None where the label fits neither
        after the bar nor before it."""
        areas = self.areas
        if label in areas:
            return areas[label]
        extent, halo = _extent(self.box, label, self.px), self.halo
        area = areas[label] = extent and (extent, Cells.span(extent[0] - halo, extent[1] + halo))
        return area

    def tries(self, roomy: bool, *, labelled: bool = False) -> Iterator[tuple]:
        """(label, in_new_row, area, cells) of each try of an order of preference
        (`_roomy`, `_compact`); with `labelled`, only those of labels the mark may show
        (none left out)."""
        for label, new_row in self.orders[(0 if roomy else 1) + 2 * labelled]:
            if area := self.area(label):
                yield label, new_row, area[0], area[1]


class Cells:
    """The columns each row's areas hold, a bit per column in an integer per row: whether
    an area is free in a row is then one AND of two integers, not a loop over the row's
    areas (a lane tries each mark's labels in each of its rows). An area is given as the
    bits it covers (`span`): it may reach up to COLUMNS columns past either end of the
    lane; what lies further out is clipped to that margin."""

    __slots__ = ("rows",)

    WIDTH = 3 * COLUMNS + 2
    # The bits of `n` consecutive columns from the first, for each n (an area's bits are
    # these shifted to its start): a shift and a look-up, not an integer built bit by bit.
    RUNS = tuple((1 << n) - 1 for n in range(WIDTH + 1))

    def __init__(self) -> None:
        self.rows: list[int] = []

    @classmethod
    def span(cls, start: int, end: int) -> int:
        """The bits of the area from line `start` to line `end`."""
        first, last = start + COLUMNS, end + COLUMNS
        if first >= last or last <= 0 or first >= cls.WIDTH:
            return 0
        first = first if first > 0 else 0
        last = last if last < cls.WIDTH else cls.WIDTH
        return cls.RUNS[last - first] << first

    def first_free(self, cells: int) -> int | None:
        """The index of the first row where the area's `cells` are free, or None."""
        for index, row in enumerate(self.rows):
            if not row & cells:
                return index
        return None

    def take(self, index: int, cells: int) -> None:
        """Marks the area's `cells` taken in row `index` (a new row when it is the next)."""
        if index == len(self.rows):
            self.rows.append(0)
        self.rows[index] |= cells


def _first_fit(measures: list[Measure], max_rows: int, *, roomy: bool = False) -> list | None:
    """Rows of marks, first-fit, each mark trying (label, in_new_row) in its order of
    preference (`_roomy` or `_compact`; `in_new_row` may be a number of rows: a new row
    only below it), in the packing order (`Measure`). A mark that fits nowhere opens a row
    past `max_rows`, or (`roomy`: full titles were tried while they take few rows) ends
    the attempt, which returns None. Each row comes back in start order, as entries
    [measure, label, area start, area end, flipped, on bar]."""
    rows: list[list] = []
    taken = Cells()
    first_free, take = taken.first_free, taken.take
    order = sorted(measures, key=attrgetter("roomy_key" if roomy else "compact_key"))
    for measure in order:
        used = len(rows)
        for attempt in measure.tries(roomy):
            new_row = attempt[1]
            if new_row:  # True, or a number of rows the new one must stay within
                if used < (max_rows if new_row is True else min(max_rows, new_row)):
                    index = used
                    break
                continue
            index = first_free(attempt[3])
            if index is not None:
                break
        else:
            if roomy and used == max_rows:
                return None
            box, halo, index = measure.box, measure.halo, used
            bare = (box.start_line, box.end_line, False, False)
            attempt = NONE, False, bare, Cells.span(box.start_line - halo, box.end_line + halo)
        label, _, extent, cells = attempt
        if index == used:
            rows.append([])
        take(index, cells)
        rows[index].append([measure, label, *extent])
    return rows


@lru_cache  # a handful of cases: the tuples `_candidates` gives
def _orders(candidates: tuple[str, ...]) -> tuple[tuple, tuple, tuple, tuple]:
    """The orders of preference for a mark's candidate labels (`_roomy`, `_compact`),
    then the same with only the labels the mark may show (`Measure.tries`, `labelled`)."""
    orders = tuple(_roomy(candidates)), tuple(_compact(candidates))
    return *orders, *(
        tuple(t for t in order if t[0] != NONE and t[0] in candidates) for order in orders
    )


def _roomy(candidates: tuple[str, ...]) -> list[tuple[str, bool | int]]:
    """Full titles first, in new rows while there are few."""
    full = [FULL] if FULL in candidates else []
    compact = [SHORT] if SHORT in candidates else []
    return [
        *((c, False) for c in full + compact), *((c, True) for c in full + compact),
        (NONE, False),
    ]  # fmt: skip


def _compact(candidates: tuple[str, ...]) -> list[tuple[str, bool | int]]:
    """Short labels first (a number takes a few columns); a mark without one, its full
    title where a row has room or in a new row while there are few; then none."""
    if SHORT in candidates:
        return [(SHORT, False), (SHORT, True), (NONE, False), (NONE, True)]
    return [(FULL, False), (FULL, LABEL_ROWS), (NONE, False), (NONE, True)]


def pack(measures: list[Measure], *, max_rows: int = MAX_ROWS) -> list[list]:
    """Rows and labels for one tier of the measured marks (`Measure`): the rows,
    each a list of entries [measure, label, area start, area end, flipped, on bar]
    (`_place` writes them on the marks), more than `max_rows` when even unlabelled marks
    do not fit (the caller then clusters).

    First-fit (clusters first, then in start order), full titles first while that takes
    at most ROOMY_ROWS rows, else short labels first; then each label
    grows to the best one the gap before the next mark of its row allows. A label never
    runs past the lane's end: near the end it stands before its bar instead."""
    rows = _first_fit(measures, ROOMY_ROWS, roomy=True)
    return _grown(rows if rows is not None else _first_fit(measures, max_rows))


def _grown(rows: list[list]) -> list[list]:
    """Each row in start order, each label grown to the best one the gap before the next
    mark of its row allows."""
    for row in rows:
        row.sort(key=itemgetter(2))
        previous_end = 1 - COLUMNS  # a diamond's margin may reach before the lane
        for position, entry in enumerate(row, 1):
            measure = entry[0]
            halo = measure.halo
            if position < len(row):
                following = row[position]
                limit = following[2] - following[0].halo
            else:
                limit = COLUMNS + 1 + halo  # the lane's end (a diamond's margin may pass it)
            # Each label the mark may show, in order of preference (its candidates with
            # an area), the areas read in place: a generator per entry costs more.
            areas = measure.areas
            for label in measure.candidates:
                area = areas[label] if label in areas else measure.area(label)
                if area is None:
                    continue
                extent = area[0]
                if extent[0] - halo >= previous_end and extent[1] + halo <= limit:
                    entry[1:] = label, *extent
                    break
            previous_end = entry[3] + halo
    return rows


def _place(rows: list[list], tier: str) -> int:
    """Each packed mark's placement in the tier (`pack`); returns the rows used."""
    for number, row in enumerate(rows, 1):
        for measure, label, start, end, flipped, on_bar in row:
            measure.box.tiers[tier] = Placement(number, start, end, label, flipped, on_bar)
    return max(len(rows), 1)


def pack_tiers(boxes: list, *, max_rows: int = MAX_ROWS, group=None) -> tuple[dict[str, int], list]:
    """`pack` in every tier, with one form of label per kind (`one_form`): the rows each
    uses, and the group boxes made.

    With `group` (a function making a group's box from its members), marks a tier leaves
    without a label are counted in groups there instead (see `_group_in_tier`); a group
    made of the same members in two tiers is one box, hidden where it is not used. The
    grouping tries many groups before it settles: each is packed as a bare `_badge`, and
    `group` makes the boxes of those kept only (spanning their members' columns, with
    the badge's count, "+4", as their short label)."""
    made: dict[tuple[int, ...], tuple[Box, list]] = {}  # members' ids -> (badge, members)
    used: dict[str, list] = {tier: [] for tier in TIERS}
    rows = {}

    def make(members: list) -> Box:
        key = tuple(sorted(id(member) for member in members))
        if key not in made:
            made[key] = (_badge(members), members)
        return made[key][0]

    for tier, px in TIERS.items():
        if group is None:
            packed = pack([Measure(box, px) for box in boxes], max_rows=max_rows)
            rows[tier] = _place(packed, tier)
            continue
        rows[tier], used[tier] = _group_in_tier(boxes, tier, px, max_rows, make)
    for tier, px in TIERS.items():
        one_form(boxes + used[tier], tier, px)
    if group is not None:
        runs = {id(badge): run for badge, run in made.values()}
        cut_where_bare(boxes, used, runs)
    badges = list({id(box): box for tier_groups in used.values() for box in tier_groups}.values())
    members = {id(badge): run for badge, run in made.values()}
    drawn = {tier: {id(box) for box in used[tier]} for tier in TIERS}
    groups = []
    for badge in badges:
        for tier in TIERS:
            if id(badge) not in drawn[tier]:
                badge.tiers[tier] = Placement(1, badge.start_line, badge.end_line, hidden=True)
        box = group(members[id(badge)])
        box.start_line, box.end_line, box.tiers = badge.start_line, badge.end_line, badge.tiers
        groups.append(box)
    return rows, groups


def _badge(members: list) -> Box:
    """What the packer needs of a group: its members' columns and its count ("+4")."""
    count = sum(member.count for member in members)
    first, last = min(m.first for m in members), max(m.last for m in members)
    badge = Box("cluster", f"{count} items", f"+{count}", first, last, count=count)
    badge.start_line, badge.end_line = _bounds(members)
    return badge


def _group_in_tier(boxes: list, tier: str, px: float, max_rows: int, make) -> tuple[int, list]:
    """Rows and labels for one tier, marks that find no room for a label counted in groups
    (`_sweep`): full titles first while they take at most ROOMY_ROWS rows and every
    round keeps a label, else short labels first. Returns the rows used and the groups
    drawn; the members' placements are hidden."""
    marks = [Measure(box, px) for box in boxes]
    join, span = math.ceil(GROUP_JOIN_PX / px), math.ceil(GROUP_SPAN_PX / px)
    swept = (
        _sweep(marks, px, make, max_rows, join, span, roomy=True) if _roomy_may_fit(marks) else None
    )
    if swept is None:
        swept = _sweep(marks, px, make, max_rows, join, span, roomy=False)
    rows, badges = swept
    for badge in badges:
        badge.box = make(sorted((member.box for member in badge.members), key=_START))
    used = _place(_grown(rows), tier)
    for badge in badges:
        for member in badge.members:
            box = member.box
            box.tiers[tier] = Placement(1, box.start_line, box.end_line, hidden=True)
    return used, [badge.box for badge in badges]


def _roomy_may_fit(marks: list[Measure]) -> bool:
    """False where no packing could give every mark a label within ROOMY_ROWS rows, so
    that the roomy sweep, which would fail, is not tried: some column lies under more
    than ROOMY_ROWS marks whichever of their labels they take (the cells common to all
    their labels' areas; two such marks never share a row). Else True, and the sweep
    decides. A crowded lane (a search's dozens of titled events) fails the roomy sweep
    in every tier, late in its pass."""
    # covered[k]: the columns under more than k marks' common cells so far.
    covered = [0] * (ROOMY_ROWS + 1)
    for measure in marks:
        common = -1  # every bit
        for label in measure.candidates:
            if label != NONE:
                area = measure.area(label)
                if area is None:
                    continue
                common &= area[1]
        if common == -1:  # no label fits the lane: the roomy sweep cannot place it
            return False
        for k in range(ROOMY_ROWS, 0, -1):
            covered[k] |= covered[k - 1] & common
        if covered[ROOMY_ROWS]:
            return False
        covered[0] |= common
    return True


class _Rows:
    """The rows of one tier as a sweep fills them: each row's entries [measure, label,
    area start, area end, flipped, on bar] and the cells they take (`Cells`). An entry
    can be lifted out again, when its mark is taken into a group."""

    __slots__ = ("at", "cells", "entries", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit  # rows a mark may open a new one within
        self.cells: list[int] = []
        self.entries: list[list] = []
        self.at: dict[int, tuple[int, list, int]] = {}  # id(measure) -> (row, entry, cells)

    def fit(self, measure: Measure, order: int) -> bool:
        """Places the mark with the first try of its order of preference `order` (an index
        in `Measure.orders`: label, in_new_row) whose label has an area and room,
        first-fit; False when none has. (The areas read here, not through `tries`: a
        sweep fits each mark several times, and a generator per fit costs more than the
        look-up.)"""
        rows = self.cells
        areas = measure.areas
        for label, new_row in measure.orders[order]:
            area = areas[label] if label in areas else measure.area(label)
            if area is None:
                continue
            extent, cells = area
            if new_row:  # True, or a number of rows the new one must stay within
                if len(rows) < (self.limit if new_row is True else min(self.limit, new_row)):
                    self.put(measure, len(rows), label, extent, cells)
                    return True
                continue
            for index, row in enumerate(rows):
                if not row & cells:
                    self.put(measure, index, label, extent, cells)
                    return True
        return False

    def put(self, measure: Measure, index: int, label: str, extent: tuple, cells: int) -> None:
        if index == len(self.cells):
            self.cells.append(0)
            self.entries.append([])
        self.cells[index] |= cells
        entry = [measure, label, *extent]
        self.entries[index].append(entry)
        self.at[id(measure)] = (index, entry, cells)

    def lift(self, measure: Measure) -> None:
        index, entry, cells = self.at.pop(id(measure))
        self.cells[index] &= ~cells
        # An entry equals only itself: its first item is its own mark (compared by
        # identity), which a row holds once.
        self.entries[index].remove(entry)

    def blocking(self, cells: int) -> list[Measure] | None:
        """The marks to lift from one row (within the limit) to free `cells` there,
        rounds never among them (None where a round blocks every row): from the row whose
        marks in the way hold on least (`_holding`), the first of equals."""
        best, held = None, None
        for index, row in enumerate(self.entries[: self.limit]):
            if not self.cells[index] & cells:
                return []
            hits = [entry[0] for entry in row if self.at[id(entry[0])][2] & cells]
            if any(_round(measure.box) for measure in hits):
                continue
            holding = _holding(hits)
            if held is None or holding < held:
                best, held = hits, holding
        return best


def _holding(marks: list) -> tuple[int, int, int]:
    """How firmly marks in a row hold their place (compared between rows, the least
    gives way): by the most important of them (`Box.rank`), then their number, then the
    earliest day among them (the later give way first)."""
    rank, first = RANKS, None
    for mark in marks:
        box = mark.box
        if box.rank < rank:
            rank = box.rank
        if first is None or box.first < first:
            first = box.first
    return -rank, len(marks), -first.toordinal() if first else 0


class _Badge:
    """A group's badge as a sweep places it, in the place of a mark's `Measure` (and of
    its box, until the group is settled and `make` gives it one): its count ("+4") on its
    members' columns, tried in the rows there are, then in a new row within LABEL_ROWS
    (rather than rows of badges)."""

    __slots__ = (
        "_made",
        "areas",
        "count",
        "end_line",
        "members",
        "short",
        "start_line",
    )
    halo = 0
    kind = "cluster"
    candidates = (SHORT,)
    rank = RANKS  # a group holds no label of its members: it gives way before any mark
    # Every order of preference (`Measure.orders`): its count, in a row there is, else in
    # a new row within LABEL_ROWS.
    orders = (((SHORT, False), (SHORT, LABEL_ROWS)),) * 4

    def __init__(self, members: list[Measure], px_per_column: float, span=None) -> None:
        """`span`: the members' (start line, end line, count) where the caller has them
        (a group grown by one mark), else worked out from them."""
        self._made = None  # the group's box, once `make` gave it one
        self.members = members
        if span is None:
            start, end = _bounds([member.box for member in members])
            span = start, end, sum(member.box.count for member in members)
        self.start_line, self.end_line, self.count = span
        self.short = f"+{self.count}"
        extent = _extent(self, SHORT, px_per_column)
        self.areas = {SHORT: (extent, Cells.span(extent[0], extent[1]))}

    @property
    def first(self) -> date:
        """Its members' first day."""
        return min(member.box.first for member in self.members)

    @property
    def box(self):
        """Itself until `make` gives the group a box. (Not an attribute holding itself: a
        badge referring to itself is a reference cycle, and each badge, with the marks it
        counts, was then freed only by the cyclic collector.)"""
        return self if self._made is None else self._made

    @box.setter
    def box(self, made) -> None:
        self._made = made


def _sweep(marks, px, make, max_rows, join, span, *, roomy):
    """One pass over a tier's marks in their packing order (`Measure`): each takes the
    first label that has room (first-fit), and the marks that find none are counted in a
    group instead, gathered while they lie within `join` columns of the group and it
    spans at most `span` columns. A round that finds no room takes the place of the marks
    in its way in one row (never a round), which go on in start order. A group's badge
    is placed as soon as the group opens and moves as it grows; where it finds no room,
    the marks in its way join it (never a round), and a group counting one item takes its
    nearest neighbour along (unless its neighbours are all rounds).

    Returns the rows (`_Rows.entries`, each in placing order) and the groups' badges
    (`_Badge`); or, with `roomy` (full titles first, within ROOMY_ROWS rows), None as
    soon as a mark finds no room for a label: short labels then go first instead."""
    rows = _Rows(ROOMY_ROWS if roomy else max_rows)
    key = attrgetter("roomy_key" if roomy else "compact_key")
    labelled = (0 if roomy else 1) + 2  # the order of `Measure.tries(roomy, labelled=True)`

    badges: dict[int, _Badge] = {}  # the groups' badges placed, by id

    def lift(measure) -> list[Measure]:
        """Lifts a mark or a badge out of its row: the marks it counts."""
        rows.lift(measure)
        badge = badges.pop(id(measure), None)
        return badge.members if badge else [measure]

    def regroup(members: list[Measure]) -> _Badge:
        """The badge of `members`, placed where it has room: else the marks in its way in
        one row join the group (never a round). Where a round is in its way in every row,
        the badge opens a row past the limit."""
        while True:
            badge = _Badge(members, px)
            if rows.fit(badge, labelled):
                break
            extent, cells = badge.areas[SHORT]
            blocking = rows.blocking(cells)
            if not blocking:
                rows.put(badge, len(rows.cells), SHORT, extent, cells)
                break
            members = [*members, *(m for measure in blocking for m in lift(measure))]
        badges[id(badge)] = badge
        return badge

    def settle(badge: _Badge) -> _Badge:
        """A group counting one item takes its nearest neighbour along: a mark drawn, or
        another group (the first of the nearest in the rows' order)."""
        if badge.count > 1:
            return badge
        nearest, closest = None, None
        for row in rows.entries:
            for entry in row:
                box = entry[0].box
                if entry[0] is badge or _round(box):
                    continue
                gap = max(box.start_line - badge.end_line, badge.start_line - box.end_line, 0)
                if closest is None or gap < closest:
                    nearest, closest = entry[0], gap
        if nearest is None:
            return badge
        return regroup([*lift(badge), *lift(nearest)])

    def take_place(measure) -> list[Measure] | None:
        """A round with no room for its label takes the place of the marks in its way in
        one row (the fewest; never a round: `_Rows.blocking`). Returns the marks it lifted
        out, which look for room again in start order; None where a round is in its way
        in every row."""
        attempt = next(measure.tries(roomy, labelled=True), None)
        blocking = attempt and rows.blocking(attempt[3])
        if not blocking:
            return None
        lifted = [member for blocker in blocking for member in lift(blocker)]
        rows.fit(measure, labelled)  # the row just freed has room
        return lifted

    order = sorted(marks, key=key)
    later = (2 if roomy else 3) * _ORDER_STEP  # marks from here on go in start order
    failed: list[Measure] = []  # clusters and rounds without room: grouped where they lie
    moved: list[Measure] = []  # marks that gave their place to a round
    for measure in order:
        if key(measure) >= later:
            break
        if not rows.fit(measure, labelled):
            lifted = take_place(measure) if _round(measure.box) else None
            failed += [measure] if lifted is None else []
            moved += lifted or []
    rest = [m for m in order if key(m) >= later]
    if failed or moved:
        rest = sorted(failed + moved + rest, key=lambda m: key(m) % _ORDER_STEP)
    unplaced = {id(m) for m in failed}
    badge = None  # the open group's
    for measure in rest:
        if id(measure) not in unplaced and rows.fit(measure, labelled):
            continue
        if roomy:  # full titles take too many rows: short labels go first
            return None
        box = measure.box
        if badge is not None:
            start, end = badge.start_line, badge.end_line
            lone = badge.count < 2 and not _round(box)
            if lone or (box.start_line - end <= join and max(end, box.end_line) - start <= span):
                members, count = lift(badge), badge.count + box.count
                span_with = (min(start, box.start_line), max(end, box.end_line), count)
                wider = _Badge([*members, measure], px, span_with)
                if rows.fit(wider, labelled):
                    badge = badges[id(wider)] = wider
                    continue
                badge = regroup(members)  # back where it was: its cells are free again
            settle(badge)
        badge = regroup([measure])
    if badge is not None:
        settle(badge)
    # Rows emptied as their marks joined groups are left out.
    return [row for row in rows.entries if row], list(badges.values())


_START = attrgetter("start_line")


def _bounds(run: list) -> tuple[int, int]:
    start, end = run[0].start_line, run[0].end_line
    for box in run:
        if box.start_line < start:
            start = box.start_line
        if box.end_line > end:
            end = box.end_line
    return start, end


def _round(box) -> bool:
    """A mark with a short label of its own ("4", "IV"): a round, which takes a row's place
    from other marks rather than be counted in a group."""
    return bool(box.short) and box.kind != "cluster"


def one_form(boxes: list, tier: str, px_per_column: float) -> None:
    """Where some marks of a kind show their short label ("4") and others their full title
    ("Astana 8"), the full titles give way to the short labels, so that a lane reads "3, 4
    … 8" rather than "3, Astana 4 … 8". A label changes only within the room its row
    leaves it: from the end of the mark before it (and its margin) to the start of the
    next (`boxes`: every mark the tier draws, groups' badges included)."""
    room = None
    for kind in {box.kind for box in boxes if box.kind != "cluster"}:
        same = [box for box in boxes if box.kind == kind and box.short and box.short != box.title]
        if not any(box.tiers[tier].label == SHORT for box in same):
            continue
        room = room or _room(boxes, tier, px_per_column)
        for box in same:
            placement = box.tiers[tier]
            if placement.hidden or placement.label != FULL:
                continue
            extent = _extent(box, SHORT, px_per_column)
            halo = _halo(box, px_per_column)
            low, high = room[id(box)]
            if extent and low <= extent[0] - halo and extent[1] + halo <= high:
                (placement.area_start, placement.area_end, placement.flipped,
                 placement.on_bar) = extent  # fmt: skip
                placement.label = SHORT


def _room(boxes: list, tier: str, px_per_column: float) -> dict[int, tuple[int, int]]:
    """For each mark drawn in the tier (by id), the columns its row leaves it: from the
    end of the mark before it, margin included, to the start of the next."""
    rows: dict[int, list] = {}
    for box in boxes:
        if not box.tiers[tier].hidden:
            rows.setdefault(box.tiers[tier].row, []).append(box)
    room = {}
    for row in rows.values():
        row.sort(key=lambda box: box.tiers[tier].area_start)
        low = 1 - COLUMNS  # a diamond's margin may reach before the lane
        for position, box in enumerate(row, 1):
            if position < len(row):
                following = row[position]
                high = following.tiers[tier].area_start - _halo(following, px_per_column)
            else:
                high = 2 * COLUMNS + 1  # past the lane's end: its own area stops at it
            room[id(box)] = (low, high)
            low = box.tiers[tier].area_end + _halo(box, px_per_column)
    return room


# -- cut titles ------------------------------------------------------------------------

CUT = "\u2026"  # the ellipsis ending a title cut at a word
CUT_KINDS = ("event",)  # marks with no short label of their own that a cut title may name
# What a cut title may end on before its ellipsis: a word, not a dash or an opening bracket.
_CUT_TRAIL = " ,;:(\u2013\u2014-"


CUT_WORDS = 2  # the fewest words a cut title keeps: one alone reads like a kind ("Trilateral…")


def cut_titles(title: str) -> list[str]:
    """The title cut after each of its words but the last, from its CUT_WORDS-th, with an
    ellipsis, the longest first: "Astana-format foreign ministers…", "Astana-format
    foreign…"."""
    words = title.split()
    cuts = (
        " ".join(words[:n]).rstrip(_CUT_TRAIL) for n in range(len(words) - 1, CUT_WORDS - 1, -1)
    )
    # A dash dropped from a cut's end may make it one before it: each cut once.
    return [f"{cut}{CUT}" for cut in dict.fromkeys(cuts) if len(cut.split()) >= CUT_WORDS]


def cut_where_bare(boxes: list, used: dict[str, list], runs: dict[int, list]) -> None:
    """An event that a tier would leave bare (drawn as a group of one, whose "+1" the page
    hides, or with no label) gets its title cut at a word, with an ellipsis, to the room its
    row leaves it there (`_room`); the group of one gives way to it in that tier. One cut
    serves every tier where one fits (the shortest of the longest each allows), and
    only a cut that no other title of the lane starts with, so that no two labels of a lane
    read alike. (`used`: each tier's groups drawn; `runs`: each group's members by id.)"""
    bare: dict[int, dict[str, tuple]] = {}  # mark id -> tier -> (row, low, high, badge)
    marks = {}
    for tier, px in TIERS.items():
        groups = [g for g in used[tier] if len(runs[id(g)]) == 1 and _cuttable(runs[id(g)][0])]
        loose = [b for b in boxes if _cuttable(b) and b.tiers[tier].label == NONE]
        loose = [box for box in loose if not box.tiers[tier].hidden]
        if not groups and not loose:
            continue
        room = _room(boxes + used[tier], tier, px)
        for holder, mark in [(g, runs[id(g)][0]) for g in groups] + [(b, b) for b in loose]:
            marks[id(mark)] = mark
            low, high = room[id(holder)]
            badge = holder if holder is not mark else None
            bare.setdefault(id(mark), {})[tier] = (holder.tiers[tier].row, low, high, badge)
    for key, where in bare.items():
        mark = marks[key]
        cuts = [cut for cut in cut_titles(mark.title) if _tells_apart(cut, mark, boxes)]
        fitting = {
            tier: _longest_fit(mark, cuts, TIERS[tier], *room[1:3]) for tier, room in where.items()
        }
        fitting = {tier: index for tier, index in fitting.items() if index is not None}
        if not fitting:
            continue
        mark.short = cuts[max(fitting.values())]  # the shortest of those the tiers allow
        for tier in fitting:
            row, _, _, badge = where[tier]
            extent = _extent(mark, SHORT, TIERS[tier])
            mark.tiers[tier] = Placement(row, extent[0], extent[1], SHORT, extent[2], extent[3])
            if badge is not None:
                used[tier].remove(badge)


def _cuttable(box) -> bool:
    return box.kind in CUT_KINDS and not box.short


def _tells_apart(cut: str, mark, boxes: list) -> bool:
    words = cut[: -len(CUT)]
    return not any(box is not mark and box.title.startswith(words) for box in boxes)


def _longest_fit(mark, cuts: list[str], px: float, low: int, high: int) -> int | None:
    """The index in `cuts` of the longest that fits between lines `low` and `high`."""
    halo = _halo(mark, px)
    for index, cut in enumerate(cuts):
        mark.short = cut
        extent = _extent(mark, SHORT, px)
        if extent and low <= extent[0] - halo and extent[1] + halo <= high:
            mark.short = ""
            return index
    mark.short = ""
    return None


# -- short labels -----------------------------------------------------------------------

ROMAN = re.compile(r"^(X{0,2})(IX|IV|V?I{0,3})$")
SHORT_PART_CHARS = 14  # the most a title's last part may take as its short label


# A round's label depends on its title and number alone: worked out once a worker for each
# (a page labels every round in its window, and each takes a few regular expressions).
@lru_cache(maxsize=4096)
def short_round_label(title: str, number: int | None) -> str:
    """A round's label at low zoom, in the style of its own title: "IV" for Geneva IV,
    "II.1" for Geneva II – round 1, "S3" for Session 3, "4" for Astana 4, "Round 9" for
    Special round 9 (a bare number only right after the track's name); for a round
    without a number, the last part of its title where that is short ("March round" for
    "Geneva talks 2016 – March round"), never a bare month or year that would read like
    the axis."""
    words = re.sub(r"\([^)]*\)", " ", title).replace("–", " ").split()
    numerals = [w for w in words if w.isupper() and ROMAN.match(w) and w]
    digits = [w for w in words if w.isdigit() and len(w) < 4]
    if numerals:
        return f"{numerals[-1]}.{digits[-1]}" if digits else numerals[-1]
    if words and words[0].lower() == "session" and number:
        return f"S{number}"
    if digits and words.index(digits[-1]) > 1:
        # A number after a word of its own ("Special round 9"): the word and the number,
        # since a bare "9" would read like one of its track's numbered rounds.
        position = words.index(digits[-1])
        return f"{words[position - 1].capitalize()} {digits[-1]}"
    if number:
        return str(number)
    if digits:
        return digits[-1]
    parts = [part.strip() for part in re.sub(r"\([^)]*\)", " ", title).split("–")]
    if len(parts) > 1 and len(parts[-1]) <= SHORT_PART_CHARS and len(parts[-1].split()) > 1:
        return parts[-1]
    return ""


# A round's label of a word and its number ("Round 9"), and each number's Roman numeral
# that ROMAN reads (1 to 29).
WORD_NUMBER = re.compile(r"^[A-Z][a-z]+ ([1-9]\d?)$")
NUMERALS = {
    10 * tens + units: "X" * tens
    + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]
    for tens in range(3)
    for units in range(10)
    if tens or units
}


def numerals_alike(boxes: list) -> None:
    """Where a lane's rounds read as Roman numerals ("III", "IV", "II.1"), a round labelled
    by a word and its number ("Round 9" for Special round 9) reads its number so too
    ("IX"), unless another round of the lane has that label: one style of label per lane."""
    rounds = [box for box in boxes if box.kind == "round" and box.short]
    labels = {box.short for box in rounds}
    if not any(ROMAN.match(label.split(".")[0]) for label in labels):
        return
    for box in rounds:
        match = WORD_NUMBER.match(box.short)
        numeral = NUMERALS.get(int(match[1])) if match else None
        if numeral and numeral not in labels:
            box.short = numeral


def short_form(short: str) -> str:
    """The form of a short label, for the legend's one example of each: "IV" and "VIII"
    are one form, "II.1" another, "4", "S3" and a title's part ("March round") others."""
    return re.sub(r"[IVX]+", "N", re.sub(r"\d+", "0", short)) if len(short) < 6 else "text"


# -- the axis ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    line: int
    label: str
    major: bool = True
    year: int | None = None  # a year's tick, which links to that year
    hidden: frozenset[str] = frozenset()  # tiers whose axis has no room for the label
    at_end: frozenset[str] = frozenset()  # tiers where it ends at the axis's end instead
    shortened: frozenset[str] = frozenset()  # tiers where a year reads "’24" (site.css)
    # Tiers where the label starts later than its line, within its own period (`_keep`):
    # (tier, line) pairs.
    moved: tuple[tuple[str, int], ...] = ()

    def start(self, tier: str) -> int:
        """The grid line its label starts at in `tier` (unless it ends at the axis's end)."""
        return dict(self.moved).get(tier, self.line)

    @property
    def css(self) -> str:
        """Its classes per tier (site.css): `hide-n`, `end-w`, `off-n` (a label moved
        past its line: its start line per tier, `gs-`, `gsw-`, `gsx-`), ..."""
        moved = dict(self.moved)
        return " ".join(
            [f"hide-{tier}" for tier in TIERS if tier in self.hidden]
            + [f"end-{tier}" for tier in TIERS if tier in self.at_end]
            + [f"yy-{tier}" for tier in TIERS if tier in self.shortened]
            + [f"off-{tier}" for tier in TIERS if tier in moved]
            + (
                [
                    f"gs{'' if tier == 'n' else tier}-{self.start(tier)}"
                    for tier in TIERS
                    if tier != "n"
                ]
                if moved
                else []
            )
        )


# Text metrics of an axis label (.72rem): a generous advance per character, the padding
# after the tick's line, and the least gap between two labels.
TICK_CHAR_PX = 6.8
TICK_PAD_PX = 3
TICK_GAP_PX = 6


def axis_ticks(window) -> list[Tick]:
    """The axis's ticks for `window` (`_axis_ticks`): worked out once per window and
    worker, since every page showing a window draws the same axis (most show the whole
    period) and ticks are immutable."""
    return list(_axis_ticks(window))


@lru_cache(maxsize=256)  # a pan gives windows starting on any day: the recent ones kept
def _axis_ticks(window) -> tuple[Tick, ...]:
    """Years across long windows, months across a year or a quarter, days across a month.
    In each layout tier, the first period is labelled where the window starts, with its
    year (so is every January), and the last period is labelled too (ending at the axis's
    end where it would not fit after its line). Labels that name a year come next; the
    others are left out where they would touch one already kept (their gridlines stay).
    Where years would be left out so, the years between the first and the last read
    "’24" in that tier, if that leaves fewer out (every other year, say, rather than
    every other year but the one before the last), and if no two years would read alike
    (a window of more than a century keeps them whole)."""
    ticks = _ticks(window)
    labelled = [i for i, tick in enumerate(ticks) if tick.label]
    if not labelled:
        return tuple(ticks)
    hidden: dict[int, set[str]] = {i: set() for i in labelled}
    at_end: dict[int, set[str]] = {i: set() for i in labelled}
    first, last = labelled[0], labelled[-1]
    with_year = [i for i in labelled[1:-1] if re.search(r"\d{4}", ticks[i].label)]
    # A date that opens a new year ("1 Jan 2018") may be the only label naming that year:
    # it is kept before the last label (plain years, on the long views, are not dates).
    opening, year = [], re.search(r"\d{4}", ticks[first].label)
    for i in labelled[1:]:
        named = re.search(r"\d{4}", ticks[i].label)
        if named and year and named[0] != year[0] and not ticks[i].label.isdigit():
            opening.append(i)
        year = named or year
    order = [first, *opening, *([last] if last != first else []), *with_year]
    order = list(dict.fromkeys(order)) + [i for i in labelled if i not in order]
    # Years may read "’24" only where no two of them would read alike: across more than a
    # century "’17" would name 1917 and 2017.
    years = all(ticks[i].label.isdigit() for i in labelled) and len(
        {ticks[i].label[-2:] for i in labelled}
    ) == len(labelled)
    shortened: dict[int, set[str]] = {i: set() for i in labelled}
    moved: dict[int, list[tuple[str, int]]] = {i: [] for i in labelled}
    for tier, px_per_column in TIERS.items():
        left_out, ending, shifted = _keep(ticks, order, px_per_column, set())
        middle = set(labelled[1:-1])
        if left_out and years and middle:
            short = _keep(ticks, order, px_per_column, middle)
            if len(short[0]) < len(left_out):
                left_out, ending, shifted = short
                for i in middle - left_out:
                    shortened[i].add(tier)
        for i, line in shifted.items():
            moved[i].append((tier, line))
        for i in left_out:
            hidden[i].add(tier)
        for i in ending:
            at_end[i].add(tier)
    return tuple(
        replace(
            tick,
            hidden=frozenset(hidden[i]),
            at_end=frozenset(at_end[i]),
            shortened=frozenset(shortened[i]),
            moved=tuple(moved[i]),
        )
        if tick.label
        else tick
        for i, tick in enumerate(ticks)
    )


def _keep(ticks: list[Tick], order: list[int], px_per_column: float, short: set[int]):
    """The labels left out, those ending at the axis's end, and those moved past their
    line (index -> start line), in one tier, keeping them in `order`; the years in
    `short` take the width of "’24". A label that would touch one kept before it starts
    after it instead, at a column line, where it still fits before the next label's line
    (within its own period: "2025" after a window's one-month "2024")."""
    axis_px = COLUMNS * px_per_column
    kept: list[tuple[float, float]] = []
    left_out, ending, moved = set(), set(), {}
    period_ends = _period_ends(ticks)
    for i in order:
        chars = 3 if i in short else len(ticks[i].label)
        width = TICK_PAD_PX + chars * TICK_CHAR_PX
        start = (ticks[i].line - 1) * px_per_column
        at_end = start + width > axis_px
        if at_end:
            start = axis_px - width
        if _touching(kept, start, width) and not at_end:
            line = _later_line(kept, start, width, px_per_column)
            later = (line - 1) * px_per_column
            if later + width <= (period_ends[i] - 1) * px_per_column and not _touching(
                kept, later, width
            ):
                moved[i], start = line, later
        if _touching(kept, start, width):
            left_out.add(i)
            moved.pop(i, None)
        else:
            kept.append((start, start + width))
            if at_end:
                ending.add(i)
    return left_out, ending, moved


def _touching(kept: list[tuple[float, float]], start: float, width: float) -> bool:
    return any(start < end + TICK_GAP_PX and left < start + width + TICK_GAP_PX
               for left, end in kept)  # fmt: skip


def _later_line(kept: list[tuple[float, float]], start: float, width: float, px: float) -> int:
    """The first column line from `start` on where a label of `width` touches none of the
    labels kept before it."""
    while True:
        after = [end + TICK_GAP_PX for left, end in kept
                 if start < end + TICK_GAP_PX and left < start + width + TICK_GAP_PX]  # fmt: skip
        if not after:
            return round(start / px) + 1
        start = math.ceil(max(after) / px - 1e-9) * px


def _period_ends(ticks: list[Tick]) -> dict[int, int]:
    """For each labelled tick (by index), the line where the next labelled period starts
    (the axis's end after the last)."""
    ends, following = {}, COLUMNS + 1
    for i in range(len(ticks) - 1, -1, -1):
        if ticks[i].label:
            ends[i], following = following, ticks[i].line
    return ends


TODAY = "today"


def today_label_css(ticks: list[Tick], line: int) -> str:
    """Classes placing the "today" label (which ends at today's line) per tier: below the
    axis labels (`low-`) where it would touch one, hidden (`hide-`) only where it does not
    fit between the axis's start and today's line."""
    classes = []
    for tier, px_per_column in TIERS.items():
        axis_px = COLUMNS * px_per_column
        end = (line - 1) * px_per_column
        start = end - TICK_PAD_PX - len(TODAY) * TICK_CHAR_PX
        if start < 0:
            classes.append(f"hide-{tier}")
            continue
        for tick in ticks:
            if not tick.label or tier in tick.hidden:
                continue
            chars = 3 if tier in tick.shortened else len(tick.label)
            width = TICK_PAD_PX + chars * TICK_CHAR_PX
            left = (
                axis_px - width if tier in tick.at_end else (tick.start(tier) - 1) * px_per_column
            )
            if start < left + width + TICK_GAP_PX and left < end + TICK_GAP_PX:
                classes.append(f"low-{tier}")
                break
    return " ".join(classes)


def _ticks(window) -> list[Tick]:
    ticks: list[Tick] = []
    if window.zoom in ("all", "4y"):
        for year in range(window.start.year, window.end.year + 1):
            first = max(date(year, 1, 1), window.start)
            line = column(window, first) + 1
            ticks.append(Tick(line, str(year), year=year))
        return ticks
    if window.zoom in ("year", "quarter"):
        start = window.start
        first_label = f"{start:%b %Y}" if start.day == 1 else f"{start.day} {start:%b %Y}"
        ticks.append(Tick(1, first_label))
        day = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        if window.zoom == "quarter" and start.day < 15:
            ticks.append(Tick(column(window, start.replace(day=15)) + 1, "", major=False))
        while day <= window.end:
            label = day.strftime("%b %Y" if day.month == 1 or window.zoom == "quarter" else "%b")
            ticks.append(Tick(column(window, day) + 1, label))
            middle = day.replace(day=15)
            if window.zoom == "quarter" and middle <= window.end:
                ticks.append(Tick(column(window, middle) + 1, "", major=False))
            day = (day + timedelta(days=32)).replace(day=1)
        return ticks
    ticks.append(Tick(1, f"{window.start.day} {window.start:%b %Y}"))
    day = window.start + timedelta(days=1)
    while day <= window.end:
        if day.day == 1:
            ticks.append(Tick(column(window, day) + 1, f"1 {day:%b %Y}"))
        elif day.weekday() == 0:
            ticks.append(Tick(column(window, day) + 1, f"{day.day} {day:%b}"))
        day += timedelta(days=1)
    return ticks
