from django.core.management.base import BaseCommand, CommandError

from peaceproc.chronology.backup import BackupError, export_backup, write_backup


class Command(BaseCommand):
    help = (
        "Write the whole record (chronology, sources with their full texts, citations, "
        "aliases, participations, ingestion queue, audit trail) to one portable JSON file "
        "that `importdata` restores into an empty database. FILE ending in .gz is "
        "compressed; FILE - writes to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--users",
            action="store_true",
            help="Also write the user accounts (with their password hashes) and groups.",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, file: str, users: bool, database: str, **options):
        try:
            if file == "-":
                report = write_backup(self.stdout, users=users, using=database)
            else:
                report = export_backup(file, users=users, using=database)
        except (BackupError, OSError) as exc:
            raise CommandError(f"No backup was written: {exc}") from None
        # With FILE -, standard output is the backup: the summary goes to stderr.
        out = self.stderr if file == "-" else self.stdout
        for line in report.lines():
            out.write(line)
