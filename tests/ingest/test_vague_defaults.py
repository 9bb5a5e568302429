"""A gathering dated by its year alone, naming no track, round or record, is skipped by
default, never created as a generic "Meeting" of a whole year (outside tester's finding 2,
issue 9); the command leaves it out without queueing the article."""

from django.urls import reverse

from peaceproc.chronology.models import Round
from peaceproc.ingest.models import PendingArticle
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


class OwnRoundTests(IngestTestCase):
    def test_a_rounds_sentence_cites_the_round_before_a_meeting_of_its_day(self):
        # Seeded: Astana 20 (20-21 June 2023, Astana) and, on its first day in the same
        # city and track, the deputy foreign ministers' quadrilateral consultations.
        text = (
            "Astana talks resume\n\nThe twentieth round of the Astana talks on Syria opened "
            "in Astana on 20 June 2023 with the delegations of the guarantor states.\n"
        )
        self.paste(text, published="2023-06-21")
        pending = PendingArticle.objects.waiting().get()
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        rounds = [f for f in formset.forms if f.candidate.get("kind") == "round"]
        self.assertTrue(rounds, [f.candidate for f in formset.forms])
        form = rounds[0]
        self.assertEqual(form.initial["action"], "cite")
        self.assertEqual(form.initial["target"], f"round:{Round.objects.get(title='Astana 20').pk}")
