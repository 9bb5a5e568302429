"""Session 17's blind batch (issue 9): the shapes behind its misses, each in every
language that has it, in sentences written for these tests."""

import unittest
from datetime import date

from tests.ingest.test_pipeline_blind16 import dates as read
from tests.ingest.test_pipeline_blind16 import found


class JoinedSolarMonthTests(unittest.TestCase):
    """A solar month written joined to 'ماه' ('month'), with or without the zero-width
    non-joiner, is that month."""

    PUBLISHED = date(2016, 12, 10)

    def test_joined_with_a_non_joiner(self):
        got = read("گفت‌وگوها روز 7 دی\u200cماه در مسکو برگزار می‌شود.", self.PUBLISHED, "fa")
        self.assertEqual(got, [("2016-12-27", "day", "7 دی\u200cماه")])

    def test_joined_without_a_gap_and_with_its_year(self):
        got = read("نشست سران در ۲۳ مهرماه ۱۴۰۴ برگزار شد.", date(2025, 10, 20), "fa")
        self.assertEqual(got, [("2025-10-15", "day", "۲۳ مهرماه ۱۴۰۴")])

    def test_joined_month_and_year_without_a_day(self):
        got = read("این توافق در اسفندماه ۱۳۹۵ امضا شد.", date(2017, 6, 1), "fa")
        # Esfand 1395 runs from 19 February to 20 March 2017: two months, so its year (U6)
        self.assertEqual(got, [("2017-01-01", "year", "اسفندماه ۱۳۹۵")])

    def test_a_day_in_words_before_a_joined_month(self):
        got = read("دور بعدی بیستم آبان\u200cماه آغاز شد.", date(2016, 11, 20), "fa")
        self.assertEqual(got, [("2016-11-10", "day", "بیستم آبان\u200cماه")])


class DayOfTheMonthNamedByNoWordTests(unittest.TestCase):
    """'27 من الشهر', 'le 27 du mois', '27-го числа', "ayın 27'si", 'the 27th of the
    month': a day of this month, named by no month word."""

    PUBLISHED = date(2016, 12, 19)
    SENT = {
        "ar": ("أرجئ الاجتماع الذي كان مقررا في 27 من الشهر.", "27 من الشهر"),
        "fr": ("La réunion prévue le 27 du mois a été avancée.", "27 du mois"),
        "ru": ("Встречу, назначенную на 27-го числа, перенесли.", "27-го числа"),
        "tr": ("Ayın 27'sinde yapılması planlanan toplantı öne alındı.", "Ayın 27'sinde"),
        "en": (
            "The meeting set for the 27th of the month was brought forward.",
            "the 27th of the month",
        ),
    }

    def test_each_language(self):
        for lang, (text, words) in self.SENT.items():
            with self.subTest(lang=lang):
                self.assertIn(("2016-12-27", "day", words), read(text, self.PUBLISHED, lang))

    def test_arabic_day_in_words(self):
        got = read("كان اللقاء مقررا في السابع والعشرين من الشهر.", self.PUBLISHED, "ar")
        self.assertEqual(got, [("2016-12-27", "day", "السابع والعشرين من الشهر")])

    def test_arabic_last_month_is_kept(self):
        got = read("عقد الاجتماع في 27 من الشهر الماضي.", self.PUBLISHED, "ar")
        self.assertEqual(got, [("2016-11-27", "day", "27 من الشهر الماضي")])

    def test_the_same_month_is_not_this_one(self):
        """'من الشهر نفسه' is the month told before, not the article's."""
        got = read("أعلن في 3 آذار أن اللقاء سيعقد في 27 من الشهر نفسه.", self.PUBLISHED, "ar")
        self.assertNotIn("2016-12-27", [g[0] for g in got])

    def test_a_named_month_after_du_mois_is_not_this_month(self):
        got = read("La réunion s'est tenue le 27 du mois de mars.", self.PUBLISHED, "fr")
        self.assertNotIn("2016-12-27", [g[0] for g in got])


