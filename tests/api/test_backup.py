"""exportdata / importdata: the whole record round-trips, row for row, ids kept."""

import gzip
import io
import json
import tempfile
from pathlib import Path

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command

from peaceproc.audit import services as audit
from peaceproc.chronology import backup
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    Participant,
    ParticipantAlias,
    Participation,
    Round,
    Source,
    Track,
)
from peaceproc.chronology.urlkeys import url_key

from .base import ARTICLE, SeededTestCase


def snapshot() -> dict[str, list[dict]]:
    """Every row of every backed-up table, by primary key."""
    return {
        backup.label(model): list(model._default_manager.order_by("pk").values())
        for model in backup.project_models()
    }


def empty_the_database() -> None:
    """Delete every row of the project's tables, children first (PROTECT links)."""
    for model in (Citation, Participation, ParticipantAlias):
        model.objects.all().delete()
    for model in (Event, Agreement, EnvoyTenure, Round, Source):
        model.objects.all().delete()
    Participant.objects.update(represents=None)
    Participant.objects.all().delete()
    Track.objects.all().delete()
    for model in backup.project_models():
        model._default_manager.all().delete()


class RestoredTests(SeededTestCase):
    """The seeded and ingested record exported, the database emptied and the backup
    restored, once for the class (a restore writes some 2,900 rows); each test reads the
    restored record, and its own writes are rolled back."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.before = snapshot()
        cls.event_url = cls.extras["event"].get_absolute_url()
        cls.highest_source = Source.objects.order_by("-pk").first().pk
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "backup.json"
            call_command("exportdata", str(path), stdout=io.StringIO())
            empty_the_database()
            cls.emptied = snapshot()
            out = io.StringIO()
            call_command("importdata", str(path), stdout=out)
        cls.output = out.getvalue()

    def test_seeded_and_ingested_record_round_trips_row_for_row(self):
        self.assertEqual(len(self.before["chronology.round"]), 42)
        self.assertTrue(any(s["text"] == ARTICLE for s in self.before["chronology.source"]))
        self.assertTrue(all(rows == [] for rows in self.emptied.values()))
        self.assertIn("Restored", self.output)
        after = snapshot()
        self.assertEqual(after.keys(), self.before.keys())
        for table in self.before:
            with self.subTest(table):
                self.assertEqual(after[table], self.before[table])

    def test_ids_survive_so_permalinks_do(self):
        event = self.extras["event"]
        self.assertEqual(Event.objects.get(slug=event.slug).get_absolute_url(), self.event_url)
        response = self.client.get(f"/api/events/{event.slug}")
        self.assertEqual(response.json()["citations"][0]["source"]["id"], self.extras["source"].pk)

    def test_new_rows_after_a_restore_get_fresh_ids(self):
        # On PostgreSQL this needs the sequences moved past the restored ids.
        source = Source.objects.create(url="https://example.org/after-restore")
        self.assertGreater(source.pk, self.highest_source)
        track = Track.objects.create(slug="new-track", name="New", colour="#123456")
        self.assertGreater(track.pk, 5)


class BackupRoundTripTests(SeededTestCase):
    """Each test that restores, refuses or edits a plain backup of the seeded record gets
    its own copy of one made for the class by `exportdata` (an export of the same rows
    writes the same file); the tests of the export itself (the file, gzip, standard
    output, a missing folder) run it themselves."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "backup.json"
            call_command("exportdata", str(path), stdout=io.StringIO())
            cls.backup = path.read_bytes()

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.folder = Path(folder.name)

    def export(self, name: str = "backup.json", *args) -> Path:
        path = self.folder / name
        call_command("exportdata", str(path), *args, stdout=io.StringIO())
        return path

    def exported(self) -> Path:
        """A copy of the class's backup, in this test's folder."""
        path = self.folder / "backup.json"
        path.write_bytes(self.backup)
        return path

    def restore(self, path: Path) -> str:
        out = io.StringIO()
        call_command("importdata", str(path), stdout=out)
        return out.getvalue()

    def test_a_restore_empties_the_page_cache(self):
        from django.core.cache import cache

        from peaceproc import pagecache

        path = self.exported()
        empty_the_database()
        cache.set(pagecache.GENERATION_KEY, "before-the-restore", None)
        with self.captureOnCommitCallbacks(execute=True):
            self.restore(path)
        self.assertNotEqual(cache.get(pagecache.GENERATION_KEY), "before-the-restore")

    def test_file_is_versioned_portable_json(self):
        path = self.export()
        document = json.loads(path.read_text(encoding="utf-8"))
        self.assertEqual(document["format"], "peaceproc-backup")
        self.assertEqual(document["version"], backup.VERSION)
        self.assertIn("0001_initial", document["migrations"]["chronology"])
        self.assertEqual(document["counts"]["chronology.round"], 42)
        self.assertFalse(document["users"])
        # Non-Latin text is written as itself, not as \\u escapes.
        self.assertIn("Российская делегация", path.read_text(encoding="utf-8"))

    def test_gzip(self):
        path = self.export("backup.json.gz")
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            self.assertEqual(json.load(handle)["format"], "peaceproc-backup")
        before = snapshot()
        empty_the_database()
        self.restore(path)
        self.assertEqual(snapshot(), before)

    def test_refuses_a_database_that_is_not_empty(self):
        path = self.exported()
        before = snapshot()
        with self.assertRaisesMessage(CommandError, "The database is not empty"):
            self.restore(path)
        self.assertEqual(snapshot(), before)

    def test_all_or_nothing(self):
        path = self.exported()
        document = json.loads(path.read_text(encoding="utf-8"))
        # A citation pointing at a source the file does not hold: found after the rows
        # are in, so everything before it must be rolled back.
        citation = next(o for o in document["objects"] if o["model"] == "chronology.citation")
        citation["fields"]["source"] = 987654
        path.write_text(json.dumps(document), encoding="utf-8")
        empty_the_database()
        with self.assertRaises(CommandError) as raised:
            self.restore(path)
        self.assertIn("Nothing was restored", str(raised.exception))
        self.assertEqual(Round.objects.count(), 0)
        self.assertEqual(Track.objects.count(), 0)

    def test_damaged_or_foreign_files_are_refused_clearly(self):
        cases = {
            "not-json.json": ("{ this is not json", "not a readable JSON backup"),
            "other.json": (json.dumps({"hello": "world"}), "not a peaceproc backup"),
            "future.json": (
                json.dumps({"format": "peaceproc-backup", "version": 99}),
                "format version 99",
            ),
            "unknown-model.json": (
                json.dumps(
                    {
                        "format": "peaceproc-backup",
                        "version": 1,
                        "migrations": {},
                        "counts": {"chronology.unicorn": 1},
                        "objects": [],
                    }
                ),
                "chronology.unicorn",
            ),
            "ahead.json": (
                json.dumps(
                    {
                        "format": "peaceproc-backup",
                        "version": 1,
                        "migrations": {"chronology": ["0999_future"]},
                        "counts": {},
                        "objects": [],
                    }
                ),
                "Run `python manage.py migrate` first",
            ),
        }
        empty_the_database()
        for name, (content, message) in cases.items():
            with self.subTest(name):
                path = self.folder / name
                path.write_text(content, encoding="utf-8")
                with self.assertRaisesMessage(CommandError, message):
                    self.restore(path)
        with self.assertRaisesMessage(CommandError, "no such file"):
            self.restore(self.folder / "missing.json")

    def test_records_the_restored_trail_lacks_get_a_starting_version(self):
        # Issue 13, finding 9: a backup of a database seeded before versions were kept.
        path = self.exported()
        document = json.loads(path.read_text(encoding="utf-8"))
        document["objects"] = [o for o in document["objects"] if o["model"] != "audit.auditentry"]
        document["counts"]["audit.auditentry"] = 0
        path.write_text(json.dumps(document), encoding="utf-8")
        empty_the_database()
        self.restore(path)
        round_ = Round.objects.get(slug="astana-4")
        (start,) = audit.history(round_)
        self.assertEqual(
            (start.action, start.via, start.after["title"]), ("create", "import", round_.title)
        )

    def test_the_sources_url_keys_come_from_their_urls(self):
        # A backup made before the key (t15a, 3) holds none; a file's key is not taken.
        path = self.exported()
        document = json.loads(path.read_text(encoding="utf-8"))
        sources = [o for o in document["objects"] if o["model"] == "chronology.source"]
        for row in sources[1:]:
            del row["fields"]["url_key"]
        sources[0]["fields"]["url_key"] = "0" * 64
        path.write_text(json.dumps(document), encoding="utf-8")
        empty_the_database()
        self.restore(path)
        stored = Source.objects.exclude(url="")
        self.assertTrue(stored.exists())
        self.assertEqual(
            [(s.pk, s.url_key) for s in stored.order_by("pk")],
            [(s.pk, url_key(s.url)) for s in stored.order_by("pk")],
        )

    def test_export_to_a_missing_folder_fails_cleanly(self):
        with self.assertRaisesMessage(CommandError, "does not exist"):
            call_command("exportdata", str(self.folder / "nope" / "b.json"), stdout=io.StringIO())

    def test_standard_output(self):
        out, err = io.StringIO(), io.StringIO()
        call_command("exportdata", "-", stdout=out, stderr=err)
        self.assertEqual(json.loads(out.getvalue())["format"], "peaceproc-backup")
        self.assertIn("rows in", err.getvalue())


