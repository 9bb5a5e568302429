"""The main verb decides a candidate's kind, not a noun of its topic or its reporter.

Outside tester t13a (finding 6): 'X met President Y in Damascus to discuss the March
agreement, officials said' was read as an agreement, and 'X met Y in Ankara on 14 August
2025 ..., officials said' as a statement. A meeting's topic ('to discuss the ceasefire
agreement', 'pour discuter de l'accord', 'لبحث اتفاق', 'anlaşmasını görüşmek üzere') and a
reporting clause after it (', officials said') leave it a meeting, in each language.
"""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=(), places=("Amman", "Baghdad"))
PUBLISHED = date(2025, 9, 10)

# The Syrian foreign minister met his Iraqi counterpart in Baghdad on 4 September 2025 to
# discuss the ceasefire agreement, officials said.
MET_ABOUT = {
    "en": "The Syrian foreign minister met his Iraqi counterpart in Baghdad on 4 September "
    "2025 to discuss the ceasefire agreement, officials said.",
    "fr": "Le ministre syrien a rencontré son homologue irakien à Bagdad le 4 septembre 2025 "
    "pour discuter de l'accord de cessez-le-feu, ont indiqué des responsables.",
    "ru": "Спецпосланник ООН встретился с курдским командующим в Багдаде 4 сентября 2025 "
    "года, чтобы обсудить соглашение о прекращении огня, сообщили официальные лица.",
    "ar": "التقى وزير الخارجية السوري نظيره العراقي في بغداد في 4 أيلول 2025 لبحث اتفاق وقف "
    "إطلاق النار، بحسب ما قال مسؤولون.",
    "fa": "وزیر خارجه سوریه در 4 سپتامبر 2025 در بغداد با همتای عراقی خود دیدار کرد تا "
    "درباره توافق آتش‌بس گفتگو کنند، مقامات گفتند.",
    "tr": "Suriye Dışişleri Bakanı 4 Eylül 2025'te Bağdat'ta Iraklı mevkidaşıyla ateşkes "
    "anlaşmasını görüşmek üzere bir araya geldi, yetkililer açıkladı.",
}


def kind_of(text: str, lang: str) -> str:
    [c] = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    return c.kind


class MainVerbTests(unittest.TestCase):
    def test_a_meeting_about_an_agreement_is_a_meeting(self):
        for lang, text in MET_ABOUT.items():
            with self.subTest(lang=lang):
                self.assertEqual(kind_of(text, lang), "meeting")

    def test_the_reporting_clause_after_a_meeting_leaves_it_a_meeting(self):
        text = "The two envoys met in Amman on 4 September 2025, officials said."
        self.assertEqual(kind_of(text, "en"), "meeting")
        held = "The envoys held talks with Jordanian officials on 4 September 2025, he said."
        self.assertEqual(kind_of(held, "en"), "meeting")

    def test_what_is_signed_stays_the_kind(self):
        text = (
            "The two ministers signed the ceasefire agreement in Amman on 4 September 2025, "
            "officials said."
        )
        self.assertIn(kind_of(text, "en"), ("ceasefire", "agreement"))

    def test_a_date_said_is_still_a_statement(self):
        text = "On 4 September 2025, officials said that the border crossing would reopen."
        cands = find_candidates(text, published=PUBLISHED, language="en", gazetteer=GAZ)
        self.assertTrue(all(c.kind == "statement" for c in cands))
