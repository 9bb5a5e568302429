"""A gathering's day ahead told as someone's word in the date line's paragraph ('The next
round will be held on 10-11 December. This was reported by the minister.', 'The minister
said the next round will be held on ...') is also an announcement on the date line's day
(LABELLING U2 with U10), whichever verb of saying tells it; a day ahead that nobody is said
to announce is not (issue 9, the publication day missed; rules9v). Sentences written for
these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2019, 11, 22)


def dated(text, lang):
    found = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=GAZ)
    return sorted((c.date, c.kind) for c in found)


ANNOUNCED = [(PUBLISHED, "announcement"), (date(2019, 12, 10), "round")]


class DatelineAnnouncedDayTests(unittest.TestCase):
    def test_a_saying_after_the_lead_dates_the_announcement(self):
        for lang, text in (
            ("ru", "МОСКВА, 22 ноября. Очередной раунд переговоров по Сирии в астанинском "
                   "формате пройдет 10-11 декабря в Нур-Султане. Об этом сообщил глава МИД "
                   "Казахстана."),
            ("en", "MOSCOW, November 22. The next round of the Astana talks on Syria will be "
                   "held on 10-11 December in Nur-Sultan, the Kazakh foreign minister told "
                   "reporters. He said invitations would follow."),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), ANNOUNCED)

    def test_a_saying_in_the_lead_itself(self):
        text = (
            "MOSCOW, November 22. The Kazakh foreign minister said the next round of the "
            "Astana talks on Syria will be held on 10-11 December in Nur-Sultan."
        )
        self.assertEqual(dated(text, "en"), ANNOUNCED)

    def test_a_day_ahead_nobody_announces_is_alone(self):
        for lang, text in (
            ("en", "MOSCOW, November 22. The next round of the Astana talks on Syria will be "
                   "held on 10-11 December in Nur-Sultan. Fighting went on in Idlib."),
            ("ru", "МОСКВА, 22 ноября. Очередной раунд переговоров по Сирии в астанинском "
                   "формате пройдет 10-11 декабря в Нур-Султане.\n\nОб этом сообщил глава МИД "
                   "Казахстана."),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), [(date(2019, 12, 10), "round")])
