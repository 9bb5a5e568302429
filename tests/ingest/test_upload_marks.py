"""Texts of combining marks and invisible characters through the whole upload (issue 9):
read, normalised once, checked, analysed, stored and reviewed, or refused with a message;
never a server error, nothing stored on a refusal, no worker held for long.

The time bound here is a hang guard, not a speed target (the figures: make bench-ingest).
"""

import time
import unicodedata
from datetime import date

from django.test import SimpleTestCase, tag

from peaceproc.ingest.analysis import analyse
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import MAX_TEXT_CHARS, Gazetteer
from peaceproc.ingest.reading import InputError, read_bytes, read_pasted

from .test_admin import Counts, IngestTestCase

FRENCH = (
    "Réunion à Genève\n\n"
    "Les délégations se sont réunies à Genève le 14 février 2017 pour un nouveau cycle "
    "de négociations sur la Syrie.\n"
)
DECOMPOSED = unicodedata.normalize("NFD", FRENCH)


def _fill(unit: str, limit: int = MAX_TEXT_CHARS - 200) -> str:
    return (unit * (limit // len(unit) + 1))[:limit]


class DecomposedTextTests(SimpleTestCase):
    def test_a_decomposed_text_is_read_composed(self):
        self.assertNotEqual(DECOMPOSED, FRENCH)
        self.assertEqual(read_pasted(DECOMPOSED).text, FRENCH)
        self.assertEqual(read_bytes(DECOMPOSED.encode(), name="a.txt").text, FRENCH)

    def test_a_decomposed_text_gives_its_dates(self):
        raw = read_pasted(DECOMPOSED)
        got = analyse(
            text=raw.text, published=date(2017, 3, 1), language="fr",
            gazetteer=Gazetteer(participants=(), rounds=()),
        )  # fmt: skip
        self.assertEqual([c["date"] for c in got.candidates], ["2017-02-14"])

    def test_a_run_of_marks_is_refused_with_where_it_is(self):
        t0 = time.process_time()
        with self.assertRaisesRegex(InputError, "150,000 combining marks .* at character 32;"):
            read_pasted("Talks in Astana on 4 May 2017.\n" + "\u0301\u0316" * 75_000)
        self.assertLess(time.process_time() - t0, 5.0)  # a hang guard
        # Thirty marks on a letter are the most that is read, and composed.
        text = "Talks a" + "\u0301\u0316" * 15
        self.assertEqual(read_pasted(text).text, unicodedata.normalize("NFC", text))


class DecomposedUploadTests(IngestTestCase):
    def test_the_decomposed_article_is_stored_composed_and_is_a_copy_of_the_composed(self):
        response = self.paste(DECOMPOSED, published="2017-03-01", language="fr")
        self.assertEqual(response.status_code, 302)
        pending = PendingArticle.objects.get()
        self.assertEqual(pending.text, FRENCH)
        self.assertEqual([c["date"] for c in pending.candidates], ["2017-02-14"])
        before = Counts()
        response = self.paste(FRENCH, published="2017-03-01", language="fr")
        self.assertContains(response, "is already waiting for review")
        self.assertEqual(Counts(), before)


# A mark on every letter, runs of marks, marks on digits, Arabic harakat, Hebrew points,
# joiners, bidi controls and variation selectors, each to the size limit after a dated lead.
SHAPES = {
    "a mark after every letter": _fill("t\u0301a\u0301l\u0301k\u0301s\u0301 "),
    "a run of one mark": _fill("\u0301"),
    "a run of marks of mixed classes": _fill("\u0301\u0316\u0300\u0317"),
    "marks on digits": _fill("4\u0301 M\u0301ay 2\u03010\u03011\u03017\u0301. "),
    "Arabic harakat": _fill("عَقَدَتِ الوُفُودُ اجْتِمَاعًا يَوْمَ ٤ مَايُو. "),
    "a run of harakat": _fill("\u064b\u064c\u064d\u064e"),
    "Hebrew points": _fill("שָׁלוֹם עֲלֵיכֶם "),
    "zero-width joiners": _fill("a\u200d\u200c"),
    "bidi controls": _fill("talks\u202e in\u202c Astana\u2067 "),
    "variation selectors": _fill("a\ufe0f\ufe0e"),
}
LEAD = "Talks in Astana\n\nThe delegations met in Astana on 4 May 2017.\n\n"


@tag("slow")  # ten uploads of 200,000 characters, each analysed and reviewed
class MarksUploadTests(IngestTestCase):
    def test_every_shape_is_stored_or_refused_with_a_message(self):
        for name, body in SHAPES.items():
            with self.subTest(name):
                PendingArticle.objects.all().delete()
                before = Counts()
                t0 = time.process_time()
                response = self.paste(LEAD + body, published="2017-08-01")
                if response.status_code == 302:
                    pending = PendingArticle.objects.get()
                    self.assertTrue(unicodedata.is_normalized("NFC", pending.text))
                    self.assertEqual(self.client.get(pending.get_absolute_url()).status_code, 200)
                else:
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, "Nothing was stored.")
                    self.assertEqual(Counts(), before)
                self.assertLess(time.process_time() - t0, 10.0)  # a hang guard
