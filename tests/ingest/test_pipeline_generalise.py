"""General date and round rules found by probing each language with sentences written for
the probe (issue 9: behaviour that generalises beyond the corpus articles)."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, extract_dates, find_candidates

PUB = date(2021, 6, 16)  # a Wednesday


def read(sentence, lang, published=PUB):
    return [
        (m.start, m.precision) for m in extract_dates(sentence, published=published, language=lang)
    ]


class RelativeDayWordTests(unittest.TestCase):
    def test_arabic_day_before_yesterday(self):
        for s in ("التقى الوفدان أول أمس في أنقرة.", "التقى الوفدان أمس الأول في أنقرة."):
            self.assertEqual(read(s, "ar"), [(date(2021, 6, 14), "day")], s)

    def test_arabic_yesterday_is_still_yesterday(self):
        self.assertEqual(read("التقى الوفدان أمس في أنقرة.", "ar"), [(date(2021, 6, 15), "day")])

    def test_persian_the_day_gone_by_and_last_night_are_yesterday(self):
        for s in ("هیئت‌ها روز گذشته در تهران گفت‌وگو کردند.", "هیئت‌ها شب گذشته گفت‌وگو کردند."):
            self.assertEqual(read(s, "fa"), [(date(2021, 6, 15), "day")], s)

    def test_persian_the_past_few_days_is_no_date(self):
        for s in ("در سه روز گذشته گفت‌وگو ادامه داشت.", "در چند روز گذشته گفت‌وگو ادامه داشت."):
            self.assertEqual(read(s, "fa"), [], s)


class EndOfThisMonthTests(unittest.TestCase):
    """'by the end of the month' names the current month, at month precision."""

    def test_each_language(self):
        sentences = {
            "en": "The envoy hopes to convene the body by the end of the month.",
            "fr": "L'envoyé espère réunir l'organe d'ici la fin du mois.",
            "ru": "Посланник надеется собрать комитет в конце месяца.",
            "tr": "Heyetlerin ayın sonunda yeniden bir araya gelmesi bekleniyor.",
        }
        for lang, s in sentences.items():
            self.assertEqual(read(s, lang), [(date(2021, 6, 1), "month")], lang)


class RoundAnnouncedForAPeriodTests(unittest.TestCase):
    """A round numbered in the text and announced for a period that holds it links to
    it, however far ahead of the article; a yearless day a year before it does not."""

    GAZ = Gazetteer(
        participants=(),
        rounds=(GazetteerRound("astana-30", "astana", 30, date(2030, 10, 7), date(2030, 10, 8)),),
    )

    def slugs(self, text, lang, published):
        got = find_candidates(text, published=published, language=lang, gazetteer=self.GAZ)
        return [(c.date, c.precision, c.round_slug) for c in got]

    def test_this_year_holds_the_round(self):
        text = "Les garants ont convenu que le 30e cycle d'Astana se tiendrait cette année."
        self.assertEqual(
            self.slugs(text, "fr", date(2030, 2, 1)), [(date(2030, 1, 1), "year", "astana-30")]
        )

    def test_a_day_outside_the_round_does_not_link(self):
        text = "Le 30e cycle des pourparlers d'Astana se tiendra le 20 février."
        self.assertEqual(
            self.slugs(text, "fr", date(2030, 2, 1)), [(date(2030, 2, 20), "day", None)]
        )


class YearFirstFiguresTests(unittest.TestCase):
    def test_gregorian_year_first(self):
        for s in ("وقع الطرفان المذكرة في 2020/11/4 بموسكو.", "وقع الطرفان المذكرة في 2020.11.04."):
            self.assertEqual(read(s, "ar"), [(date(2020, 11, 4), "day")], s)

    def test_solar_hijri_year_first_in_persian_figures(self):
        # 1 Farvardin 1400 is 21 March 2021.
        self.assertEqual(
            read("بیانیه در تاریخ ۱۴۰۰/۰۱/۰۱ منتشر شد.", "fa"), [(date(2021, 3, 21), "day")]
        )

    def test_impossible_solar_hijri_day_is_no_date(self):
        self.assertEqual(read("شماره ۱۴۰۰/۰۸/۳۱ ثبت شد.", "fa"), [])
        self.assertEqual(read("شماره ۱۴۰۰/۱۳/۰۱ ثبت شد.", "fa"), [])

    def test_version_numbers_are_no_dates(self):
        self.assertEqual(read("Update 2020.11.4.2 is out.", "en"), [])


class PastTenseCueTests(unittest.TestCase):
    def test_persian_perfect_is_past(self):
        # Three days after 10 October: 'has begun on 7 October' is this year's.
        s = "گفت‌وگوها از ۷ اکتبر آغاز شده و هیئت‌ها تلاش می‌کنند به توافق برسند."
        self.assertEqual(read(s, "fa", date(2022, 10, 10)), [(date(2022, 10, 7), "day")])

    def test_persian_future_is_still_future(self):
        s = "گفت‌وگوها ۷ اکتبر آغاز خواهد شد."
        self.assertEqual(read(s, "fa", date(2022, 10, 20)), [(date(2023, 10, 7), "day")])
        # Three days before publication: a plan reported late, this year's (rules10c).
        self.assertEqual(read(s, "fa", date(2022, 10, 10)), [(date(2022, 10, 7), "day")])

    def test_french_inverted_saying_verb_is_past(self):
        s = "Le cycle s'ouvrira le 2 juillet, a-t-elle précisé vendredi."
        self.assertEqual(read(s, "fr"), [(date(2021, 7, 2), "day"), (date(2021, 6, 11), "day")])


class InAMonthTests(unittest.TestCase):
    def test_in_a_month_is_next_month_and_in_a_week_next_week(self):
        cases = {
            ("en", "The guarantors expect to meet again in a month."): (date(2021, 7, 1), "month"),
            ("fr", "Les garants comptent se revoir dans un mois."): (date(2021, 7, 1), "month"),
            ("ru", "Гаранты планируют встретиться через месяц."): (date(2021, 7, 1), "month"),
            ("fa", "ضامن‌ها یک ماه دیگر دیدار می‌کنند."): (date(2021, 7, 1), "month"),
            ("fr", "Les garants comptent se revoir dans une semaine."): (date(2021, 6, 21), "week"),
        }
        for (lang, s), want in cases.items():
            self.assertEqual(read(s, lang), [want], s)

    def test_a_month_long_is_no_date(self):
        self.assertEqual(read("The ceasefire held for a month.", "en"), [])


class RoundOfTheNamedBodyTests(unittest.TestCase):
    GAZ = Gazetteer(
        participants=(),
        rounds=(
            GazetteerRound("geneva-3", "geneva", 3, date(2016, 1, 29), date(2016, 2, 3)),
            GazetteerRound("astana-3", "astana", 3, date(2030, 3, 14), date(2030, 3, 15)),
        ),
    )

    def test_a_geneva_number_does_not_fall_to_another_body(self):
        text = "Un troisième cycle de discussions doit se tenir dans un mois à Genève."
        got = find_candidates(text, published=date(2030, 2, 2), language="fr", gazetteer=self.GAZ)
        self.assertEqual([(c.date, c.round_slug) for c in got], [(date(2030, 3, 1), None)])

    def test_french_working_session_is_an_event(self):
        text = "Une séance de travail doit avoir lieu le vendredi 5 mars."
        got = find_candidates(text, published=date(2030, 3, 1), language="fr", gazetteer=self.GAZ)
        self.assertEqual([c.date for c in got], [date(2030, 3, 5)])


class OrdinalDayWordTests(unittest.TestCase):
    def test_arabic_ordinal_day_of_a_named_month(self):
        s = "وانعقد الاجتماع في الخامس عشر من أيار 2021 في الدوحة."
        self.assertEqual(read(s, "ar"), [(date(2021, 5, 15), "day")])

    def test_arabic_ordinal_day_of_this_month(self):
        s = "وانعقد الاجتماع في الثالث من الشهر الجاري."
        self.assertEqual(read(s, "ar"), [(date(2021, 6, 3), "day")])

    def test_persian_ordinal_day_of_a_solar_month(self):
        # 25 Khordad 1400 is 15 June 2021; 'بیست و پنجم' is the 25th.
        s = "هیئت‌ها بیست و پنجم خرداد ماه در تهران دیدار کردند."
        self.assertEqual(read(s, "fa"), [(date(2021, 6, 15), "day")])

    def test_an_ordinal_round_is_no_day(self):
        self.assertEqual(read("انطلقت الجولة الخامسة من المحادثات.", "ar"), [])


class SoFarAndOrdinalDayTests(unittest.TestCase):
    GAZ = Gazetteer(
        participants=(),
        rounds=(GazetteerRound("astana-1", "astana", 1, date(2021, 1, 23), date(2021, 1, 24)),),
    )

    def test_until_today_is_no_day(self):
        self.assertEqual(read("این هیئت تا امروز سه بار دیدار کرده است.", "fa"), [])
        self.assertEqual(read("Le comité s'est réuni cinq fois jusqu'à aujourd'hui.", "fr"), [])

    def test_today_alone_is_still_today(self):
        self.assertEqual(read("هیئت‌ها امروز دیدار کردند.", "fa"), [(PUB, "day")])

    def test_an_ordinal_day_numbers_no_round(self):
        text = "نشست آستانه اول تیر برگزار می‌شود."
        got = find_candidates(text, published=PUB, language="fa", gazetteer=self.GAZ)
        self.assertEqual([(c.date, c.round_slug) for c in got], [(date(2021, 6, 22), None)])
