"""loadseeds after an editor renamed a seeded record (outside re-tester t10s, findings A
and B): `make serve` and `make seed` run it on every start. It finds the renamed record
(by a former slug leading to it, a round also by its track and number), creates no copy,
leaves the editor's slug as it is, and the former slug keeps leading to the record."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
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

    def assertReloadsWithoutCopies(self, *renamed: tuple):
        """loadseeds run twice, then with corrections, creates nothing, and each renamed
        record, given as (model, record, its former slug), keeps its new slug."""
        counts = {model: model.objects.count() for model, _, _ in renamed}
        for run in ({}, {}, {"correct": True}):
            report = load_seeds(SEEDS, **run)
            self.assertEqual(sum(report.created.values()), 0, (run, report.lines()))
        for model, record, former in renamed:
            with self.subTest(model=model.__name__):
                self.assertEqual(model.objects.count(), counts[model])
                self.assertFalse(model.objects.filter(slug=former).exists())
                self.assertEqual(model.objects.get(pk=record.pk).slug, record.slug)
                self.assertEqual(FormerSlug.objects.current_slug(model, former), record.slug)

    def test_each_kind_renamed_by_the_service_reloads_without_a_copy(self):
        # Every kind renamed, then loadseeds's three runs over them all at once.
        renamed, pages = [], []
        for model, slug, page in KINDS:
            record = model.objects.get(slug=slug) if slug else model.objects.order_by("pk").last()
            former = record.slug
            services.rename_slug(record=record, slug=f"{former[:100]}-renamed")
            renamed.append((model, record, former))
            pages.append(page)
        self.assertReloadsWithoutCopies(*renamed)
        for (model, record, former), page in zip(renamed, pages, strict=True):
            with self.subTest(model=model.__name__):
                response = self.client.get(page.format(former))
                self.assertEqual(response.status_code, 301)
                own = record.pk if model is Event else record.slug
                self.assertEqual(response["Location"], page.format(own))

    def post_round_slug(self, round_: Round, slug: str):
        editor = get_user_model().objects.get_or_create(
            username="editor", defaults={"is_staff": True, "is_superuser": True}
        )[0]
        self.client.force_login(editor)
        data = {
            "track": round_.track_id, "number": round_.number, "title": round_.title,
            "slug": slug, "status": round_.status,
            "start_date": round_.start_date, "end_date": round_.end_date,
            "city": round_.city, "summary": round_.summary, "confidence": round_.confidence,
            "outcome_kind": round_.outcome_kind, "next_date": round_.next_date or "",
            "next_precision": round_.next_precision,
            "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
            "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
            "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
        }  # fmt: skip
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        data["_audit_version"] = self.client.get(url).context["audit_version"]
        return self.client.post(url, data)

    def test_a_round_renamed_in_the_admin_reloads_without_a_copy(self):
        """Finding A: round 5 renamed `astana-five`, then IntegrityError on
        round_track_number_unique and the server never started."""
        round_ = Round.objects.get(slug="astana-5")
        self.assertEqual(self.post_round_slug(round_, "astana-five").status_code, 302)
        round_.refresh_from_db()
        self.assertEqual(round_.slug, "astana-five")
        self.assertReloadsWithoutCopies((Round, round_, "astana-5"))
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

    def test_a_slug_typed_in_capitals_is_kept_in_lower_case_and_reached(self):
        """Finding C: `Astana-Five` and `ASTANA-FIVE` were both saved as typed, and
        /rounds/astana-five/ answered 404."""
        fifth, sixth = Round.objects.get(slug="astana-5"), Round.objects.get(slug="astana-6")
        self.assertEqual(self.post_round_slug(fifth, "Astana-Five").status_code, 302)
        fifth.refresh_from_db()
        self.assertEqual(fifth.slug, "astana-five")
        self.assertEqual(self.client.get("/rounds/astana-five/").status_code, 200)
        response = self.post_round_slug(sixth, "ASTANA-FIVE")
        self.assertContains(response, "A round with this slug already exists.")
        sixth.refresh_from_db()
        self.assertEqual(sixth.slug, "astana-6")

    def test_the_service_lowers_a_slug_and_refuses_another_records_in_any_case(self):
        lavrov = Participant.objects.get(slug="sergey-lavrov")
        other = Participant.objects.exclude(pk=lavrov.pk).order_by("pk").first()
        with self.assertRaises(ValidationError):
            services.rename_slug(record=other, slug="Sergey-Lavrov")
        self.assertTrue(services.rename_slug(record=other, slug="Someone-Else"))
        other.refresh_from_db()
        self.assertEqual(other.slug, "someone-else")

    def test_the_database_refuses_a_slug_in_capitals(self):
        for model in (Round, Event, Agreement, EnvoyTenure, Participant):
            with self.subTest(model=model.__name__):
                record = model.objects.order_by("pk").first()
                with self.assertRaises(IntegrityError), transaction.atomic():
                    model.objects.filter(pk=record.pk).update(slug="Upper-Case")

    def test_an_event_slug_of_digits_only_is_refused(self):
        """Finding D: `66` and `0066` clash with the events' numbers in their URLs."""
        event = Event.objects.order_by("pk").first()
        for slug in ("66", "0066"):
            with self.subTest(slug=slug), self.assertRaises(ValidationError) as refused:
                services.rename_slug(record=event, slug=slug)
            self.assertIn("digits only", str(refused.exception))
        self.assertTrue(services.rename_slug(record=event, slug="66-talks"))
