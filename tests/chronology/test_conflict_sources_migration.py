"""Migration 0016 refuses a database holding a conflict that names one source twice (outside
re-tester t11c, finding 7a): `migrate` stops with the conflicts' ids in a CommandError (its
message printed alone, no traceback), changes nothing, and goes through once an editor has
given the conflict a second source."""

from datetime import date

from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.test import TransactionTestCase

BEFORE = [("chronology", "0015_dates_at_period_starts_next_after_start")]
REFUSING = "0016_conflict_two_sources_short_colours"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


class ConflictSourcesMigrationTests(TransactionTestCase):
    def tearDown(self):
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    def test_a_conflict_with_one_source_twice_stops_the_upgrade_with_a_plain_message(self):
        old = migrate(BEFORE)
        track = old.get_model("chronology", "Track").objects.create(
            slug="astana", name="Astana", colour="#123456"
        )
        round_ = old.get_model("chronology", "Round").objects.create(
            slug="r", title="R", track=track, start_date=date(2017, 5, 3), end_date=date(2017, 5, 4)
        )
        source_model = old.get_model("chronology", "Source")
        source = source_model.objects.create(url="https://example.org/a")
        conflict = old.get_model("chronology", "Conflict").objects.create(
            round=round_, field="start_date", value_a="3 May", source_a=source,
            value_b="4 May", source_b=source, choice="a", reason="Two readings.",
        )  # fmt: skip
        with self.assertRaises(CommandError) as refused:
            call_command("migrate", "chronology", REFUSING, verbosity=0)
        self.assertIn("name one source twice", str(refused.exception))
        self.assertIn(str(conflict.pk), str(refused.exception))
        applied = MigrationRecorder(connection).applied_migrations()
        self.assertNotIn(("chronology", REFUSING), applied)
        # An editor gives it a second source: the upgrade goes through.
        other = source_model.objects.create(url="https://example.org/b")
        type(conflict).objects.filter(pk=conflict.pk).update(source_b=other)
        call_command("migrate", "chronology", REFUSING, verbosity=0)
        applied = MigrationRecorder(connection).applied_migrations()
        self.assertIn(("chronology", REFUSING), applied)
