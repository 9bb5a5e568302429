"""The rules hold in the database itself, not only in forms."""

from datetime import date

from django.apps import apps
from django.db import IntegrityError, models, transaction
from django.test import TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Citation,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)


def unique_columns(name: str) -> list[str]:
    """The `table.column` names SQLite reports when the UNIQUE constraint `name` breaks."""
    for model in apps.get_app_config("chronology").get_models():
        for constraint in model._meta.constraints:
            if constraint.name == name and isinstance(constraint, models.UniqueConstraint):
                table = model._meta.db_table
                return [f"{table}.{model._meta.get_field(f).column}" for f in constraint.fields]
    raise LookupError(f"no unique constraint named {name}")


class ConstraintTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.track = Track.objects.create(slug="astana", name="Astana", colour="#1f6fb2")
        cls.round = Round.objects.create(
            track=cls.track, number=4, slug="astana-4", title="Astana 4",
            start_date=date(2017, 5, 3), end_date=date(2017, 5, 4),
        )  # fmt: skip

    def assertRefused(self, constraint_name: str, create):
        with self.assertRaises(IntegrityError) as caught, transaction.atomic():
            create()
        # PostgreSQL names every broken constraint. SQLite names CHECK constraints but,
        # for a UNIQUE one, only its columns: require exactly that constraint's columns.
        message = str(caught.exception)
        if constraint_name in message:
            return
        self.assertEqual(
            message,
            f"UNIQUE constraint failed: {', '.join(unique_columns(constraint_name))}",
            f"expected {constraint_name} to be broken",
        )

    def test_a_round_ending_before_it_starts_is_refused(self):
        self.assertRefused(
            "round_end_not_before_start",
            lambda: Round.objects.create(
                track=self.track,
                number=5,
                slug="astana-5",
                title="Astana 5",
                start_date=date(2017, 7, 5),
                end_date=date(2017, 7, 4),
            ),
        )

    def test_a_duplicate_round_number_in_a_track_is_refused(self):
        self.assertRefused(
            "round_track_number_unique",
            lambda: Round.objects.create(
                track=self.track,
                number=4,
                slug="astana-4-again",
                title="Astana 4 again",
                start_date=date(2017, 5, 3),
                end_date=date(2017, 5, 4),
            ),
        )

    def test_the_same_number_in_another_track_is_fine(self):
        geneva = Track.objects.create(slug="geneva", name="Geneva", colour="#b3541e")
        Round.objects.create(
            track=geneva, number=4, slug="geneva-4", title="Geneva IV",
            start_date=date(2017, 2, 23), end_date=date(2017, 3, 3),
        )  # fmt: skip
        self.assertEqual(Round.objects.filter(number=4).count(), 2)

    def test_a_duplicate_slug_is_refused(self):
        self.assertRefused(
            "round_slug_unique",
            lambda: Round.objects.create(
                track=self.track,
                number=6,
                slug="astana-4",
                title="Other",
                start_date=date(2017, 9, 14),
                end_date=date(2017, 9, 15),
            ),
        )

    def test_a_duplicate_source_text_is_refused(self):
        text = "Russia, Iran and Turkey signed a memorandum."
        Source.objects.create(text=text, content_hash=services.text_hash(text))
        self.assertRefused(
            "source_content_hash_unique",
            lambda: Source.objects.create(
                text=text + "  ", content_hash=services.text_hash(text + "  ")
            ),
        )

    def test_sources_without_text_do_not_collide(self):
        Source.objects.create(url="https://example.org/a")
        Source.objects.create(url="https://example.org/b")
        self.assertEqual(Source.objects.filter(content_hash="").count(), 2)

    def test_one_participation_per_round_participant_and_role(self):
        russia = Participant.objects.create(slug="russia", name="Russia", kind="state")
        Participation.objects.create(round=self.round, participant=russia, role="guarantor")
        self.assertRefused(
            "participation_unique_role",
            lambda: Participation.objects.create(
                round=self.round, participant=russia, role="guarantor"
            ),
        )

    def test_an_event_ending_before_it_starts_is_refused(self):
        self.assertRefused(
            "event_end_not_before_start",
            lambda: Event.objects.create(
                slug="e",
                title="E",
                kind="meeting",
                start_date=date(2017, 5, 3),
                end_date=date(2017, 5, 1),
            ),
        )

    def test_a_citation_needs_exactly_one_target(self):
        source = Source.objects.create(url="https://example.org/")
        event = Event.objects.create(
            slug="e", title="E", kind="meeting", start_date=date(2017, 5, 3)
        )
        self.assertRefused(
            "citation_exactly_one_target", lambda: Citation.objects.create(source=source)
        )
        self.assertRefused(
            "citation_exactly_one_target",
            lambda: Citation.objects.create(source=source, round=self.round, event=event),
        )

    def test_only_people_represent_someone(self):
        russia = Participant.objects.create(slug="russia", name="Russia", kind="state")
        self.assertRefused(
            "participant_only_people_represent",
            lambda: Participant.objects.create(
                slug="un", name="UN", kind="organisation", represents=russia
            ),
        )


class ServiceTests(TestCase):
    def test_create_source_refuses_a_text_already_stored(self):
        first = services.create_source(text="Talks resumed in Astana.", publisher="TASS")
        with self.assertRaises(services.DuplicateSourceError) as caught:
            services.create_source(text="Talks  resumed in\nAstana.")
        self.assertEqual(caught.exception.existing, first)

    def test_cite_is_idempotent_and_merges_quotes(self):
        track = Track.objects.create(slug="astana", name="Astana", colour="#1f6fb2")
        round_ = Round.objects.create(
            track=track, number=1, slug="astana-1", title="Astana 1",
            start_date=date(2017, 1, 23), end_date=date(2017, 1, 24),
        )  # fmt: skip
        source = Source.objects.create(url="https://example.org/")
        _, created = services.cite(source=source, target=round_, quote="First sentence.")
        self.assertTrue(created)
        _, created = services.cite(source=source, target=round_, quote="First sentence.")
        self.assertFalse(created)
        citation, _ = services.cite(source=source, target=round_, quote="Second sentence.")
        self.assertEqual(citation.quote, "First sentence.\nSecond sentence.")
        self.assertEqual(Citation.objects.count(), 1)

    def test_cite_new_makes_what_cite_makes_one_by_one(self):
        track = Track.objects.create(slug="astana", name="Astana", colour="#1f6fb2")
        made = {}
        for slug in ("astana-1", "astana-2"):
            made[slug] = Round.objects.create(
                track=track, slug=slug, title=slug, start_date=date(2017, 1, 23),
                end_date=date(2017, 1, 24),
            )  # fmt: skip
        main, further = (Source.objects.create(url=f"https://example.org/{n}") for n in (1, 2))
        # A source named twice (here first with no note) is cited once: the first note given.
        named = [(main, ""), (further, "Further."), (main, "Main."), (further, "Again.")]
        for source, note in named:
            services.cite(source=source, target=made["astana-1"], note=note)
        citations = services.cite_new(target=made["astana-2"], sources=named)

        def rows(round_):
            return list(
                round_.citations.order_by("pk").values_list("source", "quote", "note", "event")
            )

        self.assertEqual([c.source for c in citations], [main, further])
        self.assertEqual(rows(made["astana-2"]), rows(made["astana-1"]))
        self.assertEqual(rows(made["astana-2"]), [(main.pk, "", "Main.", None),
                                                  (further.pk, "", "Further.", None)])  # fmt: skip
