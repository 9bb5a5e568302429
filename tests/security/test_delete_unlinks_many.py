"""Deleting a participant drops its links to events (Event.participants, a many-to-many):
the deletion keeps those links in the events' trails, and reverting it links them back
where the event is still stored (outside tester t16a, 2). Per record and in bulk."""

from django.urls import reverse
from django.utils.html import escape

from peaceproc.audit import services
from peaceproc.chronology.models import Event, Participant
from tests.chronology.base import TwoEditorsAdminTestCase

from .adminforms import confirm_delete, confirm_revert, drawn_form_data, form_data


class DeleteUnlinksManyTests(TwoEditorsAdminTestCase):
    def setUp(self):
        super().setUp()
        self.person = Participant.objects.create(
            slug="youssef-qwerty", name="Youssef Qwerty", kind="person"
        )
        self.events = list(Event.objects.filter(participants__isnull=False).distinct()[:2])
        self.kept = {e.pk: set(e.participants.values_list("pk", flat=True)) for e in self.events}
        for event in self.events:  # ed2 adds the person to each event in the admin
            url = reverse("admin:chronology_event_change", args=[event.pk])
            ids = sorted(self.kept[event.pk] | {self.person.pk})
            data = form_data(self.ed2c.get(url), participants=[str(pk) for pk in ids])
            self.assertEqual(self.ed2c.post(url, data).status_code, 302)

    def linked(self, event) -> set:
        return set(Event.objects.get(pk=event.pk).participants.values_list("pk", flat=True))

    def delete_one(self):
        url = reverse("admin:chronology_participant_delete", args=[self.person.pk])
        page = self.ed1c.get(url)
        self.assertNotContains(page, "Event_participants object")
        self.assertContains(page, escape(f"{self.person.name} at {self.events[0]}"))
        self.assertEqual(confirm_delete(self.ed1c, url).status_code, 302)

    def delete_in_bulk(self):
        changelist = reverse("admin:chronology_participant_changelist")
        page = self.ed1c.post(
            changelist, {"action": "delete_selected", "_selected_action": [self.person.pk]}
        )
        self.assertEqual(page.status_code, 200)
        self.assertEqual(
            self.ed1c.post(changelist, drawn_form_data(page, button="post")).status_code, 302
        )

    def assertUnlinkRecorded(self):
        deletion = services.history(Participant, self.person.pk).get(action="delete")
        for event in self.events:
            self.assertEqual(self.linked(event), self.kept[event.pk])
            unlink = services.history(event).first()
            self.assertEqual((unlink.action, unlink.username), ("change", "ed1"))
            self.assertEqual(unlink.changed_fields, ["participants"])
            self.assertIn(self.person.pk, unlink.before["participants"])
            self.assertNotIn(self.person.pk, unlink.after["participants"])
            self.assertEqual(unlink.batch, deletion.batch)
        return deletion

    def revert_by_ed2(self, deletion):
        url = reverse(
            "admin:chronology_participant_audit_revert", args=[self.person.pk, deletion.pk]
        )
        preview = self.ed2c.get(url)
        for event in self.events:
            self.assertContains(preview, f"Changed event “{escape(event)}”")
        self.assertEqual(confirm_revert(self.ed2c, url).status_code, 302)

    def test_a_deletion_and_its_revert_per_record(self):
        self.delete_one()
        self.revert_by_ed2(self.assertUnlinkRecorded())
        for event in self.events:
            self.assertEqual(self.linked(event), self.kept[event.pk] | {self.person.pk})
            relink = services.history(event).first()
            self.assertEqual((relink.action, relink.username), ("revert", "ed2"))

    def test_a_deletion_and_its_revert_in_bulk(self):
        self.delete_in_bulk()
        self.revert_by_ed2(self.assertUnlinkRecorded())
        for event in self.events:
            self.assertEqual(self.linked(event), self.kept[event.pk] | {self.person.pk})

    def test_the_revert_keeps_what_editors_changed_since_and_skips_events_gone(self):
        self.delete_one()
        deletion = self.assertUnlinkRecorded()
        first, second = self.events
        other = Participant.objects.exclude(pk__in=self.kept[first.pk]).exclude(pk=self.person.pk)[
            0
        ]
        url = reverse("admin:chronology_event_change", args=[first.pk])
        ids = sorted(self.kept[first.pk] | {other.pk})
        data = form_data(self.ed2c.get(url), participants=[str(pk) for pk in ids])
        self.assertEqual(self.ed2c.post(url, data).status_code, 302)
        services.delete_recorded([second], user=self.ed2, via="admin")
        self.revert_by_ed2(deletion)
        self.assertTrue(Participant.objects.filter(pk=self.person.pk).exists())
        self.assertEqual(self.linked(first), self.kept[first.pk] | {other.pk, self.person.pk})
        self.assertFalse(Event.objects.filter(pk=second.pk).exists())
