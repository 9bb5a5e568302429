"""One set-up at a time per database: `make run` and `make serve` started together on a
fresh clone would otherwise both see the migrations unapplied and both create the tables
("table chronology_round already exists"), or both load the seeds.

`setup_lock(connection)` holds an exclusive lock for the database while the block runs:
on PostgreSQL a session advisory lock (every machine sharing the database), on SQLite an
OS file lock beside the database file (every process on the machine). Whoever comes
second waits, then finds the work done: migrate and loadseeds are idempotent once run
one after the other."""

import fcntl
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db.backends.base.base import BaseDatabaseWrapper

# The advisory lock's key: any fixed 64-bit number, named so that it reads in pg_locks.
ADVISORY_KEY = zlib.crc32(b"peaceproc set-up")


def lock_path(connection: BaseDatabaseWrapper) -> Path | None:
    """The file locked for an SQLite database, or None for one in memory."""
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or (name.startswith("file:") and "mode=memory" in name):
        return None
    return Path(f"{name}.setup-lock")


@contextmanager
def setup_lock(connection: BaseDatabaseWrapper) -> Iterator[None]:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_KEY])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_KEY])
        return
    path = lock_path(connection) if connection.vendor == "sqlite" else None
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # waits for the other set-up to finish
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
