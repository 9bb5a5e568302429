"""A date used as the name of a happening (issue 9, rules13d): 'the 10 March agreement',
"l'accord du 10 mars", 'соглашение от 10 марта', '10 Mart mutabakatı', 'اتفاق 10 آذار',
'توافق ۱۰ مارس'. The named agreement, declaration or truce took place on that day: it is
proposed with the document's kind, whatever else the sentence tells of it (a meeting about
it, a statement on it, a sentence with no event verb at all). Sentences written for these
tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 11, 20)
NAMED_DAY = date(2025, 3, 10)


def found(text, lang):
    return [
        (c.date, c.kind)
        for c in find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    ]


# The document is only the topic of the sentence: no verb of making or signing.
TOPIC_ONLY = {
    "en": "Tension rose in the north yesterday over the March 10 agreement with the Kurds.",
    "fr": "La tension est montée hier dans le nord autour de l'accord du 10 mars.",
    "ru": "Вчера на севере выросла напряженность вокруг соглашения от 10 марта с курдскими силами.",
    "tr": "Kuzeyde dün 10 Mart mutabakatına ilişkin gerginlik arttı.",
    "ar": "تصاعد التوتر في الشمال أمس حول اتفاق 10 آذار مع القوات الكردية.",
    "fa": "دیروز در شمال تنش بر سر توافق ۱۰ مارس با نیروهای کرد بالا گرفت.",
}
# A statement about the document: the date is the document's, not the statement's.
SAID_OF = {
    "en": "The ministry issued a statement on the 10 March memorandum.",
    "fr": "Le ministère a publié un communiqué sur le mémorandum du 10 mars.",
    "ru": "Министерство выступило с заявлением о меморандуме от 10 марта.",
    "tr": "Bakanlık, 10 Mart muhtırası hakkında bir açıklama yaptı.",
    "ar": "أصدرت الوزارة بيانا بشأن مذكرة 10 آذار.",
    "fa": "وزارت درباره تفاهم‌نامه ۱۰ مارس بیانیه‌ای صادر کرد.",
}
# A truce named by its day: a ceasefire.
TRUCE = {
    "en": "Both sides accused each other of breaking the March 10 ceasefire.",
    "fr": "Les deux camps s'accusent de violer le cessez-le-feu du 10 mars.",
    "ru": "Стороны обвинили друг друга в нарушении перемирия от 10 марта.",
    "tr": "İki taraf da birbirini 10 Mart ateşkesini ihlal etmekle suçladı.",
    "ar": "تبادل الطرفان الاتهامات بخرق هدنة 10 آذار.",
    "fa": "دو طرف یکدیگر را به نقض آتش‌بس ۱۰ مارس متهم کردند.",
}


class DateAsNameTests(unittest.TestCase):
    def check(self, table, kind):
        for lang, text in table.items():
            with self.subTest(lang=lang):
                self.assertIn((NAMED_DAY, kind), found(text, lang))

    def test_a_document_named_by_its_day_is_proposed_when_only_its_topic(self):
        self.check(TOPIC_ONLY, "agreement")

    def test_a_statement_about_a_named_document_gives_the_document_its_day(self):
        for lang, text in SAID_OF.items():
            with self.subTest(lang=lang):
                got = found(text, lang)
                self.assertIn(NAMED_DAY, [d for d, _ in got])
                self.assertNotIn((NAMED_DAY, "statement"), got)

    def test_a_truce_named_by_its_day_is_a_ceasefire(self):
        self.check(TRUCE, "ceasefire")

    def test_each_date_keeps_its_own_happening(self):
        # The meeting's day and the day that names the agreement, in one sentence.
        texts = {
            "en": "The delegations met on 10 March in Damascus to review the 2 February accord.",
            "fr": "Les délégués se sont réunis le 10 mars 2025 à Damas sur l'accord du 2 février.",
            "ru": "Делегации встретились 10 марта в Дамаске и обсудили соглашение от 2 февраля.",
        }
        for lang, text in texts.items():
            with self.subTest(lang=lang):
                got = found(text, lang)
                self.assertIn((NAMED_DAY, "meeting"), got)
                self.assertIn((date(2025, 2, 2), "agreement"), got)
