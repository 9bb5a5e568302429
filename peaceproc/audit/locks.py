"""The locks (txlock) a write to the record holds until its transaction ends, taken in
one order, so that no two writers wait on each other in a circle:

1. the look-alike lock of the record's kind (lookalikes.ALIKE_RULES), which its admin
   form's check takes: a change form and a revert take it before the record's;
2. SEVERAL_RECORDS_LOCK, for a writer of several records at once (an ingestion accept,
   `loadseeds --update` or `--corrections`): two of them never hold record locks in two
   orders;
3. the record locks (txlock.record_key): of a row's parents (the records whose change
   form shows it as an inline: a citation's round), then of the row itself.

A change form, a revert and a row's own page hold one record (with its parents: those
it is stored under and those its POST moves it to); a row's add page holds the parents
its POST adds it to, before its form is checked. Only a holder of SEVERAL_RECORDS_LOCK
holds more. On SQLite, whose IMMEDIATE transactions hold
the database's write lock from their start, none of this takes anything."""

import zlib
from functools import cache

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import _get_foreign_key

from peaceproc.txlock import lock_until_commit, record_key

from .lookalikes import ALIKE_RULES

SEVERAL_RECORDS_LOCK = zlib.crc32(b"peaceproc writer of several records")


def lock_kind(model: type[models.Model]) -> None:
    """The look-alike lock of `model`'s records, when its admin form checks them."""
    if (rule := ALIKE_RULES.get(model._meta.concrete_model._meta.label)) is not None:
        lock_until_commit(rule.lock)


def lock_several() -> None:
    """Before the record locks of a writer of several records."""
    lock_until_commit(SEVERAL_RECORDS_LOCK)


@cache
def _parent_links(model: type[models.Model]) -> tuple[models.ForeignKey, ...]:
    """The foreign keys by which the admin shows `model`'s rows as an inline of a record
    (a citation's round, event, agreement and tenure); none for a record of its own."""
    links = []
    for model_admin in admin.site._registry.values():
        for inline in model_admin.inlines:
            if inline.model is model:
                links.append(_get_foreign_key(model_admin.model, model, fk_name=inline.fk_name))
    return tuple(dict.fromkeys(links))


def _parent_keys(model: type[models.Model], values: dict) -> set[int]:
    """The lock keys of the parents `values` (a row's fields by name, a link as its id,
    as a snapshot holds them) name."""
    return {
        record_key(link.related_model, parent)
        for link in _parent_links(model)
        if (parent := values.get(link.name)) is not None
    }


def row_values(obj: models.Model) -> dict:
    """`obj`'s parent links by name, each as its id (as a snapshot holds them)."""
    return {link.name: getattr(obj, link.attname) for link in _parent_links(type(obj))}


def posted_values(model: type[models.Model], data) -> dict:
    """The parents a form's POST (`data`) names for a row of `model`, by their links'
    names, each as its id (row_values); a value that is no id is left out: the form
    refuses it."""
    values = {}
    for link in _parent_links(model):
        try:
            parent = link.related_model._meta.pk.to_python(data.get(link.name) or None)
        except ValidationError:
            continue
        if parent is not None:
            values[link.name] = parent
    return values


def lock_record(model: type[models.Model], pk, *versions: dict) -> None:
    """The locks of the record `pk`: of its parents as each of `versions` names them (the
    row as stored, as it will be; row_values, posted_values), in the order of their keys,
    then its own (none for a row not stored yet: `pk` None). Call inside a transaction,
    after lock_kind and lock_several where they apply."""
    parents = set().union(*(_parent_keys(model, values) for values in versions if values))
    for key in sorted(parents):
        lock_until_commit(key)
    if pk is not None:
        lock_until_commit(record_key(model, pk))


def lock_selected(queryset) -> list[models.Model]:
    """The records of `queryset`, each held as its own page holds it, several at once
    (SEVERAL_RECORDS_LOCK first): a bulk deletion's. Call inside a transaction."""
    lock_several()
    selected = list(queryset)
    for obj in selected:
        lock_record(type(obj), obj.pk, row_values(obj))
    return selected


def lock_stored(obj: models.Model) -> None:
    """lock_record for a stored record (or row, with its parents), then its fields read
    again: what another writer stored while this one waited is what it changes. Raises
    the model's DoesNotExist when another writer deleted it."""
    lock_record(type(obj), obj.pk, row_values(obj))
    fields = [f for f in obj._meta.concrete_fields if not f.primary_key]
    stored = type(obj)._base_manager.filter(pk=obj.pk).values(*(f.attname for f in fields))
    for field, value in zip(fields, stored.get().values(), strict=True):  # (or DoesNotExist)
        # (a link loaded already is kept while it leads to the same record: reading it
        # again would cost a query per record, as refresh_from_db's clearing did)
        if field.is_relation and field.is_cached(obj) and getattr(obj, field.attname) != value:
            field.delete_cached_value(obj)
        setattr(obj, field.attname, value)
