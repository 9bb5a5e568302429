"""A tampered review (outside tester's finding 10): a participant the candidate never
offered is refused with its message shown, not only a red border."""

from django.urls import reverse

from .test_admin import IngestTestCase, candidate, formset_data, make_pending


class TamperedParticipantTests(IngestTestCase):
    def test_the_error_of_a_participant_never_offered_is_shown(self):
        pending = make_pending([candidate()])
        url = reverse("ingest:review", args=[pending.pk])
        formset = self.client.get(url).context["formset"]
        self.assertEqual(formset.forms[0].fields["participants"].choices, [])
        data = formset_data(formset, {0: {"action": "create", "participants": ["bashar-al-assad"]}})
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "has-errors")
        self.assertContains(response, "Select a valid choice. bashar-al-assad is not one of")
