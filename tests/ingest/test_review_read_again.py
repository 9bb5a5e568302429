"""Outside tester t11b, finding 13: a review page drawn before another editor read the
article again with another publication date, then accepted, was refused with a message
about its quote ("The quote does not state 2 May 2022: it reads 'Monday'"), where the
cause is the re-read. The page carries a stamp of the reading it was drawn from; a POST
of an older reading is told so, and drawn again as the new reading proposes."""

from peaceproc.ingest.models import PendingArticle

from .test_admin import Counts, IngestTestCase, formset_data

TEXT = (
    "Lavrov and Pedersen meet in Geneva\n\nSergey Lavrov met Geir Pedersen in Geneva on "
    "Monday to discuss the Constitutional Committee."
)
READ_AGAIN = "the article was read again since this page was drawn"


class ReadAgainTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        self.paste(TEXT, published="2022-05-06", url="https://example.org/read-again")
        self.pending = PendingArticle.objects.get()
        self.url = self.pending.get_absolute_url()

    def drawn(self) -> dict:
        """The POST of the review page as drawn now, each candidate created."""
        response = self.client.get(self.url)
        formset = response.context["formset"]
        data = formset_data(formset, {0: {"action": "create"}})
        data["form-0-shown"] = formset.forms[0].shown_value
        data["reading"] = response.context["reading"]
        return data

    def read_again(self, published: str):
        self.client.post(f"{self.url}reread/", {"published": published})
        self.pending.refresh_from_db()

    def test_an_accept_from_before_a_reread_says_the_article_was_read_again(self):
        old = self.drawn()
        self.assertEqual(self.pending.candidates[0]["date"], "2022-05-02")
        self.read_again("2023-09-15")
        self.assertEqual(self.pending.candidates[0]["date"], "2023-09-11")
        before = Counts()
        response = self.client.post(self.url, old)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, READ_AGAIN)
        self.assertContains(response, "its publication date is now 15 September 2023")
        self.assertNotContains(response, "The quote does not state")
        self.assertEqual(Counts(), before)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)
        # The page drawn again is of the new reading: accepted from it, it is stored.
        form = response.context["formset"].forms[0]
        self.assertEqual(str(form.initial["date"]), "2023-09-11")
        self.assertEqual(response.context["reading"], self.drawn()["reading"])
        self.client.post(self.url, self.drawn())
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.ACCEPTED)

    def test_a_reread_that_changed_nothing_leaves_the_page_good(self):
        old = self.drawn()
        self.read_again("2022-05-06")
        response = self.client.post(self.url, old)
        self.assertNotContains(response, READ_AGAIN, status_code=302)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.ACCEPTED)

    def test_a_reread_with_another_date_that_reads_the_same_leaves_the_page_good(self):
        # (A full date reads the same whatever the publication date.)
        text = TEXT.replace("on Monday", "on 2 May 2022")
        self.paste(text, published="2022-05-06", url="https://example.org/full-date")
        self.pending = PendingArticle.objects.get(url="https://example.org/full-date")
        self.url = self.pending.get_absolute_url()
        old = self.drawn()
        self.read_again("2022-05-09")
        self.assertEqual(str(self.pending.published_on), "2022-05-09")
        self.client.post(self.url, old)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.ACCEPTED)

    def test_adding_a_happening_from_before_a_reread_says_so_too(self):
        old = self.drawn()
        self.read_again("2023-09-15")
        response = self.client.post(f"{self.url}add/", old)
        self.assertContains(response, READ_AGAIN)
