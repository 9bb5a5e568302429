"""The activity chart's caption names what it counts, and nothing it does not: on the
UN envoys' track, announcements are events, not "0 rounds, 4 meetings"."""

from django.test import SimpleTestCase

from peaceproc.chronology.models import Event, Round
from peaceproc.site.charts import caption

from .base import SeededTestCase


class ChartCaptionTests(SeededTestCase):
    def caption(self, query: str) -> str:
        page = self.client.get(f"/?{query}").content.decode()
        start = page.index('id="activity-chart-caption">') + len('id="activity-chart-caption">')
        return page[start : page.index("</figcaption>", start)]

    def test_a_track_of_announcements_counts_events_not_rounds_or_meetings(self):
        events = Event.objects.filter(track__slug="un-envoys").count()
        self.assertGreater(events, 0)
        text = self.caption("track=un-envoys&zoom=all")
        self.assertTrue(text.startswith(f"Events per quarter, by track: {events} events."), text)
        self.assertNotIn("0 rounds", text)
        self.assertNotIn("meeting", text.split(".")[0])
        self.assertIn("announcements", text)  # what an event may be is said

    def test_each_kind_drawn_is_counted_by_its_name(self):
        text = self.caption("track=astana&zoom=all")
        rounds = Round.objects.filter(track__slug="astana").count()
        self.assertRegex(
            text, rf"^Rounds, events and agreements per quarter, by track: {rounds} rounds, "
        )


class CaptionWordsTests(SimpleTestCase):
    def test_only_the_kinds_drawn_each_by_its_name(self):
        self.assertEqual(
            caption("month", {"round": 1, "event": 0, "agreement": 2}),
            "Rounds and agreements per month, by track: 1 round and 2 agreements. "
            "It follows the filters and the zoom.",
        )
        self.assertTrue(
            caption("week", {"round": 0, "event": 1, "agreement": 0}).startswith(
                "Events per week, by track: 1 event. Events are"
            )
        )
