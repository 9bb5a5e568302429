"""A change form sent for a record another editor deleted meanwhile is answered with who
deleted it and when, the values sent (escaped, stored nowhere) and a link to restore it,
not a redirect that loses them (outside tester t16a, 12)."""

from django.urls import reverse
from django.utils.html import escape

from peaceproc.audit import services
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import Event, Participant
from tests.chronology.base import TwoEditorsAdminTestCase

from .adminforms import confirm_delete, form_data

TYPED = "ed2's summary <script>alert(1)</script>\nsecond line"


class DeletedMeanwhileTests(TwoEditorsAdminTestCase):
    def race(self, model, record, **typed):
        """ed2 draws `record`'s change form, ed1 deletes it, ed2 sends the form."""
        name = model._meta.model_name
        url = reverse(f"admin:chronology_{name}_change", args=[record.pk])
        data = form_data(self.ed2c.get(url), **typed)
        delete = reverse(f"admin:chronology_{name}_delete", args=[record.pk])
        self.assertEqual(confirm_delete(self.ed1c, delete).status_code, 302)
        entries = AuditEntry.objects.count()
        sent = self.ed2c.post(url, data)
        self.assertEqual(AuditEntry.objects.count(), entries)  # nothing stored
        self.assertFalse(model.objects.filter(pk=record.pk).exists())
        return sent

    def test_the_page_says_who_deleted_it_and_shows_what_was_sent(self):
        event = Event.objects.order_by("-pk").first()
        page = self.race(Event, event, summary=TYPED)
        self.assertEqual(page.status_code, 409)
        deletion = services.history(Event, event.pk).get(action="delete")
        self.assertContains(page, "was deleted by ed1", status_code=409)
        self.assertContains(page, escape(TYPED), status_code=409)
        self.assertNotContains(page, "<script>alert(1)", status_code=409)
        revert = reverse("admin:chronology_event_audit_revert", args=[event.pk, deletion.pk])
        self.assertContains(page, f'href="{revert}"', status_code=409)
        self.assertNotContains(page, '<th scope="row">_audit_version', status_code=409)

    def test_another_kind(self):
        person = Participant.objects.create(slug="qwerty-onesson", name="Qwerty Onesson")
        page = self.race(Participant, person, description="typed by ed2")
        self.assertContains(page, "was deleted by ed1", status_code=409)
        self.assertContains(page, "typed by ed2", status_code=409)

    def test_a_record_that_never_was_and_a_get_keep_djangos_answer(self):
        url = reverse("admin:chronology_event_change", args=[999999])
        self.assertRedirects(self.ed2c.post(url, {"title": "x"}), reverse("admin:index"))
        event = Event.objects.order_by("-pk").first()
        services.delete_recorded([event], user=self.ed1, via="admin")
        url = reverse("admin:chronology_event_change", args=[event.pk])
        self.assertRedirects(self.ed2c.get(url), reverse("admin:index"))
