"""A track keeps its former slugs and no other track takes one (outside tester t11d, N3),
as rounds, events and participants do: the Astana track renamed `astana-process` in the
admin keeps `astana`, and a new track given `astana` is refused, naming the track; a
track renamed before this release gets its former slugs from the audit trail
(migration 0018)."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import FormerSlug, Track
from tests.chronology.migrating import MigrationTestCase
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase


def track_data(**changes) -> dict:
    data = {"name": "Astana (new format)", "slug": "astana-new", "colour": "#123456",
            "order": 9, "description": ""}  # fmt: skip
    return {**data, **changes}


class TrackFormerSlugTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.astana = Track.objects.get(slug="astana")
        url = reverse("admin:chronology_track_change", args=[self.astana.pk])
        response = self.client.post(url, form_data(self.client.get(url), slug="astana-process"))
        self.assertEqual(response.status_code, 302)

    def test_a_rename_in_the_admin_keeps_the_former_slug(self):
        self.astana.refresh_from_db()
        self.assertEqual(self.astana.slug, "astana-process")
        self.assertEqual(FormerSlug.objects.current_slug(Track, "astana"), "astana-process")

    def test_a_new_track_is_refused_another_tracks_former_slug_naming_it(self):
        response = self.client.post(
            reverse("admin:chronology_track_add"), track_data(slug="astana")
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"id {self.astana.pk}, now astana-process")
        self.assertFalse(Track.objects.filter(slug="astana").exists())

    def test_another_track_is_refused_it_on_a_rename(self):
        geneva = Track.objects.get(slug="geneva")
        url = reverse("admin:chronology_track_change", args=[geneva.pk])
        response = self.client.post(url, form_data(self.client.get(url), slug="astana"))
        self.assertContains(response, f"id {self.astana.pk}, now astana-process")
        geneva.refresh_from_db()
        self.assertEqual(geneva.slug, "geneva")

    def test_the_track_takes_its_own_former_slug_back(self):
        url = reverse("admin:chronology_track_change", args=[self.astana.pk])
        response = self.client.post(url, form_data(self.client.get(url), slug="astana"))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(FormerSlug.objects.current_slug(Track, "astana-process"), "astana")


class TrackFormerSlugMigrationTests(MigrationTestCase):
    BEFORE = [("chronology", "0017_titles_no_invisible_inside_word")]
    AFTER = [("chronology", "0018_track_former_slugs")]

    def test_a_track_renamed_before_gets_its_former_slugs_from_the_trail(self):
        old = self.migrate(self.BEFORE)
        track = old.get_model("chronology", "Track")
        content_type = ContentType.objects.get_for_model(Track).pk
        astana = track.objects.create(slug="astana-process", name="Astana", colour="#123456")
        reuser = track.objects.create(slug="astana", name="Astana again", colour="#123456")
        for pk, before, after in [
            (astana.pk, "Astana", "astana-2017"),  # in capitals, as once allowed
            (astana.pk, "astana-2017", "astana-process"),
            (reuser.pk, "reuser", "astana"),
            (10**9, "gone", "gone-2"),  # a track deleted since
        ]:
            AuditEntry.objects.create(
                content_type_id=content_type, object_id=str(pk), object_repr="",
                action="change", before={"slug": before}, after={"slug": after},
            )  # fmt: skip
        new = self.migrate(self.AFTER)
        kept = new.get_model("chronology", "FormerSlug").objects.filter(kind="track")
        self.assertEqual(
            sorted(kept.values_list("slug", "record_id")),
            # 'astana' is a track's slug now: it leads there, no former slug
            [("astana-2017", astana.pk), ("reuser", reuser.pk)],
        )
