"""loadseeds after an editor deleted a seeded round (outside tester t11d, N1): the round's
slug given to another round, which then took its own back, left a former slug leading the
deleted round's seed entry to that round; the refusal names that former slug (which
record, which slug, its admin page). Once it is deleted, the round the editor deleted is
left deleted and reported, in every mode, unless --restore-deleted."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.urls import reverse

from peaceproc.chronology.models import FormerSlug, Participation, Round
from tests.chronology.test_seeding import counts
from tests.chronology.test_seeds_after_edit import SeededWithEditor
from tests.security.adminforms import confirm_delete, form_data


class SeedsAfterDeleteTests(SeededWithEditor):
    def setUp(self):
        self.client.force_login(self.editor)
        self.astana_4 = Round.objects.get(slug="astana-4")
        self.astana_5 = Round.objects.get(slug="astana-5")
        url = reverse("admin:chronology_round_delete", args=[self.astana_4.pk])
        self.assertEqual(confirm_delete(self.client, url).status_code, 302)
        self.assertFalse(Round.objects.filter(pk=self.astana_4.pk).exists())

    def loadseeds(self, *args: str) -> str:
        out = StringIO()
        call_command("loadseeds", *args, stdout=out)
        return out.getvalue()

    def rename(self, round_: Round, slug: str) -> None:
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        page = self.client.get(url)
        self.assertEqual(self.client.post(url, form_data(page, slug=slug)).status_code, 302)

    def test_the_refusal_names_the_former_slug_to_delete(self):
        self.rename(self.astana_5, "astana-4")
        self.rename(self.astana_5, "astana-5")
        former = FormerSlug.objects.get(kind="round", slug="astana-4")
        self.assertEqual(former.record_id, self.astana_5.pk)
        before = counts()
        with self.assertRaises(CommandError) as refused:
            self.loadseeds()
        message = str(refused.exception)
        self.assertIn("round:astana-4 is found by the former slug 'astana-4'", message)
        self.assertIn(f"(former slug id {former.pk})", message)
        self.assertIn(reverse("admin:chronology_formerslug_change", args=[former.pk]), message)
        self.assertIn(f"'astana-5' (id {self.astana_5.pk})", message)
        self.assertEqual(counts(), before)
        # Deleted as the message says, the run goes through and leaves Astana 4 deleted.
        former.delete()
        self.assertIn("Left deleted 1 seeded records", self.loadseeds())

    def test_a_deleted_seeded_round_is_left_deleted_and_reported_in_every_mode(self):
        before = counts()
        for args in ((), ("--corrections",), ("--update",)):
            with self.subTest(args=args):
                output = self.loadseeds("-v", "2", *args)
                self.assertIn("Left deleted 1 seeded records an editor deleted", output)
                self.assertIn(f"round:astana-4 (id {self.astana_4.pk}, deleted ", output)
                self.assertIn("by editor)", output)
                self.assertIn("left deleted round:astana-4", output)
                self.assertFalse(Round.objects.filter(slug="astana-4").exists())
                self.assertEqual(counts(), before)

    def test_restore_deleted_loads_it_again(self):
        output = self.loadseeds("-v", "2", "--restore-deleted")
        self.assertIn("created round:astana-4", output)
        self.assertNotIn("Left deleted", output)
        restored = Round.objects.get(slug="astana-4")
        self.assertTrue(Participation.objects.filter(round=restored).exists())
        self.assertIn("Nothing to do", self.loadseeds())

    def test_a_round_deleted_without_a_trail_is_loaded_again(self):
        # (no audit entry says an editor deleted it: a row removed by hand in the database)
        Round.objects.filter(slug="astana-5").delete()
        self.assertIn("created round:astana-5", self.loadseeds("-v", "2"))
