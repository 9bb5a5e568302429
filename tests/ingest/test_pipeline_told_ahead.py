"""A gathering told as still ahead is no gathering on the day it was told.

Outside tester t13a (finding 3): 'Kazak hükümeti dün ... yeni bir müzakere turunun Haziran
ortasında yapılacağını duyurdu' (announced yesterday that a new round will be held in
mid-June) was read as a meeting held yesterday and created by default. The day of the
telling is an announcement (planned, no place, skipped by default); the gathering ahead
is its own candidate, by its month, planned. The same shape in the six languages.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

GAZ = Gazetteer(participants=(), rounds=(), places=("Doha", "Muscat"))
PUBLISHED = date(2023, 4, 14)  # a Friday

# Yesterday (or Thursday) a ministry announced that a new round will be held in Muscat in
# mid-May.
TOLD = {
    "en": "On Thursday the Omani foreign ministry announced that the next round of talks "
    "would be held in Muscat in mid-May.",
    "fr": "Jeudi, le ministère omanais a annoncé que le prochain cycle de pourparlers se "
    "tiendrait à Mascate à la mi-mai.",
    "ru": "В четверг МИД Омана объявил, что следующий раунд переговоров состоится в "
    "Маскате в середине мая.",
    "ar": "أعلنت الخارجية العمانية أمس أن الجولة المقبلة من المحادثات ستعقد في مسقط في منتصف أيار.",
    "fa": "وزارت خارجه عمان دیروز اعلام کرد که دور بعدی مذاکرات در ماه مه در مسقط برگزار خواهد شد.",
    "tr": "Umman Dışişleri Bakanlığı dün yeni bir müzakere turunun Mayıs ortasında "
    "Maskat'ta yapılacağını duyurdu.",
}


def read(text: str, lang: str):
    return find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)


class ToldAheadTests(unittest.TestCase):
    def test_the_day_of_the_telling_is_an_announcement(self):
        for lang, text in TOLD.items():
            with self.subTest(lang=lang):
                told = [c for c in read(text, lang) if c.date == date(2023, 4, 13)]
                self.assertEqual(len(told), 1)
                self.assertEqual(told[0].kind, "announcement")
                self.assertIsNone(told[0].place)
                self.assertTrue(told[0].planned)

    def test_the_gathering_ahead_is_its_month_planned(self):
        for lang, text in TOLD.items():
            with self.subTest(lang=lang):
                ahead = [c for c in read(text, lang) if c.date != date(2023, 4, 13)]
                self.assertEqual(len(ahead), 1)
                self.assertEqual((ahead[0].date, ahead[0].precision), (date(2023, 5, 1), "month"))
                self.assertTrue(ahead[0].planned)

    def test_a_gathering_held_beside_one_told_ahead_stays_held(self):
        text = (
            "On Thursday the delegations met in Muscat and agreed that the next round "
            "would be held in May."
        )
        held = [c for c in read(text, "en") if c.date == date(2023, 4, 13)]
        self.assertEqual(len(held), 1)
        self.assertNotEqual(held[0].kind, "announcement")
        self.assertFalse(held[0].planned)

    def test_the_gatherings_own_day_after_its_verb_is_its_own(self):
        text = "A new round of talks will be held in Muscat on 3 May, the ministry said."
        [c] = [c for c in read(text, "en") if c.date == date(2023, 5, 3)]
        self.assertNotEqual(c.kind, "announcement")
        self.assertTrue(c.planned)


class TurkishPartOfAMonth(unittest.TestCase):
    def test_a_part_of_a_month_without_its_year_is_that_month(self):
        for words in ("Mayıs ortasında", "Mayıs ayının sonlarında", "Mayıs'ın başında"):
            with self.subTest(words=words):
                text = f"Toplantının {words} yapılacağı açıklandı."
                [m] = extract_dates(text, published=PUBLISHED, language="tr")
                self.assertEqual((m.start, m.precision, m.text), (date(2023, 5, 1), "month", words))
