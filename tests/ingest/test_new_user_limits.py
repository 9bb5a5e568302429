"""Issue 13, item 8: what a new user reads is true. `make run PORT=...` prints the sign-in
URL of that port; the ingestion form states the article limit the pipeline applies (200,000
characters) and refuses a longer paste without echoing it back; a second `loadseeds`
counts every source present."""

import io

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase

from peaceproc.chronology.models import Source
from peaceproc.ingest.pipeline import MAX_TEXT_CHARS

from .test_admin import INDEX, Counts, IngestTestCase


class SignInUrlTests(TestCase):
    def test_ensureadmin_prints_the_url_it_is_given(self):
        out = io.StringIO()
        call_command("ensureadmin", "--url", "http://127.0.0.1:8613/", stdout=out)
        self.assertIn("Sign in at http://127.0.0.1:8613/admin/", out.getvalue())

    def test_make_run_passes_its_host_and_port(self):
        makefile = (settings.BASE_DIR / "Makefile").read_text()
        self.assertIn('ensureadmin --url "http://$(HOST):$(PORT)/"', makefile)


class ArticleLimitTests(IngestTestCase):
    def test_the_form_states_the_pipelines_limit(self):
        response = self.client.get(INDEX)
        self.assertContains(response, f"At most {MAX_TEXT_CHARS:,} characters")
        self.assertContains(response, f'data-max-chars="{MAX_TEXT_CHARS}"')

    def test_a_paste_over_the_limit_is_refused_and_not_echoed_back(self):
        before = Counts()
        text = "Envoys met in Geneva on 3 March 2017. " * 6_000  # 228,000 characters
        self.assertLess(len(text.encode()), 1_000_000)
        response = self.paste(text)
        self.assertRefused(
            response, f"is 228,000 characters long; the limit is {MAX_TEXT_CHARS:,}", before
        )
        self.assertNotContains(response, "Envoys met in Geneva")

    def test_an_uploaded_text_file_over_the_limit_states_the_character_limit(self):
        before = Counts()
        upload = SimpleUploadedFile("long.txt", b"Talks in Astana on 3 May 2017. " * 7_000)
        response = self.client.post(INDEX, {"files": [upload], "published": "2017-05-04"})
        self.assertRefused(
            response,
            f"long.txt is 217,000 characters long; the limit is {MAX_TEXT_CHARS:,}",
            before,
        )


class SeedCountTests(TestCase):
    def test_a_second_loadseeds_counts_every_source_present(self):
        out = io.StringIO()
        call_command("loadseeds", stdout=out)
        sources = Source.objects.count()
        self.assertIn(f"{sources} sources", out.getvalue())
        out = io.StringIO()
        call_command("loadseeds", stdout=out)
        self.assertIn(f"{sources} sources", out.getvalue())
        self.assertIn("Nothing to do", out.getvalue())
