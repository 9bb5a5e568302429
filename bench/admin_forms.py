"""Server time of the admin's change forms (issue 11): a round's, an event's, an
agreement's and a participant's, with the most rows of their inlines the record holds.

    python bench/admin_forms.py [--runs 30] [--events 10000] [--db /tmp/peaceproc-bench.sqlite3]
                                [--profile round]

Then each form POSTed with every inline claiming 100,000 rows (t12a, finding 2), which
must be refused before its rows are built. (`make bench-admin` runs it.) It uses the
benchmarks' own SQLite file (bench/database.py: the seeds and `events` generated events;
`--events 0` for the seeds alone, in a file of its own), never the project's database.
Each form is drawn once to warm up, then `runs` times: printed per form, the median
wall-clock and CPU milliseconds of the process per request (waiting for a busy CPU does
not count), the page's size and its database queries. `--profile NAME` prints where one
form's time goes (cProfile, by own time).
"""

import argparse
import cProfile
import functools
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from database import editor_client, open_database  # noqa: E402


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--db", default=None, help="default: /tmp/peaceproc-bench[-N].sqlite3")
    parser.add_argument("--profile", choices=("round", "event", "agreement", "participant"))
    return parser.parse_args()


def forms() -> dict[str, str]:
    """Each form's URL: the record of its kind with the most inline rows."""
    from django.db.models import Count
    from django.urls import reverse

    from peaceproc.chronology.models import Agreement, Event, Participant, Round

    def busiest(queryset, relation: str):
        return queryset.annotate(rows=Count(relation)).order_by("-rows", "pk").first()

    records = {
        "round": busiest(Round.objects.all(), "participations"),
        "event": busiest(Event.objects.all(), "participations"),
        "agreement": busiest(Agreement.objects.all(), "participations"),
        "participant": busiest(Participant.objects.all(), "aliases"),
    }
    return {
        name: reverse(f"admin:chronology_{record._meta.model_name}_change", args=[record.pk])
        for name, record in records.items()
    }


def measure(send, runs: int) -> dict:
    """`send()` (a request answered 200) once to warm up, then `runs` times: the median
    wall-clock and CPU milliseconds, and the answer's size and queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    send()
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = send()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as captured:
        response = send()
    return {
        "wall": statistics.median(wall) * 1000,
        "cpu": statistics.median(cpu) * 1000,
        "kb": len(response.content) / 1024,
        "queries": len(captured),
    }


# What a hand-made POST may claim (outside tester t12a, finding 2): each inline's
# TOTAL_FORMS this high. The form must be refused before its rows are built.
INFLATED_TOTAL = 100_000


def inflated(client, url: str) -> dict:
    """The data of the form at `url` (its version) with every inline claiming
    INFLATED_TOTAL rows."""
    import re

    page = client.get(url).content.decode()
    version = re.search(r'name="_audit_version" value="(\d+)"', page)
    data = {"_audit_version": version.group(1)} if version else {}
    for prefix in re.findall(r'name="([\w-]+)-TOTAL_FORMS"', page):
        data |= {f"{prefix}-TOTAL_FORMS": INFLATED_TOTAL, f"{prefix}-INITIAL_FORMS": 0}
    return data


def main() -> None:
    args = arguments()
    db = args.db or (
        "/tmp/peaceproc-bench.sqlite3" if args.events else "/tmp/peaceproc-bench-seeds.sqlite3"
    )
    events = open_database(db, args.events)
    client = editor_client()
    urls = forms()
    if args.profile:
        url = urls[args.profile]
        client.get(url)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(max(args.runs // 3, 1)):
            client.get(url)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return
    print(f"{db}: {events} events; {args.runs} runs per form; load {os.getloadavg()[0]:.2f}")
    print(f"{'form':<16} {'median ms':>10} {'cpu ms':>8} {'KB':>7} {'queries':>8}  url")
    for name, url in urls.items():
        show(name, measure(functools.partial(client.get, url), args.runs), url)
    print(f"POSTed with every inline's TOTAL_FORMS={INFLATED_TOTAL} (refused before its rows):")
    for name, url in urls.items():
        post = functools.partial(client.post, url, inflated(client, url))
        show(f"{name}-post", measure(post, max(args.runs // 10, 1)), url)


def show(name: str, figures: dict, url: str) -> None:
    print(
        f"{name:<16} {figures['wall']:>10.1f} {figures['cpu']:>8.1f} {figures['kb']:>7.0f} "
        f"{figures['queries']:>8}  {url}"
    )


if __name__ == "__main__":
    main()
