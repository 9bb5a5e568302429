"""Sentence shapes that gave no candidate (outside tester t14b, 6): a second predicate
after a dash or a sign ('— and said', '& said'), a clause that leaves out the verb of the
one before it ('..., and the opposition delegation on Monday'), and a body set up with an
active verb ('bir komite kurdu', 'set up a committee'). Sentences written for these tests.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates

PEOPLE = (
    GazetteerParticipant(
        slug="envoy", names=("Karl Envoy", "Карл Энвой", "كارل إنفوي"), person=True
    ),
    GazetteerParticipant(slug="opposition", names=("opposition delegation",), person=False),
)
GAZ = Gazetteer(participants=PEOPLE, rounds=(), places=("Vienna",))


def found(text, lang, published=date(2019, 6, 5)):
    return [
        (c.date, c.kind)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


class SecondPredicateAfterASignTests(unittest.TestCase):
    def test_a_dash_or_a_sign_before_the_verb_of_saying(self):
        for text in (
            "The two envoys met in Vienna on 3 June 2019 — and said the talks would go on.",
            "The two envoys met in Vienna on 3 June 2019 - and said the talks would go on.",
            "The two envoys met in Vienna on 3 June 2019 & said the talks would go on.",
            "The two envoys met in Vienna on 3 June 2019 + said the talks would go on.",
        ):
            with self.subTest(text=text):
                self.assertEqual(found(text, "en"), [(date(2019, 6, 3), "meeting")])
        text = "Les deux envoyés se sont réunis à Vienne le 3 juin 2019 — et ont déclaré que les pourparlers continueraient."  # noqa: E501
        self.assertEqual(found(text, "fr"), [(date(2019, 6, 3), "meeting")])

    def test_a_date_next_to_the_saying_alone_is_still_no_happening(self):
        text = "The envoy said on 3 June 2019 — and repeated — that nothing was agreed."
        self.assertEqual(found(text, "en"), [])


class GappedClauseTests(unittest.TestCase):
    MONDAY = date(2019, 6, 3)

    def test_the_clause_without_its_verb_shares_the_meeting(self):
        for lang, text in [
            ("en", "Karl Envoy met the government delegation last week, and the opposition "
                   "delegation on Monday."),
            ("fr", "Karl Envoy a rencontré la délégation gouvernementale la semaine dernière, "
                   "et l'opposition delegation lundi."),
            ("ru", "Карл Энвой встретился с правительственной делегацией на прошлой неделе, "
                   "а с opposition delegation — в понедельник."),
            ("ar", "التقى كارل إنفوي وفد الحكومة الأسبوع الماضي، ووفد opposition delegation "
                   "يوم الاثنين."),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                got = found(text, lang)
                self.assertIn((self.MONDAY, "meeting"), got)
                self.assertEqual(len(got), 2)

    def test_a_clause_with_no_one_in_it_is_no_meeting(self):
        text = "Karl Envoy met the government delegation last week, and it rained on Monday."
        self.assertNotIn(self.MONDAY, [d for d, _k in found(text, "en")])

    def test_a_clause_that_goes_on_after_its_date_is_left_alone(self):
        text = (
            "Karl Envoy met the government delegation last week, and the opposition "
            "delegation on Monday stayed in its hotel, aides said."
        )
        self.assertNotIn(self.MONDAY, [d for d, _k in found(text, "en")])


class BodySetUpTests(unittest.TestCase):
    DAY = date(2025, 3, 2)

    def test_a_body_set_up_is_a_milestone_in_six_languages(self):
        for lang, text in [
            ("en", "The president set up a drafting committee on 2 March 2025."),
            ("fr", "Le président a mis en place une commission de rédaction le 2 mars 2025."),
            ("ru", "Президент 2 марта 2025 года создал редакционный комитет."),
            ("ar", "أنشأ الرئيس لجنة صياغة في 2 آذار 2025."),
            ("fa", "رئیس جمهور در 2 مارس 2025 کمیته‌ای برای نگارش ایجاد کرد."),
            ("tr", "Cumhurbaşkanı 2 Mart 2025 tarihinde bir komite kurdu."),
            ("tr", "Cumhurbaşkanı 2 Mart 2025 tarihinde yeni bir komisyon oluşturdu."),
        ]:  # fmt: skip
            with self.subTest(lang=lang, text=text):
                self.assertEqual(found(text, lang, date(2025, 3, 20)), [(self.DAY, "milestone")])

    def test_contact_made_is_no_body_set_up(self):
        text = "Dışişleri Bakanı 2 Mart 2025 tarihinde Şam ile temas kurdu."
        self.assertEqual(found(text, "tr", date(2025, 3, 20)), [])
        text = "The minister set up a call with his counterpart on 2 March 2025."
        self.assertEqual(found(text, "en", date(2025, 3, 20)), [])
