"""A dated saying that tells a gathering's day ahead is the announcement of that day
(issue 9, session 11, LABELLING.md U2): 'the ministry said on Friday that the next round
would be held on July 10-11' gives the Friday and the round's days. A saying about a day
already past, one with no gathering, and a verb that asks or proposes stay statements
(U4). Sentences written for these tests, in the style of news reports."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2019, 6, 10)  # a Monday
FRIDAY, MAY, ROUND = date(2019, 6, 7), date(2019, 5, 1), date(2019, 7, 10)


def dated(text: str, lang: str) -> list[tuple[date, str, str]]:
    return [
        (c.date, c.precision, c.kind)
        for c in find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    ]


class SaidDayAnnouncesTests(unittest.TestCase):
    def test_a_saying_on_a_day_that_tells_the_rounds_days(self):
        cases = {
            "en": "Kazakhstan's Foreign Ministry said on Friday that the next round of "
            "Astana talks would be held on July 10-11.",
            "ru": "МИД Казахстана в пятницу сообщил, что следующий раунд переговоров в "
            "Астане состоится 10-11 июля.",
            "tr": "Kazakistan Dışişleri Bakanlığı cuma günü yaptığı açıklamada, Astana "
            "görüşmelerinin yeni turunun 10-11 Temmuz'da yapılacağını duyurdu.",
            "fr": "Le ministère kazakh des Affaires étrangères a déclaré vendredi que le "
            "prochain cycle de pourparlers d'Astana se tiendrait les 10 et 11 juillet.",
            "ar": "وقالت وزارة الخارجية الكازاخية يوم الجمعة إن الجولة المقبلة من محادثات "
            "أستانا ستعقد يومي 10 و11 يوليو.",
            "fa": "وزارت خارجه قزاقستان روز جمعه گفت دور بعدی مذاکرات آستانه ۱۰ و ۱۱ ژوئیه "
            "برگزار می‌شود.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                got = sorted(dated(text, lang))
                self.assertEqual([(d, p) for d, p, _k in got], [(FRIDAY, "day"), (ROUND, "day")])
                self.assertEqual(got[0][2], "announcement")

    def test_the_attribution_after_what_was_announced(self):
        text = (
            "The next round of Astana talks will be held on July 10-11, Kazakhstan's "
            "Foreign Ministry said on Friday."
        )
        self.assertEqual(
            sorted(dated(text, "en")), [(FRIDAY, "day", "announcement"), (ROUND, "day", "round")]
        )

    def test_a_month_of_a_saying_that_tells_the_rounds_days(self):
        cases = {
            "en": "Russian Foreign Minister Sergey Lavrov said in May that the next round "
            "of Astana talks would take place on July 10-11.",
            "ru": "Лавров заявил в мае, что следующий раунд переговоров в Астане пройдет "
            "10-11 июля.",
            "tr": "Lavrov mayıs ayında yaptığı açıklamada Astana görüşmelerinin yeni "
            "turunun 10-11 Temmuz'da yapılacağını söyledi.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                got = sorted((d, p) for d, p, _k in dated(text, lang))
                self.assertEqual(got, [(MAY, "month"), (ROUND, "day")])

    def test_a_saying_about_a_gathering_already_held_is_a_statement(self):
        cases = {
            "en": "The talks held in Astana on May 14 ended without a result, Lavrov "
            "said on Friday.",
            "ru": "Переговоры в Астане 14 мая закончились безрезультатно, заявил в пятницу Лавров.",
            "fr": "Les pourparlers tenus à Astana le 14 mai n'ont rien donné, a déclaré "
            "vendredi Lavrov.",
            "ar": "وقال لافروف يوم الجمعة إن محادثات أستانا التي عقدت في 14 مايو لم تحقق شيئا.",
            "fa": "لاوروف روز جمعه گفت مذاکرات آستانه که ۱۴ مه برگزار شد نتیجه‌ای نداشت.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual([d for d, _p, _k in dated(text, lang)], [date(2019, 5, 14)])

    def test_a_saying_of_a_day_ahead_that_is_no_gathering_is_a_statement(self):
        text = "Lavrov said on Friday that the ceasefire would take effect on July 10."
        self.assertEqual([d for d, _p, _k in dated(text, "en")], [ROUND])

    def test_a_verb_that_asks_for_the_day_announces_nothing(self):
        cases = {
            "en": "Kazakhstan's deputy foreign minister urged on Friday that the next round "
            "of talks be held on July 10 as planned.",
            "ru": "Замминистра иностранных дел Казахстана в пятницу призвал провести "
            "следующий раунд переговоров 10 июля, как планировалось.",
            "fa": "معاون وزیر خارجه قزاقستان روز جمعه خواستار برگزاری دور بعدی مذاکرات "
            "در ۱۰ ژوئیه شد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual([d for d, _p, _k in dated(text, lang)], [ROUND])
