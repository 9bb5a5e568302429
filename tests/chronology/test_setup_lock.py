"""Two set-ups at once (`make run` and `make serve` on a fresh clone) take turns: the
second waits on the database's set-up lock and finds the tables made, instead of failing
with "table chronology_round already exists"."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.test import SimpleTestCase, tag

from peaceproc.setuplock import lock_path, setup_lock

# Tries the lock without waiting: exits 0 if it got it, 1 if another process holds it.
TRY_LOCK = """
import fcntl, sys
with open(sys.argv[1], "a") as handle:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        sys.exit(1)
"""


def waits_on(run: subprocess.Popen, lock: Path, timeout: float = 300) -> bool:
    """Whether `run` comes to wait for the file lock on `lock` (Linux lists each process
    blocked on a lock in /proc/locks, marked "->"), rather than ending first."""
    inode = f":{lock.stat().st_ino} "
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open("/proc/locks") as locks:
            for line in locks:
                fields = line.split()
                if fields[1] == "->" and fields[5] == str(run.pid) and inode in line:
                    return True
        try:
            run.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        return False  # it ended without waiting
    return False


def sqlite(name: str) -> SimpleNamespace:
    return SimpleNamespace(vendor="sqlite", settings_dict={"NAME": name})


def manage(*args: str, database: Path) -> subprocess.Popen:
    env = {**os.environ, "SQLITE_PATH": str(database), "PEACEPROC_COMMAND_LINE": "1"}
    env.pop("DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


class SetupLockTests(SimpleTestCase):
    def test_the_lock_is_held_against_other_processes_until_the_block_ends(self):
        with tempfile.TemporaryDirectory() as folder:
            connection = sqlite(f"{folder}/db.sqlite3")
            path = lock_path(connection)
            self.assertEqual(path, Path(f"{folder}/db.sqlite3.setup-lock"))
            try_lock = [sys.executable, "-c", TRY_LOCK, str(path)]
            with setup_lock(connection):
                self.assertEqual(subprocess.run(try_lock).returncode, 1)
            self.assertEqual(subprocess.run(try_lock).returncode, 0)

    def test_a_database_in_memory_needs_no_lock_file(self):
        self.assertIsNone(lock_path(sqlite(":memory:")))
        with setup_lock(sqlite(":memory:")):
            pass

    @tag("slow")
    def test_two_migrations_started_at_once_both_succeed(self):
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "db.sqlite3"
            runs = [manage("setuplocked", "migrate", "--no-input", database=database)
                    for _ in range(2)]  # fmt: skip
            outputs = [run.communicate(timeout=300)[0] for run in runs]
            for run, output in zip(runs, outputs, strict=True):
                self.assertEqual(run.returncode, 0, output[-2000:])
            self.assertEqual(sum("No migrations to apply." in out for out in outputs), 1)

    @tag("slow")
    def test_a_set_up_waits_while_another_holds_the_lock(self):
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "db.sqlite3"
            with setup_lock(sqlite(str(database))):
                run = manage("setuplocked", "migrate", "--no-input", database=database)
                lock = lock_path(sqlite(str(database)))
                self.assertTrue(waits_on(run, lock), "the second set-up did not wait")
            output = run.communicate(timeout=300)[0]
            self.assertEqual(run.returncode, 0, output[-2000:])
