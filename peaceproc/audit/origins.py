"""What the audit trail says each record first was: the values of some of its fields in
its earliest version (the one before its first recorded change, else the one its creation
left). A record an editor renamed is still known by the name it was made with."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.fields.json import KT

from .models import AuditEntry


def _text(value) -> str | None:
    # A JSON number comes back as a number from SQLite and as text from PostgreSQL.
    return None if value is None else str(value)


def first_values(queryset: models.QuerySet, fields: tuple[str, ...]) -> dict[tuple, int]:
    """Each first `fields` values (as text, None for a missing one) -> the primary key of
    the record of `queryset` that first held them: the earliest such record when several
    did (one renamed, another made under its old name later). Records outside `queryset`
    (deleted ones among them) are left out. Two queries."""
    model = queryset.model
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    columns = {f"before_{name}": KT(f"before__{name}") for name in fields}
    columns |= {f"after_{name}": KT(f"after__{name}") for name in fields}
    entries = (
        AuditEntry.objects.filter(content_type=content_type)
        .order_by("timestamp", "pk")
        .annotate(**columns)
        .values_list("object_id", "action", *columns)
    )
    live = {str(pk) for pk in queryset.values_list("pk", flat=True)}
    seen: set[str] = set()
    found: dict[tuple, int] = {}
    width = len(fields)
    for object_id, action, *values in entries:
        if object_id in seen:
            continue
        seen.add(object_id)
        # A creation has no version before it; any later entry does.
        first = values[width:] if action == AuditEntry.Action.CREATE else values[:width]
        if object_id in live:
            found.setdefault(tuple(_text(value) for value in first), int(object_id))
    return found


@dataclass(frozen=True)
class Deletion:
    """A record deleted and not restored: its id, who deleted it and when."""

    object_id: str
    username: str
    timestamp: datetime


def deleted_values(queryset: models.QuerySet, field: str) -> dict[str, Deletion]:
    """Each value of `field` (as text) that a record of `queryset`'s model deleted since
    held in any of its versions -> that record's deletion (the latest when several held
    it). Records of `queryset` (restored ones) are left out. Two queries."""
    model = queryset.model
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    entries = (
        AuditEntry.objects.filter(content_type=content_type)
        .order_by("timestamp", "pk")
        .annotate(was=KT(f"before__{field}"), became=KT(f"after__{field}"))
        .values_list("object_id", "action", "username", "timestamp", "was", "became")
    )
    held: dict[str, set[str]] = {}
    deleted: dict[str, Deletion] = {}
    for object_id, action, username, timestamp, was, became in entries:
        held.setdefault(object_id, set()).update(
            _text(value) for value in (was, became) if value is not None
        )
        if action == AuditEntry.Action.DELETE:
            deleted[object_id] = Deletion(object_id, username, timestamp)
    live = {str(pk) for pk in queryset.values_list("pk", flat=True)}
    found: dict[str, Deletion] = {}
    for object_id, deletion in sorted(deleted.items(), key=lambda item: item[1].timestamp):
        if object_id not in live:
            found.update(dict.fromkeys(held[object_id], deletion))
    return found