class PartOfAYearInTheFallTests(unittest.TestCase):
    """'В конце 2024 года ... пошли в наступление ... и вошли в Дамаск': the offensive
    that took the capital is the fall (U1), dated to the year (U6), even when the capital
    is named far from the date in the same clause."""

    PUBLISHED = date(2025, 5, 23)
    SENT = {
        "ru": "В конце 2024 года вооруженные отряды оппозиции пошли в широкое наступление на позиции правительственной армии и вошли в Дамаск.",  # noqa: E501
        "en": "In late 2024 the armed opposition groups began a wide offensive against the positions of the government army and entered Damascus.",  # noqa: E501
        "fr": "Fin 2024, les groupes armés de l'opposition ont lancé une large offensive contre les positions de l'armée du gouvernement et sont entrés dans Damas.",  # noqa: E501
        "tr": "2024 yılının sonunda silahlı muhalif gruplar hükümet ordusunun mevzilerine karşı geniş bir taarruz başlatarak Şam'a girdi.",  # noqa: E501
        "ar": "في أواخر عام 2024 شنت فصائل المعارضة المسلحة هجوما واسعا على مواقع جيش الحكومة ثم دخلت دمشق.",  # noqa: E501
        "fa": "در اواخر سال 2024 گروه‌های مسلح مخالف حمله گسترده‌ای به مواضع ارتش دولت آغاز کردند و وارد دمشق شدند.",  # noqa: E501
    }

    def test_each_language(self):
        for lang, text in self.SENT.items():
            with self.subTest(lang=lang):
                self.assertEqual(found(text, self.PUBLISHED, lang), [("2024-01-01", "year")])

    def test_an_offensive_alone_is_still_the_war(self):
        text = "В конце 2024 года отряды оппозиции пошли в большое наступление на позиции армии."
        self.assertEqual(found(text, self.PUBLISHED, "ru"), [])


class DateLineRunIntoSectionTests(unittest.TestCase):
    """A date line that the page runs into its section's name is the date line."""

    def test_section_name_after_the_date(self):
        text = (
            "Envoy briefs the Council\n\nOctober 2, 2025 Peace and security\n\n"
            "The Special Envoy for Syria, Geir Pedersen, briefed the Security Council."
        )
        self.assertEqual(found(text, date(2025, 10, 3), "en"), [("2025-10-02", "day")])

    def test_french_section(self):
        text = (
            "5 octobre 2025 Politique\n\nL'envoyé spécial Geir Pedersen a rencontré le "
            "ministre syrien des affaires étrangères à Damas."
        )
        self.assertEqual(found(text, date(2025, 10, 5), "fr"), [("2025-10-05", "day")])

    def test_a_sentence_going_on_after_the_date_is_no_date_line(self):
        """A lower-case verb after the date is a sentence's, not a section's name."""
        text = (
            "October 2, 2025 marks a new phase\n\nThe Special Envoy for Syria, Geir "
            "Pedersen, briefed the Security Council."
        )
        self.assertNotIn(("2025-10-02", "day"), found(text, date(2025, 10, 20), "en"))


class WeekdayOfThisWeekTests(unittest.TestCase):
    """A weekday said with 'this week' is that weekday of the article's week, and a full
    date beside it names the same day, not another a week back."""

    def test_persian_week_starts_on_saturday(self):
        """Written on a Saturday, Iran's 'Tuesday this week' is three days ahead."""
        got = read("نشست وزیران سه\u200cشنبه این هفته در مسکو برگزار شد.", date(2016, 12, 17), "fa")
        self.assertEqual([g[:2] for g in got], [("2016-12-20", "day")])

    def test_persian_beside_a_solar_date_under_a_past_verb(self):
        text = "قرار شد زمان نشست وزیران در مسکو از 7 دی\u200cماه به سه\u200cشنبه این هفته 30 آذر تغییر یابد."  # noqa: E501
        got = [g[:2] for g in read(text, date(2016, 12, 17), "fa")]
        self.assertNotIn(("2016-12-13", "day"), got)
        self.assertIn(("2016-12-20", "day"), got)
        self.assertIn(("2016-12-27", "day"), got)

    def test_other_languages(self):
        published = date(2016, 12, 17)  # a Saturday
        sent = {
            "en": "The ministers met on Tuesday this week in Moscow.",
            "fr": "Les ministres se sont réunis mardi de cette semaine à Moscou.",
            "ar": "اجتمع الوزراء يوم الثلاثاء من هذا الأسبوع في موسكو.",
        }
        for lang, text in sent.items():
            with self.subTest(lang=lang):
                got = [g[:2] for g in read(text, published, lang)]
                self.assertEqual(got, [("2016-12-13", "day")])


class WeekdayOfAPlanToldInThePastTests(unittest.TestCase):
    """'قرار بود ... چهارشنبه', 'должен был ... в среду': the plan's verb is past, not its
    day; the weekday nearest the article's day."""

    def test_the_coming_day_when_it_is_nearer(self):
        published = date(2025, 10, 14)  # a Tuesday
        sent = {
            "fa": "قرار بود اجلاس سران روز چهارشنبه در مسکو برگزار شود.",
            "ru": "Саммит должен был пройти в среду в Москве.",
        }
        for lang, text in sent.items():
            with self.subTest(lang=lang):
                self.assertEqual(found(text, published, lang), [("2025-10-15", "day")])

    def test_the_day_gone_when_it_is_nearer(self):
        published = date(2025, 10, 16)  # a Thursday
        text = "Саммит должен был пройти в среду в Москве, но его отложили."
        self.assertIn(("2025-10-15", "day"), found(text, published, "ru"))
