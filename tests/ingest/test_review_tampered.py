"""A tampered review (outside tester's findings 10, and 6 of the second round): a
participant the candidate never offered is refused with a message that says what to do,
shown beside the field and summed up at the top of the page with a link to the
candidate, and nothing is stored."""

from django.urls import reverse

from peaceproc.ingest.models import PendingArticle

from .test_admin import Counts, IngestTestCase, candidate, formset_data, make_pending

TEXT = (
    "Talks note\n\nThe fifth round of Astana talks was held on 4 July 2017 in Astana with "
    "Alexander Lavrentiev. A separate meeting of experts took place in Tehran on 9 August 2017."
)


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
        self.assertContains(
            response, "“bashar-al-assad” is not one of the participants offered for this candidate"
        )

    def test_a_slug_not_offered_beside_an_offered_one_is_named_at_the_top(self):
        self.paste(TEXT, published="2017-08-15")
        pending = PendingArticle.objects.waiting().get()
        url = reverse("ingest:review", args=[pending.pk])
        formset = self.client.get(url).context["formset"]
        offered = [slug for slug, _ in formset.forms[1].fields["participants"].choices]
        self.assertIn("alexander-lavrentiev", offered)
        self.assertNotIn("bashar-al-assad", offered)
        before = Counts()
        data = formset_data(
            formset, {1: {"participants": ["bashar-al-assad", "alexander-lavrentiev"]}}
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Counts(), before)
        self.assertContains(response, "Nothing was stored.")
        self.assertContains(
            response,
            "Candidate 2 (9 August 2017) needs a correction: Participants found. "
            '<a href="#candidate-2">Go to it</a>',
            html=False,
        )
        self.assertContains(response, 'id="candidate-2"')
        self.assertContains(response, "Type any other known participant under")
        # The candidate without errors is not named.
        self.assertNotContains(response, "Candidate 1 (")
