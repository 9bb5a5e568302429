"""Outside tester t6i, finding 13: an HTML page whose og:site_name is TASS was stored with
no publisher. The site's name from the page's metadata is the publisher unless the
editor (or --publisher) gives one."""

import io
from html import escape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from peaceproc.chronology.models import Source
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import html_to_text

from .test_admin import INDEX, IngestTestCase
from .test_command import CommandTestCase

PAGE = b"""<!doctype html><html><head><title>Talks end</title>
<meta property="og:site_name" content="TASS">
<meta property="article:published_time" content="2099-01-01T10:00:00+00:00">
</head><body><article><h1>Talks end</h1>
<p>The delegations of Russia, Iran and Turkey met in Nur-Sultan on 7 July 2021 and agreed
to hold the next meeting later in the year, the organisers said after the talks.</p>
</article></body></html>"""


class PublisherFromPageTests(IngestTestCase):
    def test_the_page_names_its_site(self):
        self.assertEqual(html_to_text(PAGE.decode())[1]["publisher"], "TASS")

    def test_the_sites_own_case_is_kept(self):
        # Outside tester t11b, 15: a name in lower case came back title-cased.
        for name in ("enab baladi", "al-monitor", "rudaw", "<img src=x onerror=alert(8)>"):
            with self.subTest(name=name):
                page = PAGE.decode().replace('content="TASS"', f'content="{escape(name)}"')
                self.assertEqual(html_to_text(page)[1]["publisher"], name)

    def test_an_upload_takes_it_unless_the_editor_gives_one(self):
        for given, expected in (("", "TASS"), ("Editor's choice", "Editor's choice")):
            with self.subTest(given=given):
                PendingArticle.objects.all().delete()
                upload = SimpleUploadedFile("tass.html", PAGE, content_type="text/html")
                self.client.post(
                    INDEX,
                    {"files": [upload], "published": "2021-07-09", "language": "",
                     "publisher": given},
                )  # fmt: skip
                self.assertEqual(PendingArticle.objects.get().publisher, expected)


class CommandPublisherTests(CommandTestCase):
    def test_the_command_takes_it_too(self):
        path = self.write("tass.html", PAGE)
        call_command("ingest", path, "--published", "2021-07-09", stdout=io.StringIO(),
                     stderr=io.StringIO())  # fmt: skip
        stored = Source.objects.filter(publisher="TASS").exists()
        queued = PendingArticle.objects.filter(publisher="TASS").exists()
        self.assertTrue(stored or queued)
