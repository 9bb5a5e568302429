"""An outside tester's findings on messages (issue 9, fix9c): only the real message, the
exact bytes when rounding hides the excess, a NUL cleaned like other controls, a page's
ignored date explained, a file that is not a regular one named as such, and Turkish,
Persian and Arabic files in their Windows encodings read."""

import io
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase
from django.urls import reverse

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.reading import MAX_BYTES, InputError, check_size, decode

from .test_admin import (
    ARTICLE,
    INDEX,
    Counts,
    IngestTestCase,
    candidate,
    formset_data,
    make_pending,
)

ROOT = settings.BASE_DIR
# Written for these tests.
TURKISH = """Astana'da dördüncü tur başlıyor

Ankara, 3 Mayıs. Suriye konulu görüşmelerin dördüncü turu yarın Kazakistan'ın başkenti
Astana'da başlayacak. Türk heyetine Dışişleri Bakan Yardımcısı Sedat Önal başkanlık ediyor;
görüşmelerde çatışmasızlık bölgelerinin sınırları ele alınacak.
"""
# A Persian article of the corpus (rewritten in the team's words, bench/ingest_corpus).
PERSIAN = (ROOT / "bench/ingest_corpus/fa/fa-008-moscow-quadrilateral-monday.txt").read_text(
    encoding="utf-8"
)
ARABIC = """جولة جديدة في أستانا

أستانا، 5 تموز. انطلقت الجولة الخامسة من محادثات أستانا حول سوريا يوم الثلاثاء بمشاركة
وفود روسيا وإيران وتركيا، وتناولت المباحثات حدود مناطق خفض التصعيد وتبادل المعتقلين.
"""


class SizeMessageTests(SimpleTestCase):
    def test_exact_bytes_when_rounding_hides_the_excess(self):
        with self.assertRaisesMessage(
            InputError, "big.txt is 1,000,001 bytes; the limit is 1,000,000 bytes per article"
        ):
            check_size("big.txt", MAX_BYTES + 1)
        with self.assertRaisesMessage(InputError, "big.txt is 2.0 MB; the limit is 1 MB"):
            check_size("big.txt", 2 * MAX_BYTES)


class WindowsEncodingTests(SimpleTestCase):
    """Windows code pages as old editors save these languages: Persian with the Arabic
    forms of yeh and kaf, which Windows-1256 has (it lacks the Persian forms; such files
    hold these). A short Persian text with many zero-width non-joiners still looks like
    chaos to the detector and is refused (never garbled): save it as UTF-8."""

    def test_each_is_detected_and_read_unchanged(self):
        persian = PERSIAN.replace("ی", "ي").replace("ک", "ك")
        for text, encoding in ((TURKISH, "cp1254"), (persian, "cp1256"), (ARABIC, "cp1256")):
            with self.subTest(encoding=encoding, text=text[:10]):
                decoded = decode(text.encode(encoding), name="a.txt")
                self.assertEqual((decoded.encoding, decoded.text), (encoding, text))

    def test_french_stays_windows_1252(self):
        french = "Réunion à Genève le 3 mars 2017 : les délégués ont évoqué l'été prochain."
        decoded = decode(french.encode("cp1252"), name="a.txt")
        self.assertEqual(decoded.text, french)


class PasteMessageTests(IngestTestCase):
    def test_a_nul_in_a_paste_is_cleaned_with_a_note_not_refused(self):
        response = self.paste(ARTICLE.replace("Tehran ", "Tehran\x00 ", 1), follow=True)
        self.assertNotContains(response, "Null characters are not allowed")
        self.assertNotContains(response, "Paste an article")
        pending = PendingArticle.objects.get()
        self.assertNotIn("\x00", pending.text)
        self.assertIn(
            "1 control character (such as NUL, ESC, BEL or DEL) removed", pending.notes[0]
        )

    def test_an_html_page_dated_2099_says_its_date_was_not_taken(self):
        html = (
            b'<html><head><meta property="article:published_time" content="2099-03-04">'
            b"<title>Moscow</title></head><body><article><p>At a Tuesday meeting in Moscow, "
            b"Hossein Jaberi Ansari and Aleksandr Lavrentyev discussed Idlib.</p></article>"
            b"</body></html>"
        )
        upload = SimpleUploadedFile("m.html", html, content_type="text/html")
        before = Counts()
        response = self.client.post(INDEX, {"files": [upload], "language": ""})
        self.assertContains(response, "is a relative date")
        self.assertContains(
            response, "the page&#x27;s own date, 2099-03-04, is in the future, so it was not taken"
        )
        self.assertEqual(Counts(), before)


class TitleMessageTests(IngestTestCase):
    def test_a_title_refused_for_its_length_gets_only_that_message(self):
        pending = make_pending([candidate()])
        url = reverse("ingest:review", args=[pending.pk])
        formset = self.client.get(url).context["formset"]
        response = self.client.post(url, formset_data(formset, {0: {"title": "x" * 10_000}}))
        self.assertContains(response, "Ensure this value has at most 300 characters")
        self.assertNotContains(response, "Give the new event a title.")


class CommandMessageTests(SimpleTestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = Path(tmp.name)

    def refusal(self, path) -> tuple[str, str]:
        err = io.StringIO()
        with self.assertRaises(CommandError) as caught:
            call_command("ingest", str(path), "--dry-run", stderr=err)
        return str(caught.exception), err.getvalue()

    def test_a_named_pipe_is_not_a_regular_file(self):
        fifo = self.tmp / "pipe.txt"
        os.mkfifo(fifo)
        message, _ = self.refusal(fifo)  # returns: the pipe is never opened
        self.assertIn("pipe.txt is not a regular file", message)

    def test_a_directory_is_not_a_regular_file(self):
        (self.tmp / "dir.txt").mkdir()
        message, _ = self.refusal(self.tmp / "dir.txt")
        self.assertIn("dir.txt is not a regular file", message)
