"""Issue 9, session 12 (rules12d): the outside tester t12b's two real 2025 articles (F8).
A country word that qualifies a place noun ('the French capital') names the place, not a
party; a ceasefire that a meeting works for ('a working group to support the ceasefire in
Suwayda') is neither the meeting's kind nor its place; a step a meeting agreed to take
('agreed to form a working group') is no milestone of that day. Our own sentences in each
language a rule touches, and sentences where it must not fire."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates

PEOPLE = (
    GazetteerParticipant(
        "france", ("France", "French Republic", "Франция", "فرنسا", "فرانسه", "Fransa"), False
    ),
    GazetteerParticipant("russia", ("Russia", "Россия", "روسيا", "روسیه", "Rusya"), False),
    GazetteerParticipant("asaad-al-shaibani", ("Asaad al-Shaibani", "أسعد حسن الشيباني")),
    GazetteerParticipant("ayman-safadi", ("Ayman Safadi", "أيمن الصفدي")),
    GazetteerParticipant("tom-barrack", ("Tom Barrack", "توم باراك")),
)
GAZ = Gazetteer(participants=PEOPLE, rounds=(), places=())
DAY = date(2031, 3, 20)


def only(text: str, lang: str):
    (c,) = find_candidates(text, published=DAY, language=lang, gazetteer=GAZ)
    return c


class HostPlaceIsNoPartyTests(unittest.TestCase):
    def test_a_state_named_as_the_place_is_not_ticked(self):
        for lang, text in (
            ("en", "Asaad al-Shaibani met Tom Barrack in the French capital on 14 March 2031."),
            ("en", "Asaad al-Shaibani met Tom Barrack in the capital of France on 14 March 2031."),
            ("ar", "التقى أسعد حسن الشيباني توم باراك في العاصمة الفرنسية يوم 14 مارس 2031."),
            ("ar", "التقى أسعد حسن الشيباني توم باراك في عاصمة فرنسا يوم 14 مارس 2031."),
            ("fa", "اسعد حسن الشیبانی روز ۱۴ مارس ۲۰۳۱ در پایتخت فرانسه با توم باراک دیدار کرد."),
            (
                "tr",
                "Asaad al-Shaibani, 14 Mart 2031'de Fransa'nın başkenti Paris'te Tom Barrack "
                "ile görüştü.",
            ),
            (
                "ru",
                "Asaad al-Shaibani встретился с Tom Barrack в столице Франции 14 марта 2031 года.",
            ),
        ):
            with self.subTest(lang=lang, text=text):
                c = only(text, lang)
                self.assertNotIn("france", c.participants)
                self.assertIn("asaad-al-shaibani", c.participants)
                if "عاصمة فرنسا" not in text:  # the place table has only 'العاصمة الفرنسية'
                    self.assertEqual(c.place, "Paris")

    def test_a_city_named_by_its_country_keeps_the_city(self):
        for lang, text in (
            (
                "en",
                "Asaad al-Shaibani met Tom Barrack in the Russian city of Sochi on 14 March 2031.",
            ),
            ("ar", "التقى أسعد حسن الشيباني توم باراك في مدينة سوتشي الروسية يوم 14 مارس 2031."),
            (
                "tr",
                "Asaad al-Shaibani, 14 Mart 2031'de Rusya'nın Soçi kentinde Tom Barrack "
                "ile görüştü.",
            ),
        ):
            with self.subTest(lang=lang):
                c = only(text, lang)
                self.assertNotIn("russia", c.participants)
                self.assertEqual(c.place, "Sochi")

    def test_the_state_named_as_a_party_too_is_kept(self):
        # Where the rule must not fire: the sentence makes France a party in its own words.
        for lang, text in (
            ("en", "France and Russia met in the French capital on 14 March 2031."),
            ("ar", "التقت فرنسا وروسيا في العاصمة الفرنسية يوم 14 مارس 2031."),
            ("en", "France met Russia in Geneva on 14 March 2031."),
        ):
            with self.subTest(lang=lang, text=text):
                self.assertIn("france", only(text, lang).participants)


class SupportedCeasefireIsTheTopicTests(unittest.TestCase):
    """A meeting that agreed a working group to support a ceasefire is a meeting, held
    where it met, not a ceasefire in the ceasefire's place."""

    def test_the_meeting_is_not_a_ceasefire_in_the_topic_place(self):
        for lang, text in (
            (
                "en",
                "Asaad al-Shaibani met Ayman Safadi and Tom Barrack in Amman on 12 March 2031 "
                "to set up a working group to support the ceasefire in Suwayda.",
            ),
            (
                "ar",
                "اجتمع أسعد حسن الشيباني في عمّان في 12 مارس 2031 مع أيمن الصفدي وتوم باراك، "
                "واتفقوا على تشكيل مجموعة عمل لدعم وقف إطلاق النار في السويداء.",
            ),
            (
                "fr",
                "Asaad al-Shaibani a rencontré Ayman Safadi à Amman le 12 mars 2031 pour "
                "consolider le cessez-le-feu à Soueïda.",
            ),
            (
                "ru",
                "Asaad al-Shaibani встретился с Ayman Safadi в Аммане 12 марта 2031 года, чтобы "
                "поддержать перемирие в Сувейде.",
            ),
            (
                "fa",
                "اسعد حسن الشیبانی روز ۱۲ مارس ۲۰۳۱ با ایمن الصفدی دیدار کرد تا از "
                "حمایت از آتش‌بس در سویدا سخن بگوید.",
            ),
            (
                "tr",
                "Asaad al-Shaibani, 12 Mart 2031'de Ayman Safadi ile Süveyda'daki ateşkesi "
                "desteklemek için görüştü.",
            ),
        ):
            with self.subTest(lang=lang):
                c = only(text, lang)
                self.assertEqual(c.kind, "meeting")
                self.assertNotEqual(c.place, "Suwayda")
                self.assertIn("asaad-al-shaibani", c.participants)
                if lang == "en":
                    self.assertEqual(c.place, "Amman")
                    self.assertIn("tom-barrack", c.participants)

    def test_the_host_capital_is_the_place_and_the_governorate_the_topic(self):
        text = (
            "عقد أسعد حسن الشيباني في 12 مارس 2031 في العاصمة الأردنية اجتماعا مع أيمن الصفدي "
            "خلص إلى تشكيل لجنة مشتركة لتثبيت قرار وقف إطلاق النار في محافظة السويداء."
        )
        c = only(text, "ar")
        self.assertEqual((c.kind, c.place), ("meeting", "Amman"))

    def test_the_situation_discussed_is_not_the_place(self):
        for lang, text in (
            (
                "en",
                "Asaad al-Shaibani met Ayman Safadi in Amman on 12 March 2031 to discuss the "
                "situation in Suwayda.",
            ),
            (
                "ar",
                "اجتمع أسعد حسن الشيباني مع أيمن الصفدي في 12 مارس 2031 لبحث الأوضاع في السويداء.",
            ),
            (
                "ru",
                "Asaad al-Shaibani встретился с Ayman Safadi 12 марта 2031 года, чтобы обсудить "
                "ситуацию в Сувейде.",
            ),
        ):
            with self.subTest(lang=lang):
                self.assertNotEqual(only(text, lang).place, "Suwayda")

    def test_a_ceasefire_that_takes_effect_is_one_in_its_place(self):
        # Where the rule must not fire: the ceasefire is the happening.
        for lang, text in (
            ("en", "A ceasefire in Suwayda took effect on 19 March 2031."),
            ("ar", "دخل وقف إطلاق النار في السويداء حيز التنفيذ في 19 مارس 2031."),
            ("fr", "Un cessez-le-feu à Soueïda est entré en vigueur le 19 mars 2031."),
        ):
            with self.subTest(lang=lang):
                c = only(text, lang)
                self.assertEqual((c.kind, c.place), ("ceasefire", "Suwayda"))


