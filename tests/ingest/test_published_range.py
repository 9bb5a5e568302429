"""Issue 13, item 1: a publication date outside the supported range (1900-01-01 to
2100-12-31) or in the future is refused when typed or given to the command, ignored when a
page states it, and never makes the pipeline's or the review's date arithmetic overflow."""

import tempfile
from datetime import date
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase
from django.urls import reverse

from peaceproc.chronology.dates import FIRST_DATE, LAST_DATE
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import PipelineError, extract_dates, html_to_text
from peaceproc.ingest.pipeline.types import FIRST_PUBLISHED, LAST_PUBLISHED

from .test_admin import INDEX, Counts, IngestTestCase, candidate, make_pending

EARLY_ARTICLE = "Envoys met in Geneva yesterday. Talks resumed last year in Astana."


def page(published: str) -> bytes:
    return (
        "<html><head><title>Moscow consultations</title>"
        f'<meta property="article:published_time" content="{published}"></head><body>'
        "<article><p>Officials met in Moscow on 2 August 2017 and again yesterday to discuss "
        "Syria.</p></article></body></html>"
    ).encode()


class PipelineBoundTests(SimpleTestCase):
    def test_the_pipeline_range_is_the_sites(self):
        self.assertEqual((FIRST_PUBLISHED, LAST_PUBLISHED), (FIRST_DATE, LAST_DATE))

    def test_relative_dates_from_the_ends_of_the_calendar_are_refused_not_crashing(self):
        for published in (date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31), date(1899, 12, 31)):
            with self.subTest(published=published), self.assertRaises(PipelineError):
                extract_dates(EARLY_ARTICLE, published=published, language="en")

    def test_relative_dates_at_the_ends_of_the_range_stay_in_it(self):
        # 'yesterday' and 'last year' in an article of 1 January 1900 fall before the range:
        # no date, rather than 1899 proposed for review.
        self.assertEqual(extract_dates(EARLY_ARTICLE, published=FIRST_DATE, language="en"), [])
        got = extract_dates(EARLY_ARTICLE, published=LAST_DATE, language="en")
        self.assertTrue(got)
        self.assertTrue(all(FIRST_DATE <= m.start <= LAST_DATE for m in got))

    def test_a_pages_date_outside_the_range_or_in_the_future_is_ignored(self):
        for stated in ("0001-01-01", "9999-12-31T23:59:59+14:00", "1899-12-31", "2099-01-01"):
            with self.subTest(stated=stated):
                _, meta = html_to_text(page(stated).decode())
                self.assertIsNone(meta["published"])
        _, meta = html_to_text(page("2017-08-01").decode())
        self.assertEqual(meta["published"], date(2017, 8, 1))


class FormBoundTests(IngestTestCase):
    def test_a_typed_date_outside_the_range_is_refused(self):
        for published in ("0001-01-01", "0001-01-02", "1899-12-31"):
            with self.subTest(published=published):
                before = Counts()
                response = self.paste(EARLY_ARTICLE, published=published)
                self.assertContains(response, "Enter a date between 1900-01-01 and 2100-12-31.")
                self.assertEqual(Counts(), before)

    def test_an_uploaded_page_dated_year_1_asks_for_a_date(self):
        upload = SimpleUploadedFile("early.html", page("0001-01-01"), content_type="text/html")
        response = self.client.post(INDEX, {"files": [upload]})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "publication date")
        self.assertFalse(PendingArticle.objects.exists())

    def test_a_pending_article_with_a_bad_date_renders_its_review(self):
        pending = make_pending(
            [candidate(quote="They met yesterday.", date_text="yesterday", date="0001-01-01")],
            published_on=date(1, 1, 2),
        )
        response = self.client.get(pending.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The publication date 0001-01-02 is not between")

    def test_rereading_with_a_date_outside_the_range_is_refused(self):
        pending = make_pending([candidate()])
        response = self.client.post(
            reverse("ingest:reread", args=[pending.pk]), {"published": "0001-01-01"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Enter a date between 1900-01-01 and 2100-12-31.")


class CommandBoundTests(SimpleTestCase):
    def test_published_outside_the_range_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.txt"
            path.write_text(EARLY_ARTICLE)
            for published in ("0001-01-01", "9999-12-31", "2999-01-01"):
                with (
                    self.subTest(published=published),
                    self.assertRaisesMessage(
                        CommandError, "--published must be a date between 1900-01-01 and"
                    ),
                ):
                    call_command("ingest", str(path), "--published", published, "--dry-run")
