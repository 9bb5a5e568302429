"""Bad input gets a clear PipelineError; no input hangs.

The time bounds here are hang guards, not speed targets (those live in
bench/ingest_robustness.py, `make bench-ingest`): issue 9 asks that no input take more
than a second; the bound here is five, for a busy shared machine.
"""

import contextlib
import random
import sys
import time
import unittest
from datetime import date
from pathlib import Path

from django.test import tag

from peaceproc.ingest.pipeline import (
    MAX_TEXT_CHARS,
    Gazetteer,
    GazetteerParticipant,
    GazetteerRound,
    PipelineError,
    find_candidates,
)
from peaceproc.ingest.pipeline.extract import (
    MAX_DATE_MENTIONS,
    MAX_RAW_CANDIDATES,
    article_people,
    check_prose,
)
from peaceproc.ingest.pipeline.resolve import MAX_DATE_SPANS
from peaceproc.ingest.pipeline.text import MAX_SENTENCE_CHARS, split_sentences

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from ingest_robustness import TEXT_SHAPES  # noqa: E402

from .warm import warm_up  # noqa: E402

SEED = (ROOT / "seeds" / "articles" / "000_6309b0724f4afda5.txt").read_text(encoding="utf-8")
GAZ = Gazetteer(
    participants=(GazetteerParticipant("mikhail-bogdanov", ("Mikhail Bogdanov",)),),
    rounds=tuple(GazetteerRound(f"astana-{n}", "astana", n, None, None) for n in range(1, 23)),
)
PUB = date(2017, 8, 1)


def run(text, published=PUB, language="en"):
    return find_candidates(text, published=published, language=language, gazetteer=GAZ)


class HangGuardTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        warm_up()  # dateparser's one-off start-up cost is not the input's fault
        run(SEED)

    def timed(self, text, bound=1.0):
        t0 = time.process_time()
        try:
            result = run(text)
        except PipelineError as exc:
            result = exc
        elapsed = time.process_time() - t0
        self.assertLess(elapsed, bound, f"took {elapsed:.2f}s")
        return result

    def test_eighty_four_digit_numbers_in_a_row(self):
        rng = random.Random(4)
        text = " ".join(str(rng.randint(1000, 9999)) for _ in range(80))
        self.assertEqual(self.timed(text), [])
        years = "The talks met in " + " ".join(str(rng.randint(1990, 2030)) for _ in range(80))
        self.assertLessEqual(len(self.timed(years)), 1)

    def test_short_numeric_junk(self):
        self.assertEqual(self.timed(": 20/05/20"), [])
        self.assertEqual(self.timed("talks: 20/05/20 met 1/2/3/4/5/6/7"), [])

    def test_two_megabyte_article_is_refused_at_once(self):
        big = SEED * (2_000_000 // len(SEED) + 1)
        result = self.timed(big)
        self.assertIsInstance(result, PipelineError)
        self.assertIn(f"{MAX_TEXT_CHARS:,}", str(result))

    def test_article_just_under_the_limit_is_processed(self):
        text = SEED * (MAX_TEXT_CHARS // len(SEED))
        self.assertLessEqual(len(text), MAX_TEXT_CHARS)
        result = self.timed(text, bound=5.0)  # generous: a shared CI machine
        self.assertIsInstance(result, list)
        self.assertTrue(result)

    def test_one_endless_sentence(self):
        self.assertEqual(self.timed("word " * 39_000), [])

    def test_too_many_events_is_refused(self):
        text = " ".join(
            f"They met on {d} May {y} in Astana to discuss the ceasefire and the next round."
            for y in range(1997, 2030)  # none of them history (20 years before 2017)
            for d in range(1, 29)
        )
        result = self.timed(text[:MAX_TEXT_CHARS], bound=5.0)
        self.assertIsInstance(result, PipelineError)
        self.assertIn(str(MAX_RAW_CANDIDATES), str(result))


@tag("slow")  # ~7 s of CPU over the 30 shapes: in `make test`, not the edit loop
class WorstShapeTests(unittest.TestCase):
    """The benchmark's shapes (initials, dense dates in each script, deep markup): each
    used to take 2-190 s and is now well under a second. Bounds are on this process's CPU
    time, which a busy machine's waiting does not inflate (the figures: make bench-ingest)."""

    def test_every_worst_text_shape(self):
        for name, language, text in TEXT_SHAPES:
            with self.subTest(name):
                t0 = time.process_time()
                # A refusal (a table of dates) is a quick answer too.
                with contextlib.suppress(PipelineError):
                    find_candidates(text, published=PUB, language=language, gazetteer=GAZ)
                    article_people(text, language=language, gazetteer=GAZ)
                self.assertLess(time.process_time() - t0, 5.0)

    def test_a_list_of_initials_or_letters_is_refused_as_no_article(self):
        for unit in ("A. B. C. D. ", "А. Б. В. Г. ", "A B C D ", "Ab Cd Ef. "):
            with self.subTest(unit):
                text = unit * (MAX_TEXT_CHARS // len(unit) - 1)
                with self.assertRaisesRegex(PipelineError, "does not read as an article"):
                    run(text)
                with self.assertRaisesRegex(PipelineError, "one or two letters"):
                    article_people(text, language="en", gazetteer=GAZ)

    def test_prose_with_many_short_words_is_not_refused(self):
        # The corpus's French article with the most one- and two-letter words (37%), as
        # long as the limit allows: its share, not its length, decides.
        path = ROOT / "bench/ingest_corpus/fr/fr-h02-peopledaily-astana-14-15-mars.txt"
        article = path.read_text(encoding="utf-8") + "\n"
        text = article * (MAX_TEXT_CHARS // len(article))
        self.assertIsNone(check_prose(text))
        # A short list of initials is no burden, and is analysed as usual.
        self.assertEqual(run("A. B. C. D. " * 100), [])

    def test_sentences_of_initials_split_in_linear_time(self):
        t0 = time.process_time()
        sentences = split_sentences("A. " * 60_000)
        self.assertLess(time.process_time() - t0, 2.0)
        # Initials do not end sentences; the over-long run is cut into bounded pieces.
        self.assertLessEqual(max(len(s.text) for s in sentences), MAX_SENTENCE_CHARS)

    def test_a_table_of_dates_is_refused(self):
        text = "1 May. May 2017. " * 2000
        with self.assertRaisesRegex(PipelineError, "list or a table of dates"):
            run(text)

    def test_a_run_of_the_same_date_is_refused_before_it_is_resolved(self):
        # '4 May 4 May ...' joins into a few mentions; it is counted as spotted, or refused
        # earlier by the whole text's count of days with a month (rules9z).
        refused = f"more than {MAX_DATE_SPANS} date|list or a table of dates"
        with self.assertRaisesRegex(PipelineError, refused):
            run("Talks: " + "4 May " * 5000)

    def test_too_many_dates_in_prose_are_refused(self):
        text = "Nothing of note was reported from the region on 1 May 2017, the agency wrote. "
        with self.assertRaisesRegex(PipelineError, f"more than {MAX_DATE_MENTIONS} date"):
            run(text * 2000)


class BadInputTests(unittest.TestCase):
    def test_empty_text(self):
        for text in ("", "   \n\t "):
            with self.assertRaisesRegex(PipelineError, "empty"):
                run(text)

    def test_binary_text(self):
        with self.assertRaisesRegex(PipelineError, "binary"):
            run("PK\x03\x04\x00\x00 talks")

    def test_bytes_are_refused(self):
        with self.assertRaisesRegex(PipelineError, "str"):
            run(b"They met on Tuesday.")

    def test_unsupported_language(self):
        with self.assertRaisesRegex(PipelineError, "unsupported language 'de'"):
            run("Sie trafen sich am Dienstag.", language="de")

    def test_relative_date_without_publication_date(self):
        with self.assertRaisesRegex(PipelineError, "'Tuesday'.*publication date"):
            run("At a Tuesday meeting in Moscow, they talked.", published=None)

    def test_absolute_dates_need_no_publication_date(self):
        got = run("The memorandum was signed on 4 May 2017 in Astana.", published=None)
        self.assertEqual(
            [(c.date, c.kind, c.place) for c in got], [(date(2017, 5, 4), "agreement", "Astana")]
        )

    def test_timestamp_and_upper_case_language_are_accepted(self):
        from datetime import datetime

        got = find_candidates("They met on Tuesday in Moscow.", published=datetime(2017, 8, 1, 9),
                              language="EN", gazetteer=GAZ)  # fmt: skip
        self.assertEqual(got[0].to_json()["date"], "2017-08-01")

    def test_text_without_events(self):
        self.assertEqual(run("Nothing happened here, now or ever."), [])


if __name__ == "__main__":
    unittest.main()
