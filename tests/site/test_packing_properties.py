"""What the packer promises (geometry.pack_tiers), checked on lanes drawn at random: every
kind of mark, labels short and long, rounds with and without a short label, fuzzy dates,
marks past the window's edges, five zooms, and lanes of one to ninety marks. Each
promise is checked in every layout tier, whatever the packer does to keep it."""

import itertools
import math
import random
from datetime import date, timedelta
from functools import partial

from django.test import SimpleTestCase

from peaceproc.site.filters import Window
from peaceproc.site.geometry import (
    DIAMOND_OVERHANG_PX,
    FULL,
    GROUP_JOIN_PX,
    GROUP_SPAN_PX,
    NONE,
    SHORT,
    Box,
    Measure,
    _badge,
    _roomy_may_fit,
    _sweep,
    pack_tiers,
    place,
)
from peaceproc.site.gridcss import COLUMNS, MAX_ROWS, TIERS

WINDOWS = [
    Window("all", date(2012, 1, 1), date(2026, 12, 31)),
    Window("4y", date(2016, 1, 1), date(2019, 12, 31)),
    Window("year", date(2017, 1, 1), date(2017, 12, 31)),
    Window("quarter", date(2017, 1, 1), date(2017, 3, 31)),
    Window("month", date(2017, 1, 1), date(2017, 1, 31)),
]
KINDS = ["event"] * 6 + ["agreement", "round", "round", "tenure", "cluster"]
SHORT_LABELS = {
    "round": ["4", "IV", "S3", "II.1", "", "March round"],
    "tenure": ["Annan", "de Mistura"],
    "cluster": ["", "+3", "+12"],  # a cluster of one event has no badge
}
LANES = 150


def random_lane(rng: random.Random) -> tuple[Window, list[Box]]:
    window = rng.choice(WINDOWS)
    boxes = []
    for _ in range(rng.choice([1, 2, 3, 5, 8, 15, 30, 60, 90])):
        kind = rng.choice(KINDS)
        first = window.start + timedelta(days=rng.randrange(-20, window.days + 5))
        last = first + timedelta(days=rng.choice([0, 0, 1, 3, 10, 60, 400]))
        short = rng.choice(SHORT_LABELS.get(kind, [""]))
        count = rng.randint(2, 20) if kind == "cluster" and short else 1
        title = "x" * rng.randrange(3, 70)
        box = Box(kind, title, short, first, last, fuzzy=rng.random() < 0.15, count=count)
        boxes.append(place(box, window))
    return window, boxes


