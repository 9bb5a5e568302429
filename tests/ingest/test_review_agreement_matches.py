"""Review defaults for an outside tester's findings (issue 9): agreements are offered to
any candidate that names their number or falls on their day, and the same day, track and
place is the same happening whoever the sentence names."""

from django.test import TestCase

from peaceproc.chronology.models import Agreement, Event
from peaceproc.ingest.review import find_matches, load_lookups
from tests.seeds import load_shipped_seeds

from .test_admin import candidate


class AgreementAndPlaceMatchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def matches(self, **fields):
        c = candidate(**fields)
        return {m.target: m for m in find_matches(c, load_lookups([c]))}

    def test_a_resolution_named_by_its_number_is_offered_and_the_default(self):
        resolution = Agreement.objects.get(title__endswith="resolution 2254")
        quote = "Le Conseil a rappelé mardi la résolution 2254 lors d'une séance."
        found = self.matches(
            quote=quote, date_text="mardi", date="2016-03-01", kind="statement", track="related"
        )
        self.assertTrue(found[f"agreement:{resolution.pk}"].strong)

    def test_an_agreement_signed_that_day_is_offered_to_any_candidate(self):
        agreement = Agreement.objects.filter(precision="day").order_by("date").last()
        quote = "A text was presented to the press in the capital on Thursday."
        found = self.matches(
            quote=quote, date_text="Thursday", date=agreement.date.isoformat(), kind="milestone"
        )
        match = found[f"agreement:{agreement.pk}"]
        self.assertIn("same date", match.reason)
        self.assertFalse(match.strong)  # nobody in common: offered, not the default

    def test_the_same_day_track_and_place_is_the_default_whoever_is_named(self):
        event = (
            Event.objects.filter(precision="day", place__gt="", track__isnull=False)
            .exclude(participants=None)
            .first()
        )
        found = self.matches(
            date=event.start_date.isoformat(),
            track=event.track.slug,
            place=event.place,
            participants=["a-participant-the-record-does-not-name"],
        )
        self.assertTrue(found[f"event:{event.pk}"].strong)
