"""Unicode normalisation in linear time (peaceproc/normal_form.py): a paste of 100,000
combining marks hung a worker while its hash was computed (issue 9)."""

import time
import unicodedata
from pathlib import Path

from django.test import SimpleTestCase

from peaceproc import normal_form
from peaceproc.chronology.services import normalise_text, text_hash

ROOT = Path(__file__).resolve().parents[1]
# Real and written articles in the six languages, with their harakat, accents and ZWNJs.
ARTICLES = sorted((ROOT / "bench" / "ingest_corpus").glob("*/*.txt")) + sorted(
    (ROOT / "seeds" / "articles").glob("*.txt")
)
MARKS_PASTE = "انعقدت " + "\u064b\u064c\u064d\u064e" * 49_748  # 199,000 characters


class StreamSafeTests(SimpleTestCase):
    def test_real_text_is_unchanged_and_so_are_its_hashes(self):
        self.assertGreater(len(ARTICLES), 100)
        for path in ARTICLES:
            text = path.read_text(encoding="utf-8")
            with self.subTest(path.name):
                self.assertEqual(normal_form.stream_safe(text), text)
                # The hash of a text stored before this change finds it still.
                old = " ".join(unicodedata.normalize("NFC", text).split())
                self.assertEqual(normalise_text(text), old)

    def test_a_long_run_of_marks_is_broken_every_thirty(self):
        run = "\u0301\u0316" * 40  # 80 marks of two classes
        safe = normal_form.stream_safe("e" + run)
        self.assertEqual(safe.replace(normal_form.CGJ, ""), "e" + run)
        self.assertEqual(safe.count(normal_form.CGJ), 2)
        chunks = safe[1:].split(normal_form.CGJ)
        self.assertEqual([len(c) for c in chunks], [30, 30, 20])
        # Within each chunk the marks are still put in canonical order.
        self.assertEqual(normal_form.normalize("NFD", "a\u0301\u0316"), "a\u0316\u0301")

    def test_a_starter_that_decomposes_into_marks_counts_as_marks(self):
        # U+0F73 has combining class 0 but decomposes into two non-starters.
        self.assertIn(normal_form.CGJ, normal_form.stream_safe("\u0f73" * 31))
        self.assertNotIn(normal_form.CGJ, normal_form.stream_safe("\u0f73" * 30))

    def test_the_marks_paste_is_hashed_at_once(self):
        normal_form.stream_safe("")  # the table of non-starters is built once per process
        t0 = time.process_time()
        digest = text_hash(MARKS_PASTE)
        # A hang guard (it took minutes); the speed target is bench/ingest_robustness.py.
        self.assertLess(time.process_time() - t0, 2.0)
        self.assertEqual(len(digest), 64)
        self.assertEqual(text_hash(MARKS_PASTE + " "), digest)
