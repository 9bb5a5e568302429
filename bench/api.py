"""Server time of the JSON API's lists with 10,000 generated events.

    python bench/api.py [--runs 40] [--events 10000] [--db /tmp/peaceproc-bench.sqlite3]

The same database and set-up as bench/run.py (its own SQLite file under /tmp, the seed
data plus generated events; the page cache off), and the same measurement: the Django
handler with every middleware, in-process. For each URL: median and 95th percentile of
the wall clock, the median CPU time, and the number of SQL queries of one request.
Compare runs on one machine (the load average is printed at the end).

Issue 11, before (hand-written views, 98d774c) and after (django-ninja), on one machine
with 2 cores shared by 8 sessions (load average 5 to 13, so wall-clock medians say
little): CPU-time medians in ms, 15 runs each, the shipped seeds plus 10,000 generated
events, SQLite; before is the range of 4 runs, after of 3.

    url                              before       after        queries before/after
    /api/rounds                      19.8-23.9    29.8-30.6    7 / 7
    /api/rounds?track=astana         15.5-19.7    23.5-24.2    7 / 7
    /api/timeline                    2027-2078    63.0-65.7    14 / 10
    /api/timeline?limit=500          1837-1938    194-217      14 / 15
    /api/timeline?round=astana-4     46.2-48.9    47.0-51.1    14 / 18
    /api/events?limit=500            84.4-88.9    95.3-101.5   7 / 7
    /api/sources                     91.7-98.0    128-134      3 / 3

The timeline orders light rows and reads whole records for its page only (it read and
serialised every item before slicing); the record lists pay for validating each
response against its Schema (a quarter to a third more CPU).
"""

import json
import os
import statistics
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))

from database import bench_arguments, open_database  # noqa: E402
from run import percentile, timed  # noqa: E402

URLS = (
    "/api/rounds",
    "/api/rounds?track=astana",
    "/api/timeline",
    "/api/timeline?limit=500",
    "/api/timeline?round=astana-4",
    "/api/events?limit=500",
    "/api/sources",
    # The exports of half a year (CSV, JSON, iCalendar), beside the API's timeline
    # of the same items (their peer), and the Atom feed of changes.
    "/api/timeline?from=2017-01-01&to=2017-06-30&limit=500",
    "/api/export.csv?from=2017-01-01&to=2017-06-30",
    "/api/export.json?from=2017-01-01&to=2017-06-30",
    "/api/export.ics?from=2017-01-01&to=2017-06-30",
    "/whats-new/feed.atom",
)


def main() -> int:
    args = bench_arguments(__doc__.split("\n")[0], runs=40)

    events = open_database(args.db, args.events)

    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    override_settings(ALLOWED_HOSTS=["testserver"], PAGE_CACHE=False).enable()
    client = Client()
    print(f"\n{events} events in {args.db}; {args.runs} runs each; milliseconds.\n")
    header = f"{'url':<56} {'median':>7} {'p95':>7} {'cpu med':>7} {'queries':>7} {'bytes':>8}"
    print(header)
    print("-" * len(header))
    results = []
    for url in URLS:

        def get(url=url):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        queries = []

        def count(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            size = len(get().content)
        wall, cpu = timed(get, args.runs)
        row = {
            "url": url,
            "median_ms": round(statistics.median(wall), 1),
            "p95_ms": round(percentile(wall, 0.95), 1),
            "cpu_median_ms": round(statistics.median(cpu), 1),
            "queries": len(queries),
            "bytes": size,
        }
        results.append(row)
        print(
            f"{url:<56} {row['median_ms']:>7} {row['p95_ms']:>7} {row['cpu_median_ms']:>7} "
            f"{row['queries']:>7} {size:>8}"
        )
    print(f"\nLoad average while measuring: {', '.join(f'{n:.1f}' for n in os.getloadavg())}.")
    if args.json:
        Path(args.json).write_text(json.dumps({"events": events, "urls": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
