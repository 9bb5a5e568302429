"""A zoom without `at` and the pan links stay inside the record's period (2012 to the
end of this year): `/?zoom=4y` opened "0 in 1 November 2026 – 31 October 2030" and
"Later →" panned on without end (outside tester t7s, issue 11)."""

from datetime import date

from django.http import QueryDict

from peaceproc.site.filters import PERIOD_START, TimelineFilters
from peaceproc.site.layout import build_timeline

from .base import SeededTestCase

TODAY = date(2026, 11, 30)
PERIOD_END = date(2026, 12, 31)


def timeline(query: str):
    return build_timeline(TimelineFilters(QueryDict(query)), today=TODAY)


class ZoomWithoutAtTests(SeededTestCase):
    def test_the_window_ends_today(self):
        for zoom, start in (
            ("4y", date(2022, 12, 1)),
            ("year", date(2025, 12, 1)),
            ("quarter", date(2026, 9, 1)),
            ("month", date(2026, 11, 1)),
        ):
            with self.subTest(zoom):
                window = timeline(f"zoom={zoom}").window
                self.assertEqual(window.start, start)
                self.assertGreaterEqual(window.end, TODAY)
                self.assertLessEqual(window.end, PERIOD_END)

    def test_the_page_shows_no_future_window(self):
        response = self.client.get("/?zoom=4y")
        window = response.context["timeline"].window
        self.assertLessEqual(window.end, date(date.today().year, 12, 31))
        self.assertLessEqual(window.start, date.today())


class PanInsidePeriodTests(SeededTestCase):
    def test_no_later_at_the_end_and_no_earlier_at_the_start(self):
        for zoom in ("4y", "year", "quarter", "month"):
            with self.subTest(zoom):
                last = timeline(f"zoom={zoom}&at=2026-12-31")
                self.assertEqual(last.window.end, PERIOD_END)
                self.assertIsNone(last.nav["later"])
                self.assertIsNotNone(last.nav["earlier"])
                first = timeline(f"zoom={zoom}&at=2012-01-01")
                self.assertEqual(first.window.start, PERIOD_START)
                self.assertIsNone(first.nav["earlier"])
                self.assertIsNotNone(first.nav["later"])

    def test_a_pan_stops_at_the_period_s_end(self):
        # From a window a month short of the end, "Later" shows the period's last window.
        later = timeline("zoom=4y&at=2022-12-01").nav["later"]
        self.assertIn("at=2023-01-01", later)
        earlier = timeline("zoom=year&at=2012-03-01").nav["earlier"]
        self.assertIn("at=2012-01-01", earlier)

    def test_following_later_ends(self):
        query = "zoom=quarter&at=2025-01-01"
        for _ in range(40):  # a quarter pans by a month: 21 steps to the end
            later = timeline(query).nav["later"]
            if later is None:
                break
            query = later.split("?", 1)[1]
        self.assertIsNone(later)
        self.assertEqual(timeline(query).window.end, PERIOD_END)
