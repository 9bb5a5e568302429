"""A gathering dated by its year alone, naming no track, round or record, is skipped by
default, never created as a generic "Meeting" of a whole year (outside tester's finding 2,
issue 9); the command leaves it out without queueing the article."""

from django.urls import reverse

from peaceproc.ingest.review import ACTION_CREATE, ACTION_SKIP, automatic_decisions

from .test_admin import IngestTestCase, candidate, make_pending

QUOTE = "The next meeting in this format is planned for the first half of 2031."


def vague(**fields) -> dict:
    return candidate(quote=QUOTE, date_text="2031", date="2031-01-01", precision="year", **fields)


class VagueDefaultTests(IngestTestCase):
    def initial_action(self, c: dict) -> str:
        pending = make_pending([c])
        formset = self.client.get(reverse("ingest:review", args=[pending.pk])).context["formset"]
        return formset.forms[0].initial["action"]

    def test_a_year_of_a_meeting_naming_nothing_is_skipped(self):
        self.assertEqual(self.initial_action(vague()), ACTION_SKIP)

    def test_a_year_of_a_track_is_still_proposed(self):
        self.assertEqual(self.initial_action(vague(track="astana")), ACTION_CREATE)

    def test_a_day_is_still_proposed(self):
        self.assertEqual(self.initial_action(candidate()), ACTION_CREATE)

    def test_the_command_leaves_it_out_without_queueing(self):
        [reading] = automatic_decisions([vague()])
        self.assertIsNone(reading.decision)
        self.assertIsNone(reading.possible)
        self.assertEqual(reading.default.action, ACTION_SKIP)
