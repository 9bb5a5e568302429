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
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as datafield

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, router, transaction
from django.db.models import FETCH_PEERS, Exists, OuterRef
from django.db.models.deletion import Collector
from django.db.models.functions import Cast

from peaceproc.messages import joined
from peaceproc.txlock import record_key

from . import locks, owed_links
from .lookalikes import Clash, clash_of
from .models import AuditEntry

Action = AuditEntry.Action

# The record's models whose every change the trail keeps (app_label.ModelName): every
# model of the record an editor can change in the admin.
AUDITED_MODELS = (
    "chronology.Track",
    "chronology.Round",
    "chronology.Event",
    "chronology.Agreement",
    "chronology.EnvoyTenure",
    "chronology.Participant",
    "chronology.ParticipantAlias",
    "chronology.Participation",
    "chronology.Source",
    "chronology.Citation",
    "chronology.Conflict",
    "chronology.FormerSlug",
)


def is_audited(model: type[models.Model]) -> bool:
    return model._meta.concrete_model._meta.label in AUDITED_MODELS


def record_starting_versions(*, via: str) -> int:
    """Give every audited record that has no entry yet a starting version (a "create"
    entry holding it as it is now), so that its first edit can be reverted. Called once
    by whatever writes records past the admin and the services: loadseeds ("seed") and
    importdata ("import"). Returns the number of entries made. Only the records without
    one are read (the database leaves out the others, through the index audit_by_object):
    a load that adds nothing reads no rows.

    A chunk's many-to-many ids (an event's participants) come in one query, not one per
    record, and its fields are serialised once: the entry's JSON field encodes them as
    `snapshot()`'s round trip through JSON would have left them (the same encoder)."""
    entries = []
    for label in AUDITED_MODELS:
        model = apps.get_model(label)
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
        entered = AuditEntry.objects.filter(
            content_type=content_type,
            object_id=Cast(OuterRef("pk"), output_field=models.CharField()),
        )
        unentered = model._default_manager.filter(~Exists(entered)).order_by("pk")
        many = [
            models.Prefetch(field.name, field.related_model._base_manager.only("pk"))
            for field in model._meta.many_to_many
        ]
        chunks = _in_chunks(unentered.fetch_mode(FETCH_PEERS).prefetch_related(*many))
        for chunk in chunks:
            for obj, serialised in zip(chunk, serializers.serialize("python", chunk), strict=True):
                after = _sorted_lists(serialised["fields"])
                entries.append(
                    AuditEntry(
                        content_type=content_type,
                        object_id=str(obj.pk),
                        object_repr=str(obj)[:300],
                        action=Action.CREATE,
                        via=via,
                        after=after,
                        changed_fields=sorted(after),
                    )
                )
    AuditEntry.objects.bulk_create(entries, batch_size=500)
    return len(entries)


def _in_chunks(queryset: models.QuerySet, size: int = 500):
    """The rows of `queryset` (ordered by pk), read `size` at a time: a chunk's rows are
    peers, so the related rows their names read (a citation's source and record) come in
    one query per chunk, not one per row, while at most a chunk is held in memory."""
    last = None
    while chunk := list((queryset if last is None else queryset.filter(pk__gt=last))[:size]):
        yield chunk
        last = chunk[-1].pk


