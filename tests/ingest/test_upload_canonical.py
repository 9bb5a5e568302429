"""An uploaded HTML page with the URL field left empty takes the address the page gives
for itself, its canonical link (else its og:url), when the URL field would take that
address typed: the article waits for review with it (shown on the review page, where
it can be changed), and a page already waiting under that address is found (outside
tester t16e, 7: such a page was stored as a second pending article). An address that is
not an absolute http(s) one, or that the URL field refuses, is left out silently."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import html_to_text

from .test_admin import ARTICLE, INDEX, Counts, IngestTestCase

ADDRESS = "https://a.example.org/x/1"


def page(head: str, text: str = ARTICLE) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>Talks</title>{head}</head>"
        f"<body><article>{paragraphs}</article></body></html>"
    ).encode()


class CanonicalAddressTests(IngestTestCase):
    def upload(self, html: bytes, name: str = "page.html", **fields):
        data = {"files": [SimpleUploadedFile(name, html, content_type="text/html")]}
        return self.client.post(
            INDEX, {**data, "published": "2017-08-23", "language": "", **fields}
        )

    def uploaded_url(self, head: str) -> str:
        self.upload(page(head))
        return PendingArticle.objects.get().url

    def test_the_canonical_link_fills_an_empty_url_and_is_shown_to_change(self):
        self.upload(page(f'<link rel="canonical" href="{ADDRESS}">'))
        pending = PendingArticle.objects.get()
        self.assertEqual(pending.url, ADDRESS)
        review = self.client.get(reverse("ingest:review", args=[pending.pk]))
        self.assertContains(review, f'value="{ADDRESS}"')

    def test_og_url_when_there_is_no_canonical_link(self):
        self.assertEqual(
            self.uploaded_url(f'<meta property="og:url" content="{ADDRESS}">'), ADDRESS
        )

    def test_the_canonical_link_comes_before_og_url_and_rel_is_read_as_words(self):
        head = (
            '<meta property="og:url" content="https://a.example.org/og">'
            f'<link rel="Alternate CANONICAL" href=" {ADDRESS} ">'
        )
        self.assertEqual(self.uploaded_url(head), ADDRESS)

    def test_a_typed_url_wins(self):
        typed = "https://b.example.org/typed"
        self.upload(page(f'<link rel="canonical" href="{ADDRESS}">'), url=typed)
        self.assertEqual(PendingArticle.objects.get().url, typed)

    def test_a_page_already_waiting_under_that_address_is_found(self):
        self.paste(url=ADDRESS)
        waiting = PendingArticle.objects.get()
        before = Counts()
        other = ARTICLE.replace("de-escalation zones", "ceasefire monitoring")
        response = self.upload(page(f'<link rel="canonical" href="{ADDRESS}">', other))
        self.assertRefused(response, "already waiting for review", before)
        self.assertContains(response, reverse("ingest:review", args=[waiting.pk]))

    def test_an_address_that_is_no_absolute_web_address_or_is_refused_is_left_out(self):
        for href in (
            "/x/1",
            "//a.example.org/x/1",
            "x/1",
            "javascript:alert(1)",
            "ftp://a.example.org/x/1",
            "https://",
            "https://exa\u200bmple.org/x",  # a format character: url_text refuses it
            "https://a.example.org/adm%CD%B8z",  # an unassigned code point, escaped
            "https://a.example.org/" + "x" * 1000,  # longer than the column
            "http://[::1",  # unparsable
        ):
            with self.subTest(href=href):
                PendingArticle.objects.all().delete()
                response = self.upload(page(f'<link rel="canonical" href="{escape(href)}">'))
                self.assertEqual(response.status_code, 302)
                self.assertEqual(PendingArticle.objects.get().url, "")

    def test_the_pipeline_gives_the_pages_own_words(self):
        _text, meta = html_to_text(
            page('<link rel="canonical" href="HTTPS://A.example.org/X/1?b=2&amp;a=1#top">').decode()
        )
        self.assertEqual(meta["url"], "HTTPS://A.example.org/X/1?b=2&a=1#top")
        _text, meta = html_to_text(page("").decode())
        self.assertEqual(meta["url"], "")
