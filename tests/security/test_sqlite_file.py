"""Issue 13, item 4: the SQLite database (and its -wal and -shm files) is created readable
by its owner only: it holds password hashes and sessions."""

import os
import stat
import tempfile
from pathlib import Path

from django.db import connection
from django.db.utils import load_backend
from django.test import SimpleTestCase


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class SqliteFileModeTests(SimpleTestCase):
    def open_database(self, path: Path):
        backend = load_backend("peaceproc.sqlite")
        wrapper = backend.DatabaseWrapper({**connection.settings_dict, "NAME": str(path)})
        # The backend's own connect, past the test runner's guard on `default`.
        sqlite = wrapper.get_new_connection(wrapper.get_connection_params())
        self.addCleanup(sqlite.close)
        sqlite.execute("PRAGMA journal_mode=WAL")
        sqlite.execute("CREATE TABLE t (x)")
        sqlite.execute("INSERT INTO t VALUES (1)")
        return sqlite

    def test_a_new_database_and_its_wal_files_are_owner_only(self):
        old = os.umask(0o022)
        self.addCleanup(os.umask, old)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "db.sqlite3"
            sqlite = self.open_database(path)
            self.assertEqual(sqlite.execute("PRAGMA journal_mode").fetchone()[0], "wal")
            self.assertEqual(mode(path), 0o600)
            for suffix in ("-wal", "-shm"):
                self.assertEqual(mode(Path(f"{path}{suffix}")), 0o600, suffix)

    def test_the_settings_use_the_private_backend_for_sqlite(self):
        if connection.vendor == "sqlite":
            self.assertEqual(connection.settings_dict["ENGINE"], "peaceproc.sqlite")
