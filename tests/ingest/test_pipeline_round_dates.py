"""A round is linked to a date only when the date is within its days, or before them for a
round still to come when the article was written (issue 9, the outside tester's findings 5
and 10); a round named without its number nearer the date than a numbered one is the one
the date is about; and a date written without its year that falls within the days of the
round the sentence names takes that round's year, on that round's track. Sentences
written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-11", "astana", 11, date(2018, 11, 28), date(2018, 11, 29)),
        GazetteerRound("astana-12", "astana", 12, date(2019, 4, 25), date(2019, 4, 26)),
        GazetteerRound("geneva-4", "geneva", 4, date(2017, 2, 23), date(2017, 3, 3)),
        GazetteerRound(
            "constitutional-committee-4",
            "constitutional-committee",
            4,
            date(2020, 11, 30),
            date(2020, 12, 4),
        ),
    ),
)


def found(text: str, published: date, lang: str) -> dict[str, tuple[str | None, str, str]]:
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return {c.date_text: (c.round_slug, c.date.isoformat(), c.date_reason) for c in cands}


class RoundWithinItsDaysTests(unittest.TestCase):
    def test_a_date_a_year_before_a_round_already_held_is_not_that_round(self):
        text = (
            "The envoys recalled their decision of 10 July 2018 on prisoner swaps and praised "
            "the hosts of the 12th Astana meeting."
        )
        got = found(text, date(2019, 4, 27), "en")
        self.assertIsNone(got["10 July 2018"][0])

    def test_a_date_within_the_rounds_days_is_that_round(self):
        text = "The 12th Astana meeting opened on 25 April 2019 with a plenary session."
        got = found(text, date(2019, 4, 27), "en")
        self.assertEqual(got["25 April 2019"][0], "astana-12")

    def test_a_date_before_a_round_still_to_come_is_its_announcement(self):
        text = "On 2 April 2019 Kazakhstan announced that the 12th Astana meeting would be held."
        got = found(text, date(2019, 4, 3), "en")
        self.assertEqual(got["2 April 2019"][0], "astana-12")

    def test_the_next_round_nearer_the_date_than_the_numbered_one(self):
        text = (
            "The guarantors plan to hold the next round of Astana talks in the spring of "
            "2019, their statement at the close of the 11th Astana meeting said."
        )
        got = found(text, date(2018, 11, 30), "en")
        self.assertNotIn("astana-11", {slug for slug, _, _ in got.values()})


class NamedRoundYearTests(unittest.TestCase):
    def test_arabic_geneva_round_with_a_yearless_day_read_years_later(self):
        text = "وانطلقت جولة جنيف ٤ من المحادثات في ٢٤ شباط بحضور الوفدين."
        got = found(text, date(2020, 1, 1), "ar")
        slug, day, reason = got["٢٤ شباط"]
        self.assertEqual((slug, day), ("geneva-4", "2017-02-24"))
        self.assertIn("the year of geneva-4, the round the sentence names", reason)

    def test_turkish_geneva_round_with_a_yearless_day_keeps_its_track(self):
        text = "Cenevre 4. tur görüşmeleri 25 Şubat'ta heyetlerin katılımıyla sürdü."
        got = found(text, date(2020, 1, 1), "tr")
        self.assertEqual(got["25 Şubat'ta"][:2], ("geneva-4", "2017-02-25"))
