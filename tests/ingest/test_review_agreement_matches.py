"""Review defaults for an outside tester's findings (issue 9): agreements are offered to
any candidate that names their number or falls on their day, and the same day, track and
place is the same happening whoever the sentence names. A candidate dated by its month or
year alone is not the agreement of the same signatories as if the day were known: it
cites it by default only when the record dates no other agreement then (rules11b)."""

from datetime import date

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

    def signed_in(self, agreement):
        """The agreements the record dates in the month of `agreement`."""
        d = agreement.date
        return Agreement.objects.filter(date__year=d.year, date__month=d.month)

    def month_candidate(self, agreement, signatory, *, precision="month"):
        first = (
            agreement.date.replace(day=1)
            if precision == "month"
            else date(agreement.date.year, 1, 1)
        )
        return self.matches(
            quote="That month the parties signed a deal on a ceasefire.",
            date_text="That month",
            date=first.isoformat(),
            precision=precision,
            kind="agreement",
            participants=[signatory],
        )

    def test_a_month_with_other_agreements_offers_it_but_not_as_the_default(self):
        declaration = Agreement.objects.get(title__startswith="Moscow Declaration")
        self.assertGreater(self.signed_in(declaration).count(), 1)
        found = self.month_candidate(declaration, "turkey")
        match = found[f"agreement:{declaration.pk}"]
        self.assertIn("same month, shared signatories, but the month holds", match.reason)
        self.assertFalse(match.strong)

    def test_the_one_agreement_of_its_month_is_the_default(self):
        alone = next(
            a
            for a in Agreement.objects.order_by("date")
            if a.precision == "day" and a.signatories and self.signed_in(a).count() == 1
        )
        found = self.month_candidate(alone, alone.signatories[0].slug)
        match = found[f"agreement:{alone.pk}"]
        self.assertEqual(match.reason, "same month, shared signatories")
        self.assertTrue(match.strong)

    def test_a_year_is_no_near_date(self):
        declaration = Agreement.objects.get(title__startswith="Moscow Declaration")
        found = self.month_candidate(declaration, "turkey", precision="year")
        match = found[f"agreement:{declaration.pk}"]
        self.assertIn("same year, shared signatories, but the year holds", match.reason)
        self.assertFalse(match.strong)

    def test_a_day_near_it_is_still_the_default(self):
        declaration = Agreement.objects.get(title__startswith="Moscow Declaration")
        found = self.matches(
            quote="On 21 December the parties signed a deal on a ceasefire.",
            date_text="21 December",
            date="2016-12-21",
            kind="agreement",
            participants=["turkey"],
        )
        match = found[f"agreement:{declaration.pk}"]
        self.assertIn("near date, shared signatories", match.reason)
        self.assertTrue(match.strong)