class AccountsBackupTests(SeededTestCase):
    """--users carries accounts and group memberships; without it they stay behind.
    The backup with --users is made once for the class (alice is in it); each test
    that restores it gets its own copy."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.alice = User.objects.create_user("alice", "alice@example.org", "correct horse")
        cls.alice.groups.add(Group.objects.get_or_create(name="Editors")[0])
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "backup.json"
            call_command("exportdata", str(path), "--users", stdout=io.StringIO())
            cls.backup_with_users = path.read_bytes()

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.path = Path(folder.name) / "backup.json"

    def exported_with_users(self) -> None:
        """A copy of the class's backup made with --users, at `self.path`."""
        self.path.write_bytes(self.backup_with_users)

    def test_users_round_trip_with_their_groups_and_password(self):
        self.exported_with_users()
        password = User.objects.get(username="alice").password
        empty_the_database()
        User.objects.all().delete()
        call_command("importdata", str(self.path), "--users", stdout=io.StringIO())
        alice = User.objects.get(username="alice")
        self.assertEqual(alice.pk, self.alice.pk)
        self.assertEqual(alice.password, password)
        self.assertEqual([g.name for g in alice.groups.all()], ["Editors"])
        self.assertTrue(alice.check_password("correct horse"))

    def test_without_users_no_account_is_written(self):
        call_command("exportdata", str(self.path), stdout=io.StringIO())
        text = self.path.read_text(encoding="utf-8")
        self.assertNotIn("alice", text)
        self.assertNotIn("auth.user", text)

    def test_a_restore_with_users_refuses_existing_accounts(self):
        self.exported_with_users()
        empty_the_database()
        with self.assertRaisesMessage(CommandError, "auth.user"):
            call_command("importdata", str(self.path), "--users", stdout=io.StringIO())

    def test_accounts_are_restored_only_when_the_file_and_the_command_say_so(self):
        self.exported_with_users()
        empty_the_database()
        User.objects.all().delete()
        with self.assertRaisesMessage(CommandError, "--users"):
            call_command("importdata", str(self.path), stdout=io.StringIO())
        self.assertEqual((User.objects.count(), Round.objects.count()), (0, 0))


