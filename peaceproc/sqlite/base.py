"""Django's SQLite backend, creating a new database file readable by its owner only.

The file holds password hashes and sessions. SQLite creates it with the process's umask
(0644 as a rule) and gives its -wal and -shm files the database file's mode, so making
the file 0600 before SQLite first opens it keeps all three private.
"""

import contextlib
import os

from django.db.backends.sqlite3 import base


def create_private(name: str) -> None:
    """Create the empty database file `name` as 0600 unless it exists (SQLite takes an
    empty file for a new database); in-memory databases are left alone."""
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        create_private(str(conn_params["database"]))
        return super().get_new_connection(conn_params)
