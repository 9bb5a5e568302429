"""A row deleted through its record's change form (a round's participation) is restored
from the record's History page (outside tester t12a, 1): the page lists the rows deleted
from the record and still gone, each with a link to its own revert preview."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.chronology.models import Participant, Participation

from .adminforms import confirm_revert, form_data
from .test_audit import AdminEditTestCase


class DeletedRowsTests(AdminEditTestCase):
    def setUp(self):
        super().setUp()
        self.round = self.record["round"]
        self.history = reverse("admin:chronology_round_history", args=[self.round.pk])

    def delete_rows(self, count: int) -> list[int]:
        """The round's first `count` participations ticked "Delete" on its form and saved."""
        url = reverse("admin:chronology_round_change", args=[self.round.pk])
        page = self.client.get(url)
        ticked = {f"participations-{i}-DELETE": "on" for i in range(count)}
        pks = [
            form.instance.pk
            for form in page.context["inline_admin_formsets"][0].formset.initial_forms
        ]
        self.assertEqual(self.client.post(url, form_data(page, **ticked)).status_code, 302)
        return pks[:count]

    def test_a_deleted_participation_is_restored_from_the_round_s_history(self):
        (pk,) = self.delete_rows(1)
        self.assertFalse(Participation.objects.filter(pk=pk).exists())
        deletion = services.history(Participation, pk).get(action="delete")
        restore = reverse("admin:chronology_participation_audit_revert", args=[pk, deletion.pk])
        page = self.client.get(self.history)
        self.assertContains(page, 'id="audit-deleted-rows"')
        self.assertContains(page, f'action="{restore}"')
        done = confirm_revert(self.client, restore, follow=True)
        self.assertContains(done, "restored to the version of")
        restored = Participation.objects.get(pk=pk)
        self.assertEqual((restored.round, restored.role), (self.round, deletion.before["role"]))
        # Restored: no longer listed.
        self.assertNotContains(self.client.get(self.history), 'id="audit-deleted-rows"')

    def test_a_viewer_sees_the_deleted_row_without_a_way_to_restore_it(self):
        self.delete_rows(1)
        self.client.force_login(self.bob)
        page = self.client.get(self.history)
        self.assertContains(page, 'id="audit-deleted-rows"')
        self.assertNotContains(page, "Restore this row")

    def test_the_page_costs_as_many_queries_for_one_deleted_row_as_for_three(self):
        for slug in ("iran", "turkey"):
            other = Participant.objects.create(slug=slug, name=slug.title(), kind="state")
            Participation.objects.create(round=self.round, participant=other, role="guarantor")
        counts = []
        for rows in (1, 2):
            self.delete_rows(rows)
            with CaptureQueriesContext(connection) as queries:
                page = self.client.get(self.history)
            self.assertContains(page, "Restore this row", count=[1, 3][rows - 1])
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
