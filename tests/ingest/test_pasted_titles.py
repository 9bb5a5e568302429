"""A paste without a headline is titled by its first sentence in its own script, not
"The pasted text" (outside tester's finding 4 of issue 9), through the admin."""

from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase

# Written for this test.
PERSIAN = (
    "دور تازه گفت‌وگوها درباره سوریه در آستانه آغاز شد. هیئت‌های ایران، روسیه و ترکیه "
    "روز ۲۳ بهمن ۱۳۹۹ در آستانه با یکدیگر دیدار کردند.\n"
)


class PastedTitleTests(IngestTestCase):
    def test_a_persian_paste_without_a_headline(self):
        response = self.paste(PERSIAN, published="2021-02-15", follow=True)
        pending = PendingArticle.objects.waiting().get()
        self.assertEqual(pending.title, "دور تازه گفت‌وگوها درباره سوریه در آستانه آغاز شد")
        self.assertContains(response, "Review: دور تازه گفت‌وگوها")
        self.assertNotContains(response, "Review: The pasted text")
