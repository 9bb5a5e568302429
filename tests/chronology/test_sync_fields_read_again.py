"""A write service outside the admin (chronology.services.sync_fields: loadseeds
--update and --corrections, a rename) reads the record again under its lock
(audit.locks): a field another writer saved after the caller read the record is kept,
in the row and in the audit trail's version after the change."""

from datetime import date

from django.test import TestCase

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.models import Event


class ReadAgainUnderTheLockTests(TestCase):
    def test_a_field_saved_meanwhile_is_kept_in_the_trail(self):
        event = Event.objects.create(
            title="Qwerty meeting", slug="qwerty-meeting", kind="meeting",
            start_date=date(2031, 2, 23), summary="As first stored.",
        )  # fmt: skip
        stale = Event.objects.get(pk=event.pk)
        Event.objects.filter(pk=event.pk).update(summary="As an editor saved it.")
        self.assertTrue(services.sync_fields(stale, {"place": "Geneva"}, via="seed"))
        entry = AuditEntry.objects.filter(object_id=str(event.pk)).latest("pk")
        self.assertEqual(entry.after["summary"], "As an editor saved it.")
        self.assertEqual(entry.after["place"], "Geneva")
        self.assertEqual(entry.changed_fields, ["place"])

    def test_a_value_already_saved_meanwhile_is_no_change(self):
        event = Event.objects.create(
            title="Qwerty meeting", slug="qwerty-meeting", kind="meeting",
            start_date=date(2031, 2, 23),
        )  # fmt: skip
        stale = Event.objects.get(pk=event.pk)
        Event.objects.filter(pk=event.pk).update(place="Geneva")
        self.assertFalse(services.sync_fields(stale, {"place": "Geneva"}, via="seed"))
        self.assertFalse(AuditEntry.objects.filter(object_id=str(event.pk)).exists())
