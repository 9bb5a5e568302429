"""Years that bound a term are no happenings (issue 9, rules10d; LABELLING.md R1, U5): a
range of years a membership is for ('a member of the Security Council for 2017-2018') and
the year a mandate ends ('dont le mandat doit s'achever à la fin de l'année 2027'); a year
that dates the happening itself ('elections will be held in 2027') stays. Sentences written
for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2016, 12, 30)
YEAR_2027 = date(2027, 1, 1)

MANDATE_ENDS = {
    "en": "The envoy, whose mandate expires at the end of 2027, will brief the Security Council.",
    "fr": "La Finul, dont le mandat doit s'achever à la fin de l'année 2027, a reçu la visite "
    "du Conseil de sécurité.",
    "ru": "Спецпосланник, срок полномочий которого истекает в 2027 году, выступит на заседании "
    "Совета Безопасности.",
    "tr": "Görev süresi 2027 yılında sona erecek olan özel temsilci Güvenlik Konseyi "
    "toplantısında konuşacak.",
    "ar": "وسيقدم المبعوث الذي تنتهي ولايته في العام 2027 إحاطة إلى مجلس الأمن.",
    "fa": "فرستاده‌ای که ماموریت او در سال ۲۰۲۷ به پایان می‌رسد در نشست شورای امنیت سخنرانی "
    "خواهد کرد.",
}
MEMBERSHIP_RANGES = {
    "en": "Kazakhstan, a member of the Security Council for 2017-2018, will host the next "
    "meeting in Astana.",
    "fr": "Le Kazakhstan, membre du Conseil de sécurité pour la période 2017-2018, accueillera "
    "la prochaine réunion à Astana.",
    "ru": "Казахстан, член Совета Безопасности на 2017-2018 годы, проведет следующую встречу "
    "в Астане.",
    "tr": "2017-2018 dönemi Güvenlik Konseyi üyesi Kazakistan, bir sonraki toplantıya "
    "Astana'da ev sahipliği yapacak.",
    "ar": "وستستضيف كازاخستان، العضو في مجلس الأمن للفترة 2017-2018، الاجتماع المقبل في أستانا.",
    "fa": "قزاقستان، عضو شورای امنیت برای دوره ۲۰۱۷-۲۰۱۸، میزبان نشست بعدی در آستانه خواهد بود.",
}
ELECTIONS_IN_2027 = {
    "en": "Parliamentary elections will be held in 2027, the election commission announced.",
    "fr": "Les élections législatives se tiendront en 2027, a annoncé la commission électorale.",
    "ru": "Парламентские выборы пройдут в 2027 году, сообщила избирательная комиссия.",
    "tr": "Seçim komisyonu, parlamento seçimlerinin 2027 yılında yapılacağını açıkladı.",
    "ar": "أعلنت لجنة الانتخابات أن الانتخابات البرلمانية ستجرى في العام 2027.",
    "fa": "کمیسیون انتخابات اعلام کرد انتخابات پارلمانی در سال ۲۰۲۷ برگزار می‌شود.",
}


def dates(text, lang):
    return [
        c.date for c in find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    ]


class TermYearTests(unittest.TestCase):
    def test_the_year_a_mandate_ends_is_no_happening(self):
        for lang, text in MANDATE_ENDS.items():
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang), [])

    def test_the_years_a_membership_is_for_are_no_happening(self):
        for lang, text in MEMBERSHIP_RANGES.items():
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang), [])

    def test_a_year_that_dates_the_happening_stays(self):
        for lang, text in ELECTIONS_IN_2027.items():
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang), [YEAR_2027])

    def test_a_range_of_years_a_meeting_is_held_in_stays(self):
        text = "The next meeting will be held in Astana in 2017-2018."
        self.assertEqual(dates(text, "en"), [date(2017, 1, 1)])

    def test_a_mandate_with_no_ending_keeps_its_year(self):
        texts = {
            "en": "The Security Council will vote on the mission's mandate in 2027.",
            "fr": "Le Conseil de sécurité se réunira en 2027 pour discuter du mandat de la "
            "mission.",
        }
        for lang, text in texts.items():
            with self.subTest(lang=lang):
                self.assertEqual(dates(text, lang), [YEAR_2027])

    def test_an_ending_with_no_term_keeps_its_year(self):
        text = "The transition will end with elections in 2027, the council announced."
        self.assertEqual(dates(text, "en"), [YEAR_2027])

    def test_the_end_of_a_term_after_the_year_is_another_clause(self):
        text = "The envoy will meet the delegations in 2027 to discuss the end of his term."
        self.assertEqual(dates(text, "en"), [YEAR_2027])
