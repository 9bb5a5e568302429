"""Outside tester t11b, findings 5 and 6: what the review proposes for a meeting a few
days from a stored one, and for a sentence dated by its year or a season. The shapes are
the tester's; the sentences and records are the tests' own."""

from datetime import date

from peaceproc.chronology.models import Round, Track
from peaceproc.ingest.review import default_for, find_matches, load_lookups

from .reviews import happening
from .test_admin import IngestTestCase, candidate

PEOPLE = ["geir-pedersen", "asaad-al-shaibani"]


class ReviewDefaultsTestCase(IngestTestCase):
    def proposal(self, c):
        lookups = load_lookups([c])
        return default_for(c, find_matches(c, lookups), lookups)


class DaysApartTests(ReviewDefaultsTestCase):
    """Finding 5: a meeting of the same people in the same city three days after a stored
    one was cited as that one by default."""

    def setUp(self):
        super().setUp()
        self.talks = happening("envoy-in-riyadh-2031-05-12", "Pedersen–Shaibani talks in Riyadh",
                               date(2031, 5, 12), people=PEOPLE, place="Riyadh")  # fmt: skip

    def meeting(self, day: int, words: str, quote: str = ""):
        quote = quote or f"Geir Pedersen held talks with Asaad al-Shaibani in Riyadh {words}."
        return candidate(quote=quote, date_text=words.removeprefix("on "), place="Riyadh",
                         date=f"2031-05-{day:02d}", participants=PEOPLE)  # fmt: skip

    def test_a_day_written_in_full_days_off_is_offered_not_cited(self):
        for day in (14, 15, 10):
            with self.subTest(day=day):
                proposal = self.proposal(self.meeting(day, f"on {day} May 2031"))
                self.assertEqual((proposal.action, proposal.target.record), ("skip", self.talks))
                self.assertIn("writes its day in full", proposal.target.reason)
                self.assertIn(f"{abs(day - 12)} days", proposal.target.reason)

    def test_one_day_off_is_still_the_same_meeting(self):
        # (Time zones, a meeting past midnight: reports disagree by a day.)
        proposal = self.proposal(self.meeting(13, "on 13 May 2031"))
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.talks))

    def test_a_vague_day_a_few_days_off_is_offered_not_cited(self):
        # A weekday or a day without its year agrees with the record at its precision no
        # more than a full date does (brief rules12b; tests in test_review_rules12b).
        for words in ("on Thursday", "on 15 May"):
            with self.subTest(words=words):
                proposal = self.proposal(self.meeting(15, words))
                self.assertEqual((proposal.action, proposal.target.record), ("skip", self.talks))

    def test_the_same_day_is_unchanged(self):
        proposal = self.proposal(self.meeting(12, "on 12 May 2031"))
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.talks))


class YearAndSeasonTests(ReviewDefaultsTestCase):
    """Finding 6: 'autumn 2019 in Astana' cited the April round of that year, and 'the
    talks began in 2017' a technical meeting of that year, where a month-only date gave
    Skip ('a month holds many happenings')."""

    def setUp(self):
        super().setUp()
        geneva = Track.objects.get(slug="geneva")
        self.rounds = [
            Round.objects.create(track=geneva, number=n, slug=f"geneva-{n}", title=f"Geneva {n}",
                                 start_date=day, end_date=day, city="Doha")
            for n, day in ((91, date(2033, 4, 5)), (92, date(2033, 10, 12)))
        ]  # fmt: skip

    def year_candidate(self, quote, words, **fields):
        return candidate(quote=quote, date_text=words, date="2033-01-01", precision="year",
                         place="Doha", **fields)  # fmt: skip

    def test_a_season_of_a_year_with_two_rounds_there_is_skipped(self):
        for quote, words in (
            ("The delegations met in Doha in autumn 2033.", "autumn 2033"),
            ("Les délégations se sont réunies à Doha à l'automne 2033.", "l'automne 2033"),
        ):
            with self.subTest(words=words):
                c = self.year_candidate(quote, words, track="geneva")
                proposal = self.proposal(c)
                self.assertEqual(proposal.action, "skip")
                self.assertIn(proposal.target.record, self.rounds)
                self.assertIn("a year holds several rounds there", proposal.target.reason)

    def test_the_one_round_held_there_that_year_is_still_cited(self):
        self.rounds[1].delete()
        c = self.year_candidate("The delegations met in Doha in 2033.", "2033", track="geneva")
        proposal = self.proposal(c)
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.rounds[0]))

    def test_a_year_does_not_tell_one_meeting_of_a_place_from_its_rounds(self):
        meeting = happening("doha-technical-2033-02-01", "Doha technical meeting",
                            date(2033, 2, 1), place="Doha",
                            track=Track.objects.get(slug="geneva"))  # fmt: skip
        c = self.year_candidate("The Doha talks were held in 2033.", "2033", track="geneva")
        proposal = self.proposal(c)
        self.assertNotEqual(proposal.action, "cite")
        self.assertIn(proposal.target.record, [meeting, *self.rounds])
        self.assertIn("holds", proposal.target.reason)

    def test_the_one_meeting_of_its_place_and_year_is_still_cited(self):
        for r in self.rounds:
            r.delete()
        meeting = happening("doha-technical-2033-02-01", "Doha technical meeting",
                            date(2033, 2, 1), place="Doha",
                            track=Track.objects.get(slug="geneva"))  # fmt: skip
        c = self.year_candidate("The Doha talks began in 2033.", "2033", track="geneva")
        proposal = self.proposal(c)
        self.assertEqual((proposal.action, proposal.target.record), ("cite", meeting))
