"""What's new and its feed after a deletion (outside tester t14b, 7): the events of a bad
ingestion, deleted in the admin, stayed listed as "Added the event …", linked to pages
answering 404. A deleted record's entries leave both, and come back with the record when
its deletion is reverted; no link of the feed answers 404."""

from datetime import date

import feedparser

from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Event, Round

from .base import SeededTestCase

BOGUS = "Summit that never happened <img src=x onerror=alert(1)>"


class DeletedRecordTests(SeededTestCase):
    def setUp(self):
        self.event = Event.objects.create(
            slug="bogus-summit", title=BOGUS, kind="summit", start_date=date(2019, 1, 11)
        )
        audit.record_change(self.event, via="ingest")
        self.link = f"/events/{self.event.pk}/"

    def public_text(self) -> str:
        page = self.client.get("/whats-new/").content.decode()
        feed = self.client.get("/whats-new/feed.atom").content.decode()
        return page + feed

    def test_a_deleted_records_entries_leave_the_page_and_the_feed(self):
        self.assertIn("Summit that never happened", self.public_text())  # while it stands
        audit.delete_recorded([self.event], via="admin")
        text = self.public_text()
        self.assertNotIn("Summit that never happened", text)
        self.assertNotIn(self.link, text)

    def test_a_deleted_records_changes_leave_too(self):
        round_ = Round.objects.get(slug="astana-4")
        before = audit.snapshot(round_)
        round_.summary = "Vandalised summary."
        round_.save()
        audit.record_change(round_, before=before, via="admin")
        self.assertIn("Changed the round", self.public_text())
        audit.delete_recorded([round_], via="admin")
        self.assertNotIn("Changed the round", self.public_text())

    def test_a_record_brought_back_is_listed_again(self):
        audit.delete_recorded([self.event], via="admin")
        deletion = audit.history(Event, self.link.split("/")[2]).first()
        self.assertEqual(deletion.action, AuditEntry.Action.DELETE)
        audit.revert(deletion)
        self.assertIn(self.link, self.public_text())
        self.assertEqual(self.client.get(self.link).status_code, 200)

    def test_no_link_of_the_feed_answers_404(self):
        audit.delete_recorded([self.event], via="admin")
        feed = feedparser.parse(self.client.get("/whats-new/feed.atom").content)
        self.assertTrue(feed.entries)
        for entry in feed.entries:
            with self.subTest(entry.link):
                path = entry.link.split("://", 1)[-1].split("/", 1)[-1]
                self.assertNotEqual(self.client.get(f"/{path}").status_code, 404)
