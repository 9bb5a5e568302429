"""The feed's time never goes back (outside tester t15b, finding 1): a revert or a
deletion takes the newest listed entry away, and the feed's Last-Modified and <updated>
went back to the entry before it, so a reader revalidating with If-Modified-Since got a 304
and kept the vandal's title. Its time is the audit trail's newest entry, of any kind. No
other page, export or calendar sends a Last-Modified (their ETag changes with them)."""

from datetime import UTC, date, datetime, timedelta

import feedparser
from django.utils.http import http_date, parse_http_date

from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import Event, Round

from .base import SeededTestCase

FEED = "/whats-new/feed.atom"
# Every public response that answers conditional requests (ETag or Last-Modified).
OTHERS = (
    "/",
    "/?q=Lavrov",
    "/rounds/astana-4/",
    "/participants/",
    "/whats-new/",
    "/api/timeline?round=astana-4",
    "/api/export.csv?round=astana-4",
    "/api/export.json?q=Astana",
    "/api/export.ics?track=astana",
)


class FeedTimeTests(SeededTestCase):
    def setUp(self):
        # Each step an hour apart, so that the feed's time (to the second) tells them apart.
        self.start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5)
        AuditEntry.objects.update(timestamp=self.start)
        self.round = Round.objects.get(slug="astana-4")
        self.good = audit.history(self.round).first()
        self.seen = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True)[0]

    def stamp_latest(self, hours: int) -> datetime:
        """Date the entries written since the last call `hours` after the start."""
        when = self.start + timedelta(hours=hours)
        AuditEntry.objects.filter(pk__gt=self.seen).update(timestamp=when)
        self.seen = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True)[0]
        return when

    def feed_times(self) -> tuple[float, datetime]:
        response = self.client.get(FEED)
        updated = feedparser.parse(response.content).feed.updated
        return parse_http_date(response["Last-Modified"]), datetime.fromisoformat(updated)

    def assert_after(self, when: datetime, last: str):
        modified, updated = self.feed_times()
        self.assertGreaterEqual(modified, when.timestamp())
        self.assertGreaterEqual(updated, when)
        # The copy fetched before is stale: a reader revalidating by date refetches it.
        self.assertEqual(
            self.client.get(FEED, headers={"If-Modified-Since": last}).status_code, 200
        )

    def test_a_revert_moves_the_feeds_time_on(self):
        services.sync_fields(self.round, {"title": "Astana 4 HACKED"}, via="admin")
        changed = self.stamp_latest(1)
        self.assertIn("HACKED", self.client.get(FEED).content.decode())
        last = self.client.get(FEED)["Last-Modified"]
        self.assertEqual(parse_http_date(last), changed.timestamp())
        audit.revert(self.good)
        reverted = self.stamp_latest(2)
        self.assertNotIn("HACKED", self.client.get(FEED).content.decode())
        self.assert_after(reverted, last)

    def test_a_deletion_moves_the_feeds_time_on(self):
        event = Event.objects.create(
            slug="vandal", title="VANDAL bogus", kind="summit", start_date=date(2019, 1, 11)
        )
        audit.record_change(event, via="admin")
        self.stamp_latest(1)
        last = self.client.get(FEED)["Last-Modified"]
        audit.delete_recorded([event], via="admin")
        deleted = self.stamp_latest(2)
        self.assertNotIn("VANDAL", self.client.get(FEED).content.decode())
        self.assert_after(deleted, last)

    def test_no_other_response_sends_a_time_that_could_go_back(self):
        for path in OTHERS:
            with self.subTest(path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.has_header("ETag"))
                self.assertFalse(response.has_header("Last-Modified"))


class EmptyTrailTests(SeededTestCase):
    def test_without_entries_the_feed_has_a_time(self):
        AuditEntry.objects.all().delete()
        response = self.client.get(FEED)
        self.assertEqual(response.status_code, 200)
        self.assertLessEqual(
            parse_http_date(response["Last-Modified"]), parse_http_date(http_date())
        )
