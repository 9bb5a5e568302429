"""A date line on its own above a lead that announces what is ahead (issue 9, session 7
blind batches, LABELLING.md U10): the announcement the paragraph reports next, with no date
of its own, is the date line's day. Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def days(text, lang, published):
    return [
        c.date for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


class AnnouncedAheadTests(unittest.TestCase):
    def test_the_announcement_after_a_lead_about_the_future_is_the_day_of_the_date_line(self):
        text = (
            "Новый раунд переговоров по Сирии\n\n14.03.2019, 11:05\n\n"
            "Новый раунд переговоров по Сирии пройдет в Женеве 2-3 апреля 2019 года. "
            "Об этом на пресс-конференции заявил постпред России при ООН.\n\nДругие новости."
        )
        got = days(text, "ru", date(2019, 3, 14))
        self.assertIn(date(2019, 4, 2), got)
        self.assertIn(date(2019, 3, 14), got)

    def test_a_lead_about_the_past_still_ends_the_date_line(self):
        text = (
            "Раунд переговоров по Сирии\n\n14.03.2019, 11:05\n\n"
            "Раунд переговоров по Сирии прошел в Женеве 2-3 марта 2019 года. "
            "Об этом на пресс-конференции заявил постпред России при ООН.\n\nДругие новости."
        )
        self.assertEqual(days(text, "ru", date(2019, 3, 14)), [date(2019, 3, 2)])
