"""Session 17's date classes (issue 9, rules17), each in every language that has the
shape, in sentences written for these tests: a plan a decision or an agreement sets, a
period across two months, a day moved to a later period, sitting down together, and a
date that opens what a colon tells."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def read(text, published, lang):
    """The (date, precision) of each date mention in `text`."""
    return [
        (m.start.isoformat(), m.precision)
        for m in extract_dates(text, published=published, language=lang)
    ]


def found(text, published, lang):
    """The (date, precision) of each candidate the pipeline proposes for `text`."""
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return [(c.date.isoformat(), c.precision) for c in cands]


class EachLanguage(unittest.TestCase):
    def assert_each(self, table, published, reader, expected):
        """What `reader` makes of each language's text in `table` is `expected`."""
        for lang, text in table.items():
            with self.subTest(lang=lang):
                self.assertEqual(reader(text, published, lang), expected)


class TwoMonthsOrTests(EachLanguage):
    """'The end of May or early June' names one period across two months: the smallest
    calendar unit that holds it is the year (LABELLING.md U6), one mention, not two."""

    SENT = {
        "en": "The envoy hopes the delegations will meet in late May or early June.",
        "fr": "L'émissaire espère que les délégations se retrouveront fin mai ou début juin.",
        "ru": "Посланник надеется, что делегации встретятся в конце мая или в начале июня.",
        "tr": "Heyetlerin mayıs sonunda veya haziran başında bir araya gelmesi bekleniyor.",
        "ar": "ويأمل المبعوث أن تلتقي الوفود في أواخر مايو أو أوائل يونيو.",
        "fa": "فرستاده امیدوار است هیئت‌ها در اواخر ماه مه یا اوایل ژوئن دیدار کنند.",
    }

    def test_each_language(self):
        self.assert_each(self.SENT, date(2021, 3, 2), read, [("2021-01-01", "year")])

    def test_months_joined_by_and_stay_two(self):
        got = read("The delegations will meet in May and in June.", date(2021, 3, 2), "en")
        self.assertEqual(got, [("2021-05-01", "month"), ("2021-06-01", "month")])

    def test_across_a_years_end_no_year_holds_them(self):
        got = read(
            "The delegations will meet in late December 2021 or early January 2022.",
            date(2021, 3, 2),
            "en",
        )
        self.assertNotIn(("2021-01-01", "year"), got)
        self.assertIn(("2021-12-01", "month"), got)


class SolarMonthTests(unittest.TestCase):
    """A solar month runs across two Gregorian months: their year (U6), unless it runs
    across a year's end, as Dey does."""

    def test_a_solar_month_is_its_gregorian_year(self):
        got = read("گفت‌وگوها از اسفند 1396 آغاز شد.", date(2019, 5, 1), "fa")
        self.assertEqual(got, [("2018-01-01", "year")])

    def test_dey_stays_a_range_of_two_months(self):
        mentions = extract_dates("گفت‌وگوها از دی 1396 آغاز شد.", published=date(2019, 5, 1),
                                 language="fa")  # fmt: skip
        self.assertEqual(
            [(m.start, m.precision, m.end) for m in mentions],
            [(date(2017, 12, 1), "month", date(2018, 1, 1))],
        )


class DecidedAheadTests(EachLanguage):
    """What a decision or an agreement sets is ahead of the deciding: 'decided to hold
    the meeting at the end of August', told in July, is this August, not last year's."""

    SENT = {
        "en": "The three foreign ministers decided to convene the meeting in late August.",
        "fr": "Les trois ministres ont convenu de se réunir fin août à Téhéran.",
        "ru": "Три министра договорились провести встречу в конце августа.",
        "tr": "Üç bakan toplantının ağustos sonunda yapılmasına karar verdi.",
        "ar": "وقرر الوزراء الثلاثة عقد الاجتماع في أواخر أغسطس.",
        "fa": "سه وزیر توافق کردند که این نشست در اواخر اوت برگزار شود.",
    }

    def test_each_language(self):
        self.assert_each(self.SENT, date(2022, 7, 4), read, [("2022-08-01", "month")])

    def test_agreed_in_a_turkish_locative(self):
        got = read("Bakanlar zirvenin ağustos sonunda yapılmasında uzlaştı.", date(2022, 7, 4),
                   "tr")  # fmt: skip
        self.assertEqual(got, [("2022-08-01", "month")])

    def test_a_held_meeting_stays_behind(self):
        got = read("Üç bakan toplantıyı ağustos sonunda yaptı ve anlaştı.", date(2022, 7, 4), "tr")
        self.assertEqual(got, [("2021-08-01", "month")])

    def test_a_subjunctive_with_a_future_and_no_past_is_ahead(self):
        # 'is to be formed on Monday and Tuesday', told on a Thursday: the coming days.
        got = read(
            "قرار است این شورا، روزهای دوشنبه و سه شنبه در تهران تشکیل شود.",
            date(2022, 7, 7),
            "fa",
        )
        self.assertEqual(got, [("2022-07-11", "day")])


