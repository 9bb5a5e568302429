"""Travel and visits called off. 'X will travel to Astana on Monday' is the coming Monday
in every language, whether or not the trip names its purpose ('görüşmek için Astana'ya
gidecek', 'برای گفتگو ... سفر خواهد کرد', 'в понедельник отправится'); a visit planned
for a day and called off is skipped by default, saying why (nothing happened that day);
a Persian trip to a place ('سفر فرستاده به دمشق') is a visit as 'visit' is elsewhere.
Sentences written for these tests; 7 May 2025 is a Wednesday."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates
from peaceproc.ingest.review import ACTION_SKIP, GIVEN_UP_REASON, automatic_decisions

from .test_admin import IngestTestCase, candidate

WEDNESDAY, COMING_MONDAY = date(2025, 5, 7), date(2025, 5, 12)
GAZ = Gazetteer(participants=(), rounds=())

TRAVEL = [
    ("en", "Lavrov will travel to Astana on Monday for talks with his Turkish counterpart."),
    ("fr", "Lavrov se rendra lundi à Astana pour des entretiens avec son homologue turc."),
    ("ru", "Лавров в понедельник отправится в Астану на переговоры с турецким коллегой."),
    ("ru", "Министр в понедельник вылетит в Анкару."),
    ("ar", "سيتوجه لافروف إلى أستانا يوم الاثنين لإجراء محادثات مع نظيره التركي."),
    ("fa", "لاوروف روز دوشنبه برای گفتگو با همتای ترک خود به آستانه سفر خواهد کرد."),
    ("tr", "Lavrov pazartesi günü Türk mevkidaşıyla görüşmek için Astana'ya gidecek."),
]
CALLED_OFF = [
    ("en", "The envoy's visit to Damascus, planned for 5 May, was cancelled.", "5 May"),
    ("fr", "La visite de l'émissaire à Damas, prévue le 5 mai, a été annulée.", "5 mai"),
    ("ru", "Визит посланника в Дамаск, запланированный на 5 мая, был отменен.", "5 мая"),
    ("ar", "ألغيت زيارة المبعوث إلى دمشق التي كانت مقررة في 5 مايو.", "5 مايو"),
    ("fa", "سفر فرستاده به دمشق که برای ۵ مه برنامه‌ریزی شده بود لغو شد.", "۵ مه"),
    ("tr", "Temsilcinin 5 Mayıs'ta planlanan Şam ziyareti iptal edildi.", "5 Mayıs'ta"),
]


class TravelAheadTests(unittest.TestCase):
    def test_a_trip_told_in_the_future_is_the_coming_weekday(self):
        for language, text in TRAVEL:
            with self.subTest(text):
                found = extract_dates(text, published=WEDNESDAY, language=language)
                self.assertEqual([m.start for m in found], [COMING_MONDAY])

    def test_a_persian_trip_to_a_place_is_a_visit(self):
        text = "سفر فرستاده به دمشق در ۵ مه لغو شد."
        found = find_candidates(text, published=WEDNESDAY, language="fa", gazetteer=GAZ)
        self.assertEqual([(c.date, c.kind) for c in found], [(date(2025, 5, 5), "meeting")])


class CalledOffVisitTests(IngestTestCase):
    def test_a_visit_called_off_is_skipped_saying_why(self):
        for language, quote, date_text in CALLED_OFF:
            with self.subTest(quote):
                c = candidate(quote=quote, date_text=date_text, date="2025-05-05")
                [reading] = automatic_decisions([c], language=language)
                self.assertEqual(reading.default.action, ACTION_SKIP)
                self.assertEqual(reading.default.reason, GIVEN_UP_REASON)
