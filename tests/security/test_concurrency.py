"""Several writers and readers at once, for some seconds, on SQLite (the settings' WAL, busy
timeout and immediate transactions) and on PostgreSQL: no 'database is locked', no error
of any kind, and no lost write: every committed source, citation and edit is there."""

import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

from django.db import connection
from django.test import SimpleTestCase, TransactionTestCase, tag

from .processes import ROOT, migrated_sqlite, python

WRITERS = 4
READERS = 2
SECONDS = 4.0


def run(args, env, timeout=120):
    result = python("-m", "tests.security.concurrency_worker", *args, env=env, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def hammer(env) -> list[dict]:
    """Start the writers and readers together and collect their reports."""
    start_at = time.time() + 3  # time for every process to import Django first
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.security.concurrency_worker",
                role,
                str(i),
                str(SECONDS),
                str(start_at),
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, role in enumerate(["writer"] * WRITERS + ["reader"] * READERS)
    ]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


class ConcurrencyChecks:
    def check(self, reports, counts, vendor):
        errors = [e for r in reports for e in r["errors"]]
        self.assertEqual(errors, [], "errors under concurrent load")
        writes = sum(r["done"] for r in reports if r["role"] == "writer")
        reads = sum(r["done"] for r in reports if r["role"] == "reader")
        # Really concurrent: every writer and reader got work done.
        self.assertTrue(all(r["done"] > 0 for r in reports), reports)
        self.assertEqual(counts["sources"], writes)
        self.assertEqual(counts["citations"], writes)
        # The shared record holds every writer's every edit: none was overwritten.
        edits = sorted(e for r in reports if r["role"] == "writer" for e in r["edits"])
        self.assertEqual(sorted(counts["summary"].split()), edits)
        print(f"\n  {vendor}: {writes} writes, {reads} reads in {SECONDS:.0f} s")


@tag("slow")
class SQLiteConcurrencyTests(ConcurrencyChecks, SimpleTestCase):
    """On a SQLite file (not the in-memory test database), migrated like a real one."""

    def test_writers_and_readers_on_sqlite(self):
        with tempfile.TemporaryDirectory() as tmp:
            env = migrated_sqlite(tmp, self)
            run(["setup"], env)
            reports = hammer(env)
            import sqlite3

            db = sqlite3.connect(env["SQLITE_PATH"])
            try:
                self.assertEqual(db.execute("PRAGMA journal_mode").fetchone()[0], "wal")
                counts = {
                    "sources": db.execute("SELECT count(*) FROM chronology_source").fetchone()[0],
                    "citations": db.execute("SELECT count(*) FROM chronology_citation").fetchone()[
                        0
                    ],
                    "summary": db.execute(
                        "SELECT summary FROM chronology_event WHERE slug = 'shared'"
                    ).fetchone()[0],
                }
            finally:
                db.close()
            self.check(reports, counts, "sqlite")


@tag("slow")
@unittest.skipUnless(
    connection.vendor == "postgresql",
    "PostgreSQL only: run the suite with DATABASE_URL=postgres:///... (CI does)",
)
class PostgreSQLConcurrencyTests(ConcurrencyChecks, TransactionTestCase):
    """On the test database itself, which every worker process connects to."""

    def test_writers_and_readers_on_postgresql(self):
        from urllib.parse import quote

        from peaceproc.chronology.models import Citation, Event, Source

        params = connection.settings_dict
        auth = ""
        if params["USER"]:
            auth = quote(params["USER"], safe="")
            if params["PASSWORD"]:
                auth += ":" + quote(params["PASSWORD"], safe="")
            auth += "@"
        host = params["HOST"] or ""
        if params["PORT"]:
            host += f":{params['PORT']}"
        url = f"postgres://{auth}{host}/{params['NAME']}"
        env = {**os.environ, "DATABASE_URL": url, "PEACEPROC_COMMAND_LINE": "1"}
        run(["setup"], env)
        reports = hammer(env)
        counts = {
            "sources": Source.objects.count(),
            "citations": Citation.objects.count(),
            "summary": Event.objects.get(slug="shared").summary,
        }
        self.check(reports, counts, "postgresql")


@unittest.skipIf(connection.vendor == "sqlite", "SQLite runs one writer at a time (IMMEDIATE)")
class ConcurrentCiteTests(TransactionTestCase):
    """Issue 13, finding 10: two `cite()` calls for the same source and record at once, on
    PostgreSQL. Both read "no citation" (or the same quote) before either wrote, so one
    failed on the unique constraint or overwrote the other's quote. Two writers, each with
    its own connection, start together; every quote must be kept, with no error."""

    ROUNDS = 25

    def test_two_writers_never_lose_a_quote(self):
        import datetime
        import threading

        from django.db import connections

        from peaceproc.chronology import services
        from peaceproc.chronology.models import Citation, Event, Source

        source = Source.objects.create(url="https://example.org/shared")
        errors: list[str] = []

        def writer(barrier, event, quote):
            try:
                barrier.wait(timeout=30)
                services.cite(source=source, target=event, quote=quote)
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
            finally:
                connections.close_all()

        for n in range(self.ROUNDS):
            event = Event.objects.create(
                slug=f"e{n}", title=f"Event {n}", kind="meeting",
                start_date=datetime.date(2017, 5, 4),
            )  # fmt: skip
            if n % 2:  # the citation exists: both append to its quote
                services.cite(source=source, target=event, quote="first")
            barrier = threading.Barrier(2)
            threads = [
                threading.Thread(target=writer, args=(barrier, event, f"q{n}-{w}")) for w in (1, 2)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            self.assertEqual(errors, [])
            (citation,) = Citation.objects.filter(source=source, event=event)
            for w in (1, 2):
                self.assertIn(f"q{n}-{w}", citation.quote, f"round {n}: a quote was lost")
