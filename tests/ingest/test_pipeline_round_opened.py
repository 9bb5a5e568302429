"""A meeting told as beginning on the day one of the article's track's rounds opened is
that round (brief rules12b, item 4: a committee's session named only as 'the meetings
that began on 30 October' in a report on the talks). Sentences written for this test."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

GAZETTEER = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-41", "astana", 41, date(2032, 3, 10), date(2032, 3, 12)),
        GazetteerRound("astana-42", "astana", 42, date(2032, 6, 20), date(2032, 6, 21)),
    ),
)
PUBLISHED = date(2032, 3, 16)

TEXTS = {
    "en": "Astana talks on Syria\n\nThe meetings that began on 10 March were useful, the "
    "Kazakh spokesman told reporters.",
    "fr": "Pourparlers d'Astana sur la Syrie\n\nLes réunions qui ont commencé le 10 mars ont "
    "été utiles, a dit le porte-parole kazakh.",
    "ru": "Астанинские переговоры по Сирии\n\nВстречи, которые начались 10 марта, были "
    "полезными, сказал казахстанский представитель.",
    "tr": "Suriye için Astana görüşmeleri\n\n10 Mart'ta başlayan toplantılar faydalı oldu, "
    "dedi Kazak sözcü.",
    "ar": "محادثات أستانا حول سوريا\n\nقال المتحدث الكازاخي إن الاجتماعات التي بدأت في 10 "
    "مارس كانت مفيدة.",
    "fa": "مذاکرات آستانه درباره سوریه\n\nسخنگوی قزاقستان گفت نشست‌هایی که از ۱۰ مارس آغاز "
    "شد مفید بود.",
}


def rounds_of(text: str, language: str) -> dict[date, str | None]:
    found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZETTEER)
    return {c.date: c.round_slug for c in found}


class RoundOpenedTests(unittest.TestCase):
    def test_meetings_that_began_on_a_round_s_first_day_are_that_round(self):
        for language, text in TEXTS.items():
            with self.subTest(language=language):
                self.assertEqual(rounds_of(text, language).get(date(2032, 3, 10)), "astana-41")

    def test_a_day_inside_the_round_is_not_its_opening(self):
        text = TEXTS["en"].replace("10 March", "11 March")
        self.assertIsNone(rounds_of(text, "en").get(date(2032, 3, 11)))

    def test_in_geneva_the_committee_s_session_opened_that_day(self):
        gazetteer = Gazetteer(
            participants=(),
            rounds=(
                GazetteerRound(
                    "constitutional-committee-31", "constitutional-committee", 31,
                    date(2032, 10, 30), date(2032, 11, 5),
                ),
            ),
        )  # fmt: skip
        text = "Syria talks in Geneva\n\nThe meetings that began on 30 October were a " \
               "success, the UN envoy said."  # fmt: skip
        found = find_candidates(text, published=date(2032, 11, 8), language="en",
                                gazetteer=gazetteer)  # fmt: skip
        self.assertEqual({c.date: c.round_slug for c in found}.get(date(2032, 10, 30)),
                         "constitutional-committee-31")  # fmt: skip
