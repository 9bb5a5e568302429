"""The classes behind the misses of session 14's blind batch (issue 9, rules14c). Sentences
written for these tests, in the style of news reports, in each language a rule applies to.

* Afghan (Dari) spellings of the Gregorian months: 'دسمبر' beside Iran's 'دسامبر'.
* A day of the month named from today's ('the 29th of this month', 'le 29 de ce mois',
  "bu ayın 29'unda"), and a day whose month the words say is this one ('29 كانون الثاني/
  يناير الجاري', '3 janvier courant'): this month's day, whatever the tense.
* A month, or a list of months, said to be ahead ('شباط/ فبراير أو آذار/ مارس المقبلين',
  'next February'): the next such month, whatever the clause's verb.
* A year, or a part of one, that is the period of funding or a report ('the funding
  required for the first half of 2025'): no happening.
* 'يطلع مجلس الأمن على': a briefing to the Security Council, as 'informé le Conseil' is;
  'للانتخابات' is 'الانتخابات' after 'for'.
* 'The next round', postponed from the days the sentence gives: the track's next round in
  the record, when it opened after those days and soon after.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def dated(text: str, lang: str, published: date) -> set[tuple[date, str]]:
    return {
        (c.date, c.precision)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    }


class DariMonthTests(unittest.TestCase):
    PUBLISHED = date(2031, 9, 23)

    def test_dari_spellings_are_months(self):
        cases = {
            "دسمبر": date(2030, 12, 8),
            "جنوری": date(2031, 1, 8),
            "فبروری": date(2031, 2, 8),
        }
        for month, day in cases.items():
            with self.subTest(month=month):
                text = f"نشست آستانه در ۸ {month} برگزار شد."
                self.assertEqual(dated(text, "fa", self.PUBLISHED), {(day, "day")})


class DayOfThisMonthTests(unittest.TestCase):
    """'the 29th of this month' is the 29th of the article's month, at day precision, not
    the month."""

    PUBLISHED = date(2031, 1, 22)
    CASES = {
        "en": "The talks will be held in Astana on the 29th of this month.",
        "fr": "Les pourparlers se tiendront à Astana le 29 de ce mois.",
        "ru": "Переговоры пройдут в Астане 29-го числа этого месяца.",
        "tr": "Görüşmeler bu ayın 29'unda Astana'da yapılacak.",
        "ar": "وستعقد المحادثات في أستانا يوم 29 الشهر الجاري.",
    }

    def test_a_day_of_this_month(self):
        for lang, text in self.CASES.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang, self.PUBLISHED), {(date(2031, 1, 29), "day")})

    def test_a_day_of_the_next_and_the_last_month(self):
        cases = {
            ("en", "The talks will be held in Astana on the 3rd of next month."): 2,
            ("fr", "Les pourparlers se tiendront à Astana le 3 du mois prochain."): 2,
            ("ru", "Переговоры пройдут в Астане 3 числа следующего месяца."): 2,
            ("tr", "Görüşmeler gelecek ayın 3'ünde Astana'da yapılacak."): 2,
            ("en", "The talks were held in Astana on the 3rd of last month."): 12,
            ("fr", "Les pourparlers se sont tenus à Astana le 3 du mois dernier."): 12,
            ("ru", "Переговоры прошли в Астане 3-го числа прошлого месяца."): 12,
            ("tr", "Görüşmeler geçen ayın 3'ünde Astana'da yapıldı."): 12,
        }
        for (lang, text), month in cases.items():
            with self.subTest(text=text):
                year = 2030 if month == 12 else 2031
                self.assertEqual(dated(text, lang, self.PUBLISHED), {(date(year, month, 3), "day")})

    def test_a_month_said_to_be_this_one_keeps_its_year(self):
        """A future clause about a day already gone this month ('will discuss the results
        of the meeting of 3 January' late in January) would be next year's without the
        word: with it, the day is this month's."""
        published = date(2031, 1, 28)
        cases = {
            "ar": "وسيبحث المبعوث مع الوزير في دمشق نتائج اجتماع 3 كانون الثاني/ يناير الجاري.",
            "fr": "L'émissaire examinera avec le ministre à Damas les résultats de la réunion "
            "du 3 janvier courant.",
            "fa": "فرستاده ویژه نتایج نشست ۳ ژانویه جاری را با وزیر در دمشق بررسی خواهد کرد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang, published), {(date(2031, 1, 3), "day")})


class MonthSaidAheadTests(unittest.TestCase):
    """'the coming February or March', written in November after a past verb, is next
    year's February, never this year's gone by."""

    PUBLISHED = date(2031, 11, 20)

    def test_a_month_said_ahead_after_a_past_verb(self):
        cases = {
            "ar": "وأفاد المبعوث بأن اللجنة الدستورية عقدت اجتماعا وقررت أن تلتئم في اجتماع "
            "جديد خلال شباط/ فبراير أو آذار/ مارس المقبلين.",
            "en": "The envoy told reporters in Davos that the committee was convened next "
            "February.",
            "ru": "Спецпосланник заявил, что новое заседание конституционного комитета "
            "состоялось в следующем феврале.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang, self.PUBLISHED), {(date(2032, 2, 1), "month")})

    def test_a_month_said_ahead_in_the_other_languages(self):
        cases = {
            "fr": "L'émissaire avait indiqué que le comité s'était réuni en février prochain.",
            "fa": "فرستاده ویژه گفته بود که نشست کمیته قانون اساسی در فوریه آینده برگزار شد.",
            "tr": "Özel temsilci, komitenin önümüzdeki şubat ayında toplandığını söylemişti.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang, self.PUBLISHED), {(date(2032, 2, 1), "month")})

    def test_a_month_gone_by_stays_behind(self):
        text = "وأفاد المبعوث بأن اللجنة الدستورية عقدت اجتماعا في شباط/ فبراير الماضي."
        self.assertEqual(dated(text, "ar", self.PUBLISHED), {(date(2031, 2, 1), "month")})


class FundedPeriodTests(unittest.TestCase):
    """A half-year that funding was required for is no happening; a round planned for one
    still is."""

    PUBLISHED = date(2031, 4, 25)
    CASES = {
        "en": "She said less than a tenth of the funding required for relief in the first half "
        "of 2031 had arrived.",
        "fr": "Elle a dit que moins d'un dixième des fonds nécessaires à l'aide au premier "
        "semestre 2031 était arrivé.",
        "ru": "Спецпосланник заявила, что поступило менее десятой части средств, необходимых "
        "на помощь в первом полугодии 2031 года.",
        "tr": "2031'in ilk yarısında yardım için gereken fonun onda birinden azının ulaştığını "
        "söyledi.",
        "ar": "وأكدت المبعوثة أن أقل من عُشر التمويل المطلوب للإغاثة في النصف الأول من عام 2031 "
        "قد وصل.",
        "fa": "او گفت کمتر از یک دهم بودجه لازم برای کمک‌رسانی در نیمه نخست سال ۲۰۳۱ رسیده است.",
    }

    def test_a_funded_period_is_no_happening(self):
        for lang, text in self.CASES.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang, self.PUBLISHED), set())

    def test_a_round_in_the_first_half_is_still_proposed(self):
        cases = {
            "en": "She said the next round of talks would be held in the first half of 2031.",
            "fr": "Elle a dit que le prochain cycle de pourparlers se tiendrait au premier "
            "semestre 2031.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang, self.PUBLISHED), {(date(2031, 1, 1), "year")})


class ArabicBriefingVerbTests(unittest.TestCase):
    def test_the_envoy_briefs_the_council(self):
        text = (
            "يطلع المبعوث مجلس الأمن على نتائج جولته في إحاطة يقدمها في 29 كانون الثاني/ "
            "يناير الجاري."
        )
        self.assertEqual(dated(text, "ar", date(2031, 1, 22)), {(date(2031, 1, 29), "day")})

    def test_for_the_elections_is_the_elections(self):
        text = "وأفاد المتحدث بأن النتائج النهائية للانتخابات ستعلن يوم الاثنين."
        self.assertEqual(dated(text, "ar", date(2031, 10, 6)), {(date(2031, 10, 6), "day")})


class PostponedRoundTests(unittest.TestCase):
    PUBLISHED = date(2031, 6, 5)
    ROUNDS = (
        GazetteerRound("astana-14", "astana", 14, date(2031, 4, 2), date(2031, 4, 3)),
        GazetteerRound("astana-15", "astana", 15, date(2031, 7, 8), date(2031, 7, 9)),
    )
    CASES = {
        "en": "Kazakhstan's foreign ministry said the next round of the Syria talks in Astana, "
        "planned for 14-15 June, has been postponed.",
        "fr": "Le ministère kazakh des Affaires étrangères a annoncé que le prochain round des "
        "pourparlers d'Astana, prévu les 14 et 15 juin, est reporté.",
        "ru": "МИД Казахстана сообщил, что следующий раунд переговоров в Астане, который Москва "
        "предлагала провести 14-15 июня, перенесен.",
        "tr": "Kazakistan Dışişleri Bakanlığı, Moskova'nın 14-15 Haziran'da yapılmasını önerdiği "
        "Astana görüşmelerinin bir sonraki turunun ertelendiğini duyurdu.",
        "ar": "وأعلنت الخارجية الكازاخية تأجيل الجولة المقبلة من محادثات أستانا التي اقترحت "
        "موسكو عقدها في 14 و15 حزيران.",
        "fa": "وزارت خارجه قزاقستان اعلام کرد دور بعدی مذاکرات آستانه که قرار بود ۱۴ و ۱۵ ژوئن "
        "برگزار شود به تعویق افتاد.",
    }

    def rounds(self, text: str, lang: str, rounds=ROUNDS) -> set[tuple[date, str | None]]:
        gazetteer = Gazetteer(participants=(), rounds=rounds)
        found = find_candidates(text, published=self.PUBLISHED, language=lang, gazetteer=gazetteer)
        return {(c.date, c.round_slug) for c in found}

    def test_the_postponed_next_round_is_the_one_held_after(self):
        for lang, text in self.CASES.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.rounds(text, lang), {(date(2031, 6, 14), "astana-15")})

    def test_a_round_held_long_after_is_another_plan(self):
        late = (
            self.ROUNDS[0],
            GazetteerRound("astana-15", "astana", 15, date(2031, 10, 8), date(2031, 10, 9)),
        )
        for lang, text in self.CASES.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.rounds(text, lang, late), {(date(2031, 6, 14), None)})

    def test_the_next_round_not_postponed_is_not_moved(self):
        text = (
            "Kazakhstan's foreign ministry said the next round of the Syria talks in Astana "
            "will be held on 14-15 June."
        )
        self.assertEqual(self.rounds(text, "en"), {(date(2031, 6, 14), None)})


if __name__ == "__main__":
    unittest.main()
