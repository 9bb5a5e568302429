"""Track slugs and former slugs are held to the canonical slug rule (outside tester t14a,
finding 2): a track saved as `astana_7`, `t14a_track` or `t14a--track`, and a former slug
`geneva_nine` or `-geneva-nine`, are refused offering the canonical form; a former slug
that reads as another record's slug (`astana_7` for a Geneva round, `sergey_lavrov` for
another person) or former slug is refused naming that record, and its address keeps
leading to its own record."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from peaceproc.chronology import services
from peaceproc.chronology.models import FormerSlug, Participant, Round, Track
from peaceproc.chronology.validators import canonical_slug

from .base import SeededAdminTestCase
from .test_track_former_slugs import track_data

ADD_FORMER = "/admin/chronology/formerslug/add/"


class CanonicalTrackSlugTests(SeededAdminTestCase):
    def test_a_track_slug_in_another_form_is_refused_offering_the_canonical_one(self):
        for slug, canonical in [("astana_7", "astana-7"), ("T14A_TRACK", "t14a-track"),
                                ("t14a--track", "t14a-track"), ("-t14a", "t14a")]:  # fmt: skip
            with self.subTest(slug):
                response = self.client.post(
                    reverse("admin:chronology_track_add"), track_data(slug=slug)
                )
                self.assertContains(response, "lower-case words joined by single hyphens")
                self.assertContains(response, f"{canonical}.")
        self.assertFalse(Track.objects.filter(name="Astana (new format)").exists())

    def test_a_track_slug_reading_as_another_tracks_is_refused_naming_it(self):
        astana = Track.objects.get(slug="astana")
        response = self.client.post(
            reverse("admin:chronology_track_add"), track_data(slug="_astana")
        )
        self.assertContains(
            response, f"reads as astana, the slug of the track “Astana” (id {astana.pk})"
        )

    def test_a_canonical_track_slug_is_saved(self):
        response = self.client.post(reverse("admin:chronology_track_add"), track_data())
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Track.objects.filter(slug="astana-new").exists())


class CanonicalFormerSlugTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.geneva = Round.objects.filter(track__slug="geneva").order_by("-pk").first()
        self.lavrov = Participant.objects.get(slug="sergey-lavrov")
        self.other = Participant.objects.exclude(pk=self.lavrov.pk).order_by("pk").first()
        # (ids of the records given former slugs here: the seeds keep some of their own)
        self.records = [self.geneva.pk, self.other.pk]

    def add(self, kind, slug, record_id):
        return self.client.post(ADD_FORMER, {"kind": kind, "slug": slug, "record_id": record_id})

    def errors(self, response) -> str:
        self.assertEqual(response.status_code, 200)
        return " ".join(response.context["adminform"].form.errors["slug"])

    def test_a_former_slug_in_another_form_is_refused_offering_the_canonical_one(self):
        for slug in ["geneva_nine", "geneva--nine", "-geneva-nine", "geneva-nine-"]:
            with self.subTest(slug):
                errors = self.errors(self.add("round", slug, self.geneva.pk))
                self.assertIn("lower-case words joined by single hyphens", errors)
                self.assertIn("geneva-nine.", errors)
        self.assertFalse(FormerSlug.objects.filter(record_id__in=self.records).exists())

    def test_one_reading_as_another_records_slug_is_refused_naming_it(self):
        astana_7 = Round.objects.get(slug="astana-7")
        for kind, slug, record, holder in [
            ("round", "astana_7", self.geneva, astana_7),
            ("participant", "sergey_lavrov", self.other, self.lavrov),
        ]:
            with self.subTest(slug):
                errors = self.errors(self.add(kind, slug, record.pk))
                self.assertIn(f"reads as {holder.slug}, the slug of the", errors)
                self.assertIn(f"(id {holder.pk})", errors)
        self.assertFalse(FormerSlug.objects.filter(record_id__in=self.records).exists())
        response = self.client.get("/rounds/astana_7/")
        self.assertNotIn(self.geneva.slug, response.get("Location", ""))

    def test_one_whose_numbers_read_as_another_records_slug_is_refused_naming_it(self):
        # Outside tester t14d, finding 10: `astana-07` and `astana-vii` on a Geneva round
        # sent the addresses a reader writes for Astana 7 there.
        astana_7 = Round.objects.get(slug="astana-7")
        geneva_4 = Round.objects.get(slug="geneva-4")
        for slug, holder in [("astana-07", astana_7), ("astana-vii", astana_7),
                             ("astana-007", astana_7), ("geneva-iv", geneva_4),
                             ("geneva-04", geneva_4)]:  # fmt: skip
            with self.subTest(slug):
                errors = self.errors(self.add("round", slug, self.geneva.pk))
                self.assertIn(f"reads as {holder.slug}, as the slug of the round", errors)
                self.assertIn(f"(id {holder.pk}, {holder.slug})", errors)
                self.assertEqual(errors.count(holder.slug), 2)  # said once
        self.assertFalse(FormerSlug.objects.filter(record_id__in=self.records).exists())
        self.assertEqual(self.client.get("/rounds/astana-07/").status_code, 404)

    def test_numbers_no_record_has_are_free(self):
        for slug in ("astana-070", "astana-xvii-b", "geneva-nine-vii"):
            with self.subTest(slug):
                self.assertEqual(self.add("round", slug, self.geneva.pk).status_code, 302)

    def test_slug_read(self):
        cases = {"astana-07": "astana-7", "astana-vii": "astana-7", "geneva-iv": "geneva-4",
                 "astana-10": "astana-10", "vi-summit": "vi-summit", "geneva-2017-01-23":
                 "geneva-2017-1-23", "geneva-9-vienna": "geneva-9-vienna"}  # fmt: skip
        for slug, read in cases.items():
            with self.subTest(slug):
                self.assertEqual(services.slug_read(slug), read)

    def test_one_reading_as_another_records_former_slug_is_refused_naming_it(self):
        astana_4 = Round.objects.get(slug="astana-4")
        services.rename_slug(record=astana_4, slug="astana-four")
        errors = self.errors(self.add("round", "astana_4", self.geneva.pk))
        self.assertIn(f"id {astana_4.pk}, now astana-four", errors)
        self.assertEqual(FormerSlug.objects.current_slug(Round, "astana-4"), "astana-four")

    def test_the_service_refuses_it_on_every_path(self):
        # (a revert of a former slug goes through check_former_slug too)
        with self.assertRaises(ValidationError) as refused:
            services.check_former_slug(kind="round", slug="astana_7", record_id=self.geneva.pk)
        self.assertIn("reads as astana-7", str(refused.exception))

    def test_a_canonical_former_slug_is_added(self):
        response = self.add("round", "geneva-nine", self.geneva.pk)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(FormerSlug.objects.current_slug(Round, "geneva-nine"), self.geneva.slug)

    def test_every_stored_track_and_former_slug_of_the_seeds_is_canonical(self):
        slugs = [*Track.objects.values_list("slug", flat=True),
                 *FormerSlug.objects.values_list("slug", flat=True)]  # fmt: skip
        self.assertTrue(slugs)
        for slug in slugs:
            self.assertEqual(canonical_slug(slug), slug)
