"""An upload of several files of which one cannot be read (outside tester t7i, finding
2), in a real browser: the others wait for review, the refused one is named with its
reason and asked for again, and what the editor typed stays in the form."""

from peaceproc.ingest.models import PendingArticle

from .base import EditorBrowserTestCase

ARTICLE = (
    "Lavrentiev meets Jaberi Ansari in Tehran\n\n"
    "Russian presidential envoy Alexander Lavrentiev met Hossein Jaberi Ansari in Tehran "
    "on 22 August 2017 to discuss the de-escalation zones.\n"
)


class PartialUploadTests(EditorBrowserTestCase):
    def test_the_files_that_read_are_queued_and_the_refused_one_named(self):
        page = self.page
        self.log_in()
        page.goto(self.url("/admin/ingest/"))
        page.set_input_files(
            "#id_files",
            [
                {"name": "good.txt", "mimeType": "text/plain", "buffer": ARTICLE.encode()},
                {"name": "photo.txt", "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n"},
            ],
        )
        page.fill("#id_published", "2017-08-23")
        page.fill("#id_publisher", "TASS")
        page.click("text=Read the article")
        page.wait_for_load_state()
        problems = page.locator(".ingest-problems").inner_text()
        self.assertIn("1 file of this upload was read and waits for review", problems)
        self.assertIn("photo.txt is a binary file", problems)
        self.assertIn("select the refused one again", problems)
        self.assertEqual(page.input_value("#id_publisher"), "TASS")
        self.assertEqual(page.input_value("#id_published"), "2017-08-23")
        self.screenshot("ingest-partial-upload")
        page.click(".ingest-stored a")
        pending = PendingArticle.objects.get()
        page.wait_for_url(self.url(pending.get_absolute_url()))
        self.assertEqual(pending.name, "good.txt")
