"""loadseeds after an editor renamed a seeded record (outside re-tester t10s, findings A
and B): `make serve` and `make seed` run it on every start. It finds the renamed record
(by a former slug leading to it, a round also by its track and number), creates no copy,
leaves the editor's slug as it is, and the former slug keeps leading to the record."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    FormerSlug,
    Participant,
    Round,
)
from peaceproc.chronology.seeding import load_seeds
from tests.seeds import SEEDS, load_shipped_seeds

# Each slugged kind, a seeded record of it, and its page (an event's is by its number).
KINDS = (
    (Round, "astana-5", "/rounds/{}/"),
    (Event, None, "/events/{}/"),
    (Agreement, None, "/agreements/{}/"),
    (EnvoyTenure, "envoy-kofi-annan", "/tenures/{}/"),
    (Participant, "sergey-lavrov", "/participants/{}/"),
)


class SeedsAfterRenameTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def assertReloadsWithoutCopies(self, model, record, former: str):
        count = model.objects.count()
        for run in ({}, {}, {"correct": True}):
            report = load_seeds(SEEDS, **run)
            self.assertEqual(sum(report.created.values()), 0, (run, report.lines()))
        self.assertEqual(model.objects.count(), count)
        self.assertFalse(model.objects.filter(slug=former).exists())
        renamed = model.objects.get(pk=record.pk)
        self.assertEqual(renamed.slug, record.slug)
        self.assertEqual(FormerSlug.objects.current_slug(model, former), record.slug)

    def test_each_kind_renamed_by_the_service_reloads_without_a_copy(self):
        for model, slug, page in KINDS:
            with self.subTest(model=model.__name__):
                record = (
                    model.objects.get(slug=slug) if slug else model.objects.order_by("pk").last()
                )
                former = record.slug
                services.rename_slug(record=record, slug=f"{former[:100]}-renamed")
                self.assertReloadsWithoutCopies(model, record, former)
                response = self.client.get(page.format(former))
                self.assertEqual(response.status_code, 301)
                own = record.pk if model is Event else record.slug
                self.assertEqual(response["Location"], page.format(own))

    def test_a_round_renamed_in_the_admin_reloads_without_a_copy(self):
        """Finding A: round 5 renamed `astana-five`, then IntegrityError on
        round_track_number_unique and the server never started."""
        editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
        self.client.force_login(editor)
        round_ = Round.objects.get(slug="astana-5")
        data = {
            "track": round_.track_id, "number": round_.number, "title": round_.title,
            "slug": "astana-five", "status": round_.status,
            "start_date": round_.start_date, "end_date": round_.end_date,
            "city": round_.city, "summary": round_.summary, "confidence": round_.confidence,
            "outcome_kind": round_.outcome_kind, "next_date": round_.next_date or "",
            "next_precision": round_.next_precision,
            "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
            "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
            "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
        }  # fmt: skip
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        self.assertEqual(self.client.post(url, data).status_code, 302)
        round_.refresh_from_db()
        self.assertEqual(round_.slug, "astana-five")
        self.assertReloadsWithoutCopies(Round, round_, "astana-5")
        self.assertEqual(self.client.get("/rounds/astana-5/")["Location"], "/rounds/astana-five/")

    def test_a_round_found_by_its_track_and_number_when_no_former_slug_leads_to_it(self):
        round_ = Round.objects.get(slug="astana-5")
        services.rename_slug(record=round_, slug="astana-fifth")
        FormerSlug.objects.filter(kind="round", slug="astana-5").delete()
        count = Round.objects.count()
        report = load_seeds(SEEDS)
        self.assertEqual(sum(report.created.values()), 0, report.lines())
        self.assertEqual(Round.objects.count(), count)
        round_.refresh_from_db()
        self.assertEqual(round_.slug, "astana-fifth")
