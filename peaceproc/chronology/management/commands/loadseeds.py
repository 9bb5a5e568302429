from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from peaceproc.chronology.seeding import SeedError, load_seeds


class Command(BaseCommand):
    help = (
        "Load the shipped record from seeds/ (tracks, participants, chronology.csv, "
        "participations.csv, conflicts.csv and the curated seed article). Records already "
        "present are left as they are unless --update or --corrections."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=settings.BASE_DIR / "seeds")
        modes = parser.add_mutually_exclusive_group()
        modes.add_argument(
            "--update",
            action="store_true",
            help=(
                "Reset seeded records to the shipped values (adds what is missing, "
                "deletes nothing)."
            ),
        )
        modes.add_argument(
            "--corrections",
            action="store_true",
            help=(
                "Bring an existing database to this release's corrections: change a seeded "
                "value only where the database still holds the value an earlier release "
                "shipped (an editor's change is kept and listed); recorded in the audit trail."
            ),
        )

        parser.add_argument(
            "--restore-deleted",
            action="store_true",
            help=(
                "Load again the seeded rounds, events, agreements and envoy tenures an editor "
                "deleted (by default they are left deleted and listed)."
            ),
        )

    def handle(
        self,
        *args,
        dir: Path,
        update: bool,
        corrections: bool,
        restore_deleted: bool,
        verbosity: int,
        **options,
    ):
        """-v 0: nothing but errors; 1 (the default): the counts; 2 and up: each record
        first, then the counts."""
        try:
            report = load_seeds(
                dir, update=update, correct=corrections, restore_deleted=restore_deleted
            )
        except SeedError as exc:
            raise CommandError(f"Nothing was loaded: {exc}") from None
        if verbosity >= 2:
            for line in report.records:
                self.stdout.write(line)
        if verbosity >= 1:
            for line in report.lines():
                self.stdout.write(self.style.SUCCESS(line) if report.changed else line)
