"""Backup and restore of the whole record as one portable JSON file.

`export_backup` writes every row of the project's apps (the chronology with its
sources' full texts, citations, aliases and participations; the ingestion's
pending articles), optionally the user accounts and groups, into one versioned
JSON document. `import_backup` restores such a document into an empty database
in one transaction, keeping primary keys so permalinks such as /events/12/
survive, and checks every foreign key and every count before it commits.

The file is database-neutral (SQLite to PostgreSQL and back): rows are written
with Django's serializers, many-to-many links as rows of their own tables (so
those tables, too, come back row for row), and accounts by natural keys.
"""

import gzip
import io
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path

import django
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, IntegrityError, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder

from peaceproc import pagecache
from peaceproc.audit import services as audit
from peaceproc.audit.models import AuditEntry
from peaceproc.messages import joined_by_name

from . import urlkeys

FORMAT = "peaceproc-backup"
VERSION = 1
PROJECT_PREFIX = "peaceproc."
# The models whose `url_key` derives from their URL (urlkeys): computed on restore.
KEYED_BY_URL = {"chronology.Source", "ingest.PendingArticle"}


class BackupEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder cuts times to milliseconds (as JavaScript reads them); a
    backup keeps every microsecond, or a restored row would not equal its original."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


class BackupError(Exception):
    """The backup cannot be written or restored; the message says why and what to do."""


@dataclass
class BackupReport:
    path: str
    counts: Counter = field(default_factory=Counter)
    # Links to rows the backup leaves out (a pending article's uploader when the
    # accounts are not exported): written as empty, counted here.
    cleared: Counter = field(default_factory=Counter)
    users: bool = False

    def lines(self) -> list[str]:
        total = sum(self.counts.values())
        out = [f"{total} rows in {len(self.counts)} tables: {self.path}"]
        out += [f"  {label}: {n}" for label, n in sorted(self.counts.items()) if n]
        if self.cleared:
            cleared = ", ".join(f"{n} {label}" for label, n in sorted(self.cleared.items()))
            out.append(f"Left empty (accounts not exported; use --users to keep them): {cleared}")
        return out


def account_models() -> list[type[models.Model]]:
    """Groups, then users: both by natural key (a group's name, a permission's
    codename), with their memberships and permissions inline."""
    return [Group, get_user_model()]


# Rows `migrate` creates in every database, so a backup may point at them by
# natural key (an audit entry's content type) without carrying them.
MIGRATE_CREATED = (ContentType, Permission)


def project_models() -> list[type[models.Model]]:
    """Every stored model of peaceproc's own apps, many-to-many tables included.

    Found rather than listed, so a model another app adds later is backed up
    without anyone remembering to add it here.
    """
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith(PROJECT_PREFIX):
            continue
        for model in config.get_models(include_auto_created=True):
            meta = model._meta
            if meta.managed and not meta.proxy and not meta.swapped:
                found.append(model)
    # A custom user model in one of our apps travels with the accounts, not here.
    return [model for model in found if model is not get_user_model()]


def backup_models(*, users: bool) -> list[type[models.Model]]:
    return [*(account_models() if users else []), *project_models()]


def label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def applied_migrations(app_labels: Iterable[str], using: str = "default") -> dict[str, list[str]]:
    applied = MigrationRecorder(connections[using]).applied_migrations()
    wanted = set(app_labels)
    result: dict[str, list[str]] = {app: [] for app in sorted(wanted)}
    for app, name in applied:
        if app in wanted:
            result[app].append(name)
    return {app: sorted(names) for app, names in result.items()}


def by_natural_key(model, fields: list[str] | None) -> list[str]:
    """The links of `model` the backup writes as their target's natural key (an audit
    entry's content type and user): each read with its row, in the same query, not
    fetched one row at a time."""
    return [
        f.name
        for f in model._meta.local_fields
        if f.remote_field is not None
        and (fields is None or f.name in fields)
        and callable(getattr(f.remote_field.model, "natural_key", None))
    ]


