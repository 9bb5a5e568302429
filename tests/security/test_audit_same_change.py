"""Reverts and the rest of a change (outside tester t11a, findings 4, 5 and 10): a
deletion's revert brings back the rows deleted with it; a revert whose version names a
record deleted since leaves that link out (or refuses in plain words); the revert page
says what else the same save did, with links to those rows' own trail entries."""

from django.urls import reverse

from peaceproc.audit import services
from peaceproc.chronology.models import Agreement, Citation, Event, Participant, Participation

from .adminforms import confirm_delete, confirm_revert, drawn_form_data
from .test_audit import AdminEditTestCase


class SameChangeRevertTests(AdminEditTestCase):
    def delete(self, obj):
        opts = obj._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)

    def revert_url(self, model, pk, entry):
        opts = model._meta
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_audit_revert", args=[pk, entry.pk]
        )

    def test_a_many_to_many_link_to_a_deleted_record_is_left_out_and_said(self):
        event, russia = self.record["event"], self.record["participant"]
        gone = Participant.objects.create(slug="gone", name="Gone Person", kind="person")
        self.edit(event, title="With two", participants=[str(russia.pk), str(gone.pk)])
        version = services.history(event).first()
        self.edit(event, title="With one", participants=[str(russia.pk)])
        self.delete(gone)
        url = self.revert_url(Event, event.pk, version)
        page = self.client.get(url)
        self.assertContains(page, 'id="revert-links-left-out"')
        self.assertContains(page, f"participants: #{gone.pk}")
        response = confirm_revert(self.client, url, follow=True)
        self.assertContains(response, "restored to the version of")
        self.assertNotContains(response, "violates")
        event.refresh_from_db()
        self.assertEqual(event.title, "With two")
        self.assertEqual(list(event.participants.all()), [russia])

    def test_a_foreign_key_to_a_deleted_record_is_refused_in_plain_words(self):
        event = self.record["event"]
        agreement = self.record["agreement"]
        gone_pk = agreement.pk
        self.edit(event, title="Before the agreement went")
        version = services.history(event).first()
        self.edit(event, title="After the agreement went")
        url = self.revert_url(Event, event.pk, version)
        # The preview drawn while the agreement was there; confirmed after it went.
        preview = drawn_form_data(self.client.get(url), button="_audit_version")
        Participation.objects.filter(agreement=agreement).delete()
        Citation.objects.filter(agreement=agreement).delete()
        Event.objects.filter(pk=event.pk).update(agreement=None)
        agreement.delete()
        page = self.client.get(url)
        self.assertContains(page, f"its agreement (#{gone_pk}) has been deleted since")
        self.assertNotContains(page, '<form method="post">')
        response = self.client.post(url, preview)
        self.assertContains(response, "Could not restore", status_code=409)
        self.assertContains(response, "has been deleted since", status_code=409)
        self.assertFalse(Agreement.objects.filter(pk=gone_pk).exists())

    def test_reverting_a_deletion_brings_back_the_rows_deleted_with_it(self):
        round_ = self.record["round"]
        pk = round_.pk
        participations = set(round_.participations.values_list("pk", flat=True))
        citations = set(round_.citations.values_list("pk", flat=True))
        linked = set(Event.objects.filter(round=round_).values_list("pk", flat=True))
        self.assertTrue(participations and citations and linked)
        self.delete(round_)
        deletion = services.history(type(round_), pk).get(action="delete")
        url = self.revert_url(type(round_), pk, deletion)
        page = self.client.get(url)
        self.assertContains(page, 'id="revert-restored-with-it"')
        for other in services.same_change(deletion):
            self.assertContains(page, reverse("admin:audit_auditentry_change", args=[other.pk]))
        response = confirm_revert(self.client, url, follow=True)
        self.assertContains(response, "Also restored with it")
        self.assertEqual(
            set(Participation.objects.filter(round_id=pk).values_list("pk", flat=True)),
            participations,
        )
        self.assertEqual(
            set(Citation.objects.filter(round_id=pk).values_list("pk", flat=True)), citations
        )
        self.assertEqual(
            set(Event.objects.filter(round_id=pk).values_list("pk", flat=True)), linked
        )

    def test_a_row_that_cannot_come_back_is_named_and_the_rest_restored(self):
        round_ = self.record["round"]
        pk = round_.pk
        (citation,) = round_.citations.all()
        participations = set(round_.participations.values_list("pk", flat=True))
        self.delete(round_)
        # The source the round's citation quoted is deleted since.
        services.delete_recorded(list(Citation.objects.all()), user=self.alice)
        services.delete_recorded([self.record["source"]], user=self.alice)
        deletion = services.history(type(round_), pk).get(action="delete")
        done = services.revert_change(deletion, user=self.alice)
        ((left, reason),) = done.left
        self.assertEqual(left.object_id, str(citation.pk))
        self.assertIn("has been deleted since", reason)
        self.assertTrue(type(round_).objects.filter(pk=pk).exists())
        self.assertEqual(
            set(Participation.objects.filter(round_id=pk).values_list("pk", flat=True)),
            participations,
        )

    def test_the_revert_page_names_the_inline_rows_later_saves_changed(self):
        round_ = self.record["round"]
        citation = round_.citations.get()
        self.edit(round_, title="Astana IV")
        entry = services.history(round_).first()
        self.edit(round_, title="Astana 4 again", **{"citations-0-quote": "Changed with it."})
        (inline,) = services.history(citation)
        page = self.client.get(self.revert_url(type(round_), round_.pk, entry))
        self.assertContains(page, 'id="revert-not-undone"')
        self.assertContains(page, reverse("admin:audit_auditentry_change", args=[inline.pk]))
