"""A city that names a track ('the Astana process', 'روند آستانه') is not the place of the
happening (issue 9: the guarantors of the Astana process met in Geneva)."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def places(text, lang):
    found = find_candidates(text, published=date(2023, 3, 20), language=lang, gazetteer=GAZ)
    return [c.place for c in found]


class TrackNameTests(unittest.TestCase):
    def test_the_track_named_by_a_city_is_no_place(self):
        cases = [
            ("en", "On Monday the guarantors of the Astana process met to discuss the truce."),
            ("en", "On Monday the Astana format partners met to discuss the truce."),
            ("fr", "Lundi, les pays du processus d'Astana se sont réunis."),
            ("ru", "В понедельник участники процесса Астаны провели встречу."),
            ("ar", "اجتمعت الدول الضامنة لمسار أستانا يوم الاثنين."),
            ("fa", "کشورهای ضامن روند آستانه روز دوشنبه دیدار کردند."),
            ("tr", "Astana süreci garantörleri pazartesi günü bir araya geldi."),
        ]
        for lang, text in cases:
            with self.subTest(lang=lang):
                self.assertEqual(places(text, lang), [None])

    def test_a_city_where_they_meet_is_still_the_place(self):
        cases = [
            ("en", "On Monday the guarantors met in Astana to discuss the truce."),
            ("fa", "کشورهای ضامن روز دوشنبه در آستانه دیدار کردند."),
            ("tr", "Garantörler pazartesi günü Astana'da bir araya geldi."),
        ]
        for lang, text in cases:
            with self.subTest(lang=lang):
                self.assertEqual(places(text, lang), ["Astana"])
