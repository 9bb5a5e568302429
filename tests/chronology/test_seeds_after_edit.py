"""loadseeds after an editor changed what a seeded record is found by (issue 11): a
track's slug or name changed in the admin, a source's address corrected, a conflict's
values, an alias, the seed article's text, a record whose former slug was deleted.
`make seed`, `make run` and `make serve` run loadseeds on every start: it finds each such
record through the audit trail (what the record was first), makes no second one, and
leaves the editor's values as the editor left them (ADD and CORRECT; UPDATE resets the
shipped fields but never what the record is found by)."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Conflict,
    EnvoyTenure,
    Event,
    FormerSlug,
    Participant,
    ParticipantAlias,
    Round,
    Source,
    Track,
)
from peaceproc.chronology.seeding import load_seeds
from tests.chronology.test_seeding import counts
from tests.seeds import SEEDS, load_shipped_seeds


class SeededWithEditor(TestCase):
    """The shipped seeds and an editor who changes tracks in the admin."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.editor = get_user_model().objects.create_user(
            "editor", is_staff=True, is_superuser=True
        )

    def post_track(self, track: Track, **changes):
        self.client.force_login(self.editor)
        data = {
            "slug": track.slug, "name": track.name, "colour": track.colour,
            "order": track.order, "shown_by_default": "on" if track.shown_by_default else "",
            "description": track.description, **changes,
        }  # fmt: skip
        url = reverse("admin:chronology_track_change", args=[track.pk])
        data["_audit_version"] = self.client.get(url).context["audit_version"]
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        track.refresh_from_db()


class SeedsAfterEditTests(SeededWithEditor):
    def assertReloadsWithoutCopies(self, *runs):
        """Each run (ADD, CORRECT and UPDATE unless named) creates nothing."""
        before = counts()
        for run in runs or ({}, {"correct": True}, {"update": True}):
            report = load_seeds(SEEDS, **run)
            self.assertEqual(sum(report.created.values()), 0, (run, report.lines()))
            self.assertEqual(counts(), before, run)

    def test_a_track_renamed_in_the_admin_is_found_and_keeps_the_editors_slug_and_name(self):
        for changes in (
            {"name": "Astana process"},
            {"slug": "astana-process"},
            {"slug": "astana-talks", "name": "Astana talks"},
        ):
            with self.subTest(changes=changes):
                track = Track.objects.get(pk=Track.objects.get(order=1).pk)
                self.post_track(track, **changes)
                rounds = track.rounds.count()
                self.assertReloadsWithoutCopies({})
                track.refresh_from_db()
                for name, value in changes.items():
                    self.assertEqual(getattr(track, name), value)
                self.assertEqual(track.rounds.count(), rounds)
                self.assertFalse(Track.objects.filter(slug="astana").exclude(pk=track.pk).exists())
        self.assertReloadsWithoutCopies()

    def test_a_corrected_source_address_is_kept_and_cited_no_copy_of_the_old_one(self):
        conflict = Conflict.objects.order_by("pk").first()
        source = conflict.source_a
        old = source.url
        services.sync_fields(source, {"url": f"{old}?corrected=1"}, via="admin")
        self.assertReloadsWithoutCopies()
        self.assertFalse(Source.objects.filter(url=old).exists())
        conflict.refresh_from_db()
        self.assertEqual(conflict.source_a_id, source.pk)

    def test_an_edited_conflict_is_not_made_again(self):
        conflict = Conflict.objects.order_by("pk").first()
        edited = f"{conflict.value_a} (as the editor reads it)"
        services.sync_fields(conflict, {"value_a": edited}, via="admin")
        self.assertReloadsWithoutCopies()
        conflict.refresh_from_db()
        self.assertEqual(conflict.value_a, edited)

    def test_a_renamed_alias_is_not_added_again_by_corrections(self):
        alias = ParticipantAlias.objects.get(participant__slug="sergey-lavrov", name="Лавров")
        services.sync_fields(alias, {"name": "Лавров С. В."}, via="admin")
        self.assertReloadsWithoutCopies()
        self.assertFalse(ParticipantAlias.objects.filter(name="Лавров").exists())
        alias.refresh_from_db()
        self.assertEqual(alias.name, "Лавров С. В.")

    def test_the_seed_articles_corrected_text_is_not_stored_again(self):
        article = Source.objects.exclude(content_hash="").get()
        text = article.text.replace("Astana", "Astana (Nur-Sultan)", 1)
        self.assertNotEqual(text, article.text)
        services.sync_fields(
            article, {"text": text, "content_hash": services.text_hash(text)}, via="admin"
        )
        self.assertReloadsWithoutCopies()
        self.assertEqual(Source.objects.exclude(content_hash="").get().pk, article.pk)

    def test_a_record_renamed_whose_former_slug_was_deleted_is_found_by_the_trail(self):
        renamed = []
        for model in (Event, Agreement, EnvoyTenure, Participant):
            record = model.objects.order_by("pk").first()
            former = record.slug
            services.rename_slug(record=record, slug=f"{former[:100]}-edited", via="admin")
            FormerSlug.objects.filter(kind=model._meta.model_name, slug=former).delete()
            renamed.append((model, record))
        self.assertReloadsWithoutCopies()
        for model, record in renamed:
            with self.subTest(model=model.__name__):
                self.assertEqual(model.objects.get(pk=record.pk).slug, record.slug)

    def test_citations_of_a_round_on_a_renamed_track_stay_one_per_source(self):
        track = Track.objects.get(slug="astana")
        self.post_track(track, slug="astana-process")
        round_ = Round.objects.get(slug="astana-4")
        cited = Citation.objects.filter(round=round_).count()
        self.assertReloadsWithoutCopies()
        self.assertEqual(Citation.objects.filter(round=round_).count(), cited)