def crowded_lane(rng: random.Random) -> tuple[Window, list[Box]]:
    """A lane as a window of thousands of events draws it (lanes.lay_out_lane): a run of
    clusters of events, one every few columns, each badge ("+57") wider than its columns,
    with rounds, agreements and tenures among and around them."""
    window = rng.choice(WINDOWS)
    width = rng.choice([2, 4, 6, 8])  # columns per cluster
    first_bin = rng.randrange(0, COLUMNS // width)
    boxes = []
    for index in range(first_bin, min(first_bin + rng.randint(1, 12), COLUMNS // width)):
        count = rng.choice([1, rng.randint(2, 9), rng.randint(10, 400)])
        day = window.start + timedelta(days=index * width * window.days // COLUMNS)
        kind, short = ("cluster", f"+{count}") if count > 1 else ("event", "")
        box = Box(kind, f"{count} events", short, day, day, count=count)
        box.start_line, box.end_line = index * width + 1, index * width + width + 1
        boxes.append(box)
    middle = boxes[0].first + (boxes[-1].last - boxes[0].first) / 2
    for _ in range(rng.randint(1, 14)):
        kind = rng.choice(["round"] * 4 + ["agreement", "tenure", "event"])
        first = middle + timedelta(days=rng.randint(-window.days // 8, window.days // 8))
        last = first + timedelta(days=rng.choice([0, 1, 3, 10, 60]))
        short = rng.choice(SHORT_LABELS.get(kind, [""]))
        title = "x" * rng.randrange(3, 40)
        boxes.append(place(Box(kind, title, short, first, last, fuzzy=rng.random() < 0.1), window))
    return window, boxes


def is_round(box: Box) -> bool:
    """A mark with a short label of its own ("4", "IV"), which no badge counts."""
    return bool(box.short) and box.kind != "cluster"


def margin(box: Box, px_per_column: float) -> int:
    """Columns a diamond's corners reach past its area on each side (site.css)."""
    diamond = box.kind == "agreement" and box.dot
    return math.ceil(DIAMOND_OVERHANG_PX / px_per_column) if diamond else 0


def badge_of(members: dict[int, list[Box]], run: list[Box]) -> Box:
    """A group's badge (as lanes.group_maker makes one), its marks noted in `members`."""
    count = sum(box.count for box in run)
    badge = Box("cluster", f"{count} items", f"+{count}", run[0].first, run[-1].last, count=count)
    members[id(badge)] = run
    return badge


class RandomLaneTests(SimpleTestCase):
    def test_every_mark_is_drawn_with_a_label_or_counted_in_a_badge_drawn_there(self):
        rng = random.Random(11)
        for lane in range(LANES):
            window, boxes = random_lane(rng)
            members: dict[int, list[Box]] = {}  # each badge's marks
            rows, groups = pack_tiers(boxes, group=partial(badge_of, members))
            self.assertEqual(len(members), len(groups))
            for tier, px in TIERS.items():
                with self.subTest(lane=lane, zoom=window.zoom, marks=len(boxes), tier=tier):
                    drawn = [box for box in boxes + groups if not box.tiers[tier].hidden]
                    counted = {
                        id(member)
                        for badge in groups
                        if not badge.tiers[tier].hidden
                        for member in members[id(badge)]
                    }
                    for box in boxes:  # hidden where, and only where, a badge counts it
                        self.assertEqual(box.tiers[tier].hidden, id(box) in counted)
                    self.assertEqual(
                        sum(box.count for box in drawn), sum(box.count for box in boxes)
                    )
                    for box in drawn:
                        placement = box.tiers[tier]
                        self.assertNotEqual(placement.label, NONE)
                        # Its area holds its bar and stays inside the lane.
                        self.assertLessEqual(placement.area_start, box.start_line)
                        self.assertGreaterEqual(placement.area_end, box.end_line)
                        self.assertGreaterEqual(placement.area_start, 1)
                        self.assertLessEqual(placement.area_end, COLUMNS + 1)
                    self.assert_rows_apart(drawn, tier, px)
                    self.assertEqual(rows[tier], max(box.tiers[tier].row for box in drawn))
                    # A badge is drawn past the lane's rows only where rounds, which are
                    # never counted, fill every row of its columns.
                    if sum(map(is_round, boxes)) < MAX_ROWS:
                        self.assertLessEqual(rows[tier], MAX_ROWS)
                    # A badge counts one item only where no other mark it could count
                    # is drawn: every other mark drawn is a round.
                    for badge in groups:
                        if not badge.tiers[tier].hidden and badge.count == 1:
                            others = [box for box in drawn if box is not badge]
                            self.assertTrue(all(map(is_round, others)))
            for badge in groups:  # made only for a badge some tier draws
                self.assertTrue(any(not badge.tiers[tier].hidden for tier in TIERS))

    def assert_rows_apart(self, drawn: list[Box], tier: str, px_per_column: float) -> None:
        """No two marks of a row touch: their areas, and a diamond's corners, stay apart."""
        rows: dict[int, list[Box]] = {}
        for box in drawn:
            rows.setdefault(box.tiers[tier].row, []).append(box)
        for row in rows.values():
            row.sort(key=lambda box: box.tiers[tier].area_start)
            for left, right in itertools.pairwise(row):
                self.assertLessEqual(
                    left.tiers[tier].area_end + margin(left, px_per_column),
                    right.tiers[tier].area_start - margin(right, px_per_column),
                )


class RoundsFirstTests(SimpleTestCase):
    """A round is counted in a badge only where the geometry leaves it no place: where
    every row has a round in the way of its short label. Never while an event, a cluster
    of events or a group holds a labelled place there that the round could take."""

    def test_a_round_is_counted_only_where_rounds_fill_every_row_of_its_label(self):
        rng = random.Random(23)
        counted = 0  # rounds counted in a badge (behind rounds in every row)
        taken = 0  # rounds labelled in a row where a cluster of events is drawn too
        for lane in range(LANES * 2):
            window, boxes = (crowded_lane if lane % 2 else random_lane)(rng)
            _, groups = pack_tiers(boxes, group=partial(badge_of, {}))
            for tier, px in TIERS.items():
                drawn = [box for box in boxes + groups if not box.tiers[tier].hidden]
                for box in boxes:
                    wanted = label_area(box, px)
                    if not is_round(box) or wanted is None:
                        continue
                    if not box.tiers[tier].hidden:
                        taken += any(
                            other.kind == "cluster" and other.tiers[tier].row == box.tiers[tier].row
                            for other in drawn
                        )
                        continue
                    counted += 1
                    for row in range(1, MAX_ROWS + 1):
                        with self.subTest(lane=lane, zoom=window.zoom, tier=tier, row=row):
                            in_the_way = [
                                other
                                for other in drawn
                                if other.tiers[tier].row == row
                                and is_round(other)
                                and any(
                                    apart(wanted, area) is False for area in areas(other, tier, px)
                                )
                            ]
                            self.assertTrue(in_the_way, f"{box.title} counted, row {row} open")
        # The lanes drawn give the rule something to decide both ways.
        self.assertGreater(taken, LANES)
        self.assertGreater(counted, 0)


def label_area(box: Box, px_per_column: float) -> tuple[int, int] | None:
    """The columns a mark's least label takes (a round's number, else its title), or None
    where it fits nowhere in the lane."""
    label = SHORT if box.short and box.short != box.title else FULL
    area = Measure(box, px_per_column).area(label)
    return area and area[0][:2]


def areas(box: Box, tier: str, px_per_column: float) -> list[tuple[int, int]]:
    """The columns a drawn mark holds in a tier, and those of its least label (a round
    takes its number first, and its title only where its row later leaves room)."""
    placement = box.tiers[tier]
    least = label_area(box, px_per_column)
    return [(placement.area_start, placement.area_end), *([least] if least else [])]


def apart(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[1] <= other[0] or other[1] <= one[0]


class RoomyBoundTests(SimpleTestCase):
    """The packer skips the full-titles-first sweep where a bound says it must fail (more
    marks over one column, whichever label each takes, than it has rows): on random
    lanes, the sweep fails wherever the bound says so, and the bound does skip it on
    crowded lanes."""

    def test_the_sweep_fails_wherever_the_bound_skips_it(self):
        rng = random.Random(5)
        skipped = 0
        for lane in range(LANES * 2):
            window, boxes = random_lane(rng)
            for tier, px in TIERS.items():
                marks = [Measure(box, px) for box in boxes]
                if _roomy_may_fit(marks):
                    continue
                skipped += 1
                with self.subTest(lane=lane, zoom=window.zoom, marks=len(boxes), tier=tier):
                    join, span = math.ceil(GROUP_JOIN_PX / px), math.ceil(GROUP_SPAN_PX / px)
                    swept = _sweep(marks, px, _badge, MAX_ROWS, join, span, roomy=True)
                    self.assertIsNone(swept)
        self.assertGreater(skipped, LANES)
