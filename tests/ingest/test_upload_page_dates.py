"""Issue 9 leftovers (fix9z, 4): the publication date of an uploaded HTML page, on pages
shaped like news sites' (tests/ingest/news_pages/, written for these tests, one per
language): the page's markup (meta tags, JSON-LD, a canonical URL) gives it, else the
page's own stamp line above the article ('12:40 | 14.03.2025'); a relative stamp ('3
hours ago', 'منذ ساعتين') or another story's date never does. Uploaded in the admin by a
named editor."""

from datetime import date
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import html_to_text

from .test_admin import INDEX, IngestTestCase

PAGES = Path(__file__).resolve().parent / "news_pages"
DAY = date(2025, 3, 14)


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


class PageDateTests(IngestTestCase):
    def upload(self, *names, **fields):
        files = [SimpleUploadedFile(n, page(n).encode(), content_type="text/html") for n in names]
        return self.client.post(INDEX, {"files": files, "language": "", **fields}, follow=True)

    def test_each_page_is_read_with_its_own_day_and_where_it_comes_from(self):
        expected = {
            # meta and JSON-LD; 'Published 3 hours ago' and a related story's <time> aside
            "en-meta-relative.html": "the page&#x27;s metadata",
            # the publication, not the update, of meta tags and the printed line
            "fr-published-updated.html": "the page&#x27;s metadata",
            # JSON-LD late in the evening in Tehran's time: that day, not the next
            "fa-jsonld-late-evening.html": "the page&#x27;s metadata",
            # nothing in the markup but the canonical URL's date
            "tr-url-only.html": "the page&#x27;s metadata",
            # only the stamp line above the article: read as its dateline
            "ru-stamp-line.html": "its text&#x27;s dateline",
        }
        response = self.upload(*expected)
        for name, origin in expected.items():
            with self.subTest(page=name):
                self.assertContains(response, f"{name}”: published 2025-03-14 ({origin}).")
                pending = PendingArticle.objects.get(name=name)
                self.assertEqual(pending.published_on, DAY)

    def test_the_stamp_line_is_kept_in_the_text_and_named_as_the_source(self):
        response = self.upload("ru-stamp-line.html")
        pending = PendingArticle.objects.get(name="ru-stamp-line.html")
        self.assertEqual(pending.published_on, DAY)
        self.assertIn("\n\n12:40 | 14.03.2025\n\n", pending.text)
        self.assertContains(response, "taken from the article&#x27;s dateline (“14.03.2025”)")

    def test_a_page_with_only_a_relative_stamp_gets_no_invented_date(self):
        text, meta = html_to_text(page("ar-relative-only.html"))
        self.assertEqual((meta["published"], meta["ignored_date"]), (None, ""))
        self.assertNotIn("منذ ساعتين", text)
        # Its text needs a day to count from: refused, asking for the date, nothing stored.
        response = self.upload("ar-relative-only.html")
        self.assertFalse(PendingArticle.objects.filter(name="ar-relative-only.html").exists())
        self.assertContains(response, "is a relative date: a publication date is needed")
        # Given the day, it is read with it.
        self.upload("ar-relative-only.html", published="2025-03-14")
        self.assertEqual(PendingArticle.objects.get(name="ar-relative-only.html").published_on, DAY)

    def test_a_typed_date_wins_over_the_pages(self):
        self.upload("ru-stamp-line.html", published="2025-03-15")
        pending = PendingArticle.objects.get(name="ru-stamp-line.html")
        self.assertEqual(pending.published_on, date(2025, 3, 15))


class StampLineTests(IngestTestCase):
    """The stamp line alone: taken only when the page's stamp lines agree on one day and
    stand above the article's text."""

    def test_stamp_lines_of_other_days_give_none(self):
        html = page("ru-stamp-line.html").replace(
            '<div class="footer">',
            '<ul class="more"><li><span>09:15 | 02.03.2025</span> <a href="/a">Ещё</a></li>'
            '</ul><div class="footer">',
        )
        html = html.replace(
            '<div class="menu">', '<div class="top"><span>02.03.2025</span></div><div class="menu">'
        )
        text, meta = html_to_text(html)
        self.assertIsNone(meta["published"])
        self.assertNotIn("14.03.2025", text.split("\n\n")[1])
        self.assertNotIn("02.03.2025", text)

    def test_a_date_inside_the_article_is_no_stamp_line(self):
        html = (
            page("ru-stamp-line.html")
            .replace('<div class="article__date">12:40 | 14.03.2025</div>', "")
            .replace(
                "</p>\n<p>Следующая",
                "</p>\n<table><tr><td>01.02.2019</td></tr></table>\n<p>Следующая",
            )
        )
        text, meta = html_to_text(html)
        self.assertIsNone(meta["published"])
        self.assertNotIn("01.02.2019", text)
