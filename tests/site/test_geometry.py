"""The lanes' geometry without a database: columns, rows, labels, short labels, the axis."""

import itertools
from collections.abc import Iterator
from datetime import date, timedelta

from django.test import SimpleTestCase

from peaceproc.site.filters import Window
from peaceproc.site.geometry import (
    CUT,
    DIAMOND_OVERHANG_PX,
    DOT_START_PX,
    FULL,
    NONE,
    SHORT,
    Box,
    axis_ticks,
    column,
    cut_titles,
    fits_on_bar,
    label_columns,
    numerals_alike,
    pack_tiers,
    place,
    short_form,
    short_round_label,
    text_px,
    today_label_css,
)
from peaceproc.site.gridcss import COLUMNS, MAX_ROWS, TIERS

YEAR_2017 = Window("year", date(2017, 1, 1), date(2017, 12, 31))
WHOLE = Window("all", date(2012, 1, 1), date(2026, 12, 31))
# The Astana rounds' first days (seeds/chronology.csv): the densest lane of the record.
ASTANA = [
    date(2017, 1, 23), date(2017, 2, 15), date(2017, 3, 14), date(2017, 5, 3),
    date(2017, 7, 4), date(2017, 9, 14), date(2017, 10, 30), date(2017, 12, 21),
    date(2018, 5, 14), date(2018, 7, 30), date(2018, 11, 28), date(2019, 4, 25),
    date(2019, 8, 1), date(2019, 12, 10), date(2021, 2, 16), date(2021, 7, 7),
    date(2021, 12, 21), date(2022, 6, 15), date(2022, 11, 22), date(2023, 6, 20),
    date(2024, 1, 24), date(2024, 11, 11),
]  # fmt: skip


def astana_rounds(window: Window) -> list[Box]:
    return [
        place(Box("round", f"Astana {n}", str(n), day, day + timedelta(days=1)), window)
        for n, day in enumerate(ASTANA, start=1)
        if window.start <= day <= window.end
    ]


def shown(box: Box, tier: str) -> str:
    label = box.tiers[tier].label
    return box.title if label == FULL else box.short if label == SHORT else ""


