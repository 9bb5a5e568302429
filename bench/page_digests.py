"""Digests of the timeline's pages, to show that a change left them byte-identical.

    python bench/page_digests.py --db FILE [--events N] --out digests.json
    python bench/page_digests.py --compare before.json after.json

The first form renders a sample of timeline views of a database (the searches drawn from
its own records: participants' names and their other spellings, words of round, event
and agreement titles and places; with other filters, zoom levels, list pages; as htmx
swaps and as whole pages) and writes the SHA-256 of each body, by URL. Run it on the
code before and after a change (the same database, the same day: the axis marks today),
then compare: the URLs whose bodies differ are listed, and the exit status is 1.

`--db` is a SQLite file set up as the benchmarks' (bench/database.py): with `--events 0`,
the seed data alone. The page cache is off: every page is rendered.
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

# Searches written out, beside those drawn from the data: scripts, case, accents,
# punctuation, markup, a word nothing matches, a lone letter.
FIXED_SEARCHES = (
    "ceasefire",
    "Lavrentiev",
    "Лаврентьев",
    "Женева",
    "جنيف",
    "de-escalation",
    "Astana 4",
    "ASTANA",
    "Genève",
    '"constitutional committee"',
    "<b>sochi</b>",
    "zzzz",
    "a",
)
# Other filters a search is shown with.
VARIANTS = (
    {},
    {"zoom": "4y", "at": "2016-01-01"},
    {"zoom": "year", "at": "2017-01-01"},
    {"page": "2"},
    {"track": ["astana", "geneva", "constitutional-committee", "other"]},
    {"kind": "event"},
)
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline"}


def searches(limit: int) -> list[str]:
    """Up to `limit` searches drawn from the records, in a fixed order."""
    from peaceproc.chronology.models import Agreement, Event, ParticipantAlias, Round

    found: list[str] = list(FIXED_SEARCHES)

    def add(texts, every: int = 1) -> None:
        for text in list(texts)[::every]:
            words = [w.strip(".,;:()«»\"'") for w in text.split()]
            words = [w for w in words if len(w) > 3]
            if words and (word := max(words, key=len)) not in found:
                found.append(word)

    add(ParticipantAlias.objects.order_by("pk").values_list("name", flat=True), every=3)
    add(Round.objects.order_by("pk").values_list("title", flat=True), every=3)
    add(Round.objects.order_by("pk").values_list("city", flat=True))
    add(Agreement.objects.order_by("pk").values_list("title", flat=True), every=5)
    events = Event.objects.order_by("pk")
    add(events.values_list("title", flat=True), every=max(events.count() // 120, 1))
    add(events.values_list("place", flat=True), every=max(events.count() // 30, 1))
    return found[:limit]


def urls(limit: int) -> list[tuple[str, bool]]:
    """(URL, as an htmx swap) of each view compared."""
    views = [("/", False), ("/", True)]
    for number, q in enumerate(searches(limit)):
        variant = VARIANTS[number % len(VARIANTS)]
        views.append(("/?" + urlencode({"q": q}), True))
        if variant:
            views.append(("/?" + urlencode({"q": q, **variant}, doseq=True), number % 2 == 0))
    return views


def digest(args: argparse.Namespace) -> int:
    from database import open_database

    open_database(args.db, args.events)

    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    override_settings(STORAGES=storages, ALLOWED_HOSTS=["testserver"], PAGE_CACHE=False).enable()
    client = Client()
    digests = {}
    for url, htmx in urls(args.searches):
        response = client.get(url, **(HTMX if htmx else {}))
        key = f"{url} {'htmx' if htmx else 'page'}"
        digests[key] = f"{response.status_code} {hashlib.sha256(response.content).hexdigest()}"
    Path(args.out).write_text(json.dumps(digests, indent=1, ensure_ascii=False))
    print(f"{len(digests)} views of {args.db} written to {args.out}")
    return 0


def compare(before: str, after: str) -> int:
    old, new = (json.loads(Path(name).read_text()) for name in (before, after))
    differ = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(old.keys() & new.keys())} views in both; {len(differ)} differ.")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="the SQLite file (bench/database.py)")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=120, help="searches drawn at most")
    parser.add_argument("--out", help="where to write the digests (JSON)")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if not (args.db and args.out):
        parser.error("--db and --out, or --compare")
    return digest(args)


if __name__ == "__main__":
    sys.exit(main())
