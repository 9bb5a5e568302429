"""Russian agencies abbreviate the month in their datelines ('МОСКВА, 5 янв – РИА Новости',
'СУХУМ, 13 мар – Sputnik'): a month after a day, never alone (issue 9, rules9k). Lines
written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates
from peaceproc.ingest.pipeline.dates import extract_dates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 3, 14)


def read(text):
    return [
        (m.text, m.start.isoformat())
        for m in extract_dates(text, published=PUBLISHED, language="ru")
    ]


class AbbreviatedMonthTests(unittest.TestCase):
    def test_a_day_and_an_abbreviated_month(self):
        cases = [
            ("ТЕГЕРАН, 13 мар – РИА Новости.", ("13 мар", "2025-03-13")),
            ("ЖЕНЕВА, 2 фев. – ТАСС.", ("2 фев", "2025-02-02")),
            ("АНКАРА, 28 дек – Sputnik.", ("28 дек", "2024-12-28")),
            ("Встреча намечена на 10 апр. 2025 г.", ("10 апр. 2025 г", "2025-04-10")),
        ]
        for text, want in cases:
            with self.subTest(text):
                self.assertEqual(read(text), [want])

    def test_an_abbreviation_alone_is_no_month(self):
        self.assertEqual(read("В мар стало ясно, что сен и окт ничего не решат."), [])

    def test_the_dateline_dates_the_lead(self):
        text = (
            "Сирия\n\nДАМАСК, 13 мар – РИА Новости. Президент Сирии подписал "
            "конституционную декларацию, сообщает агентство.\n"
        )
        found = find_candidates(text, published=PUBLISHED, language="ru", gazetteer=GAZ)
        self.assertEqual([c.date for c in found], [date(2025, 3, 13)])
