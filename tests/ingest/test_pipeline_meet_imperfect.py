"""Arabic 'meet' in the imperfect ('لم تجتمع', 'ستجتمع', 'يجتمع') is a meeting word, and an
outlet named '... today' before its colon is no date (issue 9, session 7 blind batches).
Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def dated(text, lang, published):
    found = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return [(c.date, c.precision) for c in found]


class ImperfectMeetTests(unittest.TestCase):
    def test_has_not_met_for_months_dates_the_last_meeting(self):
        text = "ولم تجتمع اللجنة الدستورية منذ 5 أشهر بسبب الخلافات على جدول الأعمال."
        self.assertEqual(dated(text, "ar", date(2021, 6, 10)), [(date(2021, 1, 1), "month")])


class OutletTodayTests(unittest.TestCase):
    def test_an_outlet_named_today_before_its_colon_is_no_date(self):
        text = "سوريا اليوم: يصل الوفد إلى جنيف غدا لبدء المحادثات."
        found = extract_dates(text, published=date(2021, 6, 10), language="ar")
        self.assertEqual([m.text for m in found], ["غدا"])

    def test_a_verb_then_today_before_a_colon_is_today(self):
        found = extract_dates(
            "Pedersen said today: talks resume.", published=date(2021, 6, 10), language="en"
        )
        self.assertEqual([m.text for m in found], ["today"])
