"""The admin's audit trail lists each entry's time to the second (issue #11, t10a,
finding 2: two edits of one minute looked alike), and keeps a reverted change that
What's new no longer shows."""

from datetime import UTC, datetime, timedelta

from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import Round

from .base import SeededAdminTestCase


class AuditListSecondsTests(SeededAdminTestCase):
    def test_times_to_the_second_and_every_entry_kept(self):
        round_ = Round.objects.get(slug="astana-4")
        good = audit.history(round_).first()
        services.sync_fields(round_, {"title": "Astana 4 vandalised"}, via="admin")
        audit.revert(good)
        when = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
        for n, entry in enumerate(audit.history(round_)[:2]):
            AuditEntry.objects.filter(pk=entry.pk).update(timestamp=when - timedelta(seconds=n))
        page = self.client.get("/admin/audit/auditentry/", {"q": "vandalised"}).content.decode()
        self.assertIn("2026-03-04 05:06:06", page)
        self.assertIn("Astana 4 vandalised", page)
        page = self.client.get("/admin/audit/auditentry/", {"action__exact": "revert"})
        self.assertIn("2026-03-04 05:06:07 UTC", page.content.decode())
