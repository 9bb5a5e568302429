"""Issue 13, finding 1: extreme and malformed dates on every page and API endpoint.

Every date parameter (`from`, `to`, `at`) is read into the supported range or refused with a
message that states the range (a 400 on the API, the page's own error message on `/`); the
window arithmetic (zoom, pan, fit) never overflows, whatever the stored dates."""

from datetime import date

from django.test import TestCase

from peaceproc.chronology.models import Round, Track
from peaceproc.site.filters import ZOOM_LEVELS, Window

DATE_RANGE_TEXT = "between 1900-01-01 and 2100-12-31"

EXTREMES = ["0001-01-01", "9999-12-31", "10000-01-01", "0000-01-01", "-0001-01-01", "2017-13-01",
            "2017-01-00", "1899-12-31", "2101-01-01"]  # fmt: skip
API_PATHS = ["/api/timeline", "/api/rounds", "/api/events", "/api/agreements", "/api/tenures",
             "/api/export.csv", "/api/export.json", "/api/export.ics"]  # fmt: skip


class ExtremeDateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        track = Track.objects.create(slug="astana", name="Astana", colour="#1f6fb2", order=1)
        Round.objects.create(
            track=track, slug="astana-1", title="Astana 1", number=1,
            start_date=date(2017, 1, 23), end_date=date(2017, 1, 24), city="Astana",
        )  # fmt: skip

    def test_the_reported_urls_answer_without_a_500(self):
        for query in ["from=9999-12-31", "zoom=month&at=0001-01-01",
                      "from=0001-01-01&to=0001-01-01", "zoom=4y&at=9999-12-31",
                      "to=9999-12-31", "zoom=year&at=9999-12-01"]:  # fmt: skip
            with self.subTest(query):
                response = self.client.get(f"/?{query}")
                self.assertEqual(response.status_code, 200)
                self.assertIn(DATE_RANGE_TEXT, response.content.decode())

    def test_every_date_parameter_on_the_page_is_range_checked(self):
        for name in ("from", "to", "at"):
            for value in EXTREMES:
                with self.subTest(name=name, value=value):
                    response = self.client.get("/", {name: value, "zoom": "month"})
                    self.assertEqual(response.status_code, 200)
                    self.assertIn('role="alert"', response.content.decode())

    def test_the_api_answers_400_stating_the_range(self):
        for path in API_PATHS:
            for name in ("from", "to"):
                for value in EXTREMES:
                    with self.subTest(path=path, name=name, value=value):
                        response = self.client.get(path, {name: value})
                        self.assertEqual(response.status_code, 400)
                        if value[:4] in ("0001", "9999", "1899", "2101"):
                            self.assertIn(DATE_RANGE_TEXT, response.content.decode())

    def test_the_bounds_themselves_are_accepted(self):
        for query in ("from=1900-01-01", "to=2100-12-31", "zoom=4y&at=2100-12-31",
                      "zoom=month&at=1900-01-01"):  # fmt: skip
            with self.subTest(query):
                response = self.client.get(f"/?{query}")
                self.assertNotIn('role="alert"', response.content.decode())
                if "zoom" not in query:  # the API takes no window
                    self.assertEqual(self.client.get(f"/api/rounds?{query}").status_code, 200)

    def test_window_arithmetic_cannot_overflow_at_the_ends_of_the_calendar(self):
        for at in (date.min, date.max):
            for zoom in ZOOM_LEVELS[1:]:
                with self.subTest(at=at, zoom=zoom):
                    window = Window.at_zoom(zoom, at)
                    self.assertLessEqual(window.start, window.end)
                    window.panned(-1), window.panned(1), window.zoomed(1), window.zoomed(-1)
                    window.middle()
        Window.fitting(date.min, date.max)

    def test_a_stored_round_at_the_calendar_edge_does_not_break_the_page(self):
        Round.objects.filter(slug="astana-1").update(start_date=date.min, end_date=date.max)
        response = self.client.get("/?round=astana-1")
        self.assertEqual(response.status_code, 200)
