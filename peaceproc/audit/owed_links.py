"""Many-to-many links a chain of deletions dropped, which a later revert owes back
(outside tester t16d, 9).

A link between a holder (an event, whose `participants` hold it) and a target (a
participant) is dropped when either is deleted. Reverting that deletion links it back
when the other one is stored (services._relink); when the other one is itself deleted
at that moment, the link is owed until it comes back too:

- the target's deletion unlinked the holder (the holder's "change" in that deletion's
  batch), and the target came back while the holder was deleted: restoring the holder
  links the target back;
- a revert of the holder left the target out, the target being deleted then: restoring
  the target links the holder back.

Either way, nobody could have linked the two in between (one of them was gone), so the
link is added to the holder's links as they stand, as services._relink does.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models

from . import services
from .models import AuditEntry

Action = AuditEntry.Action


@dataclass(frozen=True)
class OwedLink:
    """`holder`'s many-to-many field `field` owes the link to the record `target_pk`;
    each side named as the trail last named it (it may be gone now)."""

    holder_model: type[models.Model]
    holder_pk: str
    holder_name: str
    field: str
    target_pk: str
    target_name: str


def owed_on_return(model: type[models.Model], pk) -> list[OwedLink]:
    """The links owed once the record (`model`, `pk`) is stored again, whether it is
    gone now (a preview) or has just been recreated (a revert): none unless it has been
    deleted. A few queries per unlink in its trail and per kind of holder."""
    linked = [f for f in model._meta.many_to_many if services.is_audited(f.related_model)]
    if not linked and not any(services.many_to_many_into(model)):
        return []  # (a citation, a participation: no query)
    deletion = services.history(model, pk).filter(action=Action.DELETE).order_by("-pk").first()
    if deletion is None:
        return []
    return _owed_as_holder(model, str(pk), deletion) + _owed_as_target(model, str(pk), deletion)


def _owed_as_holder(model, pk: str, deletion: AuditEntry) -> list[OwedLink]:
    """The targets another deletion unlinked from this record that came back after it
    was deleted (their revert found it gone)."""
    fields = {
        field.name: field
        for field in model._meta.many_to_many
        if services.is_audited(field.related_model)
    }
    if not fields:
        return []
    unlinks = services.history(model, pk).filter(
        action=Action.CHANGE, pk__lt=deletion.pk, batch__isnull=False
    )
    owed = []
    for unlink in unlinks:
        for name in fields.keys() & set(unlink.changed_fields):
            target_model = fields[name].related_model
            dropped = set((unlink.before or {}).get(name) or []) - set(
                (unlink.after or {}).get(name) or []
            )
            for target_pk in sorted(dropped, key=str):
                gone = _deletion_in(unlink.batch, target_model, target_pk)
                if gone is not None and _back_since(target_model, target_pk, unlink, deletion):
                    owed.append(
                        OwedLink(
                            model, pk, deletion.object_repr, name, str(target_pk), gone.object_repr
                        )
                    )
    return owed


def _deletion_in(batch, model, pk) -> AuditEntry | None:
    """The deletion of (`model`, `pk`) in `batch`: the write that unlinked it."""
    return (
        AuditEntry.objects.filter(
            batch=batch,
            action=Action.DELETE,
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=True),
            object_id=str(pk),
        )
        .order_by("pk")
        .first()
    )


def _back_since(model, pk, unlink: AuditEntry, holder_deletion: AuditEntry) -> bool:
    """Whether the target first came back after `unlink` while the holder was deleted
    (after `holder_deletion`, the holder's latest): a return before that found the holder
    stored and linked it back then."""
    returned = (
        services.history(model, pk)
        .filter(action=Action.REVERT, pk__gt=unlink.pk, before__isnull=True)
        .order_by("pk")
        .first()
    )
    return returned is not None and returned.pk > holder_deletion.pk


def _owed_as_target(model, pk: str, deletion: AuditEntry) -> list[OwedLink]:
    """The holders whose latest revert since this record's deletion left it out (it was
    gone): their version linked it."""
    owed = []
    for rel in services.many_to_many_into(model):
        holder_model, name = rel.related_model, rel.field.name
        reverts = AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(holder_model, for_concrete_model=True),
            action=Action.REVERT,
            pk__gt=deletion.pk,
            reverted_to__isnull=False,
        ).select_related("reverted_to")
        latest: dict[str, AuditEntry] = {}
        for entry in reverts.order_by("-pk"):
            latest.setdefault(entry.object_id, entry)
        for holder_pk, entry in latest.items():
            wanted = {str(i) for i in (entry.reverted_to.version or {}).get(name) or []}
            given = {str(i) for i in (entry.after or {}).get(name) or []}
            if pk in wanted - given:
                owed.append(
                    OwedLink(
                        holder_model, holder_pk, entry.object_repr, name, pk, deletion.object_repr
                    )
                )
    return owed


def link_back(owed: list[OwedLink], *, user, batch) -> list[AuditEntry]:
    """Add each owed link whose two sides are stored, recorded as a revert of the
    holder by `user` in `batch`; the holder's other links are left as they are."""
    done = []
    by_holder: dict[tuple, list[OwedLink]] = {}
    for link in owed:
        by_holder.setdefault((link.holder_model, link.holder_pk), []).append(link)
    for (model, pk), links in by_holder.items():
        holder = model._default_manager.filter(pk=pk).first()
        if holder is None:
            continue
        before = services.snapshot(holder)
        for link in links:
            target_model = model._meta.get_field(link.field).related_model
            getattr(holder, link.field).add(
                *target_model._default_manager.filter(pk=link.target_pk)
            )
        entry = services.record_change(
            holder, user=user, before=before, action=Action.REVERT, via="revert", batch=batch
        )
        if entry is not None:
            done.append(entry)
    return done


def in_view(owed: list[OwedLink]) -> list[OwedLink]:
    """The owed links whose other side is stored now, which a revert of the record that
    returns would add (for its preview)."""
    shown = []
    for link in owed:
        holder_model = link.holder_model
        target_model = holder_model._meta.get_field(link.field).related_model
        if (
            holder_model._default_manager.filter(pk=link.holder_pk).exists()
            or target_model._default_manager.filter(pk=link.target_pk).exists()
        ):
            shown.append(link)
    return shown
