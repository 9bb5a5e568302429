"""A briefing to the Security Council is an envoy's process event (LABELLING.md U4, U7),
in the words UN press releases use in each of the six languages; a document's own title
with its date in brackets dates the briefing it names."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def dated(text, lang, published=date(2025, 6, 10)):
    return [
        (c.date, c.precision)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


class BriefingTitleTests(unittest.TestCase):
    def test_a_titled_briefing_with_its_date_in_brackets(self):
        text = (
            "Deputy Special Envoy for Syria Najat Rochdi Briefing to the Security Council "
            "(10 June 2025)\n\nMadam President, thank you for this opportunity."
        )
        self.assertEqual(dated(text, "en"), [(date(2025, 6, 10), "day")])

    def test_a_title_that_names_no_happening_gives_none(self):
        text = "Remarks to the press corps (10 June 2025)\n\nGood afternoon to all of you."
        self.assertEqual(dated(text, "en"), [])


class BriefingWordsTests(unittest.TestCase):
    def test_un_briefing_words_in_six_languages(self):
        cases = [
            ("en", "On Tuesday the envoy briefed the Security Council on the transition."),
            ("en", "On Tuesday the deputy envoy addressed the Security Council in New York."),
            ("fr", "Mardi, l'envoyé a fait un exposé devant le Conseil de sécurité."),
            ("fr", "Mardi, l'envoyé a informé le Conseil de sécurité des progrès accomplis."),
            ("ru", "Во вторник спецпосланник выступил в Совете Безопасности ООН."),
            ("ru", "Во вторник посланник провёл брифинг для Совета Безопасности."),
            ("ar", "وقدم المبعوث يوم الثلاثاء إحاطة إلى مجلس الأمن حول المرحلة الانتقالية."),
            ("fa", "فرستاده ویژه روز سه‌شنبه به شورای امنیت گزارش داد."),
            ("tr", "Özel temsilci salı günü BM Güvenlik Konseyi'ne brifing verdi."),
        ]
        for lang, text in cases:
            with self.subTest(lang=lang, text=text):
                self.assertEqual(dated(text, lang), [(date(2025, 6, 10), "day")])

    def test_a_press_briefing_is_still_no_happening(self):
        text = "On Tuesday the spokesman held a press briefing in New York."
        self.assertEqual(dated(text, "en"), [])
