"""A slug is stored in canonical form (outside tester t13a, 9): lower-case words joined by
single hyphens. `astana_7`, `astana--7` and `-astana-7` read, in an address, as another
round's `astana-7`; they are refused with the canonical form offered, and one whose
canonical form is another record's slug or former slug is refused naming that record."""

from django.urls import reverse

from peaceproc.chronology import services
from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Round
from peaceproc.chronology.validators import canonical_slug
from peaceproc.ingest.slugtext import slug_text
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase


class CanonicalSlugTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.round = Round.objects.get(slug="astana-5")
        self.url = reverse("admin:chronology_round_change", args=[self.round.pk])

    def renamed(self, slug: str):
        return self.client.post(self.url, form_data(self.client.get(self.url), slug=slug))

    def test_a_slug_in_another_form_is_refused_offering_the_canonical_one(self):
        for slug, canonical in [("astana_five", "astana-five"), ("astana--five", "astana-five"),
                                ("-astana-five", "astana-five"), ("astana-five-", "astana-five"),
                                ("Astana__Five", "astana-five")]:  # fmt: skip
            with self.subTest(slug):
                response = self.renamed(slug)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "lower-case words joined by single hyphens")
                self.assertContains(response, f"{canonical}.")
        self.round.refresh_from_db()
        self.assertEqual(self.round.slug, "astana-5")

    def test_one_that_reads_as_another_records_slug_names_that_record(self):
        astana_7 = Round.objects.get(slug="astana-7")
        for slug in ["astana_7", "astana--7", "-astana-7"]:
            with self.subTest(slug):
                response = self.renamed(slug)
                self.assertContains(response, "reads as astana-7, the slug of the round")
                self.assertContains(response, f"(id {astana_7.pk})")

    def test_one_that_reads_as_another_records_former_slug_names_that_record(self):
        astana_4 = Round.objects.get(slug="astana-4")
        services.rename_slug(record=astana_4, slug="astana-four")
        response = self.renamed("astana_4")
        self.assertContains(response, "now astana-four")
        self.assertContains(response, "before it was renamed")

    def test_a_canonical_slug_is_saved(self):
        self.assertEqual(self.renamed("astana-five-2017").status_code, 302)
        self.round.refresh_from_db()
        self.assertEqual(self.round.slug, "astana-five-2017")

    def test_every_stored_slug_of_the_seeds_is_canonical(self):
        for model in (Round, Participant, Event, Agreement, EnvoyTenure):
            for slug in model.objects.values_list("slug", flat=True):
                self.assertEqual(canonical_slug(slug), slug)

    def test_the_ingestion_makes_canonical_slugs(self):
        for title in ["UN_resolution 2254", "__Astana__", "a - b"]:
            with self.subTest(title):
                slug = slug_text(title)
                self.assertEqual(canonical_slug(slug), slug)
