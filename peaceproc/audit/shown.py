"""A snapshot's field as an editor reads it on the revert page and an entry's page: a
relation by the names of the records it points to (their ids only when they are gone),
not the ids the snapshot keeps ("participants [14, 48, 65]")."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models

Labels = dict[str, dict[object, str]]


def related_labels(model: type[models.Model] | None, snapshots: list[dict], names) -> Labels:
    """For each of `names` that is a relation of `model`, {id: the record's name} of the
    records the snapshots point to that still exist: one query per relation."""
    labels: Labels = {}
    for name in names:
        try:
            field = model._meta.get_field(name) if model is not None else None
        except FieldDoesNotExist:
            continue
        if field is None or not field.is_relation or field.related_model is None:
            continue
        ids = set()
        for snapshot in snapshots:
            value = snapshot.get(name)
            ids.update(value if isinstance(value, list) else [] if value is None else [value])
        records = field.related_model._default_manager.filter(pk__in=ids)
        labels[name] = {record.pk: str(record) for record in records}
    return labels


def shown(snapshot: dict, name: str, labels: Labels) -> str:
    """The field `name` of `snapshot` as text: "—" when absent, "(empty)" when empty, a
    relation's records by name ("#14 (deleted)" for one gone), any other value as is."""
    if name not in snapshot:
        return "—"
    value = snapshot[name]
    if value in (None, "", []):
        return "(empty)"
    if name in labels:
        found = labels[name]
        ids = value if isinstance(value, list) else [value]
        return ", ".join(found.get(pk) or f"#{pk} (deleted)" for pk in ids)
    return str(value)
