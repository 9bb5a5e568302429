"""Issue 9, re-tester t8r: what the analysis reads past (text.reading) and what a stored
quote may hold (text.clean_quote). Vowel marks, tatweels, keycaps, digit forms and
invisible characters change no candidate; quotes are the article's own words without
controls or runs of invisible characters. Sentences written for these tests."""

import re
import unicodedata
import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    PipelineError,
    article_people,
    detect_language,
    extract_dates,
    find_candidates,
)
from peaceproc.ingest.pipeline.extract import validate_text
from peaceproc.ingest.pipeline.text import clean_quote, reading
from peaceproc.ingest.reading import check_text

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant(
            "alexander-lavrentiev",
            ("Alexander Lavrentiev", "Lavrentiev", "ألكسندر لافرنتييف", "لافرنتييف"),
        ),
    ),
    rounds=(),
)
PUBLISHED = date(2017, 5, 6)

BARE_AR = "التقى المبعوث الروسي لافرنتييف بوفد المعارضة في أستانا في 4 أيار 2017."
# The same sentence with a vowel mark on every letter that takes one, and with shadda.
VOWELLED_AR = "اِلْتَقَى الْمَبْعُوثُ الرُّوسِيُّ لَافْرَنْتِيِيف بِوَفْدِ الْمُعَارَضَةِ فِي أَسْتَانَا فِي 4 أَيَّارَ 2017."
# And stretched with tatweels, as headlines and posters write it.
KASHIDA_AR = "التقـى المبعـوث الروسـي لافرنتييـف بوفـد المعارضـة في أستانـا في 4 أيـار 2017."
ZWNJ, ZWSP, RLM, LRM, ZWJ = "\u200c", "\u200b", "\u200f", "\u200e", "\u200d"
# Anything a quote may not hold (the one ZWNJ kept between two letters aside).
UNSEEN = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{ZWSP}{RLM}{LRM}\u200d\u2060\ufeff\ufe0f]")


def found(text, language, published=PUBLISHED):
    """What an editor reviews: each candidate's dates and people, and the article's people."""
    cands = find_candidates(text, published=published, language=language, gazetteer=GAZ)
    people = article_people(text, language=language, gazetteer=GAZ)
    return [(c.date, c.precision, c.end_date, c.participants) for c in cands], people


class UnreadMarksTests(unittest.TestCase):
    def test_vowelled_and_stretched_arabic_reads_as_bare(self):
        bare = found(BARE_AR, "ar")
        self.assertEqual(bare[0][0][:2], (date(2017, 5, 4), "day"))
        self.assertEqual(bare[1].slugs, ("alexander-lavrentiev",))
        for text in (VOWELLED_AR, KASHIDA_AR):
            with self.subTest(text=text):
                self.assertEqual(found(text, "ar"), bare)
                self.assertEqual(detect_language(text), "ar")
                self.assertEqual(found(text, None), bare)

    def test_the_quote_is_the_articles_own_text(self):
        text = f"عنوان الخبر\n\n{VOWELLED_AR}"
        (c,) = find_candidates(text, published=PUBLISHED, language="ar", gazetteer=GAZ)
        self.assertEqual(c.quote, VOWELLED_AR)
        self.assertEqual(text[c.quote_start : c.quote_end], VOWELLED_AR)
        (span,) = c.date_spans
        self.assertEqual(c.quote[span[0] : span[1]], "4 أَيَّارَ 2017")
        self.assertEqual(c.date_text, "4 أَيَّارَ 2017")

    def test_hebrew_points_and_other_unread_characters_are_read_past(self):
        self.assertEqual(reading("שָׁלוֹם").text, "שלום")
        self.assertEqual(reading("Ast\u00adana").text, "Astana")
        view = reading("فِي 4 أَيَّارَ")
        self.assertEqual(view.text, "في 4 أيار")
        # A word's end takes its trailing marks: 'في' is 'فِي' in the original.
        self.assertEqual(view.source(2), 3)
        self.assertEqual(view.source(view.text.index("4")), 4)

    def test_a_long_vowelled_article_is_not_refused_as_short_words(self):
        article = (VOWELLED_AR + "\n") * 400
        self.assertGreater(len(article), 6000)
        validate_text(article)  # refused before: marks cut every word into letters
        (c,) = find_candidates(article, published=PUBLISHED, language="ar", gazetteer=GAZ)
        self.assertEqual(c.participants, ("alexander-lavrentiev",))


