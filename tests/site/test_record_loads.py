"""What's new and its feed: a load of the published record is one line ("Initial record
loaded: N rounds, ..."), not dozens of "Added the participant ..." entries; an editor's
change is still listed on its own, and the feed keeps its URL, format and entry ids."""

from datetime import timedelta

import feedparser
from django.contrib.contenttypes.models import ContentType

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import Event, Round

from .base import SeededTestCase


class RecordLoadTests(SeededTestCase):
    def loaded(self, model) -> int:
        return AuditEntry.objects.filter(
            via="seed",
            action=AuditEntry.Action.CREATE,
            content_type=ContentType.objects.get_for_model(model),
        ).count()

    def test_the_seed_load_is_one_line_counting_what_it_added(self):
        self.assertGreater(self.loaded(Round), 0)
        page = self.client.get("/whats-new/").content.decode()
        self.assertNotIn("Added the participant", page)
        self.assertNotIn("Added the round", page)
        self.assertEqual(page.count("Initial record loaded"), 1)
        self.assertIn(
            f"Initial record loaded: {self.loaded(Round)} rounds, {self.loaded(Event)} events,",
            page,
        )

    def test_an_editors_change_is_listed_on_its_own_above_the_load(self):
        round_ = Round.objects.get(slug="astana-12")
        services.sync_fields(round_, {"summary": "Corrected by an editor."}, via="admin")
        page = self.client.get("/whats-new/").content.decode()
        self.assertIn("Changed the round", page)
        self.assertLess(page.index("Changed the round"), page.index("Initial record loaded"))

    def test_a_later_load_is_one_more_line_saying_what_it_added_and_corrected(self):
        first = AuditEntry.objects.filter(via="seed").order_by("timestamp").first()
        later = first.timestamp + timedelta(days=30)
        event = Event.objects.first()
        kinds = ContentType.objects.get_for_model(Event)
        for action in (AuditEntry.Action.CREATE, AuditEntry.Action.CHANGE):
            entry = AuditEntry.objects.create(
                content_type=kinds, object_id=str(event.pk), object_repr=event.title,
                action=action, via="seed", changed_fields=["summary"],
            )  # fmt: skip
            AuditEntry.objects.filter(pk=entry.pk).update(timestamp=later)
        page = self.client.get("/whats-new/").content.decode()
        self.assertIn("Record updated from its sources: added 1 event; corrected 1 event.", page)
        self.assertLess(page.index("Record updated"), page.index("Initial record loaded"))
        self.assertIn(f'id="load-{later.date().isoformat()}"', page)

    def test_the_feed_keeps_its_url_and_format_with_one_entry_for_the_load(self):
        round_ = Round.objects.get(slug="astana-12")
        services.sync_fields(round_, {"summary": "Corrected by an editor."}, via="admin")
        response = self.client.get("/whats-new/feed.atom")
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertEqual(feed.version, "atom10")
        loads = [e for e in feed.entries if e.title.startswith("Initial record loaded")]
        self.assertEqual(len(loads), 1)
        self.assertRegex(loads[0].id, r"^tag:peaceproc,2026:load-\d{4}-\d{2}-\d{2}$")
        self.assertRegex(loads[0].link, r"/whats-new/#load-\d{4}-\d{2}-\d{2}$")
        self.assertFalse([e for e in feed.entries if e.title.startswith("Added the")])
        change = AuditEntry.objects.filter(via="admin").latest("pk")
        self.assertIn(f"tag:peaceproc,2026:change-{change.pk}", [e.id for e in feed.entries])
