"""Issue 9, session 7: rounds the record identifies when the text gives no number for them
(LABELLING U3): the round after the one the article names, days that are exactly one
round's, and the one track of those a sentence names that held a round that day."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates
from peaceproc.ingest.pipeline.types import GazetteerRound

GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-7", "astana", 7, date(2017, 10, 30), date(2017, 10, 31)),
        GazetteerRound("astana-8", "astana", 8, date(2017, 12, 21), date(2017, 12, 22)),
        GazetteerRound("astana-9", "astana", 9, date(2018, 5, 14), date(2018, 5, 15)),
        GazetteerRound("geneva-8", "geneva", 8, date(2017, 11, 28), date(2017, 12, 14)),
    ),
)


def rounds(text, published, lang):
    found = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return {(c.date, c.round_slug) for c in found}


class NextAfterTheNamedRoundTests(unittest.TestCase):
    """'The next round' in an article that names the round just held is the one after it."""

    PUBLISHED = date(2017, 12, 23)

    def test_next_round_after_the_eighth(self):
        cases = {
            "en": (
                "The eighth round of the Astana talks closed in the Kazakh capital. "
                "The guarantors agreed that the next round of the Astana talks will take "
                "place in the first half of 2018."
            ),
            "ru": (
                "В Астане завершился 8-й раунд переговоров. Гаранты договорились, что "
                "следующий раунд переговоров в астанинском формате пройдет в первой "
                "половине 2018 года."
            ),
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertIn((date(2018, 1, 1), "astana-9"), rounds(text, self.PUBLISHED, lang))

    def test_a_month_it_was_not_held_in_is_another_plan(self):
        text = (
            "The eighth round of the Astana talks closed in the Kazakh capital. "
            "The next round of the Astana talks will take place in March."
        )
        self.assertIn((date(2018, 3, 1), None), rounds(text, self.PUBLISHED, "en"))

    def test_no_number_named_no_round(self):
        text = (
            "The guarantors agreed that the next round of the Astana talks will take place "
            "in the first half of 2018."
        )
        self.assertIn((date(2018, 1, 1), None), rounds(text, self.PUBLISHED, "en"))


class DaysOfOneRoundTests(unittest.TestCase):
    """In a report on a numbered track, a happening on exactly one round's days is it."""

    def test_summit_days_are_the_rounds(self):
        text = (
            "Astana görüşmeleri yeniden başladı.\n\n"
            "30-31 Ekim'de yapılan zirvenin ardından Türkiye, Rusya ve İran yeniden masaya "
            "oturdu. Astana'daki görüşmelerde ateşkes ele alınıyor."
        )
        found = rounds(text, date(2017, 12, 21), "tr")
        self.assertIn((date(2017, 10, 30), "astana-7"), found)

    def test_other_days_are_no_round(self):
        text = (
            "Astana görüşmeleri yeniden başladı.\n\n"
            "29-31 Ekim'de yapılan zirvenin ardından Türkiye, Rusya ve İran yeniden masaya "
            "oturdu. Astana'daki görüşmelerde ateşkes ele alınıyor."
        )
        found = rounds(text, date(2017, 12, 21), "tr")
        self.assertIn((date(2017, 10, 29), None), found)


class TrackThatHeldARoundTests(unittest.TestCase):
    """A sentence naming two tracks: the round is of the one whose record holds the day."""

    def test_geneva_round_beside_astana(self):
        text = (
            "The guarantors described the Astana process as support for the talks in "
            "Geneva and welcomed the resumption of those talks on November 28, 2017."
        )
        found = rounds(text, date(2017, 11, 20), "en")
        self.assertIn((date(2017, 11, 28), "geneva-8"), found)
