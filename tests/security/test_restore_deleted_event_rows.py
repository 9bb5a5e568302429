"""Restoring a deleted event from the audit trail brings back its participations and
citations (t14a's clean-up note: the seeded Sochi summit, deleted by a forged
confirmation and restored, came back without them): from its deletion's entry as before,
and now from an earlier version of it too, the revert page saying so first."""

from django.urls import reverse

from peaceproc.audit import services
from peaceproc.chronology.models import Citation, Event, Participation
from tests.chronology.base import SeededAdminTestCase

from .adminforms import confirm_delete, confirm_revert, form_data


class RestoreDeletedEventRowsTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.event = Event.objects.get(slug="trilateral-presidential-summit-sochi-2017-11")
        self.pk = self.event.pk
        self.participations = set(self.event.participations.values_list("pk", flat=True))
        self.citations = set(self.event.citations.values_list("pk", flat=True))
        self.assertTrue(self.participations and self.citations)

    def delete(self):
        url = reverse("admin:chronology_event_delete", args=[self.pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)

    def edited(self):
        """The event's place edited in the admin: the trail's entry of that version."""
        url = reverse("admin:chronology_event_change", args=[self.pk])
        self.client.post(url, form_data(self.client.get(url), place="Sochi, Russia"))
        return services.history(Event, self.pk).get(action="change")

    def revert_url(self, entry):
        return reverse("admin:chronology_event_audit_revert", args=[self.pk, entry.pk])

    def assertRowsBack(self):
        self.assertEqual(
            set(Participation.objects.filter(event_id=self.pk).values_list("pk", flat=True)),
            self.participations,
        )
        self.assertEqual(
            set(Citation.objects.filter(event_id=self.pk).values_list("pk", flat=True)),
            self.citations,
        )

    def test_reverting_the_deletion(self):
        self.delete()
        deletion = services.history(Event, self.pk).get(action="delete")
        response = confirm_revert(self.client, self.revert_url(deletion), follow=True)
        self.assertContains(response, "restored to the version of")
        self.assertRowsBack()

    def test_restoring_an_earlier_version_of_the_deleted_event(self):
        version = self.edited()
        self.delete()
        page = self.client.get(self.revert_url(version))
        self.assertContains(page, 'id="revert-restored-with-it"')  # said before it is done
        response = confirm_revert(self.client, self.revert_url(version), follow=True)
        self.assertContains(response, "restored to the version of")
        self.assertContains(response, "Also restored with it")
        self.assertRowsBack()

    def test_an_earlier_version_of_a_record_still_there_brings_back_nothing_else(self):
        version = self.edited()
        self.assertIsNone(services.deletion_undone(version))
