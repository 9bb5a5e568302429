"""Migration 0013 lowers the slugs saved as typed before live slugs had to be in lower
case (outside re-tester t10s, finding C), then adds the constraints that keep them so."""

from tests.chronology.migrating import MigrationTestCase

BEFORE = [("chronology", "0012_source_url_no_control_characters")]
AFTER = [("chronology", "0013_slug_lower_case")]


class SlugLowerCaseMigrationTests(MigrationTestCase):
    def test_stored_slugs_are_lowered_a_clash_takes_the_id_and_a_former_slug_gives_way(self):
        old = self.migrate(BEFORE)
        participant = old.get_model("chronology", "Participant")
        former_slug = old.get_model("chronology", "FormerSlug")
        lavrov = participant.objects.create(name="Lavrov", kind="person", slug="sergey-lavrov")
        typed = participant.objects.create(name="Copy", kind="person", slug="Sergey-Lavrov")
        other = participant.objects.create(name="Other", kind="person", slug="Other-Person")
        former_slug.objects.create(kind="participant", slug="other-person", record_id=lavrov.pk)
        new = self.migrate(AFTER)
        after = new.get_model("chronology", "Participant")
        slugs = dict(after.objects.values_list("pk", "slug"))
        self.assertEqual(slugs[lavrov.pk], "sergey-lavrov")
        self.assertEqual(slugs[typed.pk], f"sergey-lavrov-{typed.pk}")
        self.assertEqual(slugs[other.pk], "other-person")
        self.assertFalse(new.get_model("chronology", "FormerSlug").objects.exists())