def delete_recorded(objs: list[models.Model], *, user=None, via: str = "service") -> None:
    """Delete `objs` and everything that cascades from them, recording every audited row
    the deletion removes (a round's citations) or changes (events whose round it empties),
    not only the ones asked for. The rows whose many-to-many links it drops (the events of
    a deleted participant) are held as their change forms hold them (_hold_linked) and
    read under that lock, in the deletion's transaction."""
    if not objs:
        return
    using = router.db_for_write(type(objs[0]))
    with transaction.atomic(using=using):
        linked = _hold_linked(objs)
        collector = Collector(using=using)
        collector.collect(objs)
        doomed = [
            obj for model, found in collector.data.items() if is_audited(model) for obj in found
        ]
        doomed += [obj for qs in collector.fast_deletes if is_audited(qs.model) for obj in qs]
        # Named before the deletion: a citation's name reads the record it cites.
        gone = [(obj, snapshot(obj), obj.pk, str(obj)) for obj in doomed]
        touched = {}  # rows a SET_NULL empties a link of: changed, not deleted
        for (field, _value), found in collector.field_updates.items():
            if is_audited(field.model):
                for rows in found:
                    for obj in rows if isinstance(rows, models.QuerySet) else [rows]:
                        touched[(type(obj), obj.pk)] = obj
        doomed_keys = {(type(obj)._meta.concrete_model, obj.pk) for obj in doomed}
        for obj in linked:
            if (type(obj)._meta.concrete_model, obj.pk) not in doomed_keys:
                touched[(type(obj), obj.pk)] = obj
        changed_before = {key: snapshot(obj) for key, obj in touched.items()}
        batch = uuid.uuid4()  # one change: reverting the deletion brings them all back
        collector.delete()
        for obj, before, pk, name in gone:
            record_change(
                obj, user=user, before=before, action=Action.DELETE, via=via, object_id=pk,
                object_repr=name, batch=batch,
            )  # fmt: skip
        for (model, pk), before in changed_before.items():
            current = model._default_manager.using(using).filter(pk=pk).first()
            if current is not None:
                record_change(current, user=user, before=before, via=via, batch=batch)


def _hold_linked(doomed: list[models.Model]) -> list[models.Model]:
    """The rows whose many-to-many links the deletion of `doomed` drops, each held until
    the deletion commits (an event saved meanwhile could otherwise change
    its links between the deletion's snapshot of it and its unlink, and the unlink would
    record, and its revert bring back, a link the editor removed): under its record lock
    (locks.py), the one its change form holds from the form's check to its save, and
    its row locked for update. Then the doomed rows are locked for update, so no new
    link to them can be stored before they go (a link's insert waits, then fails its
    foreign key), and the rows linked meanwhile (by writers done since) are held too."""
    first = _linked_through_many(doomed)
    _hold_records(first)
    for model, ids in _pks_by_model(doomed).items():
        if any(many_to_many_into(model)):
            list(model._default_manager.select_for_update().filter(pk__in=ids).values("pk"))
    linked = _linked_through_many(doomed, for_update=True)
    held = {(type(obj), obj.pk) for obj in first}
    _hold_records([obj for obj in linked if (type(obj), obj.pk) not in held])
    return linked


def _hold_records(objs: list[models.Model]) -> None:
    """The record locks of `objs`, in the order of their keys (locks.py: no two writers
    wait on each other in a circle)."""
    for obj in sorted(objs, key=lambda obj: record_key(type(obj), obj.pk)):
        locks.lock_record(type(obj), obj.pk, locks.row_values(obj))


def _pks_by_model(objs: list[models.Model]) -> dict[type[models.Model], list]:
    pks: dict[type[models.Model], list] = {}
    for obj in objs:
        pks.setdefault(type(obj)._meta.concrete_model, []).append(obj.pk)
    return pks


def many_to_many_into(model: type[models.Model]):
    """The many-to-many relations of audited models that hold `model`'s records."""
    return (
        rel
        for rel in model._meta.related_objects
        if rel.many_to_many and is_audited(rel.related_model)
    )


def _linked_through_many(
    doomed: list[models.Model], *, for_update: bool = False
) -> list[models.Model]:
    """The audited rows whose many-to-many field holds one of `doomed` (the events a
    deleted participant took part in: outside tester t16a, 2): the deletion drops those
    links, so their snapshots change and their trails must say so. One query per such
    field of the kinds doomed; with `for_update`, their rows locked."""
    found = []
    for model, ids in _pks_by_model(doomed).items():
        for rel in many_to_many_into(model):
            manager = rel.related_model._default_manager
            holding = manager.filter(**{f"{rel.field.name}__in": ids}).values("pk")
            holders = manager.filter(pk__in=holding).order_by("pk")
            found += holders.select_for_update() if for_update else holders
    return found


