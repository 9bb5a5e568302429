"""A review's size (outside tester's findings 2 and 3): an article is refused at upload
when its review could send more fields than Django accepts in one request, and a review
that was let through can be accepted with every box ticked."""

from django.test import override_settings

from peaceproc.ingest.forms import CandidateForm, HappeningForm
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import (
    CANDIDATE_FIELDS,
    HAND_FIELDS,
    REVIEW_PAGE_FIELDS,
    review_field_count,
)

from .test_admin import Counts, IngestTestCase, formset_data

TEXT = "Talks in Geneva\n\n" + "\n".join(
    f"Alexander Lavrentiev and Sedat Onal met in Geneva on {d} March 2017." for d in range(1, 13)
)


class ReviewSizeTests(IngestTestCase):
    def test_the_count_covers_every_field_of_a_candidate(self):
        # Two of a candidate's fields are checkbox lists, counted one field per box.
        self.assertEqual(len(CandidateForm.base_fields) - 2, CANDIDATE_FIELDS)
        # The same for the page's "Add a happening by hand".
        self.assertEqual(len(HappeningForm.base_fields) - 2, HAND_FIELDS)

    def test_an_article_whose_review_would_not_fit_is_refused_and_kept(self):
        before = Counts()
        # Room for the twelve candidates' own fields, not for the people they name.
        limit = REVIEW_PAGE_FIELDS + 12 * CANDIDATE_FIELDS
        with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=limit):
            response = self.paste(TEXT, published="2017-03-20")
        self.assertRefused(response, f"one review can send at most {limit}", before)
        self.assertContains(response, "Sedat Onal met in Geneva on 12 March 2017.")

    def test_a_review_let_through_is_accepted_with_every_box_ticked(self):
        self.paste(TEXT, published="2017-03-20")
        pending = PendingArticle.objects.waiting().get()
        needed = review_field_count(pending.candidates, people=pending.people)
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        changes = {
            i: {
                "action": "create",
                "participants": [v for v, _ in form.fields["participants"].choices],
                "new_names": [v for v, _ in form.fields["new_names"].choices],
                # An end date sent for every candidate (its own day: the sentence states
                # it); the candidate then repeats stored Geneva records: created all the same.
                "end_date": form.initial["date"].isoformat(),
                "confirm_create": "on",
                "add_participants": "",
                "target": "",
            }
            for i, form in enumerate(formset.forms)
        }
        data = formset_data(formset, changes)
        data["accept"] = "Accept"
        self.assertLessEqual(
            sum(len(v) if isinstance(v, list) else 1 for v in data.values()) + 1, needed
        )
        with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=needed):
            response = self.client.post(pending.get_absolute_url(), data)
        self.assertEqual(response.status_code, 302)
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
