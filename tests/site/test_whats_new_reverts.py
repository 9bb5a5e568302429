"""What's new and its feed after vandalism and its revert (issue #11, t10a): a record's
changes are named by its current name, a revert folds away with the changes it undid (the
admin's trail keeps them all), and a change says which fields it changed, a slug's with
its old and new values."""

import feedparser

from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import Round

from .base import SeededTestCase

VANDAL = 'Astana 4 "><script>alert(1)</script>'


class RevertedVandalismTests(SeededTestCase):
    def setUp(self):
        self.round = Round.objects.get(slug="astana-4")
        self.good = audit.history(self.round).first()

    def vandalise(self):
        services.sync_fields(self.round, {"title": VANDAL}, via="admin")
        return audit.history(self.round).first()

    def public_text(self) -> str:
        page = self.client.get("/whats-new/").content.decode()
        feed = self.client.get("/whats-new/feed.atom").content.decode()
        return page + feed

    def test_a_reverted_change_and_its_revert_leave_the_public_pages(self):
        self.vandalise()
        self.assertIn("alert(1)", self.public_text())  # listed (escaped) while it stands
        audit.revert(self.good)
        text = self.public_text()
        self.assertNotIn("alert(1)", text)
        self.assertNotIn("Changed the round", text)
        self.assertNotIn("Restored the round", text)
        # The admin's trail keeps the change and the revert.
        actions = list(audit.history(self.round).values_list("action", flat=True)[:2])
        self.assertEqual(actions, [AuditEntry.Action.REVERT, AuditEntry.Action.CHANGE])

    def test_a_change_is_named_by_the_records_current_name(self):
        self.vandalise()
        services.sync_fields(self.round, {"summary": "Corrected."}, via="admin")
        services.sync_fields(self.round, {"title": "Astana 4"}, via="admin")
        page = self.client.get("/whats-new/").content.decode()
        self.assertNotIn("alert(1)", page)
        self.assertEqual(page.count("Changed the round <a"), 3)
        self.assertIn('<a href="/rounds/astana-4/"><bdi>Astana 4</bdi></a>', page)

    def test_a_revert_keeps_the_changes_before_the_version_it_restored(self):
        services.sync_fields(self.round, {"summary": "Kept."}, via="admin")
        kept = audit.history(self.round).first()
        self.vandalise()
        services.sync_fields(self.round, {"city": "Nowhere"}, via="admin")
        audit.revert(kept)
        page = self.client.get("/whats-new/").content.decode()
        self.assertEqual(page.count("Changed the round <a"), 1)
        self.assertIn("(summary)", page)
        self.assertNotIn("city", page.split("Initial record loaded")[0])

    def test_a_revert_undone_by_a_later_revert_undoes_nothing(self):
        vandalised = self.vandalise()
        audit.revert(self.good)
        audit.revert(vandalised)  # back to the vandal's version
        page = self.client.get("/whats-new/").content.decode()
        self.assertEqual(page.count("Changed the round <a"), 1)
        self.assertIn("alert(1)", page)  # it stands: listed, escaped
        self.assertNotIn("<script>alert", page)

    def test_a_change_lists_its_fields_and_a_slugs_old_and_new_value(self):
        services.sync_fields(self.round, {"title": "Astana IV", "slug": "astana-iv"}, via="admin")
        page = self.client.get("/whats-new/").content.decode()
        self.assertIn("(slug astana-4 → astana-iv, title)", page)
        feed = feedparser.parse(self.client.get("/whats-new/feed.atom").content)
        titles = [e.title for e in feed.entries]
        self.assertIn("Changed the round “Astana IV”: slug astana-4 → astana-iv, title.", titles)
