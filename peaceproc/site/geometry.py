"""The lanes' geometry, pure Python (no database, no Django): columns, rows and labels.

Each lane is a CSS grid of `COLUMNS` equal columns spanning the visible window; a mark
gets a start line, an end line and a row as class names (static/css/timeline-grid.css),
because a strict CSP forbids style attributes.

The server does not know the width of the screen, so it lays every lane out twice, for
two sizes of the lanes' container (`TIERS`): a narrow one (a phone) and a wide one (a
desktop). The stylesheet picks one with a container query. In each, a mark's label is
the full title where it fits, else a short label that still identifies it ("4" for
Astana 4, "IV" for Geneva IV, "S3" for session 3), else none (the mark's tooltip names
it). A label never runs into the next mark of its row nor past the lane's end, so no
label is cut, and rows are packed first-fit so that nothing overlaps.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from peaceproc.chronology.dates import add_days

from .gridcss import COLUMNS, MAX_ROWS, TIERS

# Text metrics of a lane label (.76rem of the page's sans-serif fonts): a generous
# average advance per character, and the room a label keeps before and after its text.
CHAR_PX = 7.6
LABEL_END_PX = 4
# Where the label's text starts, from the mark's first column: after a round's edge, or
# after the dot or diamond of an event or agreement (site.css: .mark .label padding).
LABEL_START_PX = {"event": 15, "agreement": 15}
DEFAULT_LABEL_START_PX = 6
# The least width a mark is drawn with (site.css: .mark .bar), gap included.
MARK_PX = {"event": 14, "agreement": 14}
DEFAULT_MARK_PX = 5
FULL, SHORT, NONE = "full", "short", "none"
ROOMY_ROWS = 4  # a lane that needs more rows for full titles packs short labels first


@dataclass
class Placement:
    """Where a mark sits in one tier: its row, its area (the bar and its label), its label,
    and whether the label stands before the bar (near the lane's end, where it would not
    fit after it)."""

    row: int = 1
    area_start: int = 1
    area_end: int = 2
    label: str = NONE
    flipped: bool = False


@dataclass
class Box:
    """What the packer needs of a mark: its columns and its two labels."""

    kind: str
    title: str
    short: str
    first: date
    last: date
    start_line: int = 1
    end_line: int = 2
    clipped_start: bool = False
    clipped_end: bool = False
    tiers: dict[str, Placement] = field(default_factory=dict)

    @property
    def span(self) -> int:
        return self.end_line - self.start_line


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


def label_columns(kind: str, text: str, px_per_column: float) -> int:
    """Columns a label of `text` needs in a tier, from the mark's first column."""
    start = LABEL_START_PX.get(kind, DEFAULT_LABEL_START_PX)
    return math.ceil((start + len(text) * CHAR_PX + LABEL_END_PX) / px_per_column)


def _area_end(box, label: str, px_per_column: float) -> int:
    if label == NONE:  # the bar, at least as wide as its dot, diamond or edge
        drawn = math.ceil(MARK_PX.get(box.kind, DEFAULT_MARK_PX) / px_per_column)
        return min(max(box.end_line, box.start_line + drawn), COLUMNS + 1)
    text = box.title if label == FULL else box.short
    return max(box.end_line, box.start_line + label_columns(box.kind, text, px_per_column))


def _extent(box, label: str, px_per_column: float) -> tuple[int, int, bool] | None:
    """(area start, area end, flipped) for `label`: after the bar, else before it when it
    would run past the lane's end; None when it fits neither way."""
    end = _area_end(box, label, px_per_column)
    if end <= COLUMNS + 1 or label == NONE:
        return box.start_line, min(end, COLUMNS + 1), False
    start = box.end_line - max(end - box.start_line, box.span)
    return (start, box.end_line, True) if start >= 1 else None


def _candidates(box) -> list[str]:
    if box.kind == "cluster":
        return [NONE]
    if box.short and box.short != box.title:
        return [FULL, SHORT, NONE]
    return [FULL, NONE]


def _first_fit(boxes: list, tier: str, px: float, attempts, max_rows: int) -> list[list]:
    """Rows of boxes, first-fit in start order; `attempts(box)` lists (label, in_new_row)
    in order of preference. A box that fits nowhere opens a row past `max_rows`."""
    row_ends: list[int] = []
    rows: list[list] = []
    for box in sorted(boxes, key=lambda b: (b.start_line, -b.span)):
        chosen = None
        for label, new_row in attempts(box):
            extent = _extent(box, label, px)
            if extent is None:
                continue  # the label fits neither after the bar nor before it
            if new_row:
                if len(rows) < max_rows:
                    chosen = (len(rows), label, extent)
                    break
                continue
            free = [i for i, row_end in enumerate(row_ends) if row_end <= extent[0]]
            if free:
                chosen = (free[0], label, extent)
                break
        if chosen is None:
            chosen = (len(rows), NONE, (box.start_line, box.end_line, False))
        index, label, (start, end, flipped) = chosen
        if index == len(rows):
            rows.append([])
            row_ends.append(end)
        row_ends[index] = end
        rows[index].append(box)
        box.tiers[tier] = Placement(index + 1, start, end, label, flipped)
    return rows


def _roomy(box):
    """Full titles first, in new rows while there are few."""
    compact = [SHORT] if SHORT in _candidates(box) else []
    return [
        (FULL, False), *((c, False) for c in compact), (FULL, True), *((c, True) for c in compact),
        (NONE, False),
    ]  # fmt: skip


