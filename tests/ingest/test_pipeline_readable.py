"""Issue 9 (fix9z): one reader of what the analysis reads past (text.readable), for a whole
article and for one sentence's dates. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates
from peaceproc.ingest.pipeline.text import readable, reading

ZWNJ, ZWSP, RLM, LRM, RLE, PDF = "\u200c", "\u200b", "\u200f", "\u200e", "\u202b", "\u202c"


class ReadableTests(unittest.TestCase):
    def read(self, text):
        view = readable(text)
        return view.text

    def test_vowel_marks_and_tatweels_are_read_past(self):
        self.assertEqual(self.read("دِمَشْقُ"), "دمشق")
        self.assertEqual(self.read("أيـار"), "أيار")

    def test_a_joiner_inside_a_word_is_kept(self):
        self.assertEqual(self.read(f"سه{ZWNJ}شنبه"), f"سه{ZWNJ}شنبه")

    def test_joiners_inside_a_word_are_kept_however_many(self):
        for word in (f"سه{ZWNJ}{ZWNJ}شنبه", f"می{ZWNJ}\u200dشود"):
            with self.subTest(word=word):
                self.assertEqual(self.read(word), word)

    def test_a_joiner_between_a_word_and_a_number_parts_them(self):
        self.assertEqual(self.read(f"روز{ZWNJ}14"), "روز 14")

    def test_direction_marks_break_no_word_or_number(self):
        self.assertEqual(self.read(f"Lav{LRM}rentiev"), "Lavrentiev")
        self.assertEqual(self.read(f"20{RLM}18"), "2018")

    def test_a_direction_mark_parts_a_number_from_a_word(self):
        self.assertEqual(self.read(f"14{RLM}حزيران"), "14 حزيران")
        self.assertEqual(self.read(f"June{LRM}14"), "June 14")

    def test_a_zero_width_space_parts_no_word(self):
        # It has no width: a reader sees one word, and one name ('Lav\u200brov': outside
        # tester t11b, 9). Between a number and a word it still parts them.
        self.assertEqual(self.read(f"Lav{ZWSP}rov"), "Lavrov")
        self.assertEqual(self.read(f"20{ZWSP}18"), "2018")
        self.assertEqual(self.read(f"14{ZWSP}June"), "14 June")

    def test_marks_beside_a_space_are_read_as_nothing(self):
        self.assertEqual(self.read(f"le {RLE}14 juin{PDF} à"), "le 14 juin à")

    def test_digits_of_other_scripts_read_as_ascii(self):
        self.assertEqual(self.read("۲۴ خرداد ١٤٠١ １４"), "24 خرداد 1401 14")

    def test_offsets_lead_back_to_the_text(self):
        text = f"عُقِدَ يوم {RLM}14{RLM}حزيران{ZWSP}2022 في جنيف"
        view = readable(text)
        for word in ("14", "حزيران", "2022", "جنيف"):
            start = view.text.index(word)
            begin, end = view.source(start), view.source(start + len(word) - 1) + 1
            with self.subTest(word=word):
                self.assertEqual(text[begin:end], word)
                self.assertEqual(view.target(begin), start)

    def test_a_text_with_nothing_to_read_past_is_itself(self):
        text = "Talks ended in Astana on 14 June 2022."
        self.assertEqual(readable(text).text, text)
        self.assertEqual(readable(text).source(10), 10)

    def test_the_article_reading_is_the_same_reader(self):
        text = f"Lav{LRM}rentiev arrived on 14{RLM}June in دِمَشْقُ{ZWSP}today"
        self.assertEqual(reading(text).text, readable(text).text)


class SentenceDatesTests(unittest.TestCase):
    def test_a_dates_words_are_the_sentences_own_with_their_marks(self):
        sentence = "عُقد الاجتماع في 4 أَيَّارَ 2017 في أستانا."
        (m,) = extract_dates(sentence, published=date(2017, 5, 6), language="ar")
        self.assertEqual((m.start, m.precision), (date(2017, 5, 4), "day"))
        self.assertEqual(m.text, "4 أَيَّارَ 2017")
        self.assertEqual(sentence[m.char_start : m.char_end], m.text)

    def test_a_direction_mark_inside_a_year_keeps_the_year(self):
        sentence = f"They met on 14 June 20{LRM}22 in Geneva."
        (m,) = extract_dates(sentence, published=date(2022, 7, 1), language="en")
        self.assertEqual((m.start, m.precision), (date(2022, 6, 14), "day"))
        self.assertEqual(m.text, f"14 June 20{LRM}22")


if __name__ == "__main__":
    unittest.main()