def serialize_model(model, included: set, report: BackupReport, using: str) -> list[dict]:
    is_account = model in account_models()
    # Our tables' many-to-many links are rows of their own tables (sections of the
    # backup, restored row for row); accounts keep theirs inline, by natural key.
    fields = None if is_account else [f.name for f in model._meta.local_fields if f.serialize]
    queryset = model._default_manager.using(using).order_by("pk")
    if linked := by_natural_key(model, fields):  # select_related() alone would join every link
        queryset = queryset.select_related(*linked)
    rows = serializers.serialize(
        "python",
        queryset.iterator(),
        fields=fields,
        use_natural_foreign_keys=True,
        # `migrate` creates the Editors and Viewers groups in every database: a
        # group is matched by name on restore, not by id.
        use_natural_primary_keys=model is Group,
    )
    # A nullable link to a model the backup leaves out would point nowhere on
    # restore; it is written empty. A required one cannot be, so it stops here.
    for f in model._meta.local_fields:
        target = f.remote_field.model if f.remote_field else None
        if target is None or target in included or target in MIGRATE_CREATED:
            continue
        linked = sum(1 for row in rows if row["fields"].get(f.name) is not None)
        if not linked:
            continue
        if not f.null:
            raise BackupError(
                f"{label(model)}.{f.name} links to {label(f.remote_field.model)}, which is "
                "not backed up. Run with --users to include the accounts."
            )
        for row in rows:
            row["fields"][f.name] = None
        report.cleared[f"{label(model)}.{f.name}"] += linked
    report.counts[label(model)] = len(rows)
    return rows


def build_backup(*, users: bool = False, using: str = "default", path: str = "") -> tuple:
    """The backup document and its report; read in one transaction, so it is one
    consistent moment of the database even while editors work."""
    chosen = backup_models(users=users)
    included = set(chosen)
    report = BackupReport(path=path, users=users)
    with transaction.atomic(using=using):
        objects = []
        for model in chosen:
            objects += serialize_model(model, included, report, using)
        migrations = applied_migrations({m._meta.app_label for m in chosen}, using)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now(UTC).isoformat(),
        "django": django.get_version(),
        "users": users,
        "migrations": migrations,
        "counts": {label(model): report.counts[label(model)] for model in chosen},
        "objects": objects,
    }
    return document, report


def open_for(path: str, mode: str, *, compressed: bool | None = None):
    """A text file, gzip-compressed when its name ends in .gz."""
    if compressed if compressed is not None else path.endswith(".gz"):
        return gzip.open(path, mode + "t", encoding="utf-8")
    return open(path, mode, encoding="utf-8")


def export_backup(path: str, *, users: bool = False, using: str = "default") -> BackupReport:
    """Write the backup to `path` (gzip-compressed when it ends in .gz). The file
    appears whole or not at all: it is written beside and renamed into place."""
    target = Path(path)
    directory = target.resolve().parent
    if not directory.is_dir():
        raise BackupError(f"The folder {directory} does not exist.")
    document, report = build_backup(users=users, using=using, path=path)
    # mkstemp makes the file 0600, and the rename keeps that: a backup holds every source's
    # text and, with --users, password hashes; it is for its owner only (a test holds it).
    fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    try:
        with open_for(temporary, "w", compressed=path.endswith(".gz")) as out:
            json.dump(document, out, cls=BackupEncoder, ensure_ascii=False, indent=1)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return report


def write_backup(stream: io.TextIOBase, *, users: bool = False, using: str = "default"):
    """The backup to an open text stream (for `exportdata -`)."""
    document, report = build_backup(users=users, using=using, path="standard output")
    json.dump(document, stream, cls=BackupEncoder, ensure_ascii=False, indent=1)
    stream.write("\n")
    return report


# -- restore -----------------------------------------------------------------------------


def read_backup(path: str) -> dict:
    try:
        with open_for(path, "r") as handle:
            document = json.load(handle)
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, EOFError) as exc:
        raise BackupError(f"{path}: not a readable JSON backup ({exc}).") from None
    except RecursionError:
        raise BackupError(f"{path}: not a backup (its JSON is nested too deep).") from None
    return document