class AgreedStepIsNoMilestoneTests(unittest.TestCase):
    def test_a_body_agreed_to_form_is_no_milestone(self):
        text = (
            "وكان اجتماع قد عقد في 12 مارس 2031 بين أسعد حسن الشيباني وأيمن الصفدي، واتفق "
            "المجتمعون على تشكيل مجموعة عمل مشتركة."
        )
        self.assertEqual(only(text, "ar").kind, "meeting")

    def test_a_body_formed_that_day_is_one(self):
        # Where the rule must not fire: the government was formed that day.
        text = "أعلن في 12 مارس 2031 تشكيل الحكومة السورية الجديدة."
        self.assertEqual(only(text, "ar").kind, "milestone")


class SupportedDayIsKeptTests(unittest.TestCase):
    def test_a_supported_happening_named_by_its_day_keeps_that_day(self):
        # Where the support rule must not fire: the day names the supported accord itself.
        for lang, text in (
            ("tr", "18 Ocak 2031 mutabakatını desteklediğimiz gibi bu adımı da destekliyoruz."),
            ("en", "Ankara will back the 18 January 2031 agreement and its timetable."),
        ):
            with self.subTest(lang=lang):
                days = [
                    c.date
                    for c in find_candidates(text, published=DAY, language=lang, gazetteer=GAZ)
                ]
                self.assertIn(date(2031, 1, 18), days)

    def test_a_supported_happening_described_by_a_relative_clause_keeps_its_day(self):
        # The old devset's en07 (a Council resolution backing a truce 'which took effect on
        # Friday'): the clause that describes the noun tells of that very happening.
        cases = (
            (
                "en",
                "On Wednesday the Council endorsed a text backing the truce that the two "
                "guarantors arranged, which began on Monday.",
            ),
            (
                "fr",
                "Mercredi, le Conseil a adopté un texte pour soutenir la trêve qui est entrée "
                "en vigueur lundi.",
            ),
            (
                "ru",
                "В среду Совет одобрил текст в поддержку перемирия, которое вступило в силу в "
                "понедельник.",
            ),
            ("ar", "أقر المجلس يوم الأربعاء نصاً لدعم الهدنة التي بدأ سريانها يوم الاثنين."),
            ("fa", "شورا روز چهارشنبه متنی در حمایت از آتش‌بسی که روز دوشنبه آغاز شد تصویب کرد."),
        )
        for lang, text in cases:
            with self.subTest(lang=lang):
                found = find_candidates(text, published=DAY, language=lang, gazetteer=GAZ)
                self.assertIn(("ceasefire", date(2031, 3, 17)), [(c.kind, c.date) for c in found])
