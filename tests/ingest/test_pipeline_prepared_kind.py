"""A gathering held to prepare a happening is not that happening (outside tester t14b, 4).

'The deputy foreign ministers met in Tehran on 11 January 2019 to prepare a summit' was read
as a summit in every language: the kind came from the noun of the purpose clause, not from
the main verb. Words of preparing before the noun ('to prepare', 'pour préparer', 'для
подготовки', 'للتحضير ل', 'برای آماده‌سازی') or after it in Turkish ('zirvesini hazırlamak
için') leave the gathering's own kind; so do the deputies of foreign ministers, whose
meeting is no ministerial.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=(), places=("Tehran", "Ankara"))
PUBLISHED = date(2019, 2, 20)

# Officials of the three guarantors met in Ankara on 4 February 2019 to prepare a summit.
PREPARING = {
    "en": "Officials of the three guarantor states met in Ankara on 4 February 2019 to "
    "prepare the summit of their presidents.",
    "fr": "Des responsables des trois pays garants se sont réunis à Ankara le 4 février 2019 "
    "afin de préparer le sommet de leurs présidents.",
    "ru": "Представители трех стран-гарантов встретились в Анкаре 4 февраля 2019 года в "
    "рамках подготовки к саммиту президентов.",
    "ar": "اجتمع مسؤولون من الدول الضامنة الثلاث في أنقرة في 4 شباط 2019 تمهيدا لقمة الرؤساء.",
    "fa": "مقامات سه کشور ضامن در 4 فوریه 2019 در آنکارا برای تدارک نشست سران دیدار کردند.",
    "tr": "Üç garantör ülkenin yetkilileri cumhurbaşkanları zirvesini hazırlamak üzere 4 "
    "Şubat 2019'da Ankara'da bir araya geldi.",
}

# The deputy foreign ministers of the three states met in Tehran on 30 January 2019.
DEPUTIES = {
    "en": "The deputy foreign ministers of the three states met in Tehran on 30 January 2019.",
    "fr": "Les vice-ministres des Affaires étrangères des trois pays se sont réunis à Téhéran "
    "le 30 janvier 2019.",
    "ru": "Заместители министров иностранных дел трех стран встретились в Тегеране 30 "
    "января 2019 года.",
    "ar": "اجتمع نواب وزراء خارجية الدول الثلاث في طهران في 30 كانون الثاني 2019.",
    "fa": "معاونان وزیران خارجه سه کشور در 30 ژانویه 2019 در تهران دیدار کردند.",
}


def kind_of(text: str, lang: str) -> str:
    [c] = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    return c.kind


class PreparedKindTests(unittest.TestCase):
    def test_a_meeting_to_prepare_a_summit_is_a_meeting(self):
        for lang, text in PREPARING.items():
            with self.subTest(lang=lang):
                self.assertEqual(kind_of(text, lang), "meeting")

    def test_the_deputies_of_foreign_ministers_meet_in_no_ministerial(self):
        for lang, text in DEPUTIES.items():
            with self.subTest(lang=lang):
                self.assertEqual(kind_of(text, lang), "meeting")

    def test_a_summit_held_stays_a_summit(self):
        text = "The presidents held a summit in Tehran on 7 September 2018."
        self.assertEqual(kind_of(text, "en"), "summit")
        text = "Les présidents ont tenu un sommet à Téhéran le 7 septembre 2018."
        self.assertEqual(kind_of(text, "fr"), "summit")

    def test_the_summit_a_day_names_is_that_days(self):
        text = "Officials began to prepare the summit of 7 September 2018 in Tehran."
        self.assertEqual(kind_of(text, "en"), "summit")

    def test_the_foreign_ministers_meet_in_a_ministerial(self):
        text = "The foreign ministers of the three states met in Tehran on 30 January 2019."
        self.assertEqual(kind_of(text, "en"), "ministerial")
        text = "Заместитель главы МИД заявил, что министры иностранных дел трех стран встретились в Тегеране 30 января 2019 года."  # noqa: E501
        self.assertEqual(kind_of(text, "ru"), "ministerial")
