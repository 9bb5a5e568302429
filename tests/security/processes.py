"""Running Python in a process of its own, in the project's folder, as a deployment would."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def python(*args: str, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python *args` with `env`, its output captured as text; never raises on failure."""
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def migrated_sqlite(folder: str, test) -> dict:
    """The environment of processes on a new SQLite file in `folder` (not the in-memory
    test database), migrated like a real one; `test` fails when migrating does."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(SQLITE_PATH=str(Path(folder) / "db.sqlite3"), PEACEPROC_COMMAND_LINE="1")
    migrated = python("manage.py", "migrate", "--no-input", "-v0", env=env, timeout=600)
    test.assertEqual(migrated.returncode, 0, migrated.stderr)
    return env
