"""Outside tester t14b's low findings (7): a review POST with a `reading` stamp this site
never drew was told the article "was read again" when it was not; a place typed under
"Add a happening by hand" with markup in it was silently replaced by a city of the quote.
The tester's shapes; the tests' own article and values."""

from django.utils.html import escape

from peaceproc.ingest.models import PendingArticle

from .test_admin import Counts
from .test_review_by_hand import ByHandTestCase
from .test_review_read_again import READ_AGAIN, TEXT


class ForgedReadingStampTests(ByHandTestCase):
    def setUp(self):
        super().setUp()
        self.paste(TEXT, published="2022-05-06", url="https://example.org/stamp")
        self.pending = PendingArticle.objects.get(url="https://example.org/stamp")
        self.url = self.pending.get_absolute_url()

    def posted(self, stamp: str):
        response = self.client.get(self.url)
        data = self.review_data(self.pending, {0: {"action": "create"}})
        data["form-0-shown"] = response.context["formset"].forms[0].shown_value
        data["reading"] = stamp
        before = Counts()
        response = self.client.post(self.url, data)
        self.assertEqual(Counts(), before)
        return response

    def test_a_stamp_never_drawn_is_not_called_a_reread(self):
        for stamp in ("0000000000000000", "", "x" * 300):
            with self.subTest(stamp=stamp[:20]):
                response = self.posted(stamp)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, READ_AGAIN)
                self.assertContains(response, "is not one this site drew for this article")

    def test_another_articles_stamp_is_not_this_ones(self):
        self.paste(TEXT + " Again.", published="2022-05-06", url="https://example.org/other")
        other = PendingArticle.objects.get(url="https://example.org/other")
        stamp = self.client.get(other.get_absolute_url()).context["reading"]
        response = self.posted(stamp)
        self.assertContains(response, "is not one this site drew for this article")


class HandAddedPlaceTests(ByHandTestCase):
    def test_a_place_with_markup_is_refused_and_kept_in_the_form(self):
        pending = self.undated()
        place = "Gen<img src=x onerror=alert(1)>"
        before = len(pending.candidates)
        response = self.add(pending, place=place)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "this one holds markup")
        self.assertContains(response, escape(place))  # the editor's input, kept to correct
        self.assertNotContains(response, "<img src=x")
        pending.refresh_from_db()
        self.assertEqual(len(pending.candidates), before)

    def test_a_place_the_gazetteer_does_not_know_is_kept_as_typed(self):
        pending = self.undated()
        self.add(pending, place="Palais des Nations")
        form = self.client.get(pending.get_absolute_url()).context["formset"].forms[-1]
        self.assertEqual(form.initial["place"], "Palais des Nations")