class ColumnTests(SimpleTestCase):
    def test_columns_span_the_window(self):
        self.assertEqual(column(YEAR_2017, date(2017, 1, 1)), 0)
        self.assertEqual(column(YEAR_2017, date(2018, 1, 1)), COLUMNS)
        self.assertEqual(column(YEAR_2017, date(2017, 7, 3)), COLUMNS // 2)
        self.assertEqual(column(YEAR_2017, date(2010, 1, 1)), 0)  # clamped

    def test_a_mark_is_at_least_one_column_and_clipped_to_the_window(self):
        point = place(Box("round", "T", "", date(2017, 5, 3), date(2017, 5, 3)), YEAR_2017)
        self.assertEqual(point.span, 1)
        long = place(Box("round", "T", "", date(2016, 6, 1), date(2018, 6, 1)), YEAR_2017)
        self.assertEqual((long.start_line, long.end_line), (1, COLUMNS + 1))
        self.assertTrue(long.clipped_start and long.clipped_end)


def neighbours(boxes: list[Box], tier: str) -> Iterator[tuple[Box, Box]]:
    """Each two boxes side by side in a row of the tier, left to right."""
    by_row: dict[int, list[Box]] = {}
    for box in boxes:
        by_row.setdefault(box.tiers[tier].row, []).append(box)
    for row in by_row.values():
        yield from itertools.pairwise(sorted(row, key=lambda b: b.tiers[tier].area_start))


class PackingTests(SimpleTestCase):
    def assert_no_overlap(self, boxes: list[Box]):
        for tier in TIERS:
            for a, b in neighbours(boxes, tier):
                self.assertLessEqual(a.tiers[tier].area_end, b.tiers[tier].area_start, tier)
            for box in boxes:  # every area holds its bar and stays inside the lane
                placement = box.tiers[tier]
                self.assertLessEqual(placement.area_start, box.start_line)
                self.assertGreaterEqual(placement.area_end, box.end_line)
                self.assertGreaterEqual(placement.area_start, 1)
                self.assertLessEqual(placement.area_end, COLUMNS + 1)

    def test_rows_never_overlap_and_labels_never_pass_the_lane_end(self):
        boxes = [
            place(Box("event", f"Meeting {n}", "", day, day), YEAR_2017)
            for n in range(40)
            for day in [date(2017, 1, 1) + timedelta(days=n * 2)]
        ]
        rows, _ = pack_tiers(boxes)
        self.assert_no_overlap(boxes)
        for tier in TIERS:
            self.assertGreater(rows[tier], 1)
            for box in boxes:
                self.assertLessEqual(box.tiers[tier].area_end, COLUMNS + 1)

    def test_every_astana_round_is_labelled_distinctly_in_both_tiers(self):
        for window in (WHOLE, YEAR_2017):
            boxes = astana_rounds(window)
            rows, _ = pack_tiers(boxes)
            self.assert_no_overlap(boxes)
            for tier in TIERS:
                with self.subTest(window=window.zoom, tier=tier):
                    self.assertLessEqual(rows[tier], MAX_ROWS)
                    labels = [shown(box, tier) for box in boxes]
                    missing = [b.title for b, text in zip(boxes, labels, strict=True) if not text]
                    self.assertEqual(missing, [])
                    visible = [text for text in labels if text]
                    self.assertEqual(len(visible), len(set(visible)))

    def test_full_titles_where_there_is_room(self):
        boxes = astana_rounds(YEAR_2017)
        pack_tiers(boxes)
        wide = {box.title: shown(box, "w") for box in boxes}
        self.assertEqual(wide["Astana 4"], "Astana 4")
        whole = astana_rounds(WHOLE)
        pack_tiers(whole)
        self.assertIn(SHORT, {box.tiers["n"].label for box in whole})

    def test_an_event_has_no_short_label_so_it_shows_its_title_or_nothing(self):
        boxes = [
            place(Box("event", "Trilateral presidential summit", "", d, d), WHOLE)
            for d in (date(2018, 4, 4), date(2018, 9, 7), date(2019, 2, 14))
        ]
        pack_tiers(boxes)
        for box in boxes:
            self.assertIn(box.tiers["n"].label, (FULL, NONE))


class GroupingTests(SimpleTestCase):
    def group(self, members: list[Box]) -> Box:
        count = sum(member.count for member in members)
        box = Box("cluster", f"{count} items", f"+{count}", members[0].first, members[-1].last)
        box.start_line = min(m.start_line for m in members)
        box.end_line = max(m.end_line for m in members)
        box.count = count
        return box

    def test_every_box_is_labelled_or_counted_in_a_badge(self):
        # 40 events two days apart with long titles: too dense to label them all.
        boxes = [
            place(Box(kind, f"A long title of a meeting, number {n}", "", day, day), YEAR_2017)
            for n in range(40)
            for day, kind in [(date(2017, 1, 1) + timedelta(days=n * 2), "event")]
        ]
        rows, groups = pack_tiers(boxes, group=self.group)
        self.assertTrue(groups)
        for tier in TIERS:
            with self.subTest(tier=tier):
                self.assertLessEqual(rows[tier], MAX_ROWS)
                visible = [b for b in boxes + groups if not b.tiers[tier].hidden]
                self.assertEqual(sum(b.count for b in visible), len(boxes))
                self.assertNotIn(NONE, [b.tiers[tier].label for b in visible])
                self.assertTrue([b for b in boxes if not b.tiers[tier].hidden])
                for box in visible:
                    if box in groups:
                        self.assertGreater(box.count, 1)
        self.assert_no_overlap_of(boxes + groups)

    def test_the_caller_makes_the_groups_kept_only(self):
        # The grouping tries groups before it settles (a wider reach where a badge finds
        # no room): the caller's box, with its link and dates, is made for each group
        # drawn, once, spanning its members, and never for one the grouping gave up.
        boxes = [
            place(Box("event", f"A long title of a meeting, number {n}", "", day, day), YEAR_2017)
            for n in range(60)
            for day in [date(2017, 1, 1) + timedelta(days=n * 3 // 2)]
        ]
        made = []

        def group(members):
            made.append(members)
            return self.group(members)

        _, groups = pack_tiers(boxes, group=group)
        self.assertTrue(groups)
        self.assertEqual(len(made), len(groups))
        for members, box in zip(made, groups, strict=True):
            self.assertEqual(box.short, f"+{len(members)}")
            self.assertEqual(box.start_line, min(m.start_line for m in members))
            self.assertEqual(box.end_line, max(m.end_line for m in members))
            drawn = [tier for tier in TIERS if not box.tiers[tier].hidden]
            self.assertTrue(drawn)  # a group is made for a tier that draws it
            for tier in drawn:  # where drawn, it stands for its members
                self.assertTrue(all(m.tiers[tier].hidden for m in members))

    # The transition lane's first weeks after 8 December 2024 (seeds/chronology.csv), in a
    # window of two years: more long titles than rows, so a badge must take a row's place.
    TRANSITION = (
        ("event", "Fall of the Assad government", date(2024, 12, 8)),
        ("event", "Mohammed al-Bashir named caretaker prime minister", date(2024, 12, 10)),
        ("event", "Aqaba meetings on Syria", date(2024, 12, 14)),
        ("agreement", "UN Security Council press statement on Syria's political process",
         date(2024, 12, 17)),
        ("agreement", "UN Security Council resolution 2766", date(2024, 12, 20)),
        ("event", "Riyadh meetings on Syria", date(2025, 1, 12)),
        ("event", "Ahmed al-Sharaa named president for the transitional period", date(2025, 1, 29)),
        ("event", "Al-Sharaa's first address as transitional president", date(2025, 1, 30)),
    )  # fmt: skip

    def transition(self, milestone: str = "") -> list[Box]:
        window = Window("4y", date(2024, 12, 1), date(2026, 12, 31))
        boxes = [
            place(Box(kind, title, "", day, day, rank=0 if title == milestone else 1), window)
            for kind, title, day in self.TRANSITION
        ]
        pack_tiers(boxes, group=self.group)
        return boxes

    def test_where_a_badge_takes_a_row_the_later_marks_give_way(self):
        # t15b finding 7: the first event of the run (the fall of the government) had lost
        # its label to the badge of the events after it, while later ones kept theirs.
        boxes = self.transition()
        first, later = boxes[0], boxes[1:]
        for tier in TIERS:
            with self.subTest(tier=tier):
                self.assertTrue(shown(first, tier))
        # In the wider tiers a later mark gave way instead: labels still compete there.
        self.assertFalse(all(shown(box, "x") for box in later[:5]))
        self.assert_no_overlap_of(boxes)

    def test_a_milestone_keeps_its_label_before_earlier_marks(self):
        # The mark that gave way above (the latest of the marks in the badge's way), made a
        # milestone, keeps its label; an earlier ordinary mark gives way instead.
        before = self.transition()
        gave_way = max(
            (box for box in before if not shown(box, "x") and box.first < date(2025, 1, 20)),
            key=lambda box: box.first,
        )
        boxes = self.transition(milestone=gave_way.title)
        for tier in TIERS:
            with self.subTest(tier=tier):
                milestone = next(box for box in boxes if box.title == gave_way.title)
                self.assertTrue(shown(milestone, tier))
        self.assertTrue(shown(boxes[0], "x"))
        self.assert_no_overlap_of(boxes)

    def assert_no_overlap_of(self, boxes):
        for tier in TIERS:
            visible = [b for b in boxes if not b.tiers[tier].hidden]
            for a, b in itertools.combinations(visible, 2):
                if a.tiers[tier].row == b.tiers[tier].row:
                    pa, pb = a.tiers[tier], b.tiers[tier]
                    self.assertTrue(
                        pa.area_end <= pb.area_start or pb.area_end <= pa.area_start, tier
                    )

    def test_a_lane_shows_its_rounds_in_one_form_where_it_has_room(self):
        # The Astana rounds of 2017 among events too many to label in the first months:
        # the rounds take their numbers first; where one's row has room for its title
        # ("Astana 8", before its bar at the lane's end), it still reads "8" like the others.
        boxes = astana_rounds(YEAR_2017) + [
            place(Box("event", f"A long title of a meeting, number {n}", "", day, day), YEAR_2017)
            for n in range(40)
            for day in [date(2017, 1, 1) + timedelta(days=n * 4)]
        ]
        pack_tiers(boxes, group=self.group)
        for tier in TIERS:
            with self.subTest(tier=tier):
                forms = {
                    box.tiers[tier].label
                    for box in boxes
                    if box.kind == "round" and not box.tiers[tier].hidden
                }
                self.assertEqual(forms, {SHORT})

    def test_rounds_take_their_place_from_clusters_of_events(self):
        # The whole period on a phone, as a lane of thousands of events draws it: a
        # cluster every six columns (each "+45" badge three times wider than its columns,
        # so they stack five rows deep), with the Astana rounds among them. The rounds
        # that find every row taken by a round or a badge take a badge's place: none is
        # counted, and every event still is.
        clusters = []
        for index in range(COLUMNS // 6 - 2):
            day = WHOLE.start + timedelta(days=index * 6 * WHOLE.days // COLUMNS)
            count = 30 + index * 7 % 30
            cluster = Box("cluster", f"{count} events", f"+{count}", day, day, count=count)
            cluster.start_line, cluster.end_line = index * 6 + 1, index * 6 + 7
            clusters.append(cluster)
        rounds = astana_rounds(WHOLE)
        rows, groups = pack_tiers(rounds + clusters, group=self.group)
        for tier in TIERS:
            with self.subTest(tier=tier):
                self.assertLessEqual(rows[tier], MAX_ROWS)
                self.assertEqual(
                    [shown(box, tier) for box in rounds], [str(n) for n in range(1, 23)]
                )
                drawn = [box for box in clusters + groups if not box.tiers[tier].hidden]
                self.assertEqual(sum(b.count for b in drawn), sum(b.count for b in clusters))
        self.assert_no_overlap_of(rounds + clusters + groups)

    def test_a_diamond_keeps_a_margin_for_its_corners(self):
        # Agreements a few days apart: a diamond reaches past its column on both sides,
        # so two in one row keep that margin between their areas.
        boxes = [
            place(Box("agreement", f"Agreement {n}", "", day, day), WHOLE)
            for n, day in enumerate(date(2020, 1, 1) + timedelta(days=60 * n) for n in range(6))
        ]
        pack_tiers(boxes)
        for tier, px in TIERS.items():
            for a, b in neighbours(boxes, tier):
                gap = (b.tiers[tier].area_start - a.tiers[tier].area_end) * px
                self.assertGreaterEqual(gap, 2 * DIAMOND_OVERHANG_PX - px, tier)


class ShortLabelTests(SimpleTestCase):
    def test_short_labels_in_the_style_of_each_title(self):
        cases = {
            ("Astana 4", 4): "4",
            ("Astana 10 (Sochi)", 10): "10",
            ("Geneva IV", 4): "IV",
            ("Geneva VIII", 8): "VIII",
            ("Geneva II – round 1", None): "II.1",
            ("Session 3", 3): "S3",
            ("Session 1 (launch, Large Body and Small Body)", 1): "S1",
            # No number: the title's last part, never a bare month that reads like the axis.
            ("Geneva talks 2016 – March round", None): "March round",
            ("Talks – May", None): "",
            # A number after a word of its own keeps the word: "9" reads like Geneva IX.
            ("Special round 9 (Vienna)", None): "Round 9",
            ("Talks", None): "",
        }
        for (title, number), expected in cases.items():
            with self.subTest(title):
                self.assertEqual(short_round_label(title, number), expected)

    def test_the_forms_the_legend_explains_one_example_of(self):
        forms = {s: short_form(s) for s in ("4", "22", "IV", "VIII", "II.1", "S3", "March round")}
        self.assertEqual(forms["4"], forms["22"])
        self.assertEqual(forms["IV"], forms["VIII"])
        self.assertEqual(len({forms[s] for s in ("4", "IV", "II.1", "S3", "March round")}), 5)


class AxisTests(SimpleTestCase):
    def labels(self, window: Window) -> list[str]:
        return [t.label for t in axis_ticks(window) if t.label]

    def test_the_first_period_is_labelled_with_its_year(self):
        self.assertEqual(self.labels(WHOLE)[0], "2012")
        self.assertEqual(self.labels(Window("4y", date(2016, 1, 1), date(2019, 12, 31)))[:2],
                         ["2016", "2017"])  # fmt: skip
        self.assertEqual(self.labels(YEAR_2017)[:3], ["Jan 2017", "Feb", "Mar"])
        july = self.labels(Window("year", date(2017, 7, 1), date(2018, 6, 30)))
        self.assertEqual(july[0], "Jul 2017")
        self.assertIn("Jan 2018", july)
        quarter = self.labels(Window("quarter", date(2017, 4, 10), date(2017, 7, 9)))
        self.assertEqual(quarter[:2], ["10 Apr 2017", "May 2017"])
        month = self.labels(Window("month", date(2017, 5, 3), date(2017, 6, 2)))
        self.assertEqual(month[0], "3 May 2017")

    def test_the_last_period_is_labelled_and_no_two_labels_touch(self):
        for window in (WHOLE, YEAR_2017, Window("year", date(2017, 1, 10), date(2018, 1, 9))):
            ticks = [t for t in axis_ticks(window) if t.label]
            for tier, px in TIERS.items():
                with self.subTest(window=window, tier=tier):
                    shown = [t for t in ticks if tier not in t.hidden]
                    self.assertEqual(shown[0], ticks[0])
                    self.assertEqual(shown[-1], ticks[-1])
                    chars = [3 if tier in t.shortened else len(t.label) for t in shown]
                    boxes = [
                        (
                            COLUMNS * px - n * 6.8 - 3
                            if tier in t.at_end
                            else (t.start(tier) - 1) * px,
                            n * 6.8 + 3,
                        )
                        for t, n in zip(shown, chars, strict=True)
                    ]
                    for (left, width), (next_left, _) in itertools.pairwise(boxes):
                        self.assertLessEqual(left + width, next_left)
                    self.assertLessEqual(boxes[-1][0] + boxes[-1][1], COLUMNS * px + 0.01)
        whole = [t for t in axis_ticks(WHOLE) if t.label]
        self.assertEqual(whole[-1].label, "2026")
        self.assertIn("n", whole[-1].at_end)  # too narrow after its line on a phone
        # A year view that starts in July names the next year's January on a phone too.
        july = axis_ticks(Window("year", date(2017, 7, 1), date(2018, 6, 30)))
        self.assertNotIn("n", next(t for t in july if t.label == "Jan 2018").hidden)

    def test_years_read_24_on_a_phone_rather_than_skip_one(self):
        # At 310 px, 15 years cannot all be named: every other one is, as "’14" … "’24"
        # between "2012" and "2026" (in full, "2024" would touch the end-aligned "2026").
        ticks = [t for t in axis_ticks(WHOLE) if t.label]
        phone = [t.label for t in ticks if "n" not in t.hidden]
        self.assertEqual(phone, [str(year) for year in range(2012, 2027, 2)])
        self.assertEqual(
            [t.label for t in ticks if "n" in t.shortened], [str(y) for y in range(2014, 2025, 2)]
        )
        self.assertFalse(any("w" in t.shortened or "w" in t.hidden for t in ticks))
        self.assertIn("yy-n", next(t for t in ticks if t.label == "2024").css)
        # Where short years leave out as many, the years stay whole.
        fourteen = Window("all", date(2013, 1, 1), date(2026, 12, 31))
        self.assertFalse(any(t.shortened for t in axis_ticks(fourteen)))

    def test_years_stay_whole_where_two_would_read_alike(self):
        # 1900-2100 (outside tester t6s, issue 11): "’17" would be 1917 and 2017.
        two_centuries = axis_ticks(Window("all", date(1900, 1, 1), date(2100, 12, 31)))
        self.assertFalse(any(t.shortened for t in two_centuries))
        for tier in TIERS:
            with self.subTest(tier):
                shown = [t.label for t in two_centuries if t.label and tier not in t.hidden]
                self.assertGreater(len(shown), 2)
        # Within a century they still may: 1990-2026 on a phone.
        recent = axis_ticks(Window("all", date(1990, 1, 1), date(2026, 12, 31)))
        self.assertTrue(any("n" in t.shortened for t in recent))

    def test_the_today_label_drops_below_an_axis_label_it_would_touch(self):
        ticks = axis_ticks(WHOLE)
        near_end = column(WHOLE, date(2026, 11, 29)) + 1
        # Beside "2026" on the narrowest screen of each layout: below the axis labels.
        self.assertEqual(today_label_css(ticks, near_end), "low-n low-w low-x")
        early = column(WHOLE, date(2026, 3, 1)) + 1  # before the year's label in each
        self.assertEqual(today_label_css(ticks, early), "low-n low-w low-x")
        four_years = Window("4y", date(2023, 1, 1), date(2026, 12, 31))
        summer = column(four_years, date(2025, 7, 1)) + 1  # halfway between 2025 and 2026
        self.assertEqual(today_label_css(axis_ticks(four_years), summer), "low-n")
        # Hidden only where it cannot fit between the axis's start and the line.
        self.assertEqual(today_label_css(ticks, 2), "hide-n hide-w hide-x")

    def test_a_year_after_a_short_first_period_starts_after_its_label(self):
        # t16b 3: 1 Dec 2024 to 2026 on a phone: the one-month "2024" took the room at
        # 2025's line, and 2025 was left out ("2024 … 2026"). It now starts after "2024",
        # within its own year; where it fits at its line it stays there.
        window = Window("4y", date(2024, 12, 1), date(2026, 12, 31))
        ticks = [t for t in axis_ticks(window) if t.label]
        self.assertEqual([t.label for t in ticks], ["2024", "2025", "2026"])
        for tier, px in TIERS.items():
            with self.subTest(tier=tier):
                self.assertFalse(any(tier in t.hidden for t in ticks))
                first_end = 3 + 4 * 6.8
                start = (ticks[1].start(tier) - 1) * px
                self.assertGreaterEqual(start, first_end + 6)
                self.assertLessEqual(start + first_end, (ticks[2].line - 1) * px)
        self.assertIn("off-n", ticks[1].css)
        self.assertIn(f"gsx-{ticks[1].start('x')}", ticks[1].css)
        self.assertEqual([t.moved for t in axis_ticks(WHOLE) if t.label and t.moved], [])

    def test_long_windows_mark_their_years(self):
        self.assertEqual([t.year for t in axis_ticks(WHOLE)][:2], [2012, 2013])


class LaneEndTests(SimpleTestCase):
    def test_near_the_lanes_end_a_label_stands_before_its_bar(self):
        # Astana 8 (21-22 December 2017) at the end of the 2017 view.
        boxes = astana_rounds(YEAR_2017)
        pack_tiers(boxes)
        last = boxes[-1]
        self.assertEqual(last.title, "Astana 8")
        narrow = last.tiers["n"]
        self.assertTrue(narrow.flipped)
        self.assertEqual(narrow.area_end, last.end_line)
        self.assertIn(shown(last, "n"), ("8", "Astana 8"))
        self.assertGreaterEqual(
            last.start_line - narrow.area_start + last.span,
            label_columns("round", shown(last, "n"), TIERS["n"]),
        )


class OnOrBesideTheBarTests(SimpleTestCase):
    def test_a_label_sits_wholly_on_its_bar_or_wholly_beside_it(self):
        boxes = [
            # Geneva VIII, 28 November - 14 December 2017: too short for its title.
            place(Box("round", "Geneva VIII", "VIII", date(2017, 11, 28), date(2017, 12, 14)),
                  YEAR_2017),
            place(Box("round", "Geneva IV", "IV", date(2017, 2, 23), date(2017, 3, 3)), YEAR_2017),
            place(Box("tenure", "Staffan de Mistura", "", date(2017, 1, 1), date(2017, 8, 31)),
                  YEAR_2017),
            place(Box("event", "A month", "", date(2017, 5, 1), date(2017, 5, 31), fuzzy=True),
                  YEAR_2017),
        ]  # fmt: skip
        pack_tiers(boxes)
        for box in boxes:
            for tier, px in TIERS.items():
                placement = box.tiers[tier]
                text = shown(box, tier)
                with self.subTest(box.title, tier=tier):
                    if placement.on_bar:
                        self.assertTrue(text and fits_on_bar(box, text, px))
                    elif text:  # the area holds the bar and, beside it, the whole label
                        self.assertGreaterEqual(
                            placement.area_end - placement.area_start,
                            box.span + label_columns(box.kind, text, px),
                        )
        geneva_8, _, tenure, _ = boxes
        self.assertTrue(geneva_8.tiers["n"].flipped)  # beside it, before the bar
        self.assertFalse(geneva_8.tiers["n"].on_bar)
        self.assertFalse(tenure.tiers["w"].on_bar)  # a thin line: its name goes beside it

    def test_a_cluster_badge_counts_more_than_one_and_badges_never_share_columns(self):
        clusters = []
        for index, count in enumerate((9, 11, 8, 1)):
            box = Box("cluster", f"{count} events", f"+{count}" if count > 1 else "",
                      date(2025, 1, 1), date(2025, 1, 1))  # fmt: skip
            box.start_line, box.end_line = 200 + index * 6, 206 + index * 6
            clusters.append(box)
        pack_tiers(clusters)
        for tier in TIERS:
            self.assertEqual([b.tiers[tier].label for b in clusters], [SHORT] * 3 + [NONE])
        PackingTests().assert_no_overlap(clusters)
        self.assertGreater(len({b.tiers["n"].row for b in clusters}), 1)


class CutTitleTests(SimpleTestCase):
    """An event a tier would leave bare (a group of one) is named by its title cut at a
    word, with an ellipsis, to the room its row leaves it."""

    WINDOW = Window("all", date(2024, 12, 1), date(2026, 12, 31))
    TITLE = "Astana-format foreign ministers meeting (Doha)"

    def group(self, members: list[Box]) -> Box:
        return GroupingTests.group(self, members)

    def lone_event(self, title: str = TITLE, day: date = date(2024, 12, 7)) -> Box:
        return place(Box("event", title, "", day, day), self.WINDOW)

    def test_cuts_end_on_a_word_and_keep_two_words(self):
        self.assertEqual(
            cut_titles("Geneva talks – March round (Vienna)"),
            ["Geneva talks – March round…", "Geneva talks – March…", "Geneva talks…"],
        )
        self.assertEqual(cut_titles("Fall of"), [])

    def test_a_lone_event_whose_title_has_no_room_shows_it_cut_in_that_tier_only(self):
        event = self.lone_event()
        _, groups = pack_tiers([event], group=self.group)
        self.assertEqual(groups, [])  # no group of one left in any tier
        narrow = event.tiers["n"]
        self.assertEqual(narrow.label, SHORT)
        self.assertFalse(narrow.hidden)
        self.assertTrue(event.short.endswith(CUT))
        self.assertTrue(self.TITLE.startswith(event.short[: -len(CUT)] + " "))
        self.assertLessEqual(narrow.area_end, COLUMNS + 1)
        needed = DOT_START_PX + text_px(event.short)
        self.assertLessEqual(needed, (narrow.area_end - narrow.area_start) * TIERS["n"])
        for tier in ("w", "x"):
            self.assertEqual(event.tiers[tier].label, FULL)

    def test_a_cut_stops_before_the_next_mark_of_its_row(self):
        alone = self.lone_event()
        pack_tiers([alone], group=self.group)
        event = self.lone_event()
        day = date(2026, 6, 1)  # a round whose label leaves the event less room on a phone
        round_ = place(Box("round", "Astana 23", "23", day, day), self.WINDOW)
        _, groups = pack_tiers([event, round_], group=self.group)
        narrow, following = event.tiers["n"], round_.tiers["n"]
        self.assertEqual((narrow.label, following.row), (SHORT, narrow.row))
        self.assertLessEqual(narrow.area_end, following.area_start)
        self.assertLess(len(event.short), len(alone.short))
        self.assertTrue(alone.short.startswith(event.short[: -len(CUT)]))
        self.assertEqual(groups, [])

    def test_no_cut_where_it_would_read_like_another_title_of_the_lane(self):
        # Two titles that share their first words: a cut of either could name both.
        first = self.lone_event()
        second = self.lone_event(self.TITLE.replace("Doha", "New York"), date(2026, 9, 1))
        _, groups = pack_tiers([first, second], group=self.group)
        self.assertEqual((first.short, second.short), ("", ""))
        self.assertTrue(groups)  # each stays a group of one where its title has no room

    def test_rounds_tenures_and_marks_with_room_are_not_cut(self):
        rounds = astana_rounds(YEAR_2017)
        pack_tiers(rounds, group=self.group)
        self.assertFalse([box for box in rounds if box.short.endswith(CUT)])
        short = self.lone_event("Short title")
        pack_tiers([short], group=self.group)
        self.assertEqual((short.short, short.tiers["n"].label), ("", FULL))


class NumeralsAlikeTests(SimpleTestCase):
    """A lane's rounds read in one style: "IX" beside "VIII", not "Round 9" (t16b 7)."""

    def rounds(self, *titles: str) -> list[Box]:
        day = date(2017, 1, 1)
        return [Box("round", title, short_round_label(title, None), day, day) for title in titles]

    def test_a_word_and_number_reads_as_a_numeral_beside_numerals(self):
        boxes = self.rounds("Geneva VIII", "Special round 9 (Vienna)", "Geneva II – round 1")
        numerals_alike(boxes)
        self.assertEqual([box.short for box in boxes], ["VIII", "IX", "II.1"])

    def test_left_alone_without_numerals_or_where_the_numeral_is_taken(self):
        plain = self.rounds("Astana 8", "Special round 9")
        numerals_alike(plain)
        self.assertEqual([box.short for box in plain], ["8", "Round 9"])
        taken = self.rounds("Geneva IX", "Special round 9")
        numerals_alike(taken)
        self.assertEqual([box.short for box in taken], ["IX", "Round 9"])
        months = self.rounds("Geneva III", "Geneva talks 2016 – March round")
        numerals_alike(months)
        self.assertEqual([box.short for box in months], ["III", "March round"])
