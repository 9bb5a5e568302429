import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from peaceproc.chronology.seeding import SeedError
from peaceproc.chronology.snapshots import NotEmptyError, dumps, snapshot_seeds


class Command(BaseCommand):
    help = (
        "Write what a release ships (peaceproc/chronology/shipped/vN.json) from its seeds: "
        "the record a fresh loadseeds stores, read back and rolled back. Run it on an "
        "empty, migrated database; the same seeds always give the same file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=settings.BASE_DIR / "seeds")
        parser.add_argument("--release", required=True, help="Its name: v2, v3, ...")
        parser.add_argument("--commit", default="", help="The commit the seeds are at.")
        parser.add_argument("--output", type=Path, help="The file to write (else stdout).")

    def handle(self, *args, dir: Path, release: str, commit: str, output: Path | None, **options):
        if not re.fullmatch(r"v\d+", release):
            raise CommandError(
                f"No snapshot written: the release is named v2, v3, ..., not {release!r}."
            )
        try:
            text = dumps(snapshot_seeds(dir, release=release, commit=commit))
        except (SeedError, NotEmptyError) as exc:
            raise CommandError(f"No snapshot written: {exc}") from None
        if output is None:
            self.stdout.write(text, ending="")
        else:
            output.write_text(text, encoding="utf-8")
