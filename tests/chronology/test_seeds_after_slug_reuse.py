"""loadseeds after an editor gave one seeded track's slug to another (outside re-tester
t11c, finding 1): astana -> astana-process-x, then geneva -> astana. Each seed track is
found by the record it created (its first version in the audit trail) before any record
holding its slug now, so the two never resolve to one record: --corrections and --update
move no round between tracks, clear no round number, and settle (a second run changes
nothing). Where the trail cannot tell them apart, the run is refused and changes nothing."""

from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import FormerSlug, Round, Track
from tests.chronology.test_seeding import counts
from tests.chronology.test_seeds_after_edit import SeededWithEditor


def rounds() -> dict[int, tuple]:
    """Each round's track, number and title."""
    return {pk: rest for pk, *rest in Round.objects.values_list("pk", "track", "number", "title")}


class SeedsAfterSlugReuseTests(SeededWithEditor):
    def setUp(self):
        self.astana = Track.objects.get(slug="astana")
        self.geneva = Track.objects.get(slug="geneva")

    def rename(self, track: Track, slug: str) -> None:
        """The track's slug changed in the admin's change form; another track's former
        slug, which the form refuses (t11d, N3), deleted first in the admin as an editor
        who insists would."""
        FormerSlug.objects.filter(kind="track", slug=slug).exclude(record_id=track.pk).delete()
        self.post_track(track, slug=slug)
        self.assertEqual(track.slug, slug)

    def loadseeds(self, *args: str) -> str:
        out = StringIO()
        call_command("loadseeds", *args, stdout=out)
        return out.getvalue()

    def assertSettles(self):
        """`make seed` twice, --corrections twice, --update twice: nothing created, no
        round moved or renumbered, and the second run of each mode changes nothing."""
        before_rounds, before_counts = rounds(), counts()
        slugs = dict(Track.objects.values_list("pk", "slug"))
        for args in ((), (), ("--corrections",), ("--corrections",), ("--update",), ("--update",)):
            with self.subTest(args=args):
                output = self.loadseeds(*args)
                self.assertNotIn("Created:", output)
                self.assertEqual(rounds(), before_rounds)
                self.assertEqual(counts(), before_counts)
                self.assertEqual(dict(Track.objects.values_list("pk", "slug")), slugs)
        # Each mode's second run (the last one here) finds everything as it left it.
        self.assertIn("Nothing to do", self.loadseeds("--update"))
        self.assertIn("Nothing to do", self.loadseeds("--corrections"))

    def test_a_tracks_slug_given_to_another_track_moves_no_round(self):
        self.rename(self.astana, "astana-process-x")
        self.rename(self.geneva, "astana")
        self.assertSettles()
        self.assertEqual(Round.objects.get(slug="astana-4").track, self.astana)
        self.assertEqual(Round.objects.get(slug="geneva-3").number, 3)
        body = self.client.get("/api/rounds/astana-4").json()
        self.assertEqual(body["track"]["slug"], "astana-process-x")
        self.assertEqual(body["track"]["name"], self.astana.name)

    def test_two_tracks_swapping_slugs_keep_their_rounds(self):
        self.rename(self.astana, "astana-swap")
        self.rename(self.geneva, "astana")
        self.rename(self.astana, "geneva")
        self.assertSettles()
        self.assertEqual(
            set(Round.objects.filter(slug__startswith="astana-").values_list("track", flat=True)),
            {self.astana.pk},
        )
        self.assertEqual(
            set(Round.objects.filter(slug__startswith="geneva-").values_list("track", flat=True)),
            {self.geneva.pk},
        )

    def test_two_seed_tracks_in_one_record_are_refused_naming_both(self):
        # A trail that no longer shows what the Astana track first was: its seed entry
        # finds the Geneva track by the slug it holds now, as the Geneva entry does by
        # its first version.
        self.rename(self.astana, "astana-process-x")
        self.rename(self.geneva, "astana")
        AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Track), object_id=str(self.astana.pk)
        ).delete()
        before_rounds, before_counts = rounds(), counts()
        entries = AuditEntry.objects.count()
        for args in ((), ("--corrections",), ("--update",)):
            with self.subTest(args=args):
                with self.assertRaises(CommandError) as refused:
                    self.loadseeds(*args)
                message = str(refused.exception)
                self.assertIn("Nothing was loaded", message)
                self.assertIn("track:astana", message)
                self.assertIn("track:geneva", message)
                self.assertEqual(rounds(), before_rounds)
                self.assertEqual(counts(), before_counts)
                self.assertEqual(AuditEntry.objects.count(), entries)
