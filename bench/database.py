"""The benchmarks' own database: Django set up over a SQLite file under /tmp (never
the project's database), migrated, holding the seed data and `events` generated events.
The first run builds it; later runs reuse it while the event count matches.

The request log is silenced here, in the benchmark only: one JSON line per measured
request would bury the table (the app's own default stays INFO). So is whitenoise's
warning that `collectstatic` has not been run: the benchmark serves no static files.
"""

import argparse
import os
import warnings


def bench_arguments(description: str, *, runs: int) -> argparse.Namespace:
    """The options of a benchmark over this database: how many runs, how many generated
    events, which file, and where to write the figures as JSON."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--db", default="/tmp/peaceproc-bench.sqlite3")
    parser.add_argument("--json", help="also write the figures to this file")
    return parser.parse_args()


def open_database(db: str, events: int) -> int:
    """Set Django up over `db` with `events` generated events; the number of events."""
    # Settings are read from the environment at import: a served site, no debug, and
    # this benchmark's own database.
    os.environ["SQLITE_PATH"] = db
    os.environ["DEBUG"] = "0"
    os.environ["PEACEPROC_COMMAND_LINE"] = "1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peaceproc.settings")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("REQUEST_LOG_LEVEL", "WARNING")
    warnings.filterwarnings("ignore", message="No directory at: ", category=UserWarning)

    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection

    from peaceproc.chronology.management.commands.generate_events import PREFIX
    from peaceproc.chronology.models import Event, Track

    call_command("migrate", verbosity=0, interactive=False)
    # (Without generated events, a new file would otherwise be left without the seeds.)
    if (
        not Track.objects.exists()
        or Event.objects.filter(slug__startswith=PREFIX).count() != events
    ):
        print(f"Preparing {db}: seed data and {events} generated events…")
        call_command("loadseeds", verbosity=0)
        call_command("generate_events", delete=True, verbosity=0)
        if events:
            call_command("generate_events", count=events, verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return Event.objects.count()


def editor_client():
    """A test Client logged in as a bench editor (a superuser made once in the bench's
    database), with plain static file names so that pages render without collectstatic."""
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import Client
    from django.test.utils import override_settings

    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    override_settings(STORAGES=storages, ALLOWED_HOSTS=["testserver"]).enable()
    editor, _ = User.objects.get_or_create(
        username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(editor)
    return client
