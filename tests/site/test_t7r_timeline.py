"""Re-tester t7r's timeline findings (issue 11): a list parameter with one unknown value
dropped its valid values too; the current zoom level linked a month earlier each click; a
zoom without `at` under a date filter started at the range's beginning."""

from datetime import date

from django.http import QueryDict

from peaceproc.site.filters import TimelineFilters
from peaceproc.site.layout import build_timeline

from .base import SeededTestCase

TODAY = date(2026, 11, 30)


def timeline(query: str):
    return build_timeline(TimelineFilters(QueryDict(query)), today=TODAY)


class ValidListValuesKeptTests(SeededTestCase):
    def test_the_valid_tracks_apply_and_the_unknown_one_is_named(self):
        filters = TimelineFilters(QueryDict("track=astana&track=zzz"))
        self.assertIn("There is no track “zzz”", str(filters.errors["track"]))
        self.assertEqual(filters.value("track"), ["astana"])
        self.assertEqual([t.slug for t in filters.selected_tracks], ["astana"])
        self.assertEqual(filters.canonical_query(), "?track=astana")

    def test_the_page_shows_the_valid_tracks_lanes(self):
        valid = self.client.get("/?track=astana").context["timeline"]
        mixed = self.client.get("/?track=astana&track=zzz").context["timeline"]
        self.assertEqual([lane.slug for lane in mixed.lanes], [lane.slug for lane in valid.lanes])
        self.assertEqual(mixed.matching, valid.matching)

    def test_drop_the_invalid_values_keeps_the_valid_ones(self):
        response = self.client.get("/?q=abc&track=astana&track=zzz")
        # The page writes its parameters in the form's order (track before q).
        link = "?track=astana&amp;q=abc"
        self.assertContains(response, f'href="{link}" hx-get="{link}">Drop the invalid values')

    def test_the_valid_kinds_apply(self):
        filters = TimelineFilters(QueryDict("kind=round&kind=nonsense&kind=summit"))
        self.assertIn("“nonsense” is not a kind of item", str(filters.errors["kind"]))
        self.assertEqual(filters.value("kind"), ["round", "summit"])
        self.assertEqual(filters.canonical_query(), "?kind=round&kind=summit")

    def test_only_unknown_values_are_no_filter(self):
        filters = TimelineFilters(QueryDict("track=zzz&kind=nonsense"))
        self.assertEqual(filters.value("track"), [])
        self.assertEqual(filters.value("kind"), [])
        self.assertEqual(filters.selected_tracks, filters.implicit_tracks())
        self.assertEqual(filters.canonical_query(), "?")


class CurrentZoomLevelTests(SeededTestCase):
    def test_the_current_level_links_to_the_window_shown(self):
        for query in (
            "zoom=4y",
            "zoom=year",
            "zoom=quarter",
            "zoom=month",
            "zoom=4y&at=2017-06-01",
        ):
            with self.subTest(query):
                t = timeline(query)
                at = f"at={t.window.start:%Y-%m-%d}"
                [current] = [url for _, url, current in t.zoom_links if current]
                self.assertIn(at, current)
                self.assertEqual(timeline(current.split("?", 1)[1]).window, t.window)


class ZoomWithinDatesTests(SeededTestCase):
    def test_a_zoom_without_at_ends_at_the_range_s_end(self):
        window = timeline("zoom=year&to=2026-06-30").window
        self.assertEqual((window.start, window.end), (date(2025, 7, 1), date(2026, 6, 30)))
        window = timeline("zoom=year&from=2015-01-01&to=2019-06-30").window
        self.assertEqual((window.start, window.end), (date(2018, 7, 1), date(2019, 6, 30)))

    def test_or_today_when_the_range_ends_later(self):
        window = timeline("zoom=year&to=2030-06-30").window
        self.assertEqual(window.start, date(2025, 12, 1))
        self.assertGreaterEqual(window.end, TODAY)
        window = timeline("zoom=quarter&from=2020-01-01").window
        self.assertEqual(window.start, date(2026, 9, 1))

    def test_never_before_the_range_s_start(self):
        window = timeline("zoom=year&from=2026-03-01&to=2026-12-31").window
        self.assertEqual(window.start, date(2026, 3, 1))
