"""A participant deleted while an editor saves an event it takes part in, the editor's
form taking the participant off the event: the deletion holds the events it unlinks as
their change forms hold them (audit.services._hold_linked), so it waits for the save
and reads the event as saved. Without that it read the event before the save and
recorded an unlink the editor had made, and reverting the deletion put the participant
back on the event the editor had taken it off. Per record and in bulk.

PostgreSQL only: SQLite's transactions (IMMEDIATE) take the database's write lock when
they begin, so two writers never overlap there and this race cannot happen."""

import unittest
from datetime import date

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Event, Participant, Track

from .adminforms import drawn_form_data, form_data
from .test_record_locks_race import save_while


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class ParticipantDeletedWhileItsEventIsSavedTests(TransactionTestCase):
    def setUp(self):
        self.editor, self.deleter = Client(), Client()
        for client, name in ((self.editor, "ed1"), (self.deleter, "ed2")):
            client.force_login(
                User.objects.create_superuser(name, f"{name}@example.org", "pw-x-0001")
            )
        track = Track.objects.create(name="Qwerty talks", slug="qwerty", colour="#123456")
        self.event = Event.objects.create(
            title="Qwerty meeting", slug="qwerty-meeting", kind="meeting", track=track,
            start_date=date(2031, 2, 23),
        )  # fmt: skip
        self.person = Participant.objects.create(name="Qwerty Gone", slug="q1", kind="person")
        self.kept = Participant.objects.create(name="Qwerty Kept", slug="q2", kind="person")
        self.event.participants.add(self.person, self.kept)
        self.url = reverse("admin:chronology_event_change", args=[self.event.pk])
        # ed1's form takes the participant off the event.
        self.data = form_data(self.editor.get(self.url), participants=[str(self.kept.pk)])

    def linked(self) -> set:
        return set(Event.objects.get(pk=self.event.pk).participants.all())

    def assertTheEditorsChoiceHolds(self):
        self.assertFalse(Participant.objects.filter(pk=self.person.pk).exists())
        self.assertEqual(self.linked(), {self.kept})
        deletion = services.history(Participant, self.person.pk).get(action="delete")
        # The deletion read the event as saved: it no longer held the participant.
        self.assertFalse(
            AuditEntry.objects.filter(
                batch=deletion.batch, content_type__model="event", object_id=str(self.event.pk)
            ).exists()
        )
        services.revert(deletion)
        self.assertTrue(Participant.objects.filter(pk=self.person.pk).exists())
        self.assertEqual(self.linked(), {self.kept})

    def test_a_deletion_from_its_page_waits_for_the_events_save(self):
        delete = reverse("admin:chronology_participant_delete", args=[self.person.pk])
        confirmation = drawn_form_data(self.deleter.get(delete), button="post")
        answers = []
        save_while(
            self.editor, self.url, self.data,
            lambda: answers.append(self.deleter.post(delete, confirmation)),
        )  # fmt: skip
        self.assertEqual(answers[0].status_code, 302)
        self.assertTheEditorsChoiceHolds()

    def test_a_bulk_deletion_waits_for_the_events_save(self):
        changelist = reverse("admin:chronology_participant_changelist")
        selected = {"action": "delete_selected", "_selected_action": [str(self.person.pk)]}
        confirmation = drawn_form_data(self.deleter.post(changelist, selected), button="post")
        answers = []
        save_while(
            self.editor, self.url, self.data,
            lambda: answers.append(self.deleter.post(changelist, confirmation)),
        )  # fmt: skip
        self.assertEqual(answers[0].status_code, 302)
        self.assertTheEditorsChoiceHolds()
