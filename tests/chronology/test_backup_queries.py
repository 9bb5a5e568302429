"""A backup reads each table in a constant number of queries, however many rows it holds:
the links written by natural key (an audit entry's content type and user) come with
their rows, not one query per row (the export of the seeded record made some 2,100)."""

from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.backup import build_backup, label
from peaceproc.chronology.models import Track


class ExportQueriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice = User.objects.create_user("alice")
        cls.track_type = ContentType.objects.get_for_model(Track)

    def add_entries(self, count: int) -> None:
        AuditEntry.objects.bulk_create(
            AuditEntry(
                content_type=self.track_type,
                object_id=str(n),
                object_repr=f"Track {n}",
                action=AuditEntry.Action.CREATE,
                user=self.alice,
                username="alice",
            )
            for n in range(count)
        )

    def queries(self, *, users: bool) -> tuple[int, list[dict]]:
        """The queries a backup takes, and the audit entries it writes."""
        with CaptureQueriesContext(connection) as captured:
            document, _ = build_backup(users=users)
        entries = [o for o in document["objects"] if o["model"] == label(AuditEntry)]
        return len(captured), entries

    def test_the_queries_do_not_grow_with_the_rows(self):
        for users in (False, True):
            with self.subTest(users=users):
                self.add_entries(2)
                few, _ = self.queries(users=users)
                self.add_entries(20)
                many, entries = self.queries(users=users)
                self.assertEqual(many, few)
                self.assertGreaterEqual(len(entries), 22)
                # Still written by natural key; the user only with the accounts.
                for entry in entries:
                    fields = entry["fields"]
                    self.assertEqual(fields["content_type"], ("chronology", "track"))
                    self.assertEqual(fields["user"], ("alice",) if users else None)
