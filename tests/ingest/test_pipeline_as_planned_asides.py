"""Issue 9, session 10: an aside that says a date keeps to what was planned or announced
('as had been announced', 'comme cela avait été annoncé', 'كما كان مقررا') gives no tense
to the date: its verb is the earlier saying's. Sentences written for these tests; 10
December 2021 is a Friday."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import extract_dates

FRIDAY = date(2021, 12, 10)


def days(text, lang):
    return [m.start for m in extract_dates(text, published=FRIDAY, language=lang)]


class AsPlannedAsideTests(unittest.TestCase):
    def test_english_weekday_after_an_aside(self):
        self.assertEqual(
            days("The talks will resume, as had been announced, on Tuesday.", "en"),
            [date(2021, 12, 14)],
        )

    def test_english_pluperfect_in_the_aside_does_not_look_back(self):
        self.assertEqual(
            days("The round will be held, as had been announced, from December 21 - 22.", "en"),
            [date(2021, 12, 21)],
        )

    def test_french_day_far_ahead_after_an_aside(self):
        self.assertEqual(
            days("Les pourparlers reprendront, comme cela avait été annoncé, le 21 février.", "fr"),
            [date(2022, 2, 21)],
        )

    def test_arabic_weekday_after_an_aside(self):
        self.assertEqual(
            days("ستعقد الجولة، كما كان مقررا، يوم الثلاثاء.", "ar"), [date(2021, 12, 14)]
        )

    def test_russian_turkish_persian_asides(self):
        self.assertEqual(
            days("Переговоры пройдут, как и планировалось ранее, во вторник.", "ru"),
            [date(2021, 12, 14)],
        )
        self.assertEqual(
            days("Görüşmeler, daha önce açıklandığı gibi, salı günü yapılacak.", "tr"),
            [date(2021, 12, 14)],
        )
        self.assertEqual(
            days("این نشست، همان‌طور که قبلا اعلام شده بود، روز سه شنبه برگزار می‌شود.", "fa"),
            [date(2021, 12, 14)],
        )

    def test_a_past_clause_with_an_aside_stays_past(self):
        # The date's own verb is past: the aside takes nothing from it.
        self.assertEqual(
            days("The round had been held on February 21, as planned.", "en"), [date(2021, 2, 21)]
        )
        self.assertEqual(
            days("Les pourparlers avaient eu lieu le 21 février, comme prévu.", "fr"),
            [date(2021, 2, 21)],
        )
        self.assertEqual(
            days("Görüşmeler, daha önce açıklandığı gibi, 21 Şubat'ta yapılmıştı.", "tr"),
            [date(2021, 2, 21)],
        )

    def test_as_without_a_verb_of_planning_is_no_aside(self):
        # 'as' + another verb: its past still counts.
        self.assertEqual(
            days("As he said, the envoy met the delegation on Tuesday.", "en"), [date(2021, 12, 7)]
        )
