"""'X met Y in Moscow on 2 May 2025 and said ...': the date closes the clause of the meeting;
the verb of saying joined to it by 'and' is a second predicate of the same subject, so the
date still dates the meeting (issue 9, outside testers' bug; rules9v). A date next to a verb
of saying with no happening before it still dates only what was said (U4). Sentences written
for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2025, 5, 5)
MAY_2 = date(2025, 5, 2)


def found(text, lang):
    return find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)


class MetAndSaidTests(unittest.TestCase):
    def test_the_meeting_is_dated_in_six_languages(self):
        for lang, text in [
            ("en", "The Kazakh minister met the Syrian envoy in Moscow on 2 May 2025 and said "
                   "that the talks on a settlement would go on."),
            ("fr", "Le ministre kazakh a rencontré l'envoyé syrien à Moscou le 2 mai 2025 et a "
                   "déclaré que les discussions sur le règlement se poursuivraient."),
            ("ru", "Казахстанский министр встретился с сирийским посланником в Москве 2 мая "
                   "2025 года и заявил, что переговоры об урегулировании продолжатся."),
            ("ar", "التقى الوزير الكازاخي المبعوث السوري في موسكو في 2 أيار/مايو 2025 وقال إن "
                   "المحادثات حول التسوية ستستمر."),
            ("fa", "وزیر قزاق روز ۲ مه ۲۰۲۵ در مسکو با فرستاده سوریه دیدار کرد و گفت که "
                   "گفتگوها درباره حل و فصل ادامه خواهد یافت."),
            ("tr", "Kazak bakan 2 Mayıs 2025'te Moskova'da Suriyeli temsilciyle görüştü ve çözüm "
                   "görüşmelerinin süreceğini söyledi."),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                cands = found(text, lang)
                self.assertEqual([(c.date, c.kind) for c in cands], [(MAY_2, "meeting")])

    def test_a_saying_alone_is_still_no_happening(self):
        for lang, text in [
            ("en", "The Kazakh minister said on 2 May 2025 that the talks would go on."),
            ("en", "The Kazakh minister spoke on 2 May 2025 and said that the talks would go on."),
            ("fr", "Le ministre a déclaré le 2 mai 2025 que les pourparlers continueraient."),
        ]:
            with self.subTest(text=text):
                self.assertEqual(found(text, lang), [])
