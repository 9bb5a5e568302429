"""A reason in English that quotes Arabic or Persian date words keeps their order in the
review (outside tester's finding on issue 9): each right-to-left run sits in a <bdi>,
and everything stays escaped."""

from django.test import SimpleTestCase

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.templatetags.ingest_review import isolate_rtl

from .test_admin import IngestTestCase


class IsolateRtlTests(SimpleTestCase):
    def test_a_quoted_arabic_date_is_one_isolated_run(self):
        got = isolate_rtl("“3 آذار/مارس 2021”: no year, past tense: the last 3 آذار/مارس")
        self.assertEqual(
            got,
            "“<bdi>3 آذار/مارس 2021</bdi>”: no year, past tense: the last <bdi>3 آذار/مارس</bdi>",
        )

    def test_persian_digits_and_joiners_stay_inside_the_run(self):
        got = isolate_rtl("relative: سه\u200cشنبه ۱۲ مهر, from the publication date 4 Oct 2022")
        self.assertEqual(
            got,
            "relative: <bdi>سه\u200cشنبه ۱۲ مهر</bdi>, from the publication date 4 Oct 2022",
        )

    def test_latin_text_is_only_escaped(self):
        got = isolate_rtl("“<b>14 June</b>” & co")
        self.assertEqual(got, "“&lt;b&gt;14 June&lt;/b&gt;” &amp; co")
        self.assertEqual(isolate_rtl("<i>تموز</i>"), "&lt;i&gt;<bdi>تموز</bdi>&lt;/i&gt;")


class ReviewReasonTests(IngestTestCase):
    def test_the_review_isolates_the_arabic_words_of_a_reason(self):
        text = (
            "اجتماع في عمان\n\n"
            "التقى ممثلو الدول الضامنة في عمان يوم 3 آذار/مارس لبحث وقف إطلاق النار.\n"
        )
        self.paste(text, published="2021-03-10", language="ar")
        pending = PendingArticle.objects.waiting().get()
        response = self.client.get(pending.get_absolute_url())
        self.assertContains(response, "Date words: “<bdi>3 آذار/مارس</bdi>”", html=False)
        self.assertContains(response, "“<bdi>3 آذار/مارس</bdi>”: no year")
