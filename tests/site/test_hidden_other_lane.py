"""The "n more matches on tracks not shown" note counts the Other lane's matches (items
with no track) when the tracks named leave it out, with the link that shows it (issue 11,
re-tester t9s, finding 5: they were left out of the count)."""

from datetime import date
from urllib.parse import urlencode

from django.http import QueryDict

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Event
from peaceproc.site.filters import TimelineFilters
from peaceproc.site.layout import build_timeline

from .base import SeededTestCase


class OtherLaneNoteTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for n in range(2):
            Event.objects.create(
                slug=f"trackless-{n}",
                title=f"Quorvex meeting {n}",
                kind=Event.Kind.values[0],
                start_date=date(2020, 5, 1 + n),
                precision=Precision.DAY,
                track=None,
                place="Somewhere",
            )

    def page(self, query: str):
        filters = TimelineFilters(QueryDict(query))
        filters.is_valid()
        return build_timeline(filters)

    def note(self, **params):
        return self.page(urlencode(params, doseq=True)).hidden

    def test_the_other_lanes_matches_are_counted_with_its_link(self):
        hidden = self.note(q="Quorvex", track="astana")
        self.assertEqual(hidden.count, 2)
        self.assertEqual(hidden.tracks, ["Other (2)"])
        self.assertIn("track=other", hidden.url)
        page = self.page(hidden.url.partition("?")[2])
        self.assertEqual(page.matching, 2)
        self.assertIsNone(page.hidden)
        html = self.client.get("/", {"q": "Quorvex", "track": "astana"}).content.decode()
        self.assertIn("2 more matches on tracks not shown: Other (2).", html)

    def test_not_counted_where_the_lane_is_shown(self):
        self.assertIsNone(self.note(q="Quorvex"))
        self.assertIsNone(self.note(q="Quorvex", track=["astana", "other"]))
        # Nor counted without a search, a participant or kinds (no note at all).
        self.assertIsNone(self.note(track="astana"))

    def test_with_the_tracks_not_shown(self):
        hidden = self.note(q="Quorvex session", track="astana")
        self.assertIsNone(hidden)
        hidden = self.note(kind="event", track="astana")
        self.assertIn("Other (2)", hidden.tracks)
        self.assertEqual(hidden.tracks[-1], "Other (2)")
