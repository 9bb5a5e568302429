"""CPU time of the admin's review page for a long article: the GET that draws it and
the POST that accepts it as proposed, with 60 candidates and with the most one review takes
(issue 9, finding 1).

    python bench/ingest_review.py [--candidates 60 0] [--runs 5] [--limit 0.5]
                                  [--text FILE ...]

(`make bench-review` runs it.) It uses its own SQLite file under /tmp holding the seed
data, never the project's database. Each article is generated: one dated sentence per
candidate, with known people, cities and round numbers spread over 2016-2025, so every
candidate has choices to draw and records to match (--text measures given articles
instead, e.g. an outside tester's). A size of 0 stands for the largest generated article
whose review fits in one request (`review_refusal`: the candidate cap and Django's
DATA_UPLOAD_MAX_NUMBER_FIELDS, which the people each candidate names count against); a
larger one is refused at upload with a message, by design. The article is pasted once through
the upload view; then the review page is drawn `runs` times and accepted `runs` times,
each accept inside a transaction that is rolled back, so every run accepts the same
review. Printed per size: the median CPU seconds of the process per request (waiting
for a busy CPU does not count), the page's size and its database queries. Exits
non-zero when a median is above the limit.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from database import editor_client, open_database  # noqa: E402

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
PEOPLE = (
    "Alexander Lavrentiev", "Sedat Onal", "Staffan de Mistura", "Geir Pedersen",
    "Kairat Abdrakhmanov", "Mikhail Bogdanov", "Bashar al-Jaafari", "Hossein Jaberi Ansari",
)  # fmt: skip
CITIES = ("Astana", "Geneva", "Sochi", "Damascus", "Ankara", "Tehran", "Moscow")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def article(candidates: int) -> str:
    """A retrospective of `candidates` dated meetings, each in its own paragraph."""
    lines = [f"Timeline: {candidates} meetings of the Syria talks", ""]
    for i in range(candidates):
        year, month, day = 2016 + i % 10, i * 7 % 12, 1 + i * 11 % 27
        first, second = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 3 + 1) % len(PEOPLE)]
        lines.append(
            f"On {day} {MONTHS[month]} {year}, {first} and {second} met in "
            f"{CITIES[i % len(CITIES)]} for the {ORDINALS[i % len(ORDINALS)]} round of "
            "talks; the delegations discussed detainees and humanitarian access."
        )
        lines.append("")
    return "\n".join(lines)


def largest_reviewable() -> int:
    """The most candidates a generated article can have and still fit one review."""
    from peaceproc.ingest.analysis import analyse
    from peaceproc.ingest.gazetteer import build_gazetteer
    from peaceproc.ingest.intake import max_review_candidates, review_refusal

    gazetteer = build_gazetteer()
    for count in range(max_review_candidates(), 0, -1):
        analysis = analyse(text=article(count), published=None, language="en", gazetteer=gazetteer)
        if not review_refusal(name="bench", analysis=analysis):
            return count
    return 0


def median_cpu(function, runs: int) -> tuple[float, float, object]:
    """Median CPU and wall seconds of `runs` calls (after one warm-up), and the last result."""
    result = function()
    cpu, wall = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = function()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(cpu), statistics.median(wall), result


def accept_data(pending) -> dict:
    """The POST of the review page left as proposed."""
    from peaceproc.ingest.views import review_formset

    formset = review_formset(pending)
    data = {
        "form-TOTAL_FORMS": str(len(formset.forms)),
        "form-INITIAL_FORMS": str(len(formset.forms)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "accept": "Accept",
    }
    for form in formset.forms:
        for name in form.fields:
            value = form.initial.get(name)
            if value is None or value == []:
                continue
            data[form.add_prefix(name)] = value if isinstance(value, list) else str(value)
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidates", type=int, nargs="+", default=[60, 0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=float, default=0.5, help="CPU seconds per request")
    parser.add_argument("--text", nargs="+", type=Path, help="articles to measure instead")
    parser.add_argument("--db", default="/tmp/peaceproc-bench-review.sqlite3")
    args = parser.parse_args()

    open_database(args.db, 0)

    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from peaceproc.ingest.models import PendingArticle

    client = editor_client()
    failed = False
    print(f"{'candidates':>10} {'request':>8} {'cpu s':>7} {'wall s':>7} {'kB':>7} {'queries':>7}")
    sizes = [size or largest_reviewable() for size in args.candidates]
    texts = [p.read_text() for p in args.text] if args.text else map(article, sizes)
    for text in texts:
        PendingArticle.objects.all().delete()
        response = client.post(
            reverse("ingest:index"), {"text": text, "published": "2025-12-01", "language": "en"}
        )
        pending = PendingArticle.objects.waiting().first()
        if pending is None:
            print(f"The upload was refused (status {response.status_code}).")
            return 2
        found = len(pending.candidates)
        url = pending.get_absolute_url()

        def draw(url=url):
            return client.get(url)

        data = accept_data(pending)

        def accept(url=url, data=data):
            with transaction.atomic():
                answer = client.post(url, data)
                transaction.set_rollback(True)
            return answer

        for name, function, expected in (("GET", draw, 200), ("POST", accept, 302)):
            cpu, wall, response = median_cpu(function, args.runs)
            with CaptureQueriesContext(connection) as queries:
                function()
            if response.status_code != expected:
                print(f"{name} answered {response.status_code}, not {expected}")
                return 2
            over = cpu > args.limit
            failed |= over
            print(
                f"{found:>10} {name:>8} {cpu:>7.3f} {wall:>7.3f} "
                f"{len(response.content) / 1000:>7.0f} {len(queries):>7}" + ("  OVER" * over)
            )
    PendingArticle.objects.all().delete()
    print(f"limit {args.limit} s CPU per request; load average {os.getloadavg()[0]:.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