class RestoreTestCase(SeededTestCase):
    """A backup of the seeded record in `self.document` (its file at `self.path`), and
    an empty database (no users either) to restore it into. The backup is made and the
    database emptied once per class; each test gets its own copy of the file."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "backup.json"
            call_command("exportdata", str(path), stdout=io.StringIO())
            cls.backup = path.read_text(encoding="utf-8")
        empty_the_database()
        User.objects.all().delete()

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.path = Path(folder.name) / "backup.json"
        self.path.write_text(self.backup, encoding="utf-8")
        self.document = json.loads(self.backup)


class CraftedBackupTests(RestoreTestCase):
    """Issue 13, finding 6: a crafted backup restored a superuser with a known password and
    a session. importdata restores only what the format lists; nothing is written else."""

    def craft(self, *objects: dict, users=False) -> None:
        document = {**self.document, "users": users, "counts": dict(self.document["counts"])}
        document["objects"] = [*objects, *self.document["objects"]]
        for row in objects:
            document["counts"][row["model"]] = document["counts"].get(row["model"], 0) + 1
        self.path.write_text(json.dumps(document), encoding="utf-8")

    superuser = {
        "model": "auth.user",
        "pk": 1,
        "fields": {
            "username": "mallory", "password": make_password("known"), "is_superuser": True,
            "is_staff": True, "is_active": True, "date_joined": "2020-01-01T00:00:00+00:00",
            "groups": [], "user_permissions": [],
        },
    }  # fmt: skip
    session = {
        "model": "sessions.session",
        "pk": "x" * 32,
        "fields": {"session_data": "e30:1", "expire_date": "2099-01-01T00:00:00+00:00"},
    }

    def assert_refused(self, message: str, *options: str) -> None:
        with self.assertRaisesMessage(CommandError, message):
            call_command("importdata", str(self.path), *options, stdout=io.StringIO())
        self.assertEqual(User.objects.count(), 0)
        self.assertEqual(Session.objects.count(), 0)
        self.assertEqual(Round.objects.count(), 0)
        self.assertEqual(Track.objects.count(), 0)

    def test_a_superuser_in_a_file_that_says_users_false_is_refused(self):
        self.craft(self.superuser, users=False)
        self.assert_refused("auth.user")
        self.assert_refused("auth.user", "--users")

    def test_a_superuser_is_refused_without_the_users_option(self):
        self.craft(self.superuser, users=True)
        self.assert_refused("--users")

    def test_sessions_are_never_restored(self):
        self.craft(self.session)
        self.assert_refused("sessions.session")
        self.craft(self.session, self.superuser, users=True)
        self.assert_refused("sessions.session", "--users")

    def test_migrate_made_rows_are_never_restored(self):
        permission = {
            "model": "auth.permission",
            "pk": 9999,
            "fields": {"name": "x", "content_type": ["auth", "user"], "codename": "x"},
        }
        self.craft(permission)
        self.assert_refused("auth.permission")

    def test_a_row_the_counts_do_not_list_is_refused(self):
        self.craft()
        document = json.loads(self.path.read_text(encoding="utf-8"))
        document["objects"].insert(0, self.superuser)
        self.path.write_text(json.dumps(document), encoding="utf-8")
        self.assert_refused("auth.user", "--users")

    def test_a_row_held_twice_is_refused_not_written_over(self):
        # Two rows with one id: restoring the second over the first would lose a row
        # the file and its counts list.
        track = next(o for o in self.document["objects"] if o["model"] == "chronology.track")
        self.craft({**track, "fields": {**track["fields"], "name": "Another name"}})
        self.assert_refused("break a rule of the database")
