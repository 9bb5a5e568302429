"""Outside tester t11b, findings 1 and 2: `manage.py ingest` run several times at once.

Three articles about one new happening, stored at once, gave two events and a raw "An
event with this slug already exists"; one file stored twice at once ended one run in a
DuplicateSourceError traceback with no JSON. The command now reads each article against
the record under the admin accept's lock (rematch.lock_new_events), so one run creates
the event and the others cite it; a copy stored meanwhile is skipped with the documented
"already_stored". On PostgreSQL the runs are threads of this process, each with its own
connection, held after reading the record until every run has read it (or a few seconds
have passed: with the lock, the others wait for the first to finish, not at that point);
on SQLite they are processes of their own on a database file."""

import contextlib
import io
import json
import subprocess
import sys
import tempfile
import threading
import unittest
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.db import connection, connections
from django.test import SimpleTestCase, TestCase, TransactionTestCase, tag

from peaceproc.chronology import services as chronology
from peaceproc.chronology.models import Citation, Event, Participant, Source
from peaceproc.ingest import intake
from tests.security.processes import ROOT, migrated_sqlite, python

# Three reports of one meeting that no record holds, in other words each.
REPORTS = (
    "Erdogan and Putin\n\nRecep Tayyip Erdogan met Vladimir Putin in Sochi on 14 March 2024 "
    "to discuss Syria.\n",
    "Putin receives Erdogan\n\nOn 14 March 2024 Vladimir Putin received Recep Tayyip Erdogan "
    "in Sochi for talks on Syria.\n",
    "Sochi summit\n\nVladimir Putin and Recep Tayyip Erdogan held talks in Sochi on 14 March "
    "2024 about Syria.\n",
)
PEOPLE = {"vladimir-putin": "Vladimir Putin", "recep-tayyip-erdogan": "Recep Tayyip Erdogan"}
# How long a run waits at the barrier for the others to have read the record.
HOLD_SECONDS = 3
URL = "https://example.org/report"


def make_people() -> None:
    for slug, name in PEOPLE.items():
        Participant.objects.create(slug=slug, name=name, kind=Participant.Kind.PERSON)


def write_reports(folder: str, texts) -> list[str]:
    paths = []
    for number, text in enumerate(texts, start=1):
        path = Path(folder) / f"report{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


class ConcurrentRunChecks:
    """What every run printed and what the record holds after runs at once."""

    def check_one_event(self, outcomes: list[dict]):
        self.assertEqual([o["error"] for o in outcomes], [None] * len(outcomes))
        (event,) = Event.objects.all()
        self.assertEqual(event.start_date.isoformat(), "2024-03-14")
        actions = sorted(o["json"][0]["candidates"][0]["default_action"] for o in outcomes)
        self.assertEqual(actions, ["cite"] * (len(outcomes) - 1) + ["create"])
        # Every report is a source of that one event.
        self.assertEqual(Citation.objects.filter(event=event).count(), len(outcomes))


