"""Outside re-tester t9r, 5: `ingest --publisher/--url` with a control character (a C0
control, ESC, a right-to-left override) is refused as the admin refuses it in a
source's fields, nothing stored; and a source's name shown on the public pages is in
<bdi>, so a stray override cannot reorder the text after it."""

import io
import json
from datetime import date

from django.core.management import CommandError, call_command
from django.test import TestCase

from peaceproc.chronology.models import Citation, Event, Source

from .test_command import ARTICLE, CommandTestCase, counts


class ControlCharacterOptionTests(CommandTestCase):
    def test_a_control_character_in_an_option_is_refused(self):
        path = self.write("a.txt", ARTICLE)
        for option, value, code in (
            ("--publisher", "Wire\x01", "bad_publisher"),
            ("--publisher", "Wire \x1b[31m", "bad_publisher"),
            ("--publisher", "\u202eeriW", "bad_publisher"),
            ("--url", "https://wire.example.net/\u202ea", "bad_url"),
        ):
            with self.subTest(option=option, value=value):
                before, out = counts(), io.StringIO()
                with self.assertRaises(CommandError) as caught:
                    call_command("ingest", path, "--published", "2017-08-23", option, value,
                                 "--json", stdout=out, stderr=io.StringIO())  # fmt: skip
                self.assertEqual(counts(), before)
                self.assertIn(f"{option}: Remove the control character U+", str(caught.exception))
                [entry] = json.loads(out.getvalue())
                self.assertEqual(entry["code"], code)

    def test_a_format_character_in_the_url_is_refused(self):
        """Re-tester t10s: a zero-width space in the host passed as the URL."""
        path = self.write("a.txt", ARTICLE)
        before, out = counts(), io.StringIO()
        with self.assertRaises(CommandError) as caught:
            call_command("ingest", path, "--published", "2017-08-23",
                         "--url", "https://wire.exa\u200bmple.net/a", "--json",
                         stdout=out, stderr=io.StringIO())  # fmt: skip
        self.assertEqual(counts(), before)
        self.assertIn("--url: Remove the format character U+200B", str(caught.exception))
        [entry] = json.loads(out.getvalue())
        self.assertEqual(entry["code"], "bad_url")

    def test_marks_arabic_needs_are_kept(self):
        path = self.write("a.txt", ARTICLE)
        publisher = "وكالة\u200f سانا"  # a right-to-left mark is no control character here
        call_command("ingest", path, "--published", "2017-08-23", "--publisher", publisher,
                     stdout=io.StringIO(), stderr=io.StringIO())  # fmt: skip
        self.assertTrue(Source.objects.filter(publisher=publisher).exists())


class SourceNamesIsolatedTests(TestCase):
    def test_a_source_name_is_in_bdi_on_the_event_page(self):
        event = Event.objects.create(
            slug="hama-talks-2026-10-12", title="Hama talks", kind="meeting",
            start_date=date(2026, 10, 12), precision="day",
        )  # fmt: skip
        linked = Source.objects.create(url="https://wire.example.net/a", publisher="\u202eeriW")
        unlinked = Source.objects.create(publisher="Other wire", title="Talks")
        for source in (linked, unlinked):
            Citation.objects.create(source=source, event=event)
        response = self.client.get(event.get_absolute_url())
        self.assertContains(response, "<bdi>\u202eeriW</bdi></a>")
        self.assertContains(response, "<bdi>Other wire</bdi>")
