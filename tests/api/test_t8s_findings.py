"""Issue #11, outside tester t8s: the API's empty values, date bounds in the schema and
JSON errors (findings 5, 6, 10)."""

import re

from peaceproc.api.params import years_pattern
from peaceproc.chronology.dates import FIRST_DATE, LAST_DATE

from .base import SeededTestCase


class EmptyValuesTests(SeededTestCase):
    def test_an_empty_kind_is_none(self):
        every = self.client.get("/api/events?limit=500").json()["count"]
        for query in ("kind=", "kind=&kind=", "kind=&kind=summit"):
            with self.subTest(query):
                response = self.client.get(f"/api/events?{query}&limit=500")
                self.assertEqual(response.status_code, 200, response.content[:200])
                if "summit" not in query:
                    self.assertEqual(response.json()["count"], every)
        self.assertEqual(self.client.get("/api/events?kind=picnic").status_code, 400)

    def test_empty_limit_and_offset_are_the_defaults(self):
        plain = self.client.get("/api/rounds").json()
        for query in ("limit=", "offset=", "limit=&offset=", "limit=%20"):
            with self.subTest(query):
                response = self.client.get(f"/api/rounds?{query}")
                self.assertEqual(response.status_code, 200, response.content[:200])
                body = response.json()
                self.assertEqual((body["limit"], body["offset"]), (plain["limit"], 0))
        self.assertEqual(self.client.get("/api/rounds?limit=x").status_code, 400)


class EmptyValuesInLinksTests(SeededTestCase):
    def test_an_empty_value_is_left_out_of_next_on_every_list(self):
        # outside tester t13b, 12: participants kept `q=`, the timeline `track=`.
        lists = ("participants", "events", "rounds", "agreements", "tenures", "timeline")
        asked = [(path, "q=") for path in lists] + [("timeline", "track="), ("events", "kind=")]
        for path, empty in asked:
            with self.subTest(path=path, empty=empty):
                response = self.client.get(f"/api/{path}?limit=1&{empty}")
                self.assertEqual(response.status_code, 200, response.content[:200])
                self.assertNotIn(empty, response.json()["next"])


class DateBoundsInTheSchemaTests(SeededTestCase):
    def test_the_date_parameters_carry_the_range_the_code_enforces(self):
        document = self.client.get("/api/openapi.json").json()
        seen = 0
        for methods in document["paths"].values():
            for parameter in methods["get"].get("parameters", []):
                if parameter["name"] in ("from", "to"):
                    date = parameter["schema"]["anyOf"][0]
                    self.assertEqual(date["formatMinimum"], FIRST_DATE.isoformat())
                    self.assertEqual(date["formatMaximum"], LAST_DATE.isoformat())
                    seen += 1
        self.assertGreater(seen, 10)

    def test_the_year_pattern_matches_exactly_the_supported_years(self):
        for first, last in ((FIRST_DATE.year, LAST_DATE.year), (1950, 2031), (2000, 2000)):
            pattern = re.compile(f"^({years_pattern(first, last)})$")
            for year in range(1000, 3000):
                with self.subTest(first=first, last=last, year=year):
                    self.assertEqual(bool(pattern.match(str(year))), first <= year <= last)

    def test_a_date_outside_the_pattern_is_refused(self):
        for value in ("1899-12-31", "2101-01-01"):
            with self.subTest(value):
                self.assertEqual(self.client.get(f"/api/rounds?from={value}").status_code, 400)


class JsonErrorsTests(SeededTestCase):
    def test_a_line_break_in_a_slug_answers_a_json_404(self):
        for plural in ("rounds", "events", "agreements", "participants", "tenures", "sources"):
            for slug in ("a%0Ab", "a%0A", "%0A", "a%0Db", "x/%0A/y"):
                with self.subTest(plural=plural, slug=slug):
                    response = self.client.get(f"/api/{plural}/{slug}")
                    self.assertEqual(response.status_code, 404)
                    self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
                    self.assertEqual(response.json()["error"]["status"], 404)