class RevertError(Exception):
    """The version cannot be restored; the message says why, for the editor."""


class LooksAlike(RevertError):
    """The revert would store copies of records already stored (`clashes`), and the
    editor has not confirmed that they are other records."""

    def __init__(self, clashes: list[Clash]):
        self.clashes = clashes
        copies = joined(
            [
                f"“{clash.entry.object_repr}” looks like "
                + ", ".join(f"“{record}” (#{record.pk})" for record in clash.records)
                for clash in clashes
            ]
        ).removesuffix(".")
        super().__init__(
            f"it would store a copy of a record stored already ({copies}). Nothing was "
            "changed. The preview names and links that record: edit it instead, or tick "
            "there that this is another one to restore it anyway."
        )


def snapshot(obj: models.Model) -> dict:
    """The record's fields as JSON-ready values: FKs as ids, many-to-many as sorted ids."""
    fields = _sorted_lists(serializers.serialize("python", [obj])[0]["fields"])
    # Through JSON and back, so that a snapshot compares equal to one read from the DB.
    return json.loads(json.dumps(fields, cls=DjangoJSONEncoder))


def _sorted_lists(fields: dict) -> dict:
    """`fields` with each many-to-many list of ids sorted (as text), in place."""
    for name, value in fields.items():
        if isinstance(value, list):
            fields[name] = sorted(value, key=str)
    return fields


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
    object_repr: str | None = None,
    batch: uuid.UUID | None = None,
) -> AuditEntry | None:
    """Keep one change to `obj`. `before` is its snapshot before (None if it is new).

    `after` defaults to the object's snapshot now; for a deletion pass action="delete"
    (and object_id, since a deleted object has lost its pk). A change that changed
    nothing is not recorded and returns None.
    """
    entry = change_entry(
        obj, user=user, before=before, after=after, action=action, via=via,
        reverted_to=reverted_to, object_id=object_id, object_repr=object_repr, batch=batch,
    )  # fmt: skip
    if entry is not None:
        entry.save()
    return entry


def record_changes(entries: list[AuditEntry | None]) -> list[AuditEntry]:
    """Keep many changes made by one write (entries from `change_entry`) in one query."""
    return AuditEntry.objects.bulk_create([entry for entry in entries if entry is not None])


def change_entry(
    obj: models.Model,
    *,
    user=None,
    before: dict | None = None,
    after: dict | None = None,
    action: str | None = None,
    via: str = "service",
    reverted_to: AuditEntry | None = None,
    object_id=None,
    object_repr: str | None = None,
    batch: uuid.UUID | None = None,
) -> AuditEntry | None:
    """The entry `record_change` keeps, not saved yet; None for a change of nothing."""
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
    return AuditEntry(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(object_id if object_id is not None else obj.pk),
        object_repr=(object_repr if object_repr is not None else str(obj))[:300],
        action=action,
        user=user if authenticated else None,
        username=user.get_username() if authenticated else "",
        via=via,
        before=before,
        after=after,
        changed_fields=changed,
        reverted_to=reverted_to,
        batch=batch,
    )