class DigitFormsTests(unittest.TestCase):
    def test_keycaps_and_fullwidth_digits_read_as_digits(self):
        bare = "Lavrentiev held talks in Astana on 14 February 2018."
        want = found(bare, "en")
        self.assertEqual(want[0][0][:2], (date(2018, 2, 14), "day"))
        for text in (
            bare.replace("14", "1\u20e34"),
            bare.replace("14", "1\ufe0f\u20e34\ufe0f\u20e3"),
            bare.replace("14", "１４").replace("2018", "２０１８"),
            bare.replace("14", "𝟏𝟒"),
        ):
            with self.subTest(text=text):
                self.assertEqual(found(text, "en"), want)
        (c,) = find_candidates(
            bare.replace("2018", "２０１８"), published=PUBLISHED, language="en", gazetteer=GAZ
        )
        self.assertEqual(c.date_text, "14 February ２０１８")

    def test_a_quote_on_its_own_reads_other_digits(self):
        # What a quote typed on the review is checked with (quotes.dates_stated).
        (m,) = extract_dates("Talks on １４ February ٢٠١٨.", published=PUBLISHED, language="en")
        self.assertEqual((m.start, m.text), (date(2018, 2, 14), "１４ February ٢٠١٨"))


class QuoteCleaningTests(unittest.TestCase):
    def test_a_terminal_colour_code_is_not_quoted(self):
        text = "Lavrentiev\x1b[31m held\x07 talks in Astana on 14 February 2018.\x1b[0m"
        (c,) = find_candidates(text, published=PUBLISHED, language="en", gazetteer=GAZ)
        self.assertEqual(c.quote, "Lavrentiev held talks in Astana on 14 February 2018.")
        (span,) = c.date_spans
        self.assertEqual(c.quote[span[0] : span[1]], "14 February 2018")

    def test_runs_of_invisible_characters_are_not_quoted(self):
        padding = (ZWSP + RLM + "\ufe0f" + "\U000e0067" + "\u200d") * 300
        text = f"Lavrentiev held talks{padding} in Astana on 14 February 2018."
        (c,) = find_candidates(text, published=PUBLISHED, language="en", gazetteer=GAZ)
        self.assertEqual(c.quote, "Lavrentiev held talks in Astana on 14 February 2018.")
        self.assertIsNone(UNSEEN.search(c.quote))
        self.assertEqual(text[c.quote_start : c.quote_end].count(ZWSP), 300)

    def test_a_persian_joiner_stays_once(self):
        view = clean_quote(f"مذاکرات برگزار می{ZWNJ}{ZWNJ}{LRM}شود و {ZWNJ}پایان")
        self.assertEqual(view.text, f"مذاکرات برگزار می{ZWNJ}شود و پایان")
        # Offsets of the original quote land on the same words in the cleaned one.
        start = view.target(len("مذاکرات برگزار می") + 3)
        self.assertEqual(view.text[start:], "شود و پایان")

    def test_the_stored_text_loses_a_colour_code_whole(self):
        text, notes = check_text("The pasted text", "Talks\x1b[31m on 14 February 2018")
        self.assertEqual(text, "Talks on 14 February 2018")
        self.assertIn("1 control character", notes[0])


class InvisibleBetweenLettersTests(unittest.TestCase):
    prose = "Lavrentiev held talks in Astana on 14 February 2018 with the delegations. " * 90

    def test_direction_marks_between_letters_are_read_past(self):
        marked = LRM.join(self.prose)
        self.assertEqual(found(marked, "en"), found(self.prose, "en"))

    def test_zero_width_spaces_and_joiners_between_letters_are_read_past(self):
        # (Outside tester t11b, 9: 'Lav\u200brov' and 'Fi\u200ddan' are one name each.)
        for mark in (ZWSP, ZWJ, ZWNJ):
            with self.subTest(mark=unicodedata.name(mark)):
                self.assertEqual(found(mark.join(self.prose), "en"), found(self.prose, "en"))

    def test_joiners_between_arabic_letters_are_named_in_the_refusal(self):
        # Between two letters of the Arabic script a joiner is spelling, kept: on every
        # letter, it cuts the words short, and the refusal says why.
        prose = "برگزاری مذاکرات در آستانه با حضور هیئت‌ها ادامه یافت. " * 90
        cut = ZWNJ.join(prose)
        with self.assertRaises(PipelineError) as refused:
            validate_text(cut)
        message = str(refused.exception)
        self.assertIn(f"U+200C {unicodedata.name(ZWNJ).lower()}: ", message)
        self.assertNotIn("a list of initials", message)


if __name__ == "__main__":
    unittest.main()
