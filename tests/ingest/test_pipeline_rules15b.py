"""The classes of corpus15's misses (issue 9, session 15): offsets counted from the day told
before, a part of next/this/last week, Turkish months with a glued case ending, a page
stamp in figures with its time, a day of every year, a rank before a name and a unit's
name, a plan told in the past, a part of a month said twice, a Turkish day range with
'ile', and a verb-last sentence whose earlier date stands in a clause of time. Sentences
written for these tests.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    article_people,
    extract_dates,
    find_candidates,
)

GAZ = Gazetteer(
    participants=(GazetteerParticipant(slug="envoy", names=("Karl Envoy",), person=True),),
    rounds=(),
    places=("Vienna",),
)


def dates(text, lang, published, **kw):
    return [
        (m.start, m.precision)
        for m in extract_dates(text, published=published, language=lang, **kw)
    ]


def found(text, lang, published):
    return [
        (c.date, c.precision)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


class OffsetFromTheDayToldBeforeTests(unittest.TestCase):
    PUBLISHED = date(2024, 4, 22)  # a Monday
    BEFORE = date(2024, 4, 10)

    def test_a_week_or_days_earlier_counts_back_from_the_day_before_it(self):
        for lang, text in [
            ("en", "A week earlier, the envoys had agreed on a text."),
            ("fr", "Une semaine plus tôt, les émissaires s'étaient entendus sur un texte."),
            ("ru", "Неделей ранее посланники согласовали текст."),
            ("tr", "Bundan bir hafta önce elçiler bir metin üzerinde anlaşmıştı."),
            ("ar", "وقبل ذلك بأسبوع اتفق المبعوثون على نص."),
            ("fa", "یک هفته قبل از آن فرستادگان بر سر یک متن توافق کردند."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(
                    dates(text, lang, self.PUBLISHED, previous_day=self.BEFORE),
                    [(date(2024, 4, 3), "day")],
                )

    def test_days_later_counts_forward_from_the_day_in_the_same_sentence(self):
        for lang, text in [
            ("en", "The envoys met on 2 April 2024, and three days later they signed."),
            ("fr", "Les émissaires se sont vus le 2 avril 2024 ; trois jours plus tard, ils ont signé."),  # noqa: E501
            ("ru", "Посланники встретились 2 апреля 2024 года, а три дня спустя подписали текст."),
            ("tr", "Elçiler 2 Nisan 2024'te görüştü, üç gün sonra metni imzaladılar."),
            ("fa", "فرستادگان در ۲ آوریل ۲۰۲۴ دیدار کردند و سه روز بعد متن را امضا کردند."),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang, self.PUBLISHED)[-1], (date(2024, 4, 5), "day"))

    def test_counted_back_past_a_day_still_ahead_it_counts_from_today(self):
        # The meeting ahead (Wednesday the 24th) is not what a past signing is placed before.
        text = "They meet again on 24 April 2024. A week earlier, they had signed the text."
        self.assertIn((date(2024, 4, 15), "day"), found(text, "en", self.PUBLISHED))

    def test_a_count_of_some_days_is_no_date(self):
        self.assertEqual(dates("وبعد أيام اتفق المبعوثون على نص.", "ar", self.PUBLISHED), [])


class PartOfAWeekTests(unittest.TestCase):
    PUBLISHED = date(2024, 4, 24)  # a Wednesday

    def test_early_or_late_next_week_is_next_week(self):
        for lang, text in [
            ("en", "The envoys will meet late next week."),
            ("fr", "Les émissaires se réuniront en fin de semaine prochaine."),
            ("ru", "Посланники встретятся в конце следующей недели."),
            ("tr", "Elçiler önümüzdeki haftanın sonunda bir araya gelecek."),
            ("ar", "سيلتقي المبعوثون أواخر الأسبوع المقبل."),
            ("fa", "فرستادگان اواخر هفته آینده دیدار خواهند کرد."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang, self.PUBLISHED), [(date(2024, 4, 29), "week")])

    def test_early_last_week_is_last_week(self):
        for lang, text in [
            ("ru", "В начале прошлой недели посланники встретились."),
            ("fr", "Au début de la semaine dernière, les émissaires se sont vus."),
            ("ar", "التقى المبعوثون مطلع الأسبوع الماضي."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang, self.PUBLISHED), [(date(2024, 4, 15), "week")])


class TurkishMonthCaseEndingTests(unittest.TestCase):
    PUBLISHED = date(2019, 10, 15)

    def test_a_lower_case_month_with_its_ending_glued_on(self):
        for text, month in [
            ("Görüşmeler martta yapılmıştı.", date(2019, 3, 1)),
            ("Heyetler nisanda bir araya gelmişti.", date(2019, 4, 1)),
            ("Toplantı temmuzdan beri bekleniyor.", date(2019, 7, 1)),
        ]:
            with self.subTest(text=text):
                self.assertEqual(dates(text, "tr", self.PUBLISHED), [(month, "month")])

    def test_the_new_month_of_a_postponement_is_the_nearest_one(self):
        for text in (
            "Toplantının şubata ertelendiği bildirildi.",
            "Toplantının Şubat'a ertelendiği bildirildi.",
        ):
            with self.subTest(text=text):
                self.assertEqual(dates(text, "tr", self.PUBLISHED), [(date(2020, 2, 1), "month")])

    def test_a_month_that_is_a_noun_too_is_no_month_in_the_dative(self):
        self.assertEqual(dates("Köylüler ekime başladı.", "tr", self.PUBLISHED), [])


class StampInFiguresTests(unittest.TestCase):
    def test_a_section_word_date_and_time_is_the_date_line(self):
        text = (
            "Haber Sitesi\n\nGündem 14.05.2024 09:12:40 3\n\n"
            "Bakanlar Viyana'da bir toplantı yaptı ve ortak bir bildiri yayımladı.\n"
        )
        self.assertIn((date(2024, 5, 14), "day"), found(text, "tr", date(2024, 5, 14)))

    def test_a_wire_paragraph_after_a_standfirst_takes_the_stamp_s_day(self):
        text = (
            "Gündem 14.05.2024 09:12:40 3\n"
            "Dünya\n\n"
            "Barış sürecinde yeni bir adım.\n\n"
            "VİYANA (AA) - Taraflar Viyana'da bir toplantı yaptı.\n"
        )
        self.assertIn((date(2024, 5, 14), "day"), found(text, "tr", date(2024, 5, 14)))


class EveryYearTests(unittest.TestCase):
    PUBLISHED = date(2024, 5, 20)

    def test_a_day_of_every_year_dates_no_happening(self):
        for lang, text in [
            ("en", "The council declared that every year on 12 May the country will hold a day of mourning."),  # noqa: E501
            ("tr", "Konsey her yıl 12 Mayıs gününü yas günü olarak kabul ettiğini açıkladı."),
            ("ar", "أعلن المجلس يوم 12 مايو من كل عام يوما للحداد."),
            ("ru", "Совет объявил, что ежегодно 12 мая будет днём траура."),
            ("fa", "شورا اعلام کرد هر سال ۱۲ مه روز عزای عمومی خواهد بود."),
            ("fr", "Le conseil a décidé que chaque année, le 12 mai sera un jour de deuil."),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(found(text, lang, self.PUBLISHED), [])

    def test_a_day_with_its_year_stays(self):
        text = "Every year since 2019 the envoys have met, and they met on 12 May 2024 in Vienna."
        self.assertIn((date(2024, 5, 12), "day"), found(text, "en", self.PUBLISHED))


class RanksAndUnitsTests(unittest.TestCase):
    def names(self, text, lang):
        return list(article_people(text, language=lang, gazetteer=GAZ).names)

    def test_a_rank_before_a_name_is_cut_off(self):
        for lang, text, name in [
            ("tr", "Sözcü Yarbay Kemal Doğruer açıklama yaptı.", "Kemal Doğruer"),
            ("en", "The spokesman, Brigadier Tom Hartley, spoke to reporters.", "Tom Hartley"),
            ("fr", "Capitaine Luc Mercier, porte-parole, a parlé aux journalistes.", "Luc Mercier"),
            ("ru", "Подполковник Игорь Семёнов сообщил об этом журналистам.", "Игорь Семёнов"),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(self.names(text, lang), [name])

    def test_a_rank_in_arabic_script_is_a_title_before_the_name(self):
        names = self.names("وقال الرائد سامر خليل إن الاجتماع انتهى.", "ar")
        self.assertEqual(names, ["سامر خليل"])

    def test_the_name_of_a_command_or_a_unit_is_no_person(self):
        text = (
            "Officials said Southern Command and the Desert Division took part, and the "
            "Palestinian Authority sent a note."
        )
        self.assertEqual(self.names(text, "en"), [])


class PlanToldInThePastTests(unittest.TestCase):
    PUBLISHED = date(2019, 11, 18)

    def test_the_planned_month_is_in_the_year_nearest_today(self):
        for lang, text in [
            ("ar", "وكان من المقرر أن يعقد اللقاء في نهاية شهر سبتمبر، لكنه أرجئ."),
            ("en", "The meeting was scheduled for late September but was put off."),
            ("fr", "La réunion devait se tenir fin septembre, mais elle a été reportée."),
            ("ru", "Встреча должна была состояться в конце сентября, но её отложили."),
        ]:
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang, self.PUBLISHED), [(date(2019, 9, 1), "month")])

    def test_a_plan_for_a_month_just_ahead_is_this_year(self):
        text = "وكان من المقرر أن يعقد اللقاء في أوائل يناير."
        self.assertEqual(dates(text, "ar", self.PUBLISHED), [(date(2020, 1, 1), "month")])


class SamePartOfAMonthTwiceTests(unittest.TestCase):
    def test_the_second_mention_reads_as_the_first(self):
        text = (
            "أعلن الوزير اليوم أن الجولة المقبلة ستعقد في أوائل فبراير.\n\n"
            "وأوضح أن الترتيبات اكتملت لعقدها في أوائل فبراير."
        )
        got = found(text, "ar", date(2019, 12, 20))
        self.assertIn((date(2020, 2, 1), "month"), got)
        self.assertNotIn((date(2019, 2, 1), "month"), got)


class DayRangeTests(unittest.TestCase):
    def test_between_two_days_of_a_month_is_a_range(self):
        published = date(2024, 10, 2)
        for lang, text in [
            ("tr", "Görüşmeler 16 ile 18 Eylül arasında Viyana'da yapıldı."),
            ("en", "The talks were held in Vienna between 16 and 18 September."),
            ("ar", "عقدت المحادثات في فيينا بين 16 و18 سبتمبر."),
            ("ru", "Переговоры прошли в Вене с 16 по 18 сентября."),
        ]:
            with self.subTest(lang=lang):
                [m] = extract_dates(text, published=published, language=lang)
                self.assertEqual((m.start, m.end), (date(2024, 9, 16), date(2024, 9, 18)))


class TwoDatesVerbLastTests(unittest.TestCase):
    """The earlier date in a clause of time ('after the government fell late last year'),
    the later one the main clause's, its verb at the end and a gloss in brackets after it."""

    def test_the_later_date_keeps_the_main_clause_and_its_tense(self):
        for lang, published, text, day in [
            ("fa", date(2024, 3, 1), "به اعلام سازمان ملل، نخستین دور گفتگوهای صلح پس از آن‌که دولت پیشین در اواخر سال گذشته سقوط کرد، در تاریخ ۱۰ مارس (۲۰ اسفند ۱۴۰۲) انجام خواهد شد.", date(2024, 3, 10)),  # noqa: E501
            ("fa", date(2025, 9, 21), "به گفته کمیسیون انتخابات، نخستین انتخابات شوراها پس از آن‌که دولت پیشین در اواخر سال گذشته فروپاشید، در تاریخ ۱۲ اکتبر (۲۰ مهر ۱۴۰۴) انجام خواهد شد.", date(2025, 10, 12)),  # noqa: E501
            ("tr", date(2024, 3, 1), "Arabulucuların açıklamasına göre, yeni görüşme turu, önceki tur geçen yılın sonunda durdurulduktan sonra, 10 Mart'ta (Pazar) yapılacak.", date(2024, 3, 10)),  # noqa: E501
        ]:  # fmt: skip
            with self.subTest(lang=lang, day=day):
                self.assertIn((day, "day"), found(text, lang, published))
