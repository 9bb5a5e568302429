"""Outside testers' bugs of issue 9 fixed in rules9v, on sentences written for these tests:
a dateline written with Arabic vowel marks is a dateline; a stored quote keeps the
presentation marks the article writes (variation selectors, emoji joiners, a subdivision
flag's tags, a direction mark) while padding of invisible characters is still left out; a
gathering's span of years (or one whose end comes before its start) is proposed as its
start alone, with a reason that says so."""

import unittest
from datetime import date

from django.test import SimpleTestCase

from peaceproc.ingest.dateline import dateline_of
from peaceproc.ingest.pipeline import Gazetteer, find_candidates, split_sentences
from peaceproc.ingest.pipeline.extract import find_dateline
from peaceproc.ingest.pipeline.text import clean_quote

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 5, 5)

VOWELLED = "دِمَشْقُ، 3 أيار 2025 - التقى وزير الخارجية المبعوث الأممي لبحث العملية السياسية."
BARE = "دمشق، 3 أيار 2025 - التقى وزير الخارجية المبعوث الأممي لبحث العملية السياسية."


class VowelledDatelineTests(SimpleTestCase):
    def test_the_publication_date_is_read_from_a_vowelled_dateline(self):
        for text in (BARE, VOWELLED, VOWELLED.replace("دِمَشْقُ", "حَلَب")):
            with self.subTest(text=text[:20]):
                line = dateline_of(text, language="ar")
                self.assertIsNotNone(line)
                self.assertEqual(line.day, date(2025, 5, 3))

    def test_the_pipeline_takes_it_for_the_articles_today(self):
        line = find_dateline(split_sentences(VOWELLED, "ar"), PUBLISHED, "ar")
        self.assertEqual(line.start, date(2025, 5, 3))

    def test_a_vowelled_word_that_is_no_place_is_still_no_dateline(self):
        text = "قَالَ الوَزِيرُ الْيَوْمَ إِنَّ جَوْلَةَ الْمُحَادَثَاتِ، 3 أيار 2025، كَانَتْ مُثْمِرَةً."
        self.assertIsNone(dateline_of(text, language="ar"))


class PresentationMarksInQuotesTests(unittest.TestCase):
    def test_marks_written_with_a_character_are_kept(self):
        for quote in (
            "The talks ✔️ ended on 14 February 2018.",
            "Astana 1️⃣0️⃣ opened on 14 February 2018.",
            "Delegates 🏳️\u200d🌈 and families 👨\u200d👩\u200d👧 met on 14 February 2018.",
            "Scotland 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f sent a note.",
            "عُقد الاجتماع يوم الخميس \u200f14 آذار 2025.",
            "The Ast\u00adana talks ended.",
        ):
            with self.subTest(quote=quote):
                self.assertEqual(clean_quote(quote).text, quote)

    def test_padding_and_controls_are_still_left_out(self):
        for quote, want in (
            ("Talks \ufe0f\ufe0f\ufe0f ended.", "Talks  ended."),
            ("Talks\u200b\u200b ended.", "Talks ended."),
            ("Talks \u200d ended.", "Talks  ended."),
            ("Talks\u202e ended.", "Talks ended."),
            ("Talks\x1b[31m ended.", "Talks ended."),
            ("Talks \U000e0067\U000e007f ended.", "Talks  ended."),
        ):
            with self.subTest(quote=quote):
                self.assertEqual(clean_quote(quote).text, want)

    def test_a_candidates_quote_is_the_sentence_as_written(self):
        text = "The Astana talks ✔️ were held on 1️⃣4️⃣ February 2018 🇰🇿."
        (c,) = find_candidates(text, published=date(2018, 2, 20), language="en", gazetteer=GAZ)
        self.assertEqual(c.quote, text)
        self.assertEqual(c.date, date(2018, 2, 14))
        (span,) = c.date_spans
        self.assertEqual(c.quote[span[0] : span[1]], "1️⃣4️⃣ February 2018")


class AbsurdSpanTests(unittest.TestCase):
    def one(self, text, lang):
        (c,) = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
        return c

    def test_a_gathering_years_long_is_proposed_by_its_start(self):
        for lang, text in (
            ("en", "The Astana talks were held from 20 May 2019 to 21 May 2025."),
            ("fr", "Les pourparlers d'Astana se sont tenus du 20 mai 2019 au 21 mai 2025."),
            ("ru", "Переговоры в Астане прошли с 20 мая 2019 года по 21 мая 2025 года."),
            ("tr", "Astana görüşmeleri 20 Mayıs 2019'dan 21 Mayıs 2025'e kadar sürdü."),
            ("ar", "جرت محادثات أستانا من 20 أيار 2019 إلى 21 أيار 2025."),
            ("fa", "مذاکرات آستانه از ۲۰ مه ۲۰۱۹ تا ۲۱ مه ۲۰۲۵ برگزار شد."),
        ):
            with self.subTest(lang=lang):
                c = self.one(text, lang)
                self.assertEqual((c.date, c.end_date), (date(2019, 5, 20), None))
                self.assertIn("about 6 years after its start", c.date_reason)
                self.assertLess(c.confidence, 0.6)

    def test_an_end_before_its_start_with_the_year_written_once(self):
        for lang, text in (
            ("en", "The Astana talks will be held from 20 May to 10 April 2025."),
            ("ru", "Переговоры в Астане пройдут с 20 мая по 10 апреля 2025 года."),
        ):
            with self.subTest(lang=lang):
                c = self.one(text, lang)
                self.assertEqual((c.date, c.end_date), (date(2025, 5, 20), None))
                self.assertIn("is before its start", c.date_reason)

    def test_spans_that_hold_are_kept(self):
        c = self.one("The talks ran from 30 December to 5 January 2018 in Geneva.", "en")
        self.assertEqual((c.date, c.end_date), (date(2017, 12, 30), date(2018, 1, 5)))
        c = self.one("The ceasefire held from 20 May 2019 to 21 May 2025, monitors said.", "en")
        self.assertEqual((c.date, c.end_date), (date(2019, 5, 20), date(2025, 5, 21)))
