"""Recording and reverting changes to the record.

Changes are recorded by explicit calls, not signals: the admin mixin (admin.py) and the
service functions that write the record call `record_change`, so every entry knows who
made the change and through what, and bulk or internal writes (a cascade, a migration)
do not flood the trail with entries nobody asked for.

    before = snapshot(event)            # or None for a new record
    ... change and save event ...
    record_change(event, user=request.user, before=before, via="ingest")
"""

import json
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, transaction

from .models import AuditEntry

Action = AuditEntry.Action

# The record's models whose every change the trail keeps (app_label.ModelName).
AUDITED_MODELS = (
    "chronology.Round",
    "chronology.Event",
    "chronology.Agreement",
    "chronology.Participant",
    "chronology.Citation",
)


class RevertError(Exception):
    """The version cannot be restored; the message says why, for the editor."""


def snapshot(obj: models.Model) -> dict:
    """The record's fields as JSON-ready values: FKs as ids, many-to-many as sorted ids."""
    fields = serializers.serialize("python", [obj])[0]["fields"]
    for name, value in fields.items():
        if isinstance(value, list):
            fields[name] = sorted(value, key=str)
    # Through JSON and back, so that a snapshot compares equal to one read from the DB.
    return json.loads(json.dumps(fields, cls=DjangoJSONEncoder))


def stored_snapshot(model: type[models.Model], pk) -> dict | None:
    """A fresh snapshot of the row as the database holds it now, or None if absent."""
    obj = model._default_manager.filter(pk=pk).first()
    return snapshot(obj) if obj is not None else None


def _changed(before: dict | None, after: dict | None) -> list[str]:
    before, after = before or {}, after or {}
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def record_change(
    obj: models.Model,
    *,
    user=None,
    before: dict | None = None,
    after: dict | None = None,
    action: str | None = None,
    via: str = "service",
    reverted_to: AuditEntry | None = None,
    object_id=None,
) -> AuditEntry | None:
    """Keep one change to `obj`. `before` is its snapshot before (None if it is new).

    `after` defaults to the object's snapshot now; for a deletion pass action="delete"
    (and object_id, since a deleted object has lost its pk). A change that changed
    nothing is not recorded and returns None.
    """
    if action is None:
        action = Action.CREATE if before is None else Action.CHANGE
    if action == Action.DELETE:
        after = None
    elif after is None:
        after = snapshot(obj)
    changed = _changed(before, after)
    if action == Action.CHANGE and not changed:
        return None
    authenticated = user is not None and user.is_authenticated
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(object_id if object_id is not None else obj.pk),
        object_repr=str(obj)[:300],
        action=action,
        user=user if authenticated else None,
        username=user.get_username() if authenticated else "",
        via=via,
        before=before,
        after=after,
        changed_fields=changed,
        reverted_to=reverted_to,
    )


@contextmanager
def recording(obj: models.Model, *, user=None, via: str = "service"):
    """Snapshot `obj` on entry and record the change on exit, for service functions:

    with recording(event, user=user, via="ingest"):
        event.title = "..."
        event.save()
    """
    before = stored_snapshot(type(obj), obj.pk) if obj.pk is not None else None
    yield
    record_change(obj, user=user, before=before, via=via)


def history(obj_or_model, object_id=None):
    """A record's entries, newest first."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    pk = object_id if object_id is not None else obj_or_model.pk
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=True),
        object_id=str(pk),
    ).select_related("user", "reverted_to")


def revert(entry: AuditEntry, *, user=None) -> AuditEntry:
    """Restore the record to the version `entry` left it in (recreating it if it was
    deleted since), validated like any edit, and record that as a revert."""
    version = entry.version
    model = entry.content_type.model_class()
    if version is None or model is None:
        raise RevertError("This entry holds no version of the record to restore.")
    label = model._meta.label_lower
    try:
        (restored,) = serializers.deserialize(
            "python", [{"model": label, "pk": entry.object_id, "fields": version}]
        )
    except (serializers.base.DeserializationError, ValueError) as exc:
        raise RevertError(f"This version can no longer be read: {exc}") from exc
    obj = restored.object
    try:
        with transaction.atomic():
            before = stored_snapshot(model, entry.object_id)
            # Unique checks skip the row itself only when it is known to exist.
            obj._state.adding = before is None
            obj.full_clean()
            obj.save()
            for name, ids in (restored.m2m_data or {}).items():
                getattr(obj, name).set(ids)
            return record_change(
                obj,
                user=user,
                before=before,
                action=Action.REVERT,
                via="revert",
                reverted_to=entry,
            )
    except ValidationError as exc:
        raise RevertError("; ".join(exc.messages)) from exc
    except IntegrityError as exc:
        # A record this version points at is gone, or a unique value is taken.
        raise RevertError(f"The database refused this version: {exc}") from exc
