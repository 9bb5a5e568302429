"""A round dated outside the timeline's whole period (2012 to the end of this year), as
the admin accepts any date from 1900 to 2100: `?round=` shows its window, not an empty
one ending this year (outside tester t9a, finding 5)."""

from datetime import date

from django.http import QueryDict

from peaceproc.chronology.dates import FIRST_DATE, LAST_DATE
from peaceproc.chronology.models import Round, Track
from peaceproc.site.filters import TimelineFilters

from .base import SeededTestCase

TODAY = date(2026, 11, 30)


class RoundBeyondThePeriodTests(SeededTestCase):
    def make_round(self, slug: str, day: date) -> Round:
        return Round.objects.create(
            track=Track.objects.get(slug="astana"),
            slug=slug,
            title=f"Round on {day}",
            start_date=day,
            end_date=day,
        )

    def test_the_window_holds_the_round_at_either_end_of_the_supported_range(self):
        for slug, day in (("far-future", LAST_DATE), ("far-past", FIRST_DATE)):
            with self.subTest(slug=slug):
                self.make_round(slug, day)
                for zoom in ("", "month", "year", "4y"):
                    query = QueryDict(mutable=True)
                    query["round"] = slug
                    if zoom:
                        query["zoom"] = zoom
                    window = TimelineFilters(query).window(today=TODAY)
                    self.assertLessEqual(window.start, day, zoom)
                    self.assertGreaterEqual(window.end, day, zoom)

    def test_the_page_lists_it(self):
        self.make_round("far-future", LAST_DATE)
        page = self.client.get("/?round=far-future").content.decode()
        self.assertIn("Round on 2100-12-31", page)
        self.assertIn("December 2100", page)

    def test_a_round_inside_the_period_keeps_its_window(self):
        astana_4 = Round.objects.get(slug="astana-4")
        query = QueryDict("round=astana-4")
        window = TimelineFilters(query).window(today=TODAY)
        self.assertLessEqual(window.start, astana_4.start_date)
        self.assertGreaterEqual(window.end, astana_4.end_date)
        self.assertLess((window.end - window.start).days, 40)
