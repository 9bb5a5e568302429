"""Dates in a query string: YYYY-MM-DD, and a one-digit month or day read too, by the
page and the API alike, as the README says (outside tester t6s, issue 11: a saved link
written `2017-1-1` keeps working); the page's address then shows the date in full."""

from .base import SeededTestCase

TIMELINE = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline"}


class DateParamTests(SeededTestCase):
    def test_one_digit_months_and_days_read_alike_everywhere(self):
        page = self.client.get("/?from=2017-1-1&to=2017-3-9", **TIMELINE)
        self.assertEqual(page.status_code, 200)
        self.assertEqual(page["HX-Push-Url"], "/?from=2017-01-01&to=2017-03-09")
        for path in ("/api/timeline", "/api/export.json", "/api/rounds"):
            with self.subTest(path):
                short = self.client.get(f"{path}?from=2017-1-1&to=2017-3-9")
                full = self.client.get(f"{path}?from=2017-01-01&to=2017-03-09")
                self.assertEqual(short.status_code, 200)
                listed = "items" if path == "/api/export.json" else "results"
                self.assertTrue(full.json()[listed])
                self.assertEqual(short.json()[listed], full.json()[listed])

    def test_other_shapes_are_refused_alike(self):
        for value in ("17-1-1", "2017/01/01", "2017-001-01"):
            with self.subTest(value):
                page = self.client.get(f"/?from={value}")
                self.assertContains(page, "Enter the start date as YYYY-MM-DD")
                self.assertEqual(self.client.get(f"/api/timeline?from={value}").status_code, 400)
