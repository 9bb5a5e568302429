"""A revert that would store a copy of another record (outside tester t12a, 3b): a
participant renamed, another added under its old name, then the first reverted to that
name. The revert passes the look-alike checks an admin save passes (the model's owner
registers them in ALIKE_RULES), and is refused unless the editor confirms, on the revert's
preview, that the record is another one."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models

from peaceproc.txlock import lock_until_commit

from .models import AuditEntry


@dataclass(frozen=True)
class AlikeRule:
    """One kind of record's look-alike check, as its admin form makes it."""

    # The fields whose change may make the record look like another (checked when one
    # of them differs from the stored row's, or the record is recreated).
    fields: tuple[str, ...]
    # The lock (txlock) the check and the write hold, the admin form's own.
    lock: int
    # The stored records (not the record itself) the version looks like, from the
    # version's values (a snapshot: foreign keys as ids) and the record's id.
    find: Callable[[dict, str], list[models.Model]]
    # The refusal naming them with links (HTML), with its way forward.
    refusal: Callable[[list[models.Model]], str]
    # What the editor ticks to restore it anyway: the admin form's box's label.
    label: str


# By model label (`chronology.Participant`); filled by the owning app's ready().
ALIKE_RULES: dict[str, AlikeRule] = {}


@dataclass(frozen=True)
class Clash:
    """A version a revert would restore (`entry`'s) and the stored records it looks like."""

    entry: AuditEntry
    records: list[models.Model]
    refusal: str
    label: str


def clash_of(entry: AuditEntry, stored: dict | None, *, lock: bool) -> Clash | None:
    """What restoring `entry`'s version over `stored` (the row's snapshot now, None when
    it is gone) would copy, else None. With `lock`, inside the revert's transaction, the
    check takes the admin form's lock, so that a save of the look-alike at the same moment
    is checked against it, or it against that save."""
    model = entry.content_type.model_class()
    rule = ALIKE_RULES.get(model._meta.label) if model is not None else None
    version = entry.version
    if rule is None or version is None:
        return None
    if stored is not None and all(stored.get(name) == version.get(name) for name in rule.fields):
        return None  # no field the check reads changes: as an admin save, not checked
    if lock:
        lock_until_commit(rule.lock)
    if not (records := rule.find(version, entry.object_id)):
        return None
    return Clash(entry=entry, records=records, refusal=rule.refusal(records), label=rule.label)