class PurposePastAListTests(unittest.TestCase):
    """The noun of holding governs its date past an 'and' and the commas of a list of
    those taking part: 'agreement on holding a meeting hosted by Iran and with Russia,
    China and India at the end of October' was reached; the meeting is ahead."""

    def test_persian(self):
        got = read(
            "به گفته او، بر سر برگزاری نشستی به میزبانی ایران و با حضور روسیه، چین و هند "
            "در اواخر اکتبر توافق شد.",
            date(2023, 9, 12),
            "fa",
        )
        self.assertEqual(got, [("2023-10-01", "month")])

    def test_a_past_verb_between_still_ends_it(self):
        got = read(
            "بر سر برگزاری نشست توافق شد و وزیران در اواخر اوت دیدار کردند.", date(2023, 9, 12),
            "fa",
        )  # fmt: skip
        self.assertEqual(got, [("2023-08-01", "month")])


class MovedToAPeriodTests(EachLanguage):
    """A day put off to a later period: the period is the new date of what was moved, a
    candidate of its own beside the day, with the kind of what was moved."""

    SENT = {
        "en": "The conference, first set for 12 May, now looks unlikely: the hosts spoke on "
        "Tuesday of a delay to the end of next month.",
        "fr": "La conférence, d'abord fixée au 12 mai, semble compromise : les hôtes ont "
        "évoqué mardi un report à la fin du mois prochain.",
        "ru": "Конференция, сначала назначенная на 12 мая, под вопросом: во вторник хозяева "
        "сообщили о переносе на конец следующего месяца.",
    }

    def test_each_language(self):
        for lang, text in self.SENT.items():
            with self.subTest(lang=lang):
                got = found(text, date(2024, 4, 25), lang)
                self.assertIn(("2024-05-12", "day"), got)
                self.assertIn(("2024-05-01", "month"), got)

    def test_without_a_move_the_day_still_holds_the_month(self):
        got = found(
            "La conférence se tiendra le 12 mai, au cours du mois prochain.", date(2024, 4, 25),
            "fr",
        )  # fmt: skip
        self.assertEqual(got, [("2024-05-12", "day")])


class SittingDownTests(EachLanguage):
    """Sitting down with someone, together or face to face, is meeting them."""

    SENT = {
        "en": "The two delegations are due to sit down with the mediator on Thursday.",
        "fr": "Jeudi, les deux délégations ont pris place côte à côte dans la salle.",
        "ru": "В четверг две делегации сели друг напротив друга в зале.",
        "fa": "روز پنجشنبه دو هیئت در ژنو روبه‌روی هم نشستند.",
    }

    def test_each_language(self):
        published = date(2024, 6, 7)  # a Friday
        expected = {"en": [("2024-06-13", "day")]}
        for lang, text in self.SENT.items():
            with self.subTest(lang=lang):
                self.assertEqual(
                    found(text, published, lang), expected.get(lang, [("2024-06-06", "day")])
                )


class AfterAColonTests(EachLanguage):
    """A date that opens what a colon tells is the news; its event word may come after
    the asides that follow it."""

    SENT = {
        "en": "Nothing like it since the talks of 2012: on Tuesday 4 June, at the old "
        "palace, where the league has its offices, the two delegations sat down together.",
        "fr": "Rien de tel depuis les pourparlers de 2012 : mardi 4 juin, au vieux palais, "
        "où la ligue a ses bureaux, les deux délégations ont pris place côte à côte.",
    }

    def test_each_language(self):
        for lang, text in self.SENT.items():
            with self.subTest(lang=lang):
                self.assertIn(("2024-06-04", "day"), found(text, date(2024, 6, 5), lang))


class NextWeeksSummitTests(unittest.TestCase):
    """'Next week's summit in Tehran', named while a meeting came ahead of it, is next
    week at week precision (Turkish 'gelecek haftaki', with its -ki, too); its future word
    does not carry the meeting's own weekday into next week."""

    SENT = {
        "en": "The two ministers met in Ankara on Tuesday ahead of next week's summit in Tehran.",
        "fr": "Les deux ministres se sont rencontrés mardi à Ankara en vue du sommet de la "
        "semaine prochaine à Téhéran.",
        "ru": "Министры встретились во вторник в Анкаре накануне саммита на следующей неделе "
        "в Тегеране.",
        "tr": "İki bakan gelecek haftaki Tahran zirvesi öncesinde salı günü Ankara'da görüştü.",
        "ar": "والتقى الوزيران في أنقرة الثلاثاء قبيل القمة الأسبوع المقبل في طهران.",
        "fa": "دو وزیر روز سه‌شنبه در آنکارا پیش از نشست هفته آینده در تهران دیدار کردند.",
    }

    def test_each_language(self):
        for lang, text in self.SENT.items():
            with self.subTest(lang=lang):
                got = found(text, date(2023, 5, 11), lang)
                self.assertIn(("2023-05-15", "week"), got)
                self.assertIn(("2023-05-09", "day"), got)
