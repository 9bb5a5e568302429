"""What the timeline's speed-ups (issue 11, session 13) must leave as it was: the links'
query strings, a month's arithmetic, the list's items and a round's short label; and
bench/page_digests.py, which compares two runs' pages."""

import calendar
import io
import json
import sys
import tempfile
from contextlib import redirect_stdout
from dataclasses import replace
from datetime import date
from pathlib import Path

from django.http import QueryDict
from django.test import SimpleTestCase

from peaceproc.site.filters import TimelineFilters, add_months
from peaceproc.site.geometry import short_round_label
from peaceproc.site.timeline import TimelineItem, amended
from tests.site.base import SeededTestCase

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "bench"))

import page_digests


class LinkQueryTests(SeededTestCase):
    def test_each_link_is_what_querydict_encodes(self):
        filters = TimelineFilters(
            QueryDict(
                "q=Лаврентьев+&+co&track=astana&track=geneva&kind=round&zoom=year&at=2017-01-01"
            )
        )
        filters.is_valid()
        expected = QueryDict(mutable=True)
        for name, values in filters.query_params.items():
            expected.setlist(name, values)
        self.assertEqual(filters.query(), "?" + expected.urlencode())
        changed = expected.copy()
        changed.setlist("zoom", ["month"])
        changed.setlist("at", ["2017-03-05"])
        changed.setlist("page", ["2"])
        self.assertEqual(
            filters.query(zoom="month", at="2017-03-05", page=2), "?" + changed.urlencode()
        )
        dropped = expected.copy()
        for name in ("track", "zoom", "at"):
            del dropped[name]
        self.assertEqual(filters.query(drop=("zoom", "at"), track=None), "?" + dropped.urlencode())
        self.assertEqual(filters.query(track=[], drop=("kind", "q", "zoom", "at")), "?")


class ArithmeticTests(SimpleTestCase):
    def test_add_months_agrees_with_the_calendar_on_every_late_day(self):
        for year in (2015, 2016, 2100):  # a common year, a leap year, a century not leap
            for month in range(1, 13):
                for day in range(26, calendar.monthrange(year, month)[1] + 1):
                    for months in (-13, -1, 1, 2, 12, 25):
                        index = year * 12 + month - 1 + months
                        to_year, to_month = divmod(index, 12)
                        last = calendar.monthrange(to_year, to_month + 1)[1]
                        self.assertEqual(
                            add_months(date(year, month, day), months),
                            date(to_year, to_month + 1, min(day, last)),
                        )

    def test_a_rounds_short_label_is_the_same_asked_again(self):
        for title, number, label in (
            ("Astana 4", 4, "4"),
            ("Geneva II – round 1", None, "II.1"),
            ("Astana 4", None, "4"),
            ("Special round 9", 9, "Round 9"),
        ):
            self.assertEqual(short_round_label(title, number), label)
            self.assertEqual(short_round_label(title, number), label)


class AmendedTests(SimpleTestCase):
    item = TimelineItem(
        "event", None, None, "Talks", date(2017, 1, 23), None, "day", "day", "Astana", "", ()
    )

    def test_a_copy_with_the_added_fields_and_the_rest_as_it_was(self):
        self.assertEqual(self.item.dates, "23 January 2017")  # worked out on the original
        copy = amended(self.item, sources=("a source",), produced=(("Memorandum", "/a/"),))
        self.assertEqual(copy.sources, ("a source",))
        self.assertEqual(copy.produced, (("Memorandum", "/a/"),))
        self.assertEqual(
            (copy.title, copy.start, copy.place), ("Talks", date(2017, 1, 23), "Astana")
        )
        self.assertEqual(copy.dates, "23 January 2017")
        self.assertEqual(self.item.sources, ())  # the original untouched
        made = replace(self.item, sources=("a source",), produced=(("Memorandum", "/a/"),))
        self.assertEqual(copy, made)  # every field as dataclasses.replace() gives it

    def test_any_other_field_is_refused(self):
        with self.assertRaises(TypeError):
            amended(self.item, title="Other talks")


class DigestComparisonTests(SimpleTestCase):
    def compare(self, before: dict, after: dict) -> tuple[int, str]:
        with tempfile.TemporaryDirectory() as folder:
            paths = [Path(folder) / "before.json", Path(folder) / "after.json"]
            for path, digests in zip(paths, (before, after), strict=True):
                path.write_text(json.dumps(digests))
            with redirect_stdout(io.StringIO()) as printed:
                status = page_digests.compare(*map(str, paths))
        return status, printed.getvalue()

    def test_the_views_that_differ_are_named_and_the_status_is_1(self):
        before = {"/ page": "200 aa", "/?q=x htmx": "200 bb"}
        self.assertEqual(self.compare(before, dict(before)), (0, "2 views in both; 0 differ.\n"))
        status, printed = self.compare(before, {**before, "/?q=x htmx": "200 cc"})
        self.assertEqual(status, 1)
        self.assertIn("differs: /?q=x htmx", printed)
        self.assertNotIn("differs: / page", printed)
        status, printed = self.compare(before, {"/ page": "200 aa"})  # a view gone
        self.assertEqual(status, 1)


class DigestSampleTests(SeededTestCase):
    def test_the_sample_holds_over_a_hundred_distinct_searches(self):
        views = page_digests.urls(120)
        self.assertEqual(len(views), len(set(views)))
        searches = {QueryDict(url.partition("?")[2]).get("q") for url, _ in views}
        self.assertGreaterEqual(len(searches - {None}), 100)