def check_document(document, *, users: bool) -> list[type[models.Model]]:
    """The models the document holds, after checking its format and version, and that it
    holds only models a backup is made of: the project's own, and the accounts only when
    both the file (`"users": true`) and the restore (`users`) say so. Never sessions, nor
    the rows `migrate` makes: a crafted file must not sign anyone in."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError(
            f'This is not a peaceproc backup (no "format": "{FORMAT}"). '
            "Make one with `python manage.py exportdata FILE`."
        )
    version = document.get("version")
    if not isinstance(version, int) or not 1 <= version <= VERSION:
        raise BackupError(
            f"This backup is format version {version!r}; this peaceproc reads versions "
            f"1 to {VERSION}. Restore it with the peaceproc version that wrote it."
        )
    for key, kind in (("counts", dict), ("objects", list), ("migrations", dict)):
        if not isinstance(document.get(key), kind):
            raise BackupError(f"The backup is damaged: {key!r} is missing or malformed.")
    file_users = document.get("users", False)
    if not isinstance(file_users, bool):
        raise BackupError('The backup is damaged: "users" must be true or false.')
    chosen = []
    for model_label in document["counts"]:
        try:
            chosen.append(apps.get_model(model_label))
        except (LookupError, ValueError):
            raise BackupError(
                f"The backup holds {model_label!r}, which this peaceproc does not have. "
                "Restore it with the peaceproc version that wrote it."
            ) from None
    accounts = [label(m) for m in chosen if m in account_models()]
    if accounts and not file_users:
        raise BackupError(
            f'The backup says "users": false but holds {", ".join(accounts)}: it was not '
            "written by exportdata. Nothing of it is restored."
        )
    if accounts and not users:
        raise BackupError(
            f"The backup holds user accounts ({', '.join(accounts)}). Restore them only on "
            "purpose: run importdata with --users."
        )
    allowed = set(backup_models(users=True))
    foreign = [label(m) for m in chosen if m not in allowed]
    if foreign:
        raise BackupError(
            f"The backup holds {', '.join(foreign)}, which a peaceproc backup never holds "
            "(only the record's own tables, and with --users the accounts and groups)."
        )
    return chosen


def check_migrations(document: dict, using: str) -> None:
    """The database must have every migration the backup's database had: the rows
    fit those tables. (A newer database is fine: new columns take their defaults.)"""
    have = applied_migrations(document["migrations"], using)
    missing = [
        f"{app}.{name}"
        for app, names in document["migrations"].items()
        for name in names
        if name not in have.get(app, [])
    ]
    if missing:
        raise BackupError(
            "The database lacks migrations the backup was made with "
            f"({', '.join(missing[:5])}{', ...' if len(missing) > 5 else ''}). "
            "Run `python manage.py migrate` first."
        )


def check_empty(chosen: list[type[models.Model]], using: str) -> None:
    """Restore only into an empty database: merging two records would mix ids and
    break permalinks. Users count only when the backup brings accounts; groups
    never do (`migrate` creates two, and the backup's are matched by name)."""
    occupied = []
    for model in dict.fromkeys([*project_models(), *chosen]):
        if model is Group:
            continue
        count = model._default_manager.using(using).count()
        if count:
            occupied.append(f"{label(model)} ({count} rows)")
    if occupied:
        raise BackupError(
            "The database is not empty: "
            + ", ".join(occupied[:6])
            + (", ..." if len(occupied) > 6 else "")
            + ". importdata restores into an empty database only: create a new one "
            "(a new SQLITE_PATH or `createdb`), run `python manage.py migrate`, then import."
        )


def import_backup(path_or_document, *, users: bool = False, using: str = "default") -> BackupReport:
    """Restore a backup into an empty database: all of it, or nothing. `users`: restore
    the accounts the backup holds (it is refused if it holds some and this is False)."""
    if isinstance(path_or_document, dict):
        document, path = path_or_document, "backup"
    else:
        path = str(path_or_document)
        document = read_backup(path)
    chosen = check_document(document, users=users)
    check_migrations(document, using)
    report = BackupReport(path=path, users=document["users"] is True)
    connection = connections[using]
    try:
        with transaction.atomic(using=using):
            check_empty(chosen, using)
            with connection.constraint_checks_disabled():
                for index, row in enumerate(document["objects"]):
                    restored = restore_object(index, row, chosen, using)
                    report.counts[label(type(restored.object))] += 1
            # Links were not checked row by row (a participant may name the state it
            # represents before that state's row); check them all now.
            connection.check_constraints(table_names=[m._meta.db_table for m in chosen])
            expected = Counter({k: v for k, v in document["counts"].items() if v})
            if +report.counts != expected:
                raise BackupError(
                    "The backup is damaged: its rows do not match its counts "
                    f"(expected {dict(expected)}, found {dict(report.counts)})."
                )
            reset_sequences(chosen, using)
            # The keys of the sources' and articles' URLs, from the URLs themselves.
            for model in chosen:
                if model._meta.label in KEYED_BY_URL:
                    urlkeys.fill_url_keys(model, using=using)
            # Records the restored trail has no version of (a backup of a database
            # seeded before versions were kept) get their starting one.
            audit.record_starting_versions(via="import")
            # Pages cached before the restore show another record: drop them once
            # the restored rows are committed (a restore writes past the usual paths).
            transaction.on_commit(pagecache.invalidate, using=using)
    except DeserializationError as exc:
        raise BackupError(f"The backup is damaged or does not fit this database: {exc}") from None
    except OverflowError as exc:  # a number past what the database column holds
        raise BackupError(f"The backup holds a number the database cannot store: {exc}") from None
    except IntegrityError as exc:
        raise BackupError(f"The backup's rows break a rule of the database: {exc}") from None
    except DatabaseError as exc:
        raise BackupError(f"The database refused the backup: {exc}") from None
    return report


def describe(index: int, row) -> str:
    if isinstance(row, dict) and isinstance(row.get("model"), str):
        return f"object {index + 1} ({row['model']} pk={row.get('pk')!r})"
    return f"object {index + 1}"


def restore_object(index: int, row, chosen: list[type[models.Model]], using: str):
    """Deserialise, validate and save one object of the backup; BackupError names the
    object and the field when it is malformed or its model's validation refuses it."""
    where = describe(index, row)
    labels = {label(model) for model in chosen}
    if not isinstance(row, dict) or not isinstance(row.get("fields"), dict):
        raise BackupError(f'The backup is damaged: {where} has no "fields" object.')
    if row.get("model") not in labels:
        raise BackupError(f"The backup is damaged: {where} is not of a model it lists.")
    try:
        (restored,) = serializers.deserialize("python", [row], using=using, ignorenonexistent=False)
    except DeserializationError as exc:
        raise BackupError(f"The backup is damaged: {where}: {exc.__cause__ or exc}") from None
    except (FieldDoesNotExist, LookupError, TypeError, ValueError, OverflowError) as exc:
        raise BackupError(f"The backup is damaged: {where}: {exc}") from None
    validate_object(restored.object, where, using)
    # The database holds none of these rows (check_empty), so each is one INSERT, where
    # a plain save tries an UPDATE first: half the queries, and a row whose id the file
    # holds twice is refused rather than written over the first. Groups are the
    # exception: matched by name, the backup's Editors update the one `migrate` made.
    restored.save(using=using, force_insert=not isinstance(restored.object, Group))
    return restored


def validate_object(obj: models.Model, where: str, using: str) -> None:
    """The model's own validation (choices, types, lengths, ranges), but not the links
    (checked all together once every row is in) nor uniqueness (the database's)."""
    meta = obj._meta
    links = [f.name for f in meta.concrete_fields if f.is_relation]
    errors: dict[str, list[str]] = {}
    try:
        obj.full_clean(exclude=links, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        errors = exc.message_dict
    for f in meta.concrete_fields:
        value = f.value_from_object(obj)
        if isinstance(value, str) and "\x00" in value:
            errors.setdefault(f.name, []).append("The text holds a NUL byte.")
    if isinstance(obj, AuditEntry):
        try:
            model = ContentType.objects.db_manager(using).get_for_id(obj.content_type_id)
        except ContentType.DoesNotExist:
            model = None
        audited = (
            model is not None
            and (model.model_class() is not None)
            and (audit.is_audited(model.model_class()))
        )
        if not audited:
            name = f"{model.app_label}.{model.model}" if model else obj.content_type_id
            errors.setdefault("content_type", []).append(
                f"{name} is not an audited model ({', '.join(audit.AUDITED_MODELS)})."
            )
    if errors:
        raise BackupError(f"The backup is damaged: {where} is refused: {joined_by_name(errors)}")


def reset_sequences(chosen: list[type[models.Model]], using: str) -> None:
    """Move PostgreSQL's id sequences past the restored ids, so the next event
    saved does not collide with one restored (SQLite needs nothing: it takes the
    largest id + 1)."""
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), chosen)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
