"""Old files in a legacy encoding (outside tester's finding 2 of issue 9): a Russian
article saved as Windows-1251 and a French one saved as Latin-1 are read, through the
admin's upload and the `ingest` command, and the editor is told which encoding was used."""

import json
import tempfile
from io import StringIO
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from peaceproc.ingest.models import PendingArticle

from .test_admin import INDEX, IngestTestCase

# Written for these tests.
RUSSIAN = """Новый раунд переговоров в Астане

Астана, 5 июля. Пятый раунд переговоров по Сирии открылся в Астане 4 июля 2017 года.
Российскую делегацию возглавил Александр Лаврентьев; делегации Ирана и Турции прибыли
накануне. Участники обсуждают границы зон деэскалации и обмен задержанными.
"""
FRENCH = """Reprise des pourparlers à Genève

Genève, 24 février. Les délégations syriennes se sont réunies à Genève le 23 février 2017
sous l'égide de l'envoyé spécial Staffan de Mistura. Les débats ont porté sur la
gouvernance, la réforme de la constitution et les élections à venir.
"""


class LegacyEncodingUploadTests(IngestTestCase):
    def upload(self, name, data):
        upload = SimpleUploadedFile(name, data, content_type="text/plain")
        return self.client.post(
            INDEX, {"files": [upload], "published": "2017-07-05", "language": ""}, follow=True
        )

    def test_a_russian_windows_1251_file_is_read_and_the_encoding_named(self):
        response = self.upload("astana.txt", RUSSIAN.encode("cp1251"))
        pending = PendingArticle.objects.waiting().get()
        self.assertEqual(pending.text, RUSSIAN)
        self.assertEqual(pending.language, "ru")
        self.assertEqual(pending.title, "Новый раунд переговоров в Астане")
        self.assertEqual(pending.candidates[0]["date"], "2017-07-04")
        self.assertContains(response, "astana.txt is not UTF-8: read as Windows-1251 (Cyrillic)")
        self.assertContains(response, "detected")

    def test_a_french_latin_1_file_is_read_and_the_encoding_named(self):
        response = self.upload("geneve.txt", FRENCH.encode("latin-1"))
        pending = PendingArticle.objects.waiting().get()
        self.assertEqual(pending.text, FRENCH)
        self.assertEqual(pending.language, "fr")
        self.assertEqual(pending.candidates[0]["date"], "2017-02-23")
        # Latin-1 and Windows-1252 write French letters with the same bytes.
        self.assertContains(response, "geneve.txt is not UTF-8: read as ")
        self.assertRegex(
            response.content.decode(), r"read as (Windows-1252 \(Western|ISO-8859-1 \(Latin-1)"
        )

    def test_a_utf8_file_has_no_encoding_note(self):
        response = self.upload("astana.txt", RUSSIAN.encode())
        self.assertNotContains(response, "is not UTF-8")
        self.assertEqual(response.status_code, 200)
        pending = PendingArticle.objects.waiting().get()
        self.assertEqual(pending.notes, [])
        self.assertNotContains(response, "<dt>Read</dt>")


class LegacyEncodingCommandTests(IngestTestCase):
    def test_the_command_reads_both_and_says_so(self):
        with tempfile.TemporaryDirectory() as folder:
            russian, french = Path(folder, "astana.txt"), Path(folder, "geneve.txt")
            russian.write_bytes(RUSSIAN.encode("cp1251"))
            french.write_bytes(FRENCH.encode("latin-1"))
            out, err = StringIO(), StringIO()
            call_command(
                "ingest",
                str(russian),
                str(french),
                "--dry-run",
                "--json",
                "--published",
                "2017-07-05",
                stdout=out,
                stderr=err,
            )
        document = json.loads(out.getvalue())
        self.assertEqual([entry["language"] for entry in document], ["ru", "fr"])
        self.assertEqual(document[0]["candidates"][0]["date"], "2017-07-04")
        self.assertIn("в Астане 4 июля", document[0]["candidates"][0]["quote"])
        self.assertIn("Genève", document[1]["candidates"][0]["quote"])
        self.assertIn(
            "astana.txt is not UTF-8: read as Windows-1251 (Cyrillic), detected", err.getvalue()
        )
        self.assertIn("geneve.txt is not UTF-8: read as", err.getvalue())
