"""Two days of one month written together: one range at day precision, in each language.

Shapes from real coverage (issue 9, tester's finding 7): the days joined by a dash or by
'and', an article before each day ('le 4 et le 5 juillet', 'الـ22 والـ23'), a day glued to
its article ('les14-15 mars'), a list of such ranges, a Levantine month followed by its
Gregorian name and a year.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, extract_dates, find_candidates


def ranges(sentence, lang, published):
    return [
        (m.start.isoformat(), m.end.isoformat() if m.end else None, m.precision)
        for m in extract_dates(sentence, published=published, language=lang)
    ]


JUL17 = date(2017, 7, 6)
MAR17 = date(2017, 3, 20)


class FrenchRangeTests(unittest.TestCase):
    def test_dash_ranges_in_a_list(self):
        self.assertEqual(
            ranges(
                "Quatre sessions ont eu lieu à Astana: les 23-24 janvier, les 15-16 février, "
                "les14-15 mars et les 3-4 mai.",
                "fr",
                JUL17,
            ),
            [
                ("2017-01-23", "2017-01-24", "day"),
                ("2017-02-15", "2017-02-16", "day"),
                ("2017-03-14", "2017-03-15", "day"),
                ("2017-05-03", "2017-05-04", "day"),
            ],
        )

    def test_each_day_with_its_article(self):
        self.assertEqual(
            ranges("La session s'est déroulée le 4 et le 5 juillet à Astana.", "fr", JUL17),
            [("2017-07-04", "2017-07-05", "day")],
        )

    def test_du_au(self):
        self.assertEqual(
            ranges("Les pourparlers ont eu lieu du 14 au 15 mars.", "fr", MAR17),
            [("2017-03-14", "2017-03-15", "day")],
        )

    def test_a_number_glued_to_a_word_that_is_no_article_starts_no_range(self):
        found = ranges("Le modèle A14-15 mars n'existe pas.", "fr", MAR17)
        self.assertNotIn("2017-03-14", [start for start, _end, _precision in found])


class OtherLanguageRangeTests(unittest.TestCase):
    def test_each_language(self):
        feb = ("2017-02-15", "2017-02-16", "day")
        for lang, sentence in [
            ("en", "The talks were held on 15-16 February in Astana."),
            ("en", "The talks were held on February 15 and 16 in Astana."),
            ("en", "The talks were held on the 15th and the 16th of February."),
            ("ru", "Переговоры прошли 15-16 февраля в Астане."),
            ("ru", "Переговоры прошли 15 и 16 февраля в Астане."),
            ("tr", "Görüşmeler 15-16 Şubat tarihlerinde Astana'da yapıldı."),
            ("ar", "عقدت الجولة يومي 15 و16 فبراير في أستانا."),
        ]:
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(ranges(sentence, lang, MAR17), [feb])

    def test_persian_solar_days(self):
        # 15-16 Bahman 1395 = 3-4 February 2017.
        self.assertEqual(
            ranges("مذاکرات در ۱۵ و ۱۶ بهمن برگزار شد.", "fa", MAR17),
            [("2017-02-03", "2017-02-04", "day")],
        )

    def test_levantine_month_then_gregorian_name_and_year(self):
        s = "عقدت الجولة يومي الـ22 والـ23 تشرين الثاني نوفمبر 2022 في أستانا."
        # The year is written: no publication date is needed.
        found = extract_dates(s, published=None, language="ar")
        self.assertEqual(
            [(m.start, m.end, m.precision, m.basis) for m in found],
            [(date(2022, 11, 22), date(2022, 11, 23), "day", "absolute")],
        )
        self.assertIn("2022", found[0].text)


class ListedRangeCandidateTests(unittest.TestCase):
    def test_every_range_of_a_list_is_a_candidate_of_its_round(self):
        rounds = [
            GazetteerRound(f"astana-{n}", "astana", n, start, end)
            for n, start, end in [
                (1, date(2017, 1, 23), date(2017, 1, 24)),
                (2, date(2017, 2, 15), date(2017, 2, 16)),
                (3, date(2017, 3, 14), date(2017, 3, 15)),
                (4, date(2017, 5, 3), date(2017, 5, 4)),
            ]
        ]
        text = (
            "Quatre sessions de négociations sur la Syrie ont déjà eu lieu à Astana: les "
            "23-24 janvier, les 15-16 février, les14-15 mars et les 3-4 mai."
        )
        cands = find_candidates(
            text, published=JUL17, language="fr", gazetteer=Gazetteer((), tuple(rounds))
        )
        self.assertEqual(
            [(c.round_slug, c.precision, c.end_date is not None) for c in cands],
            [(f"astana-{n}", "day", True) for n in (1, 2, 3, 4)],
        )


class ConsecutiveDaysTests(unittest.TestCase):
    def test_two_days_in_a_row_joined_by_and_are_one_range(self):
        for lang, sentence, pub in [
            ("en", "It held working sessions on 31 October and 1 November.", date(2019, 11, 5)),
            ("ru", "За вторник и среду посланник провёл две встречи.", date(2017, 3, 2)),
        ]:
            with self.subTest(lang=lang):
                found = extract_dates(sentence, published=pub, language=lang)
                self.assertEqual(len(found), 1)
                self.assertEqual((found[0].end - found[0].start).days, 1)

    def test_days_further_apart_stay_two(self):
        found = extract_dates(
            "They met on 3 October and on 10 October.", published=date(2019, 11, 5), language="en"
        )
        self.assertEqual([(m.start.day, m.end) for m in found], [(3, None), (10, None)])