def history(obj_or_model, object_id=None):
    """A record's entries, newest first."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    pk = object_id if object_id is not None else obj_or_model.pk
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=True),
        object_id=str(pk),
    ).select_related("user", "reverted_to")


def same_change(entry: AuditEntry) -> models.QuerySet:
    """The other entries of the write that made `entry` (the rows deleted with a record,
    the inline rows an admin save changed with it), in the order they were kept."""
    if entry.batch is None:
        return AuditEntry.objects.none()
    return (
        AuditEntry.objects.filter(batch=entry.batch)
        .exclude(pk=entry.pk)
        .select_related("content_type")
        .order_by("pk")
    )


def changed_since_with(entry: AuditEntry) -> models.QuerySet:
    """The other rows the record's later saves changed with it (inline rows): reverting
    the record to `entry`'s version undoes those saves' changes to it, not to them."""
    later = AuditEntry.objects.filter(
        content_type_id=entry.content_type_id,
        object_id=entry.object_id,
        pk__gt=entry.pk,
        batch__isnull=False,
    ).values("batch")
    return (
        AuditEntry.objects.filter(batch__in=later)
        .exclude(content_type_id=entry.content_type_id, object_id=entry.object_id)
        .select_related("content_type")
        .order_by("pk")
    )


def missing_links(model: type[models.Model], version: dict | None) -> dict[str, list]:
    """The links of `version` to records deleted since, by field name: a many-to-many
    field's ids a revert leaves out, a foreign key's id that makes it refuse."""
    missing = {}
    for name, value in (version or {}).items():
        try:
            rel = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # a field since removed: the deserializer says so
        if not rel.is_relation or value in (None, []):
            continue
        ids = value if isinstance(value, list) else [value]
        found = set(
            rel.related_model._default_manager.filter(pk__in=ids).values_list("pk", flat=True)
        )
        if gone := [pk for pk in ids if pk not in found]:
            missing[name] = gone
    return missing


def refusal_for_links(model: type[models.Model], missing: dict[str, list]) -> str | None:
    """Why a version whose foreign key points at a deleted record cannot be restored, in
    plain words; None when only many-to-many links are missing (those are left out)."""
    single = [name for name in missing if not model._meta.get_field(name).many_to_many]
    if not single:
        return None
    return joined(
        [
            f"its {model._meta.get_field(name).verbose_name} (#{missing[name][0]}) has been "
            "deleted since; restore that record first, from its own history"
            for name in single
        ]
    )


@dataclass
class Reverted:
    """What one revert did: its own entry, the rows of the same change it brought back,
    and those it could not, each with the reason."""

    entry: AuditEntry
    also: list[AuditEntry] = datafield(default_factory=list)
    left: list[tuple[AuditEntry, str]] = datafield(default_factory=list)
    # The rows the deletion unlinked that it could not link back, each with the reason.
    unlinked: list[tuple[AuditEntry, str]] = datafield(default_factory=list)


# What a model's owner keeps true after one of its records is restored, by model label
# (`chronology.Round`): called with the record and its snapshot before the revert (None
# if it was deleted), inside the revert's transaction; a ValidationError refuses the
# revert. Filled by the owning app's ready() (chronology: former slugs).
REVERT_RULES: dict[str, Callable[[models.Model, dict | None], None]] = {}


def revert(entry: AuditEntry, *, user=None, alike_confirmed: bool = False) -> AuditEntry:
    """Restore the record to the version `entry` left it in; see `revert_change`."""
    return revert_change(entry, user=user, alike_confirmed=alike_confirmed).entry


def revert_change(entry: AuditEntry, *, user=None, alike_confirmed: bool = False) -> Reverted:
    """Restore the record to the version `entry` left it in (recreating it if it was
    deleted since), validated like any edit (and by its REVERT_RULES), and record that as
    a revert; many-to-many links to records deleted since are left out. Reverting a
    deletion, or a version of a record deleted since (deletion_undone), also brings back,
    in the same transaction, the rows deleted with it (and relinks the rows it unlinked)
    that are still gone; one that cannot be is reported. A record recreated gets back the
    links a chain of deletions owes it (owed_links.py).
    A version (or a row restored with it) that looks like another stored record is
    refused as an admin save is (LooksAlike), unless `alike_confirmed`."""
    batch = uuid.uuid4()
    try:
        with transaction.atomic():
            if not alike_confirmed and (clashes := alike_clashes(entry, lock=True)):
                raise LooksAlike(clashes)
            deletion = deletion_undone(entry)
            done = Reverted(_restore(entry, user=user, batch=batch))
            if deletion is not None:
                _restore_the_rest(deletion, done, user=user, batch=batch)
            _link_what_is_owed(done, user=user, batch=batch)
            return done
    except IntegrityError as exc:
        # A check deferred to the commit (a record it names deleted meanwhile).
        raise RevertError(
            "The database refused this version (a record it names is gone); nothing was changed."
        ) from exc


def _link_what_is_owed(done: Reverted, *, user, batch) -> None:
    """Each record the revert recreated gets back the many-to-many links a chain of
    deletions dropped while it or the other side was gone (owed_links.py)."""
    for restored in [done.entry, *done.also]:
        if restored.action == Action.REVERT and restored.before is None:
            model = restored.content_type.model_class()
            owed = owed_links.owed_on_return(model, restored.object_id)
            done.also += owed_links.link_back(owed, user=user, batch=batch)


def deletion_undone(entry: AuditEntry) -> AuditEntry | None:
    """The deletion a revert to `entry` undoes, whose rows it brings back with the record:
    `entry` itself when it is one; when the record is gone now, its last deletion (an
    earlier version of a deleted event restored: outside tester t14a, its participations
    and citations stayed deleted); else None."""
    if entry.action == Action.DELETE:
        return entry
    model = entry.content_type.model_class()
    if model is None or stored_snapshot(model, entry.object_id) is not None:
        return None
    return (
        AuditEntry.objects.filter(
            content_type_id=entry.content_type_id,
            object_id=entry.object_id,
            action=Action.DELETE,
        )
        .order_by("-pk")
        .first()
    )


def still_gone(entry: AuditEntry | None) -> list[AuditEntry]:
    """The rows the deletion `entry` took with it that are still gone (their deletions)."""
    if entry is None or entry.action != Action.DELETE:
        return []
    return [
        other
        for other in same_change(entry)
        if other.action == Action.DELETE
        and stored_snapshot(other.content_type.model_class(), other.object_id) is None
    ]


def alike_clashes(entry: AuditEntry, *, lock: bool = False) -> list[Clash]:
    """The records stored already that reverting to `entry` would copy (lookalikes.py):
    its version's, and those of the rows it brings back with it (deletion_undone). With
    `lock` (inside the revert's transaction), each check holds the admin form's lock."""
    found = []
    for other in [entry, *still_gone(deletion_undone(entry))]:
        stored = stored_snapshot(other.content_type.model_class(), other.object_id)
        found.append(clash_of(other, stored, lock=lock))
    return [clash for clash in found if clash is not None]


def _restore_the_rest(entry: AuditEntry, done: Reverted, *, user, batch) -> None:
    """The rows the deletion `entry` took with it, restored in passes (a citation after
    the round it cites) until no more can be; the rows it unlinked, linked back unless
    changed since."""
    pending = still_gone(entry)
    while pending:
        failed = []
        for other in pending:
            try:
                with transaction.atomic():
                    done.also.append(_restore(other, user=user, batch=batch))
            except RevertError as exc:
                failed.append((other, str(exc)))
        if len(failed) == len(pending):
            done.left.extend(failed)
            break
        pending = [other for other, _reason in failed]
    for other in same_change(entry).filter(action=Action.CHANGE):
        if (reason := why_not_relinked(other)) is not None:
            done.unlinked.append((other, reason))
        elif (relinked := _relink(other, user=user, batch=batch)) is not None:
            done.also.append(relinked)


def why_not_relinked(entry: AuditEntry) -> str | None:
    """Why reverting the deletion of `entry`'s batch cannot link back the row `entry`
    says it unlinked, in plain words; None if it can."""
    model = entry.content_type.model_class()
    current = stored_snapshot(model, entry.object_id)
    fields = [model._meta.get_field(name) for name in entry.changed_fields]
    if current is None:
        if all(field.many_to_many for field in fields):
            # owed_links.py: the link comes back with the row.
            return (
                "it has been deleted since; its link comes back when it is restored from "
                "its own history"
            )
        return "it has been deleted since, and restoring it will not link it back"
    changed = [
        str(field.verbose_name)
        for field in fields
        if not field.many_to_many and current.get(field.name) != (entry.after or {}).get(field.name)
    ]
    if changed:
        fields_changed = joined(changed).removesuffix(".")
        return f"its {fields_changed} changed since: an editor's later choice is kept"
    return None


def outlook(entry: AuditEntry, *, coming_back: frozenset = frozenset()) -> str | None:
    """For a revert preview: why a row of the deletion it undoes (`entry`, one of the
    same change) will not come back or be linked back; None if it will. `coming_back`:
    the records the revert itself brings back first, as (model, id as text), whose
    links are no reason (a citation's event, restored with it)."""
    if entry.action == Action.CHANGE:
        reason = why_not_relinked(entry)
        return f"not linked back now: {reason}" if reason else None
    if entry.action != Action.DELETE:
        return None
    model = entry.content_type.model_class()
    if stored_snapshot(model, entry.object_id) is not None:
        return "stored again already"
    missing = {}
    for name, ids in missing_links(model, entry.version).items():
        related = model._meta.get_field(name).related_model._meta.concrete_model
        if left := [pk for pk in ids if (related, str(pk)) not in coming_back]:
            missing[name] = left
    refusal = refusal_for_links(model, missing)
    return f"cannot come back: {refusal}" if refusal else None


def _relink(entry: AuditEntry, *, user, batch) -> AuditEntry | None:
    """Undo what a deletion changed in a row it unlinked (an event whose round it
    emptied), once why_not_relinked has found no reason not to."""
    model = entry.content_type.model_class()
    obj = model._default_manager.filter(pk=entry.object_id).first()
    if obj is None or entry.before is None:
        return None
    before = snapshot(obj)
    fields = [model._meta.get_field(name) for name in entry.changed_fields]
    single = [field for field in fields if not field.many_to_many]
    if single:
        for field in single:
            setattr(obj, field.attname, entry.before.get(field.name))
        try:
            obj.full_clean()
        except ValidationError:
            return None
        obj.save()
    for field in fields:
        if field.many_to_many:
            # The links the deletion dropped, to records stored again (or still) now; the
            # rest of the set is left as editors made it since.
            dropped = set(entry.before.get(field.name) or []) - set(
                (entry.after or {}).get(field.name) or []
            )
            back = field.related_model._default_manager.filter(pk__in=dropped)
            getattr(obj, field.name).add(*back)
    return record_change(
        obj, user=user, before=before, action=Action.REVERT, via="revert", batch=batch
    )


def _restore(entry: AuditEntry, *, user, batch) -> AuditEntry:
    version = entry.version
    model = entry.content_type.model_class()
    if version is None or model is None:
        raise RevertError("This entry holds no version of the record to restore.")
    missing = missing_links(model, version)
    if (refusal := refusal_for_links(model, missing)) is not None:
        raise RevertError(f"This version cannot be restored: {refusal}")
    version = {
        name: [pk for pk in value if pk not in missing[name]] if name in missing else value
        for name, value in version.items()
    }
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
            if (rule := REVERT_RULES.get(model._meta.label)) is not None:
                rule(obj, before)
            return record_change(
                obj,
                user=user,
                before=before,
                action=Action.REVERT,
                via="revert",
                reverted_to=entry,
                batch=batch,
            )
    except ValidationError as exc:
        raise RevertError(joined(exc.messages)) from exc
    except IntegrityError as exc:
        raise RevertError(
            "The database refused this version (a value it holds is taken); nothing was changed."
        ) from exc
