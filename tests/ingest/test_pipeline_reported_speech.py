"""Reported speech beyond quotations: the date and the happening of a clause a verb of
saying reports belong to that clause ('the ministry announced on Sunday that the talks
would resume on Monday': the Monday after that Sunday; 'заявил, что комитет соберется 5
ноября': a meeting, not a statement). Sentences written for these tests; 11 November 2025
is a Tuesday, so Sunday is the 9th and the Monday after it the 10th."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

TUESDAY = date(2025, 11, 11)
SUNDAY, MONDAY_AFTER = date(2025, 11, 9), date(2025, 11, 10)
GAZ = Gazetteer(participants=(), rounds=())

SAID_ON_SUNDAY = [
    ("en", "The ministry announced on Sunday that the talks would resume on Monday."),
    ("en", "On Sunday the spokesman said the delegations would meet in Geneva on Monday."),
    ("fr", "Le ministère a annoncé dimanche que les pourparlers reprendraient lundi."),
    ("fr", "Le porte-parole a indiqué dimanche que la réunion se tiendra lundi à Genève."),
    ("ru", "В воскресенье МИД заявил, что переговоры возобновятся в понедельник."),
    ("ar", "أعلنت الوزارة يوم الأحد أن المحادثات ستستأنف يوم الاثنين."),
    ("fa", "وزارت خارجه روز یکشنبه اعلام کرد که مذاکرات روز دوشنبه برگزار خواهد شد."),
    ("tr", "Bakanlık pazar günü yaptığı açıklamada görüşmelerin pazartesi günü "
     "yapılacağını söyledi."),
]  # fmt: skip
# The weekday counted from the article's day all the same: a 'next' of its own, or no
# saying dated before it.
FROM_THE_ARTICLE = [
    ("en", "The ministry announced on Sunday that the talks would resume next Monday.",
     date(2025, 11, 17)),
    ("en", "The spokesman said the delegations would meet in Geneva on Monday.",
     date(2025, 11, 17)),
    ("ru", "Представитель МИД заявил, что встреча пройдет в понедельник.", date(2025, 11, 17)),
]  # fmt: skip
# The reported clause's happening, not the saying's, and the reported day's kind.
REPORTED_MEETINGS = [
    ("ru", "2 ноября посланник заявил, что комитет соберется 5 ноября.", "5 ноября"),
    ("tr", "Sözcü, heyetlerin 5 Kasım'da Cenevre'de toplanacağını söyledi.", "5 Kasım'da"),
    ("tr", "Elçi 2 Kasım'da yaptığı açıklamada komitenin 5 Kasım'da toplanacağını söyledi.",
     "5 Kasım'da"),
]  # fmt: skip
# The saying's own day stays a statement: the date is outside the reported clause.
SAYINGS = [
    ("ru", "2 ноября посланник заявил, что комитет соберется.", "2 ноября"),
    (
        "en",
        "The envoy said on 2 November that the committee would meet on 5 November.",
        "2 November",
    ),
]


def weekdays(text: str, language: str) -> list[date]:
    return [m.start for m in extract_dates(text, published=TUESDAY, language=language)]


def kind_of(text: str, language: str, date_text: str) -> str:
    found = find_candidates(text, published=TUESDAY, language=language, gazetteer=GAZ)
    return next(c.kind for c in found if c.date_text == date_text)


class ReportedSpeechTests(unittest.TestCase):
    def test_a_reported_weekday_counts_from_the_saying_day(self):
        for language, text in SAID_ON_SUNDAY:
            with self.subTest(text):
                self.assertEqual(weekdays(text, language), [SUNDAY, MONDAY_AFTER])

    def test_without_a_saying_day_the_article_day_counts(self):
        for language, text, day in FROM_THE_ARTICLE:
            with self.subTest(text):
                self.assertEqual(weekdays(text, language)[-1], day)

    def test_the_reported_clause_gives_its_happening(self):
        for language, text, date_text in REPORTED_MEETINGS:
            with self.subTest(text):
                self.assertEqual(kind_of(text, language, date_text), "meeting")

    def test_the_saying_day_stays_a_saying(self):
        for language, text, date_text in SAYINGS:
            with self.subTest(text):
                self.assertIn(kind_of(text, language, date_text), ("statement", "announcement"))

    def test_the_day_of_a_turkish_statement_made_is_past(self):
        # 'in the statement he made on Monday': the Monday gone, in an article of Thursday 6
        # November, though what he said is ahead.
        text = "Sözcü pazartesi günü yaptığı açıklamada görüşmenin yapılacağını söyledi."
        found = extract_dates(text, published=date(2025, 11, 6), language="tr")
        self.assertEqual([m.start for m in found], [date(2025, 11, 3)])