def _compact(box):
    """Short labels first (a number takes a few columns), then none."""
    compact = [SHORT] if SHORT in _candidates(box) else []
    return [
        *((c, False) for c in compact),
        *((c, True) for c in compact),
        (NONE, False),
        (NONE, True),
    ]


def pack(boxes: list, tier: str, px_per_column: float, *, max_rows: int = MAX_ROWS) -> int:
    """Rows (1-based) and labels for one tier; returns the rows used (more than
    `max_rows` when even unlabelled marks do not fit: the caller then clusters).

    First-fit in start order, full titles first while that takes at most ROOMY_ROWS rows,
    else short labels first; then each label grows to the best one the gap before the
    next mark of its row allows. A label never runs past the lane's end: near the end it
    stands before its bar instead."""
    rows = _first_fit(boxes, tier, px_per_column, _roomy, ROOMY_ROWS)
    if len(rows) > ROOMY_ROWS:
        rows = _first_fit(boxes, tier, px_per_column, _compact, max_rows)
    for row in rows:
        previous_end = 1
        for box, following in zip(row, [*row[1:], None], strict=True):
            limit = following.tiers[tier].area_start if following else COLUMNS + 1
            placement = box.tiers[tier]
            for label in _candidates(box):
                extent = _extent(box, label, px_per_column)
                if extent and extent[0] >= previous_end and extent[1] <= limit:
                    placement.area_start, placement.area_end, placement.flipped = extent
                    placement.label = label
                    break
            previous_end = placement.area_end
    return max(len(rows), 1)


def pack_tiers(boxes: list, *, max_rows: int = MAX_ROWS) -> dict[str, int]:
    """`pack` in every tier; the rows each uses."""
    return {tier: pack(boxes, tier, px, max_rows=max_rows) for tier, px in TIERS.items()}


# -- short labels -----------------------------------------------------------------------

ROMAN = re.compile(r"^(X{0,2})(IX|IV|V?I{0,3})$")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_round_label(title: str, number: int | None) -> str:
    """A round's label at low zoom, in the style of its own title: "IV" for Geneva IV,
    "II.1" for Geneva II – round 1, "S3" for Session 3, "4" for Astana 4, "Mar" for the
    March round of a year."""
    words = re.sub(r"\([^)]*\)", " ", title).replace("–", " ").split()
    numerals = [w for w in words if w.isupper() and ROMAN.match(w) and w]
    digits = [w for w in words if w.isdigit() and len(w) < 4]
    if numerals:
        return f"{numerals[-1]}.{digits[-1]}" if digits else numerals[-1]
    if words and words[0].lower() == "session" and number:
        return f"S{number}"
    if number:
        return str(number)
    if digits:
        return digits[-1]
    for word in words:
        if word[:3].title() in MONTHS and len(word) >= 3:
            return word[:3].title()
    return ""


# -- the axis ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    line: int
    label: str
    major: bool = True
    alternate: bool = False  # every other label, hidden on narrow screens
    year: int | None = None  # a year's tick, which links to that year


EDGE_COLUMNS = 18  # a label this close to the right edge would not fit


def axis_ticks(window) -> list[Tick]:
    """Years across long windows, months across a year or a quarter, days across a month.
    The first period is labelled where the window starts, with its year; so is every
    January. A label too close to the right edge to fit is left out (its gridline stays)."""
    ticks = _ticks(window)
    return [
        Tick(t.line, "", t.major, t.alternate, t.year) if t.line > COLUMNS - EDGE_COLUMNS else t
        for t in ticks
    ]


def _ticks(window) -> list[Tick]:
    ticks: list[Tick] = []
    if window.zoom in ("all", "4y"):
        for year in range(window.start.year, window.end.year + 1):
            first = max(date(year, 1, 1), window.start)
            line = column(window, first) + 1
            ticks.append(Tick(line, str(year), alternate=year % 2 == 1, year=year))
        return ticks
    if window.zoom in ("year", "quarter"):
        start = window.start
        first_label = f"{start:%b %Y}" if start.day == 1 else f"{start.day} {start:%b %Y}"
        ticks.append(Tick(1, first_label))
        day = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        if window.zoom == "quarter" and start.day < 15:
            ticks.append(Tick(column(window, start.replace(day=15)) + 1, "", major=False))
        while day <= window.end:
            crowded = (day - start).days < 12  # too close to the first label for one
            label = "" if crowded else day.strftime("%b %Y" if day.month == 1 else "%b")
            if window.zoom == "quarter" and not crowded:
                label = day.strftime("%b %Y")
            ticks.append(Tick(column(window, day) + 1, label, alternate=day.month % 2 == 0))
            middle = day.replace(day=15)
            if window.zoom == "quarter" and middle <= window.end:
                ticks.append(Tick(column(window, middle) + 1, "", major=False))
            day = (day + timedelta(days=32)).replace(day=1)
        return ticks
    ticks.append(Tick(1, f"{window.start.day} {window.start:%b %Y}"))
    day = window.start + timedelta(days=1)
    while day <= window.end:
        crowded = (day - window.start).days < 5
        if day.day == 1:
            ticks.append(Tick(column(window, day) + 1, "" if crowded else f"1 {day:%b %Y}"))
        elif day.weekday() == 0 and not crowded:
            ticks.append(Tick(column(window, day) + 1, f"{day.day} {day:%b}", alternate=True))
        day += timedelta(days=1)
    return ticks
