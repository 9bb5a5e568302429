"""General rules of issue 9's second pass: a Russian name takes its case from its given
name, and an unknown man's surname is not read as a plural; a capitalised small word or
title, or a sentence's first word, is not part of a name; French futures whose stem ends
in r ('enverront', 'pourra') point ahead; a date that opens a sentence and is followed by
its subject and a verb of saying is the saying's; a date after 'dated' is the thing's
named before it, whatever verb follows; 'the week of 20 March' is that week."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates
from peaceproc.ingest.pipeline.entities import new_names
from peaceproc.ingest.pipeline.people import russian_nominative


class RussianNominativeTests(unittest.TestCase):
    def test_a_surname_after_a_nominative_given_name_is_kept(self):
        # Surnames the dictionary does not know, read by it as plural genitives.
        self.assertEqual(russian_nominative("Олег Кирдянов"), "Олег Кирдянов")
        self.assertEqual(russian_nominative("Пётр Ахмедьяров"), "Пётр Ахмедьяров")

    def test_an_unknown_surname_alone_keeps_its_nominative_shape(self):
        self.assertEqual(russian_nominative("Кирдянов"), "Кирдянов")

    def test_inflected_names_still_go_to_the_nominative(self):
        self.assertEqual(russian_nominative("Сергея Лаврова"), "Сергей Лавров")
        self.assertEqual(russian_nominative("Владимиру Путину"), "Владимир Путин")


class CapitalisedRunTests(unittest.TestCase):
    def test_a_small_word_starting_the_sentence_is_cut(self):
        self.assertEqual(
            new_names("Selon Lars Bergström, la session reprendra.", []), ["Lars Bergström"]
        )
        self.assertEqual(new_names("Для Олега Кирдянова это шанс.", []), ["Олега Кирдянова"])

    def test_a_title_word_ends_what_comes_before_it(self):
        text = "Heyete Cumhurbaşkanlığı Baş Danışmanı Kemal Ertürk başkanlık edecek."
        self.assertEqual(new_names(text, []), ["Kemal Ertürk"])

    def test_the_first_word_of_a_sentence_is_cut_from_a_run_too_long_for_a_name(self):
        text = "Açılışını Hasan Ali el-Kadri'nin yaptığı oturum dün başladı."
        self.assertEqual(new_names(text, []), ["Hasan Ali el-Kadri'nin"])

    def test_a_three_word_name_starting_a_sentence_is_kept(self):
        self.assertEqual(new_names("Jan Erik Lund met the envoy.", []), ["Jan Erik Lund"])


class FrenchFutureTests(unittest.TestCase):
    def read(self, sentence, published):
        (m,) = extract_dates(sentence, published=published, language="fr")
        return m.start

    def test_futures_of_a_stem_in_r_point_ahead(self):
        text = "Il a indiqué que les garants enverront leurs émissaires à Genève le 12 avril."
        self.assertEqual(self.read(text, date(2019, 5, 2)), date(2020, 4, 12))
        text = "Selon le ministère, la commission pourra se réunir le 3 février."
        self.assertEqual(self.read(text, date(2020, 3, 1)), date(2021, 2, 3))


def dates_of(text, published, lang):
    got = find_candidates(text, published=published, language=lang, gazetteer=Gazetteer((), ()))
    return [(c.date, c.date_text) for c in got]


class SayingDayTests(unittest.TestCase):
    def test_a_fronted_day_then_a_verb_of_saying_is_no_happening(self):
        text = "Vendredi, le ministre souhaitait que la réunion du mois prochain aboutisse."
        self.assertNotIn("Vendredi", [t for _d, t in dates_of(text, date(2021, 3, 8), "fr")])
        text = "Début mars, Paris avait exhorté les parties à reprendre les négociations."
        self.assertEqual(dates_of(text, date(2021, 4, 8), "fr"), [])
        # A fronted day with a happening in its clause is still one.
        text = "Vendredi, les délégations ont tenu une réunion à Genève."
        self.assertEqual(dates_of(text, date(2021, 3, 8), "fr"), [(date(2021, 3, 5), "Vendredi")])

    def test_a_dated_summit_is_kept_before_a_verb_of_saying(self):
        text = "وأوضح المصدر أن بيان القمة الثلاثية بتاريخ 7 سبتمبر 2018 أشار إلى عقد لقاء جديد."
        self.assertIn(date(2018, 9, 7), [d for d, _t in dates_of(text, date(2019, 2, 1), "ar")])
        text = "The summit's communiqué dated 7 September 2018 noted that a new meeting was agreed."
        self.assertIn(date(2018, 9, 7), [d for d, _t in dates_of(text, date(2019, 2, 1), "en")])


class WeekOfTests(unittest.TestCase):
    def test_the_week_of_a_day_is_that_week(self):
        for text, lang in [
            ("Les experts se retrouveront la semaine du 20 mars à Vienne.", "fr"),
            ("A technical meeting is planned for the week of March 20.", "en"),
            ("Teknik heyetler 20 Mart haftasında bir araya gelecek.", "tr"),
            ("Эксперты встретятся на неделе с 20 марта.", "ru"),
        ]:
            (m,) = extract_dates(text, published=date(2019, 3, 1), language=lang)
            self.assertEqual((m.start, m.precision), (date(2019, 3, 18), "week"), text)
        # A day alone stays a day.
        (m,) = extract_dates(
            "Ils se retrouveront le 20 mars.", published=date(2019, 3, 1), language="fr"
        )
        self.assertEqual((m.start, m.precision), (date(2019, 3, 20), "day"))
