"""Date expressions: dateparser's known failures, each resolved against the publication date."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import PipelineError, extract_dates, jalali_to_gregorian
from peaceproc.ingest.pipeline.dates import _grammar
from peaceproc.ingest.pipeline.resolve import Ctx, dateparser_reading, resolve

PUB = date(2017, 8, 1)  # a Tuesday, the seed article's publication date


def dates(sentence, lang="en", published=PUB, **kw):
    return [
        (m.start.isoformat(), m.precision, m.end.isoformat() if m.end else None, m.text)
        for m in extract_dates(sentence, published=published, language=lang, **kw)
    ]


class WeekdayTests(unittest.TestCase):
    def test_weekday_is_on_or_before_publication(self):
        # dateparser alone gives 2017-07-25, a week early, on a Tuesday article.
        self.assertEqual(
            dates("At a Tuesday meeting in Moscow, they talked."),
            [("2017-08-01", "day", None, "Tuesday")],
        )
        self.assertEqual(dates("The talks ended on Thursday.")[0][0], "2017-07-27")

    def test_future_sentence_takes_the_coming_weekday(self):
        self.assertEqual(dates("The talks will resume on Thursday.")[0][0], "2017-08-03")

    def test_last_and_next_weekday(self):
        self.assertEqual(dates("They met last Tuesday.")[0][0], "2017-07-25")
        self.assertEqual(dates("They will meet next Tuesday.")[0][0], "2017-08-08")

    def test_weekdays_in_other_languages(self):
        for lang, text in [
            ("ru", "Во вторник они встретились."),
            ("ar", "التقيا يوم الثلاثاء."),
            ("fa", "آنها روز سه‌شنبه دیدار کردند."),
            ("fr", "Ils se sont rencontrés mardi."),
            ("tr", "Salı günü görüştüler."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang)[0][:2], ("2017-08-01", "day"))

    def test_lower_case_english_weekday_word_is_not_a_date(self):
        self.assertEqual(dates("a sunday best suit"), [])


class MonthTests(unittest.TestCase):
    def test_month_without_year_is_latest_not_after_publication(self):
        self.assertEqual(dates("They met in May."), [("2017-05-01", "month", None, "May")])
        self.assertEqual(dates("They met in September.")[0][0], "2016-09-01")

    def test_month_without_year_in_a_future_sentence(self):
        self.assertEqual(dates("The next round is planned for September.")[0][0], "2017-09-01")

    def test_since_january(self):
        self.assertEqual(
            dates("Talks have run since January."),
            [("2017-01-01", "month", None, "since January")],
        )

    def test_month_with_year_and_day(self):
        self.assertEqual(dates("in May 2017")[0][:2], ("2017-05-01", "month"))
        self.assertEqual(dates("on 4 May 2017")[0][:2], ("2017-05-04", "day"))
        self.assertEqual(dates("on May 4, 2017")[0][:2], ("2017-05-04", "day"))

    def test_day_ranges(self):
        self.assertEqual(
            dates("They met on 3-4 May."), [("2017-05-03", "day", "2017-05-04", "3-4 May")]
        )
        self.assertEqual(dates("Ils se sont réunis les 3 et 4 mai.", "fr")[0][2], "2017-05-04")

    def test_month_last_year(self):
        self.assertEqual(dates("It was signed in May last year.")[0][:2], ("2016-05-01", "month"))

    def test_months_in_other_languages(self):
        for lang, text in [
            ("ru", "Они встретились в мае."),
            ("ar", "التقيا في أيار."),
            ("ar", "التقيا في مايو."),
            ("fa", "آنها در ماه مه دیدار کردند."),
            ("fr", "Ils se sont rencontrés en mai."),
            ("tr", "Mayıs ayında görüştüler."),
            ("tr", "Mayıs'ta görüştüler."),
        ]:
            with self.subTest(lang=lang, text=text):
                self.assertEqual(dates(text, lang)[0][:2], ("2017-05-01", "month"))


class RelativeTests(unittest.TestCase):
    def test_late_last_year_is_the_previous_year(self):
        # A part of a year names no month: year precision (LABELLING.md U6).
        self.assertEqual(
            dates("They met late last year."),
            [("2016-01-01", "year", None, "late last year")],
        )
        self.assertEqual(dates("at the end of last year")[0][:3], ("2016-01-01", "year", None))

    def test_earlier_this_month(self):
        self.assertEqual(dates("They met earlier this month.")[0][:2], ("2017-08-01", "month"))

    def test_last_week_is_the_previous_week_not_an_invented_day(self):
        self.assertEqual(dates("They met last week."), [("2017-07-24", "week", None, "last week")])

    def test_later_in_the_day_is_the_publication_day(self):
        self.assertEqual(
            dates("He is to meet Fomin later in the day."),
            [("2017-08-01", "day", None, "later in the day")],
        )

    def test_later_in_the_day_follows_a_date_in_the_same_sentence(self):
        got = dates("On 3 May the delegates met, and later in the day they signed.")
        self.assertEqual([g[0] for g in got], ["2017-05-03", "2017-05-03"])

    def test_later_that_day_follows_the_previous_sentence(self):
        got = dates("Later that day they signed.", previous_day=date(2017, 5, 4))
        self.assertEqual(got[0][0], "2017-05-04")

    def test_year_alone_has_year_precision(self):
        self.assertEqual(dates("They met in 2016."), [("2016-01-01", "year", None, "2016")])
        self.assertEqual(dates("в 2016 году", "ru")[0][:2], ("2016-01-01", "year"))
        self.assertEqual(dates("2016 yılında", "tr")[0][:2], ("2016-01-01", "year"))
        self.assertEqual(dates("في عام 2016", "ar")[0][:2], ("2016-01-01", "year"))
        self.assertEqual(dates("در سال ۲۰۱۶", "fa")[0][:2], ("2016-01-01", "year"))

    def test_part_of_a_year(self):
        self.assertEqual(dates("in late 2016")[0][:3], ("2016-01-01", "year", None))
        self.assertEqual(dates("in early 2017")[0][:3], ("2017-01-01", "year", None))

    def test_yesterday_and_ago(self):
        got = dates("They met yesterday, two days ago, and a week ago.")
        # 'a week ago' names a week: its Monday, at week precision (LABELLING.md R3).
        want = [("2017-07-31", "day"), ("2017-07-30", "day"), ("2017-07-24", "week")]
        self.assertEqual([g[:2] for g in got], want)

    def test_relative_phrases_in_other_languages(self):
        cases = {
            "ru": [
                "В конце прошлого года",
                "В начале этого месяца",
                "С января",
                "На прошлой неделе",
                "Позднее в тот же день",
            ],
            "ar": [
                "أواخر العام الماضي",
                "مطلع الشهر الجاري",
                "منذ كانون الثاني/يناير",
                "الأسبوع الماضي",
                "في وقت لاحق من اليوم",
            ],
            "fa": [
                "اواخر سال گذشته",
                "اوایل این ماه",
                "از ژانویه",
                "هفته گذشته",
                "بعدا در همان روز",
            ],
            "fr": [
                "À la fin de l'année dernière",
                "Plus tôt ce mois-ci",
                "Depuis janvier",
                "La semaine dernière",
                "Plus tard dans la journée",
            ],
            "tr": [
                "Geçen yılın sonlarında",
                "Bu ayın başında",
                "Ocak ayından bu yana",
                "Geçen hafta",
                "Günün ilerleyen saatlerinde",
            ],
        }
        want = [
            ("2016-01-01", "year"),
            ("2017-08-01", "month"),
            ("2017-01-01", "month"),
            ("2017-07-24", "week"),
            ("2017-08-01", "day"),
        ]
        for lang, phrases in cases.items():
            for phrase, expected in zip(phrases, want, strict=True):
                with self.subTest(lang=lang, phrase=phrase):
                    got = dates(phrase + ".", lang)
                    self.assertEqual(len(got), 1, got)
                    self.assertEqual(got[0][:2], expected)

    def test_relative_date_without_publication_date_is_an_error(self):
        with self.assertRaisesRegex(PipelineError, "'Tuesday'.*publication date"):
            extract_dates("They met on Tuesday.", published=None, language="en")
        with self.assertRaisesRegex(PipelineError, "publication date"):
            extract_dates("They met in May.", published=None, language="en")

    def test_absolute_date_needs_no_publication_date(self):
        self.assertEqual(dates("on 4 May 2017", published=None)[0][0], "2017-05-04")


class NotDatesTests(unittest.TestCase):
    def test_numbers_that_are_not_dates(self):
        for text in [
            "Resolution 2254 calls for a political transition.",
            "The memorandum created four de-escalation zones.",
            "The congress had 1,393 delegates.",
            "About 45% of them, or 12.5 percent, stayed away.",
            "Monitors will be posted near 36.2N 37.1E.",
            "The zone is 15-20 km wide.",
            "Document S/2016/1133 was circulated.",
            "Some 2017 delegates and 2018 observers were counted.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(dates(text), [])

    def test_words_that_are_not_dates(self):
        for text in [
            "The armed groups may agree to the plan.",
            "Protesters said they would march on the embassy.",
            "The parties are now working on the details.",
            "It takes a year, a month or a decade.",
            "They do a lot to help.",
            "May God protect Syria.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(dates(text), [])

    def test_capitalised_month_with_a_year_is_a_date(self):
        self.assertEqual(dates("May 2017 was busy.")[0][:2], ("2017-05-01", "month"))

    def test_resolution_numbers_in_other_languages(self):
        for lang, text in [
            ("ru", "Резолюция 2254 остаётся основой."),
            ("ar", "ولا يزال القرار 2254 أساس العملية."),
            ("fa", "قطعنامه ۲۲۵۴ مبنای روند است."),
            ("fr", "La résolution 2254 reste la base."),
            ("tr", "2254 sayılı karar temel alınıyor."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang), [])


class AdjacentMentionTests(unittest.TestCase):
    def test_weekday_and_date_side_by_side_are_one_mention(self):
        got = dates("It was suspended on Monday, 24 August, and resumed on Thursday.",
                    published=date(2020, 8, 30))  # fmt: skip
        self.assertEqual(
            got,
            [("2020-08-24", "day", None, "Monday, 24 August"),
             ("2020-08-27", "day", None, "Thursday")],
        )  # fmt: skip
        got = dates("اختتمت في أستانا اليوم الثلاثاء الجولة الأولى", "ar", date(2017, 1, 24))
        self.assertEqual(got, [("2017-01-24", "day", None, "اليوم الثلاثاء")])

    def test_written_date_wins_over_a_weekday_slip(self):
        got = dates("On Monday 1 August 2017 they met.", published=date(2017, 8, 3))
        self.assertEqual(got, [("2017-08-01", "day", None, "Monday 1 August 2017")])

    def test_separate_dates_stay_apart(self):
        got = dates("They met on Tuesday and again on 4 May.")
        self.assertEqual([g[3] for g in got], ["Tuesday", "4 May"])


class AbsoluteDateTests(unittest.TestCase):
    def test_numeric_forms(self):
        got = dates("They met on 2017-05-05 and 04.05.2017, and on 05/06/2017.")
        self.assertEqual([g[0] for g in got], ["2017-05-05", "2017-05-04", "2017-05-06"])

    def test_two_digit_years_are_not_read(self):
        self.assertEqual(dates(": 20/05/20"), [])

    def test_jalali_dates(self):
        self.assertEqual(jalali_to_gregorian(1396, 5, 10), date(2017, 8, 1))
        self.assertEqual(jalali_to_gregorian(1396, 1, 1), date(2017, 3, 21))
        self.assertEqual(jalali_to_gregorian(1403, 1, 1), date(2024, 3, 20))
        self.assertEqual(dates("۱۰ مرداد ۱۳۹۶", "fa")[0][:2], ("2017-08-01", "day"))

    def test_grammar_reading_agrees_with_dateparser(self):
        # Past the per-text dateparser budget the grammar's own reading is used; it must be
        # the same date dateparser gives for these forms.
        samples = {
            "en": ["4 May 2017", "May 4, 2017", "30 October 2017", "May 2017"],
            "fr": ["4 mai 2017", "1er août 2017", "mai 2017"],
            "ru": ["4 мая 2017 года", "30 октября 2017", "мая 2017"],
            "ar": ["4 مايو 2017", "30 أكتوبر 2017"],
            "fa": ["۴ مه ۲۰۱۷", "30 اکتبر 2017"],
            "tr": ["4 Mayıs 2017", "30 Ekim 2017", "Mayıs 2017"],
        }
        for lang, spans in samples.items():
            g = _grammar(lang)
            for span in spans:
                with self.subTest(lang=lang, span=span):
                    ours = None
                    for name, rx in g.rules:
                        from peaceproc.ingest.pipeline.text import fold

                        m = rx.fullmatch(fold(span))
                        if m:
                            ctx = Ctx(PUB, lang, None, span)
                            ctx.budget.left = 0  # the grammar's reading only
                            ours = resolve(g, ctx, name, m, span)
                            break
                    self.assertIsNotNone(ours, span)
                    theirs = dateparser_reading(span, lang, PUB)
                    self.assertIsNotNone(theirs, span)
                    d, period = theirs
                    if ours.precision == "month":
                        d = d.replace(day=1)
                    self.assertEqual((ours.start, ours.precision), (d, period))


if __name__ == "__main__":
    unittest.main()
