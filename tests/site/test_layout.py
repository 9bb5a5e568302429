"""The lanes' geometry: columns, rows without overlap, clusters, ticks, the grid CSS."""

import itertools
from datetime import date

from django.conf import settings
from django.http import QueryDict
from django.test import SimpleTestCase

from peaceproc.chronology.models import Agreement
from peaceproc.site import gridcss
from peaceproc.site.filters import TimelineFilters, Window
from peaceproc.site.gridcss import COLUMNS, MAX_ROWS
from peaceproc.site.layout import Mark, axis_ticks, build_timeline, column, pack, place

from .base import SeededTestCase, make_events

YEAR_2017 = Window("year", date(2017, 1, 1), date(2017, 12, 31))


def mark(first: date, last: date, kind: str = "round") -> Mark:
    return Mark(kind, "k", "Title", "dates", "Round", "/", first, last)


class GeometryTests(SimpleTestCase):
    def test_columns_span_the_window(self):
        self.assertEqual(column(YEAR_2017, date(2017, 1, 1)), 0)
        self.assertEqual(column(YEAR_2017, date(2018, 1, 1)), COLUMNS)
        self.assertEqual(column(YEAR_2017, date(2017, 7, 3)), COLUMNS // 2)
        self.assertEqual(column(YEAR_2017, date(2010, 1, 1)), 0)  # clamped

    def test_a_mark_is_at_least_one_column_and_clipped_to_the_window(self):
        point = place(mark(date(2017, 5, 3), date(2017, 5, 3)), YEAR_2017)
        self.assertEqual(point.span, 1)
        long = place(mark(date(2016, 6, 1), date(2018, 6, 1)), YEAR_2017)
        self.assertEqual((long.start_line, long.end_line), (1, COLUMNS + 1))
        self.assertTrue(long.clipped_start and long.clipped_end)

    def test_packing_never_overlaps(self):
        marks = [
            place(mark(date(2017, 1, 1 + n % 28), date(2017, 1, 2 + n % 28)), YEAR_2017)
            for n in range(40)
        ]
        rows = pack(marks, labels=True)
        self.assertGreater(rows, 1)
        by_row: dict[int, list[Mark]] = {}
        for m in marks:
            by_row.setdefault(m.row, []).append(m)
        for row in by_row.values():
            row.sort(key=lambda m: m.start_line)
            for a, b in itertools.pairwise(row):
                self.assertLessEqual(a.area_end, b.start_line)

    def test_without_room_labels_show_only_where_they_fit(self):
        crowded = [place(mark(date(2017, 1, d), date(2017, 1, d)), YEAR_2017) for d in (1, 8)]
        alone = place(mark(date(2017, 9, 1), date(2017, 9, 1)), YEAR_2017)
        pack([*crowded, alone], labels=False)
        self.assertFalse(crowded[0].show_label)
        self.assertTrue(alone.show_label)

    def test_ticks(self):
        self.assertEqual(
            [t.label for t in axis_ticks(Window("4y", date(2016, 1, 1), date(2019, 12, 31)))],
            ["2017", "2018", "2019"],
        )
        months = [t.label for t in axis_ticks(YEAR_2017) if t.label]
        self.assertEqual(months[:2], ["Feb", "Mar"])
        self.assertEqual(months[-1], "Dec")
        edge = axis_ticks(Window("year", date(2017, 1, 10), date(2018, 1, 9)))
        self.assertEqual(edge[-1].label, "")  # 1 January, too close to the edge to label

    def test_grid_stylesheet_is_up_to_date(self):
        path = settings.BASE_DIR / "static" / "css" / "timeline-grid.css"
        self.assertEqual(
            path.read_text(),
            gridcss.render(),
            "Run: .venv/bin/python -m peaceproc.site.gridcss > static/css/timeline-grid.css",
        )
        self.assertIn(f".r-{MAX_ROWS} {{", path.read_text())


class LanesTests(SeededTestCase):
    def build(self, query: str = ""):
        filters = TimelineFilters(QueryDict(query))
        filters.is_valid()
        return build_timeline(filters, today=date(2025, 6, 1))

    def test_lanes_follow_the_selected_tracks(self):
        timeline = self.build("track=geneva&track=un-envoys")
        self.assertEqual([lane.slug for lane in timeline.lanes], ["geneva", "un-envoys"])

    def test_few_events_are_drawn_one_by_one_many_as_clusters(self):
        timeline = self.build()
        kinds = {m.kind for lane in timeline.lanes for m in lane.marks}
        self.assertNotIn("cluster", kinds)
        make_events(1000)
        timeline = self.build()
        astana = timeline.lanes[0]
        self.assertTrue(astana.clustered)
        clusters = [m for m in astana.marks if m.kind == "cluster"]
        rounds = [m for m in astana.marks if m.kind == "round"]
        self.assertEqual(len(rounds), 22)  # rounds stay visible, one by one
        agreements = Agreement.objects.filter(track__slug="astana").count()
        events_in_lane = astana.item_count - len(rounds) - agreements
        self.assertEqual(sum(c.count for c in clusters), events_in_lane)
        self.assertLessEqual(astana.rows, MAX_ROWS)

    def test_counts_agree_between_lanes_list_and_totals(self):
        make_events(300)
        timeline = self.build("zoom=year&at=2017-01-01")
        self.assertEqual(sum(lane.item_count for lane in timeline.lanes), timeline.in_window)
        self.assertGreater(timeline.matching, timeline.in_window)

    def test_today_line_only_inside_the_window(self):
        self.assertIsNotNone(self.build().today_line)
        self.assertIsNone(self.build("zoom=year&at=2017-01-01").today_line)
