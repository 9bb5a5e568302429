from django.core.management.base import BaseCommand, CommandError

from peaceproc.chronology.backup import BackupError, import_backup


class Command(BaseCommand):
    help = (
        "Restore a backup written by `exportdata` into an EMPTY, migrated database, keeping "
        "every id. All of it is restored, or nothing. A non-empty database is refused, and "
        "so is a file holding user accounts unless --users is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--users",
            action="store_true",
            help="Restore the user accounts and groups the backup holds (exportdata --users).",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, file: str, users: bool, database: str, **options):
        try:
            report = import_backup(file, users=users, using=database)
        except BackupError as exc:
            raise CommandError(f"Nothing was restored: {exc}") from None
        self.stdout.write(self.style.SUCCESS("Restored " + report.lines()[0]))
        for line in report.lines()[1:]:
            self.stdout.write(line)
