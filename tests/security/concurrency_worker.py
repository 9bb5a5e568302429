"""A writer or a reader for the concurrency test, run as its own process:

    python -m tests.security.concurrency_worker setup
    python -m tests.security.concurrency_worker writer ID SECONDS START_AT
    python -m tests.security.concurrency_worker reader ID SECONDS START_AT

The database comes from the environment (SQLITE_PATH or DATABASE_URL), so the workers use
exactly the connection settings the site uses. Each prints one JSON line: how many
operations succeeded and every error it met.
"""

import json
import os
import sys
import time


def setup_django():
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peaceproc.settings")
    os.environ.setdefault("PEACEPROC_COMMAND_LINE", "1")
    import django

    django.setup()


ROUNDS = 4


def setup():
    import datetime

    from peaceproc.chronology.models import Event, Round, Track

    track = Track.objects.create(slug="astana", name="Astana", colour="#1f6fb2")
    for n in range(1, ROUNDS + 1):
        Round.objects.create(
            track=track,
            number=n,
            slug=f"astana-{n}",
            title=f"Astana {n}",
            start_date=datetime.date(2017, n, 1),
            end_date=datetime.date(2017, n, 2),
        )
    Event.objects.create(
        slug="shared", title="Edited by everyone", kind="meeting", start_date="2017-05-04"
    )
    print(json.dumps({"ok": True}))


def writer(worker: int, seconds: float, start_at: float):
    """Ingestion-like writes: a source and its citation, and an edit of one shared record,
    in one transaction that reads before it writes (the case 'database is locked' hits)."""
    from django.db import transaction

    from peaceproc.chronology import services
    from peaceproc.chronology.models import Event, Round

    rounds = list(Round.objects.order_by("number"))
    time.sleep(max(0.0, start_at - time.time()))
    done, errors, edits = 0, [], []
    deadline = time.time() + seconds
    while time.time() < deadline:
        token = f"w{worker}-{done}"
        try:
            with transaction.atomic():
                shared = Event.objects.select_for_update().get(slug="shared")
                source = services.create_source(
                    url=f"https://example.org/{token}", text=f"Article {token}."
                )
                services.cite(source=source, target=rounds[done % len(rounds)], quote=token)
                shared.summary = f"{shared.summary} {token}".strip()
                shared.save(update_fields=["summary"])
            done += 1
            edits.append(token)
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            if len(errors) > 20:
                break
    print(json.dumps({"role": "writer", "done": done, "errors": errors, "edits": edits}))


def reader(worker: int, seconds: float, start_at: float):
    """What the public pages do: counts and the timeline's queries."""
    from peaceproc.chronology.models import Citation, Event, Round, Source

    time.sleep(max(0.0, start_at - time.time()))
    done, errors = 0, []
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            Source.objects.count()
            list(Round.objects.cited().with_related())
            list(Event.objects.cited().with_related())
            Citation.objects.filter(round__isnull=False).count()
            done += 1
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            if len(errors) > 20:
                break
    print(json.dumps({"role": "reader", "done": done, "errors": errors}))


if __name__ == "__main__":
    setup_django()
    role = sys.argv[1]
    if role == "setup":
        setup()
    else:
        {"writer": writer, "reader": reader}[role](
            int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
        )
