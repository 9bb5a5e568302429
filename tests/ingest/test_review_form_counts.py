"""Outside tester t6i, finding 12: a review POST whose INITIAL_FORMS was 0 was refused
with "it sent 2 candidate forms, the article has 2"; the page said MAX_NUM_FORMS 1000
while a review holds at most REVIEW_CANDIDATE_CAP candidates."""

from peaceproc.ingest.intake import REVIEW_CANDIDATE_CAP

from .test_admin import Counts, IngestTestCase, candidate, formset_data, make_pending


class FormCountTests(IngestTestCase):
    def test_a_wrong_initial_count_is_named(self):
        pending = make_pending([candidate(), candidate(quote="Again on 3 March 2017.")])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = formset_data(formset)
        data["form-INITIAL_FORMS"] = "0"
        before = Counts()
        response = self.client.post(pending.get_absolute_url(), data)
        self.assertContains(response, "(2 forms in all, 0 of them proposed) should both be 2")
        self.assertNotContains(response, "it sent 2 candidate forms")
        self.assertEqual(Counts(), before)

    def test_the_page_states_the_real_cap(self):
        pending = make_pending([candidate()])
        response = self.client.get(pending.get_absolute_url())
        self.assertContains(response, f'name="form-MAX_NUM_FORMS" value="{REVIEW_CANDIDATE_CAP}"')
