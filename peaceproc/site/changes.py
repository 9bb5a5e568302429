"""The latest public changes to the record, read from the audit trail: for the
"What's new" page and the Atom feed. Only the public records (rounds, events,
agreements, envoys' tenures, participants) and only what they are now or were made
(created, changed, reverted); a deletion leaves nothing to link to."""

from dataclasses import dataclass

from django.urls import reverse

from peaceproc.audit.models import AuditEntry

# Model name -> (the URL pattern of its page, the field its URL takes, what to call it).
PUBLIC = {
    "round": ("site:round", "slug", "round"),
    "event": ("site:event", "pk", "event"),
    "agreement": ("site:agreement", "slug", "agreement"),
    "envoytenure": ("site:tenure", "slug", "envoy's tenure"),
    "participant": ("site:participant", "slug", "participant"),
}
SHOWN = 50
# Fields not worth a reader's attention in a list of what changed.
QUIET_FIELDS = {"slug"}


@dataclass(frozen=True)
class Change:
    entry: AuditEntry
    kind: str
    title: str
    url: str
    fields: tuple[str, ...]

    @property
    def verb(self) -> str:
        return {
            AuditEntry.Action.CREATE: "Added",
            AuditEntry.Action.CHANGE: "Changed",
            AuditEntry.Action.REVERT: "Restored",
        }[self.entry.action]

    @property
    def summary(self) -> str:
        if self.entry.action == AuditEntry.Action.CREATE or not self.fields:
            return f"{self.verb} the {self.kind} “{self.title}”."
        return f"{self.verb} the {self.kind} “{self.title}”: {', '.join(self.fields)}."


def public_entries():
    """The audit entries of public records, newest first (one query)."""
    return (
        AuditEntry.objects.filter(
            content_type__app_label="chronology",
            content_type__model__in=list(PUBLIC),
            action__in=[
                AuditEntry.Action.CREATE,
                AuditEntry.Action.CHANGE,
                AuditEntry.Action.REVERT,
            ],
        )
        .select_related("content_type")
        .order_by("-timestamp", "-pk")
    )


def as_change(entry: AuditEntry) -> Change:
    pattern, key, kind = PUBLIC[entry.content_type.model]
    version = entry.after or {}
    arg = entry.object_id if key == "pk" else version.get(key, "")
    model = entry.content_type.model_class()
    names = {
        f.name: str(f.verbose_name) for f in model._meta.get_fields() if hasattr(f, "verbose_name")
    }
    fields = tuple(
        names.get(name, name).replace("_", " ")
        for name in entry.changed_fields
        if name not in QUIET_FIELDS
    )
    return Change(
        entry=entry,
        kind=kind,
        title=entry.object_repr,
        url=reverse(pattern, args=[arg]) if arg else "",
        fields=fields if entry.action != AuditEntry.Action.CREATE else (),
    )


def latest_changes(limit: int = SHOWN) -> list[Change]:
    return [as_change(entry) for entry in public_entries()[:limit]]
