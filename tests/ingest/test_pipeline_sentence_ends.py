"""Full stops that end no sentence: ordinals, titles and abbreviations (issue 9, tester t6i).

A date or a round cut off from its verb by a wrong sentence end is lost, so these are
tested both on the splitter and on the candidates it feeds."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates, split_sentences

GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-12", "astana", 12, date(2019, 4, 25), date(2019, 4, 26)),
        GazetteerRound(
            "constitutional-committee-9",
            "constitutional-committee",
            9,
            date(2023, 3, 20),
            date(2023, 3, 24),
        ),
    ),
)


def texts(text, language=None):
    return [s.text for s in split_sentences(text, language)]


class TurkishOrdinalTests(unittest.TestCase):
    def test_number_and_stop_before_a_capital_is_an_ordinal(self):
        text = "Kazakistan'da salı günü açılan 12. Astana görüşmesi iki gün sürdü. Heyetler döndü."
        self.assertEqual(
            texts(text, "tr"),
            [
                "Kazakistan'da salı günü açılan 12. Astana görüşmesi iki gün sürdü.",
                "Heyetler döndü.",
            ],
        )

    def test_roman_numeral_ordinal(self):
        self.assertEqual(len(texts("Bölge II. Dünya Savaşı'ndan beri tartışmalı.", "tr")), 1)

    def test_a_year_still_ends_a_sentence(self):
        self.assertEqual(len(texts("Süreç Ocak 2017. Astana'da başladı.", "tr")), 2)

    def test_other_languages_keep_the_end_after_a_number(self):
        self.assertEqual(len(texts("The toll rose to 15. Officials left.", "en")), 2)
        self.assertEqual(len(texts("Le bilan est de 15. Les délégués sont partis.", "fr")), 2)

    def test_the_round_and_its_day_stay_together(self):
        text = (
            "Kazakistan'ın başkentinde dün başlayan 12. Astana toplantısında heyetler "
            "İdlib'i ele aldı."
        )
        cands = find_candidates(text, published=date(2019, 4, 26), language="tr", gazetteer=GAZ)
        got = [(c.date, c.round_slug) for c in cands]
        self.assertEqual(got, [(date(2019, 4, 25), "astana-12")])

    def test_committee_session_ordinal(self):
        text = "Cenevre'de 20 Mart'ta toplanan 9. Anayasa Komitesi oturumu beş gün sürdü."
        cands = find_candidates(text, published=date(2023, 3, 25), language="tr", gazetteer=GAZ)
        self.assertEqual([c.round_slug for c in cands], ["constitutional-committee-9"])


class TitleAbbreviationTests(unittest.TestCase):
    def test_turkish_titles(self):
        text = "Heyeti Tuğg. Ali Er ile Yrd. Doç. Veli Can yönetti. Toplantı bitti."
        self.assertEqual(len(texts(text, "tr")), 2)

    def test_russian_titles(self):
        text = "В делегацию вошли проф. Наумов и ген. Сидоров из Москвы. Переговоры начались."
        self.assertEqual(len(texts(text, "ru")), 2)

    def test_french_titles(self):
        self.assertEqual(len(texts("Mlle. Durand et Mgr. Audo ont parlé. Puis rien.", "fr")), 2)

    def test_arabic_one_letter_title(self):
        # 'د.' (doctor) and 'م.' (engineer): Arabic writes no one-letter word on its own.
        text = "وقال د. سمير حداد إن الاجتماع انتهى. ثم غادر الوفد."
        self.assertEqual(len(texts(text, "ar")), 2)
        self.assertEqual(len(texts("وحضر م. خالد يوسف الجلسة. وانتهت.", "ar")), 2)

    def test_without_a_language_no_ordinal_rule(self):
        self.assertEqual(len(texts("Bölgede 12. Astana görüşmesi yapıldı.")), 2)

    def test_offsets_are_kept(self):
        text = "Dün açılan 3. Cenevre turu. Doç. Dr. Ak konuştu."
        for s in split_sentences(text, "tr"):
            self.assertEqual(text[s.start : s.end], s.text)


if __name__ == "__main__":
    unittest.main()
