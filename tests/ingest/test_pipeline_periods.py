"""Classes of date expressions real coverage uses (issue 9, session 5): 'next year' in six
languages, parts of a year at year precision (LABELLING.md U6), day-first dates in figures
joined by hyphens, and the Egyptian spellings of June and July. Sentences written for these
tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates


def one(text, published, lang):
    (m,) = extract_dates(text, published=published, language=lang)
    return m


class NextYearTests(unittest.TestCase):
    def test_next_year_in_six_languages(self):
        cases = {
            "en": ("The parties hope to sign a final text next year.", "next year"),
            "fr": ("Le scrutin législatif est attendu l'an prochain.", "l'an prochain"),
            "ru": ("Новую конституцию примут в следующем году.", "в следующем году"),
            "ar": ("ومن المنتظر إجراء الاقتراع العام القادم.", "العام القادم"),
            "fa": ("همه‌پرسی قانون اساسی سال آینده انجام می‌شود.", "سال آینده"),
            "tr": ("Anayasa taslağı önümüzdeki yıl oylanacak.", "önümüzdeki yıl"),
        }
        for lang, (text, words) in cases.items():
            with self.subTest(lang=lang):
                m = one(text, date(2025, 11, 3), lang)
                self.assertEqual((m.start, m.precision, m.end), (date(2026, 1, 1), "year", None))
                self.assertEqual(m.text, words)

    def test_french_an_with_its_adjective(self):
        # 'an' is two letters; the phrase must still be looked for.
        m = one("La conférence de Bruxelles s'est tenue l'an dernier.", date(2025, 3, 4), "fr")
        self.assertEqual((m.start, m.precision), (date(2024, 1, 1), "year"))

    def test_arabic_next_year_with_the_feminine_noun(self):
        m = one("يتوقع المراقبون توقيع الاتفاق السنة المقبلة.", date(2019, 4, 2), "ar")
        self.assertEqual((m.start, m.precision), (date(2020, 1, 1), "year"))


class PartOfAYearTests(unittest.TestCase):
    """U6: a part of a year names no month; its date is the year, at year precision."""

    def test_parts_of_a_year_in_six_languages(self):
        cases = {
            "en": "A donors' conference is planned for the first half of 2026.",
            "fr": "Une nouvelle session pourrait se tenir au second semestre 2026.",
            "ru": "Стороны договорились встретиться в начале 2026 года.",
            "ar": "ويرجح أن يعقد المؤتمر أواخر 2026 في العاصمة.",
            "fa": "این نشست در نیمه دوم سال 2026 برگزار می‌شود.",
            "tr": "Toplantının 2026 yılının ortasında yapılması bekleniyor.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                m = one(text, date(2025, 10, 14), lang)
                self.assertEqual((m.start, m.precision, m.end), (date(2026, 1, 1), "year", None))

    def test_early_next_month_stays_a_month(self):
        # A part of a month is still that month (U6: 'fin août' = month precision).
        m = one("Les délégations se retrouveront fin janvier à Genève.", date(2025, 12, 9), "fr")
        self.assertEqual((m.start, m.precision), (date(2026, 1, 1), "month"))


class FiguresTests(unittest.TestCase):
    def test_day_first_date_joined_by_hyphens(self):
        cases = {
            "ar": "وجرى توقيع المذكرة بتاريخ 07-04-2025 في العاصمة القطرية.",
            "fr": "Le protocole, daté du 07-04-2025, a été transmis aux parties.",
            "tr": "Mutabakat 07-04-2025 tarihinde imzalandı.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                m = one(text, date(2025, 4, 20), lang)
                self.assertEqual((m.start, m.precision), (date(2025, 4, 7), "day"))
                self.assertEqual(m.text, "07-04-2025")

    def test_a_span_of_years_is_no_date_in_figures(self):
        # Two figures and a year joined by hyphens inside a longer run are not a date.
        self.assertEqual(
            extract_dates("Ref. 12-07-2025-3", published=date(2025, 8, 1), language="en"), []
        )


class EgyptianMonthTests(unittest.TestCase):
    def test_june_and_july_spelt_as_in_cairo(self):
        m = one("وتستضيف القاهرة الاجتماع في 14 يونيه المقبل.", date(2025, 5, 2), "ar")
        self.assertEqual((m.start, m.precision), (date(2025, 6, 14), "day"))
        m = one("والتقى الوفدان في 9 يوليه الماضي بالقاهرة.", date(2025, 10, 2), "ar")
        self.assertEqual((m.start, m.precision), (date(2025, 7, 9), "day"))


class VagueAgoTests(unittest.TestCase):
    def test_a_plural_unit_with_no_count_is_no_date(self):
        cases = {
            "ar": "وكانت الهيئة قد أقرت النظام الانتخابي قبل أيام بحضور المبعوث.",
            "ru": "Соглашение было подписано несколько лет назад в Сочи.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(
                    extract_dates(text, published=date(2025, 9, 30), language=lang), []
                )

    def test_a_counted_or_single_unit_still_dates(self):
        m = one("التقى الوفدان قبل ثلاثة أيام في الدوحة.", date(2025, 9, 30), "ar")
        self.assertEqual((m.start, m.precision), (date(2025, 9, 27), "day"))
        m = one("وعقد الاجتماع السابق قبل شهر في عمّان.", date(2025, 9, 30), "ar")
        self.assertEqual((m.start, m.precision), (date(2025, 8, 1), "month"))


class ArabicClauseTests(unittest.TestCase):
    """Arabic puts the verb first: a date that ends a clause belongs to that clause."""

    def candidates(self, text, published):
        gaz = Gazetteer(participants=(), rounds=())
        return find_candidates(text, published=published, language="ar", gazetteer=gaz)

    def test_a_date_closing_a_clause_is_not_the_next_verb_of_saying(self):
        text = (
            "وقال دبلوماسيون إن الوفود التي شاركت في الاجتماع الأخير في تشرين الأول/أكتوبر "
            "أكدوا مشاركتهم في الاجتماع المقبل."
        )
        (c,) = self.candidates(text, date(2024, 11, 20))
        self.assertEqual((c.date, c.precision), (date(2024, 10, 1), "month"))

    def test_a_fronted_date_before_a_verb_of_saying_stays_a_statement(self):
        text = "وفي الثالث من آذار أكد المبعوث أن المشاورات ستتواصل."
        self.assertEqual(self.candidates(text, date(2025, 3, 5)), [])

    def test_a_past_verb_of_a_plural_subject_looks_back(self):
        # 'المقبل' (next) later in the sentence does not make the attended round future.
        text = "الذين حضروا الاجتماع في أيلول أبلغوا المنظمين بمشاركتهم في الاجتماع المقبل."
        (m,) = extract_dates(text, published=date(2024, 8, 20), language="ar")
        self.assertEqual((m.start, m.precision), (date(2023, 9, 1), "month"))


class NightTests(unittest.TestCase):
    """A night across two days is a range of both (LABELLING.md U6)."""

    def test_russian_night_before_a_weekday(self):
        # Published on Thursday 13 March 2025; the past verb puts the night behind.
        m = one("Текст меморандума согласовали в ночь на вторник.", date(2025, 3, 13), "ru")
        self.assertEqual((m.start, m.end), (date(2025, 3, 10), date(2025, 3, 11)))
        # 'на' + weekday is no announcement of a date when it follows 'ночь'.
        self.assertIn("just gone", m.why)

    def test_french_night_from_one_weekday_to_the_next(self):
        m = one("L'accord a été conclu dans la nuit de dimanche à lundi.", date(2025, 3, 13), "fr")
        self.assertEqual((m.start, m.end), (date(2025, 3, 9), date(2025, 3, 10)))


class RussianSurnameCaseTests(unittest.TestCase):
    """A surname the dictionary does not know takes the case of the given name before it."""

    def test_unknown_surnames_after_an_oblique_given_name(self):
        from peaceproc.ingest.pipeline.people import russian_nominative

        self.assertEqual(russian_nominative("Тимуром Жаксылыковым"), "Тимур Жаксылыков")
        self.assertEqual(russian_nominative("Айдаром Сапаровым"), "Айдар Сапаров")
        self.assertEqual(russian_nominative("Бахытом Оразбековым"), "Бахыт Оразбеков")
        self.assertEqual(russian_nominative("Марией Ергалиевой"), "Мария Ергалиева")
        self.assertEqual(russian_nominative("Тимура Жаксылыкова"), "Тимур Жаксылыков")
        self.assertEqual(russian_nominative("Тимуру Жаксылыкову"), "Тимур Жаксылыков")


class TransitionCueTests(unittest.TestCase):
    """The ruler's flight (LABELLING.md U1), a body created and a leader named are
    happenings: a dated sentence that tells one is a candidate."""

    def test_flight_creation_and_naming(self):
        cases = [
            ("fr", "L'ancien dirigeant s'est enfui vers Moscou le 8 décembre 2024.", 2024),
            ("ru", "Бывший президент бежал в Москву 8 декабря 2024 года.", 2024),
            ("ar", "وتم الإعلان عن فرار الرئيس السابق في 8 كانون الأول/ديسمبر 2024.", 2024),
            ("fa", "رئیس‌جمهور سابق در ۸ دسامبر ۲۰۲۴ به مسکو گریخت.", 2024),
            ("tr", "Eski devlet başkanı 8 Aralık 2024'te Moskova'ya kaçtı.", 2024),
            ("fr", "Le 2 mars 2025, une commission électorale a été créée à Damas.", 2025),
            ("ru", "Комитет был создан 2 марта 2025 года в Дамаске.", 2025),
            ("en", "He was named interim president on 29 January 2025.", 2025),
        ]
        gaz = Gazetteer(participants=(), rounds=())
        for lang, text, year in cases:
            with self.subTest(lang=lang, text=text):
                cands = find_candidates(
                    text, published=date(2025, 11, 2), language=lang, gazetteer=gaz
                )
                self.assertEqual([c.date.year for c in cands], [year])

    def test_people_fleeing_is_no_happening(self):
        from peaceproc.ingest.pipeline.cues import kinds_in
        from peaceproc.ingest.pipeline.text import fold

        for lang, text in [
            ("fr", "Des milliers de réfugiés ont fui les combats."),
            ("ru", "Жители бежали из города."),
            ("tr", "Siviller bölgeden kaçtılar."),
            ("fa", "ساکنان از شهر گریختند."),
            ("ar", "فرار المدنيين من المدينة."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(kinds_in(fold(text), lang), [])


class AnniversaryTests(unittest.TestCase):
    """The day an anniversary remembers is that many years before the anniversary."""

    def test_first_anniversary_in_six_languages(self):
        cases = {
            "en": "Thousands gathered for the first anniversary of 8 December in Homs.",
            "fr": "La ville a fêté le premier anniversaire du 8 décembre sur la place centrale.",
            "ru": "В Дамаске отметили первую годовщину 8 декабря.",
            "ar": "وشارك الآلاف في إحياء الذكرى الأولى لـ 8 كانون الأول في حمص.",
            "fa": "مردم نخستین سالگرد ۸ دسامبر را در حمص جشن گرفتند.",
            "tr": "Halk, 8 Aralık'ın birinci yıl dönümünü Humus'ta kutladı.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                m = one(text, date(2025, 12, 10), lang)
                self.assertEqual((m.start, m.precision), (date(2024, 12, 8), "day"))

    def test_a_second_anniversary_goes_back_two_years(self):
        m = one("They marked the second anniversary of 15 March quietly.", date(2026, 3, 16), "en")
        self.assertEqual(m.start, date(2024, 3, 15))

    def test_a_written_year_is_kept(self):
        m = one("the first anniversary of 8 December 2024", date(2025, 12, 10), "en")
        self.assertEqual(m.start, date(2024, 12, 8))


class ArabicGluedDayTests(unittest.TestCase):
    def test_a_preposition_or_and_glued_to_the_day(self):
        cases = [
            ("وأرجئت الجلسة لـ25 تموز المقبل.", date(2025, 7, 25)),
            ("وكان الاجتماع قد عقد ب12 حزيران الماضي.", date(2025, 6, 12)),
        ]
        for text, want in cases:
            with self.subTest(text=text):
                m = one(text, date(2025, 7, 1), "ar")
                self.assertEqual((m.start, m.precision), (want, "day"))


class HoursAgoTests(unittest.TestCase):
    def test_hours_or_minutes_ago_is_today(self):
        cases = {
            "en": "The two sides signed the protocol a few hours ago in Doha.",
            "fr": "Le protocole a été signé il y a quelques heures à Doha.",
            "ru": "Протокол подписан несколько часов назад в Дохе.",
            "tr": "Protokol birkaç saat önce Doha'da imzalandı.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                m = one(text, date(2025, 4, 2), lang)
                self.assertEqual((m.start, m.precision), (date(2025, 4, 2), "day"))

    def test_a_counted_hour_stamp_is_no_date(self):
        # '4 saat önce' is a page's time stamp (LABELLING.md U10), not a date of the text.
        self.assertEqual(
            extract_dates("Güncelleme: 4 saat önce", published=date(2025, 4, 2), language="tr"),
            [],
        )


class TurkishParticipleTests(unittest.TestCase):
    def test_the_participle_of_a_done_thing_before_a_date_is_past(self):
        text = "Anlaşmanın imzalandığı 12 Kasım sonrasında yeni adımlar atılacak."
        m = one(text, date(2025, 11, 20), "tr")
        self.assertEqual(m.start, date(2025, 11, 12))


class RussianMonthAdjectiveTests(unittest.TestCase):
    def test_a_month_adjective_before_a_happening(self):
        m = one("Итоги ноябрьской встречи в Женеве обсудили в Москве.", date(2024, 2, 5), "ru")
        self.assertEqual((m.start, m.precision), (date(2023, 11, 1), "month"))
        m = one("Решения июльского саммита 2018 года выполнены.", date(2024, 2, 5), "ru")
        self.assertEqual((m.start, m.precision), (date(2018, 7, 1), "month"))

    def test_a_month_adjective_before_other_nouns_is_no_date(self):
        self.assertEqual(
            extract_dates("Майские праздники прошли спокойно.", published=date(2024, 5, 12),
                          language="ru"),
            [],
        )  # fmt: skip


class WeekOfMonthTests(unittest.TestCase):
    """'the first week of March' is a week (its Monday), not the 1st or the whole month."""

    def test_first_week_of_a_month_in_six_languages(self):
        cases = {
            "en": "The envoy expects the delegations in the first week of October.",
            "fr": "Les délégations sont attendues la première semaine d'octobre.",
            "ru": "Делегации ожидаются в первую неделю октября.",
            "tr": "Heyetlerin Ekim ayının ilk haftasında gelmesi bekleniyor.",
            "ar": "ويتوقع وصول الوفود في الأسبوع الأول من تشرين الأول المقبل.",
            "fa": "انتظار می‌رود هیئت‌ها در هفته اول اکتبر برسند.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                m = one(text, date(2025, 9, 10), lang)
                # 1 October 2025 is a Wednesday: its week begins on Monday 29 September.
                self.assertEqual((m.start, m.precision), (date(2025, 9, 29), "week"))

    def test_the_last_week_of_a_month(self):
        m = one("Talks resumed in the last week of June 2024.", date(2024, 7, 10), "en")
        self.assertEqual((m.start, m.precision), (date(2024, 6, 24), "week"))

    def test_arabic_first_week_of_this_month_is_no_first_day(self):
        m = one("وعقد الاجتماع في الأسبوع الأول من الشهر الجاري.", date(2025, 9, 20), "ar")
        self.assertNotEqual((m.start, m.precision), (date(2025, 9, 1), "day"))


class RangeEndTests(unittest.TestCase):
    def test_until_a_weekday_after_the_day_begun(self):
        # Published on a Thursday: 'until Thursday' ends what opens next Tuesday, so it is
        # the Thursday after that Tuesday, not today.
        cases = {
            "en": "The session opens next Tuesday and lasts until Thursday.",
            "ar": "وتفتتح الجلسة الثلاثاء المقبل وتستمر حتى الخميس.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                got = extract_dates(text, published=date(2025, 5, 8), language=lang)
                self.assertEqual([m.start for m in got], [date(2025, 5, 13), date(2025, 5, 15)])


class ArabicMonthPairTests(unittest.TestCase):
    def test_the_two_names_joined_by_a_hyphen(self):
        for text in ("أقر المجلس القانون في 4 نيسان-أبريل 2024.",
                     "أقر المجلس القانون في 4 نيسان - أبريل 2024."):  # fmt: skip
            with self.subTest(text=text):
                m = one(text, date(2024, 5, 1), "ar")
                self.assertEqual((m.start, m.precision), (date(2024, 4, 4), "day"))


class ArabicReportedTests(unittest.TestCase):
    def test_the_day_something_was_reported_is_a_statement(self):
        # 'أفادت ... الأربعاء بأن': the day of the report, no happening (U4).
        text = "أفادت الخارجية الأربعاء بأن المحادثات ستستأنف قريبا في مسقط."
        gaz = Gazetteer(participants=(), rounds=())
        cands = find_candidates(text, published=date(2025, 4, 16), language="ar", gazetteer=gaz)
        self.assertEqual(cands, [])
