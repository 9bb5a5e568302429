"""Issue 9, session 7: a year-less day a few weeks ahead of the article stays this year's
even in a past clause, unless the words say 'last'; an agency date line with the country
after the city ('BAKU, Azerbaijan, January 22.') is a date line."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates


def first_day(text, published, lang, words=""):
    found = extract_dates(text, published=published, language=lang)
    return next(m.start for m in found if words in m.text)


class NearDayAheadInAPastClauseTests(unittest.TestCase):
    """Writers leave out the year of a day near the article: a past verb (an invitation, an
    announcement, another clause's) does not send a day three weeks ahead eleven months
    back."""

    PUBLISHED = date(2022, 9, 6)  # the day ahead is 26 days off, the day back 339

    def test_past_clause_weeks_ahead(self):
        cases = {
            "en": "The delegations were invited to talks in Baku on 2 October.",
            "fr": "Le ministère a précisé que les délégués comptent se voir le 2 octobre à Bakou.",
            "ru": "Делегации пригласили в Баку на встречу 2 октября.",
            "tr": "Bakanlık, heyetleri 2 Ekim'deki toplantı için Bakü'ye davet etti.",
            "ar": "وقالت الوزارة إنها دعت الوفود إلى اجتماع في باكو في 2 أكتوبر.",
            "fa": "وزارت خارجه هیئت‌ها را برای نشست روز ۲ اکتبر به باکو دعوت کرد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(first_day(text, self.PUBLISHED, lang), date(2022, 10, 2))

    def test_the_words_say_last(self):
        cases = {
            "fr": "Les délégués s'étaient retrouvés le 2 octobre dernier à Bakou.",
            "ar": "واجتمعت الوفود في باكو في 2 أكتوبر الماضي.",
            "en": "The envoys met in Baku on 2 October last year.",
            "ru": "Консультации прошли 2 октября прошлого года в Баку.",
            "tr": "Heyetler geçen yıl 2 Ekim'de Bakü'de bir araya geldi.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(first_day(text, self.PUBLISHED, lang), date(2021, 10, 2))

    def test_a_past_before_the_past_looks_back(self):
        cases = {
            "en": "The previous round had been held in Baku on 2 October.",
            "fr": "La réunion précédente avait eu lieu à Bakou le 2 octobre.",
            "tr": "Bir önceki toplantı 2 Ekim'de Bakü'de yapılmıştı.",
            "ar": "وكانت الجولة السابقة قد عقدت في باكو في 2 أكتوبر.",
            "fa": "نشست قبلی روز ۲ اکتبر در باکو برگزار شده بود.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(first_day(text, self.PUBLISHED, lang), date(2021, 10, 2))

    def test_the_previous_just_before_the_day(self):
        cases = {
            "en": "The previous meeting, on 2 October, discussed the detainees.",
            "tr": "Bir önceki toplantı 2 Ekim'de yapıldı.",
            "ru": "Предыдущая встреча 2 октября прошла в Баку.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(first_day(text, self.PUBLISHED, lang), date(2021, 10, 2))

    def test_the_previous_far_from_the_day(self):
        text = (
            "After the previous round in Astana, the two sides agreed to meet again in "
            "Baku on 2 October."
        )
        self.assertEqual(first_day(text, self.PUBLISHED, "en", "October"), date(2022, 10, 2))

    def test_a_day_months_ahead_stays_back(self):
        # 120 days ahead, 245 back: beyond the window the tense decides.
        text = "Les délégués se sont retrouvés le 4 janvier à Bakou."
        self.assertEqual(first_day(text, self.PUBLISHED, "fr"), date(2022, 1, 4))

    def test_since_a_day_ahead_is_last_years(self):
        text = "Les combats ont repris depuis le 20 septembre."
        self.assertEqual(first_day(text, self.PUBLISHED, "fr"), date(2021, 9, 20))

    def test_future_clause_unchanged(self):
        text = "The envoys will meet in Baku on 2 October."
        self.assertEqual(first_day(text, self.PUBLISHED, "en"), date(2022, 10, 2))


class DatelineWithCountryTests(unittest.TestCase):
    """'CITY, Country, Month Day.' opens a wire story the way 'CITY, Month Day.' does."""

    GAZ = Gazetteer(participants=(), rounds=())

    def test_city_and_country_before_the_day(self):
        text = (
            "Wire > Region\n\n"
            "Ministers to meet on Syria\n\n"
            "TASHKENT, Uzbekistan, March 9. Foreign ministers of the guarantor states "
            "will hold a meeting on Syria in Tashkent, the ministry announced, the agency "
            "reports.\n\nThe talks are due to last two days."
        )
        found = find_candidates(text, published=date(2023, 3, 9), language="en", gazetteer=self.GAZ)
        self.assertIn(date(2023, 3, 9), [c.date for c in found])

    def test_a_clause_with_lower_case_words_is_no_dateline(self):
        text = (
            "Ministers to meet on Syria\n\n"
            "The last round, in Tashkent, March 2, ended without a statement. Foreign "
            "ministers of the guarantor states will hold a meeting on Syria, the ministry "
            "announced."
        )
        found = find_candidates(text, published=date(2023, 3, 9), language="en", gazetteer=self.GAZ)
        self.assertNotIn(date(2023, 3, 9), [c.date for c in found])