@tag("slow")
@unittest.skipUnless(connection.vendor == "postgresql", "PostgreSQL: threads, each a connection")
class PostgreSQLConcurrentCommandTests(ConcurrentRunChecks, TransactionTestCase):
    def setUp(self):
        make_people()
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def run_at_once(self, argument_lists: list[list[str]]) -> list[dict]:
        """Each argument list a run of the command in a thread of its own; every run,
        once it has read the record, waits for the others to have read it too."""
        barrier = threading.Barrier(len(argument_lists))
        planned = intake.plan_unreviewed

        def plan_then_wait(**kwargs):
            plan = planned(**kwargs)
            # (Broken when the others wait for this run to finish first.)
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=HOLD_SECONDS)
            return plan

        outcomes: list[dict] = [{} for _ in argument_lists]

        def run(number: int, args: list[str]):
            out, err = io.StringIO(), io.StringIO()
            error = None
            try:
                call_command("ingest", *args, "--json", stdout=out, stderr=err)
            except BaseException as exc:  # a traceback is what the test looks for
                error = f"{type(exc).__name__}: {exc}"
            finally:
                connections.close_all()
            text = out.getvalue()
            outcomes[number] = {"error": error, "json": json.loads(text) if text else None}

        with mock.patch.object(intake, "plan_unreviewed", plan_then_wait):
            threads = [
                threading.Thread(target=run, args=(n, args))
                for n, args in enumerate(argument_lists)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
        return outcomes

    def test_reports_of_one_new_happening_at_once_store_one_event(self):
        paths = write_reports(self.tmp.name, REPORTS)
        outcomes = self.run_at_once(
            [
                [path, "--published", "2024-03-15", "--url", f"{URL}{n}"]
                for n, path in enumerate(paths)
            ]
        )
        self.check_one_event(outcomes)
        self.assertEqual(Source.objects.count(), 3)

    def test_one_file_twice_at_once_is_stored_once_and_skipped_once(self):
        (path,) = write_reports(self.tmp.name, REPORTS[:1])
        outcomes = self.run_at_once([[path, "--published", "2024-03-15"]] * 2)
        self.assertEqual([o["error"] for o in outcomes], [None, None])
        codes = sorted(str(o["json"][0].get("code")) for o in outcomes)
        self.assertEqual(codes, ["None", "already_stored"])
        skipped = next(o["json"][0] for o in outcomes if o["json"][0].get("code"))
        self.assertNotIn("error", skipped)
        self.assertEqual(Source.objects.count(), 1)
        self.assertEqual(Event.objects.count(), 1)


@tag("slow")
class SQLiteConcurrentCommandTests(SimpleTestCase):
    """Processes of their own on a SQLite file, migrated like a real one: its IMMEDIATE
    transactions queue the writers; the outcome must be the same."""

    OPTIONS = ("--published", "2024-03-15", "--json", "--url")

    def test_reports_of_one_new_happening_at_once_store_one_event(self):
        with tempfile.TemporaryDirectory() as tmp:
            env = migrated_sqlite(tmp, self)
            people = "; ".join(
                f"Participant.objects.create(slug={slug!r}, name={name!r}, kind='person')"
                for slug, name in PEOPLE.items()
            )
            made = python("manage.py", "shell", "-c",
                          f"from peaceproc.chronology.models import Participant; {people}",
                          env=env)  # fmt: skip
            self.assertEqual(made.returncode, 0, made.stderr)
            paths = write_reports(tmp, REPORTS)
            runs = [
                subprocess.Popen(
                    [sys.executable, "manage.py", "ingest", path, *self.OPTIONS, f"{URL}{n}"],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for n, path in enumerate(paths)
            ]
            outcomes = []
            for run in runs:
                out, err = run.communicate(timeout=300)
                self.assertEqual(run.returncode, 0, err)
                self.assertNotIn("Traceback", err)
                outcomes.append({"error": None, "json": json.loads(out)})
            import sqlite3

            db = sqlite3.connect(env["SQLITE_PATH"])
            try:
                events = db.execute("SELECT start_date FROM chronology_event").fetchall()
                cited = db.execute(
                    "SELECT count(*) FROM chronology_citation WHERE event_id IS NOT NULL"
                ).fetchone()[0]
            finally:
                db.close()
        self.assertEqual(events, [("2024-03-14",)])
        self.assertEqual(cited, 3)
        actions = sorted(o["json"][0]["candidates"][0]["default_action"] for o in outcomes)
        self.assertEqual(actions, ["cite", "cite", "create"])


class SourceStoredMeanwhileTests(TestCase):
    """create_source: a text another writer stored after the check is refused as the
    duplicate it is (DuplicateSourceError, naming that source), not a database error."""

    def test_a_text_stored_after_the_check_is_a_duplicate(self):
        earlier = chronology.create_source(text="One report of the talks.")
        checked = chronology.find_source_by_text
        calls = []

        def not_yet_stored(text):
            calls.append(text)
            return None if len(calls) == 1 else checked(text)

        with (
            mock.patch.object(chronology, "find_source_by_text", not_yet_stored),
            self.assertRaises(chronology.DuplicateSourceError) as refused,
        ):
            chronology.create_source(text="One  report of the talks.")
        self.assertEqual(refused.exception.existing, earlier)
        self.assertEqual(Source.objects.count(), 1)
