"""`loadseeds --corrections` (and `--update`) over a seeded database reads the seeds'
sources, their citations and the participants' aliases in a constant number of queries,
however many rows the seeds have, and compares a record's links without loading them: the
run over the shipped record made some 3,900 queries, about 2,300 of them one per row."""

import csv
import json
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology.models import Citation, Event, ParticipantAlias, Source, Track
from peaceproc.chronology.seeding import CSV_FIELDS, load_seeds
from tests.seeds import SEEDS, load_shipped_seeds

# The tables whose rows the run reads in a constant number of queries, however many the
# seeds name (the tracks: each found once, and not loaded again as each record's link).
READ_ONCE = [model._meta.db_table for model in (Source, Citation, ParticipantAlias, Track)]
MORE = 12  # the rows the larger seeds add (each its own sources), and a participant's aliases


def larger_seeds(directory: Path) -> Path:
    """The shipped seeds with MORE events (each with two sources of its own) and a
    participant with MORE aliases."""
    seeds = directory / "seeds"
    shutil.copytree(SEEDS, seeds)
    with (seeds / "chronology.csv").open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, CSV_FIELDS)
        for n in range(MORE):
            writer.writerow(
                dict.fromkeys(CSV_FIELDS, "")
                | {
                    "slug": f"added-meeting-{n}",
                    "track": "related",
                    "label": f"Added meeting {n}",
                    "start_date": f"2019-03-{n + 1:02d}",
                    "kind": "meeting",
                    "source_url": f"https://example.org/meeting-{n}",
                    "confidence": "high",
                    "extra_sources": f"https://example.org/meeting-{n}/more",
                }
            )
    reference = json.loads((seeds / "reference.json").read_text(encoding="utf-8"))
    reference["participants"].append(
        {
            "slug": "added-envoy",
            "name": "Added Envoy",
            "kind": "person",
            "aliases": [f"Added Envoy {n}" for n in range(MORE)],
        }
    )
    (seeds / "reference.json").write_text(json.dumps(reference), encoding="utf-8")
    return seeds


def read_queries(seeds: Path, **mode) -> Counter:
    """The run's reads of each table of READ_ONCE (all of them counted: Django's query log
    keeps the last 9,000)."""
    found = Counter()

    def count(execute, sql, params, many, context):
        match = re.match(r'SELECT .*? FROM "(\w+)"', sql)
        if match and match.group(1) in READ_ONCE:
            found[match.group(1)] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        load_seeds(seeds, **mode)
    return found


class SeedQueriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_the_reads_do_not_grow_with_the_rows(self):
        for mode in ({"correct": True}, {"update": True}):
            with self.subTest(mode=mode):
                few = read_queries(SEEDS, **mode)
                with tempfile.TemporaryDirectory() as tmp:
                    larger = larger_seeds(Path(tmp))
                    load_seeds(larger)
                    self.assertEqual(
                        Event.objects.filter(slug__startswith="added-meeting-").count(), MORE
                    )
                    many = read_queries(larger, **mode)
                self.assertEqual(many, few)
                self.assertLess(sum(few.values()), 40, few)  # some 1,800 before


def run_queries(seeds: Path, **mode) -> int:
    """The queries of a run, but PostgreSQL's record locks (one per record it may change:
    audit.locks)."""
    with CaptureQueriesContext(connection) as run:
        report = load_seeds(seeds, **mode)
    assert not report.changed, report.lines()
    return sum("pg_advisory_xact_lock" not in query["sql"] for query in run.captured_queries)


class NothingToDoQueriesTests(TestCase):
    """A run over a database that holds the seeds already (`make run`'s start, a test's
    second load) reads each kind of record once, not each record: its queries do not grow
    with the rows (some 340 for a plain run and 850 for --update before)."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_the_queries_do_not_grow_with_the_rows(self):
        for mode in ({}, {"update": True}):
            with self.subTest(mode=mode):
                few = run_queries(SEEDS, **mode)
                with tempfile.TemporaryDirectory() as tmp:
                    larger = larger_seeds(Path(tmp))
                    load_seeds(larger)
                    many = run_queries(larger, **mode)
                self.assertEqual(many, few)
                self.assertLess(few, 100)
