"""The latest public changes to the record, read from the audit trail: for the
"What's new" page and the Atom feed. Only the public records (rounds, events,
agreements, envoys' tenures, participants) and only what they are now or were made
(created, changed, reverted); a deletion leaves nothing to link to, so a deleted record's
entries leave the page and the feed with it (outside tester t14b, 7: "Added the event ..."
kept a bogus ingestion's titles public, linked to pages answering 404) until it is
brought back (a revert of its deletion). Of the records the public sees in part (a
source through the citations under a record, a track as a lane), only changes to what it
sees (a source's address or title, a track's name) are listed.

Each change is named by the record's current name (the name its latest entry left it
with), not the name it had then, and a revert folds away with the changes it undid: a
revert to a version undoes every later change of that record, so neither those changes
nor the revert are news (the record is back as that version left it, which is listed).
Vandalism reverted by an editor thus leaves the public pages; the admin's audit trail
keeps every entry.

Loading the published record (`loadseeds`, audited "via seed") is not news record by
record: each day's load is one line that counts what it added and changed by kind
("Initial record loaded: 22 rounds, 180 events, ..."). Editors' changes and corrections
are listed one by one."""

import operator
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import reduce
from itertools import islice

from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.fields.json import KT
from django.db.models.functions import TruncDate
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
# Model name -> (what to call it, the fields of it a reader sees): a change to one of
# these fields is news; a change to the rest (a source's stored text) or their creation
# is not (a new source or track shows through the records that use it).
PARTLY_PUBLIC = {
    "source": ("source", ("url", "title", "publisher", "published_on", "language")),
    "track": ("track", ("name", "description")),
}
SHOWN = 50
# Fields whose change is shown with both values ("slug astana-4 → astana-four"): the
# record's address, which a reader's links and bookmarks use.
SHOWN_WITH_VALUES = ("slug",)
# The audit trail's name for a load of the published record (peaceproc/chronology/seeding.py).
RECORD_LOAD = "seed"
# Each kind in the plural, for a load's counts.
PLURALS = {
    "round": "rounds",
    "event": "events",
    "agreement": "agreements",
    "envoytenure": "envoys' tenures",
    "participant": "participants",
}


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
    def anchor(self) -> str:
        return f"change-{self.entry.pk}"

    @property
    def timestamp(self) -> datetime:
        return self.entry.timestamp

    @property
    def summary(self) -> str:
        if self.entry.action == AuditEntry.Action.CREATE or not self.fields:
            return f"{self.verb} the {self.kind} “{self.title}”."
        return f"{self.verb} the {self.kind} “{self.title}”: {', '.join(self.fields)}."


@dataclass(frozen=True)
class RecordLoad:
    """The published record loaded on one day, in one line: how many records of each
    kind it added and changed. `initial`: the first load, which made the record."""

    day: date
    timestamp: datetime  # its last entry
    initial: bool
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    kind = "record load"
    url = ""

    @property
    def anchor(self) -> str:
        return f"load-{self.day.isoformat()}"

    @property
    def summary(self) -> str:
        def counts(by_kind: dict[str, int]) -> str:
            return ", ".join(f"{n} {PLURALS[kind] if n != 1 else kind_name(kind)}"
                             for kind, n in by_kind.items())  # fmt: skip

        if self.initial and not self.changed:
            return f"Initial record loaded: {counts(self.added)}."
        parts = [f"added {counts(self.added)}"] if self.added else []
        parts += [f"corrected {counts(self.changed)}"] if self.changed else []
        first = "Initial record loaded" if self.initial else "Record updated from its sources"
        return f"{first}: {'; '.join(parts)}."


def kind_name(model: str) -> str:
    return PUBLIC[model][2]


def public_entries():
    """The audit entries of public records and the public changes to partly public ones,
    newest first, but for the record's loads, each with its record's current name and slug
    (`current_name`, `current_slug`: those its latest entry left) (one query)."""
    # The record's latest entry: served by the index audit_by_object
    # (content_type, object_id, -timestamp).
    same_record = AuditEntry.objects.filter(
        content_type=OuterRef("content_type"), object_id=OuterRef("object_id")
    )
    latest = same_record.order_by("-timestamp", "-pk")[:1]
    return (
        AuditEntry.objects.filter(public_records() | partly_public())
        .exclude(via=RECORD_LOAD)
        .annotate(
            current_name=Subquery(latest.values("object_repr")),
            current_slug=Subquery(latest.annotate(slug=KT("after__slug")).values("slug")),
            current_action=Subquery(latest.values("action")),
        )
        # A record deleted (its latest entry a deletion) has no page: none of its entries.
        .exclude(current_action=AuditEntry.Action.DELETE)
        .select_related("content_type")
        .order_by("-timestamp", "-pk")
    )


def standing_entries(entries):
    """`entries` (newest first) without the reverts and the changes they undid: a revert
    to version V undoes the record's entries after V, and itself only brings V back. A
    revert that was itself undone undoes nothing (the later revert decides)."""
    undone: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for entry in entries:
        record = (entry.content_type_id, entry.object_id)
        if any(low < entry.pk < high for low, high in undone[record]):
            continue
        if entry.action == AuditEntry.Action.REVERT and entry.reverted_to_id is not None:
            undone[record].append((entry.reverted_to_id, entry.pk))
            continue
        yield entry


def record_entries():
    """The audit entries of public records that made or changed them, loads included
    (unordered)."""
    return AuditEntry.objects.filter(public_records())


def public_records() -> Q:
    return Q(
        content_type__app_label="chronology",
        content_type__model__in=list(PUBLIC),
        action__in=[
            AuditEntry.Action.CREATE,
            AuditEntry.Action.CHANGE,
            AuditEntry.Action.REVERT,
        ],
    )


def partly_public() -> Q:
    """The changes and reverts of partly public records that touched a field a reader
    sees. (`changed_fields` is a JSON list of names: each name is matched with its quotes,
    in the list's text, the one test SQLite and PostgreSQL both run on a JSON list.)"""
    touched = [
        Q(content_type__model=model)
        & reduce(operator.or_, (Q(changed_fields__icontains=f'"{name}"') for name in names))
        for model, (_kind, names) in PARTLY_PUBLIC.items()
    ]
    return Q(
        reduce(operator.or_, touched),
        content_type__app_label="chronology",
        action__in=[AuditEntry.Action.CHANGE, AuditEntry.Action.REVERT],
    )


def record_loads() -> list[RecordLoad]:
    """Each day the published record was loaded, newest first (one query, a row per day,
    kind and action)."""
    rows = (
        record_entries()
        .filter(via=RECORD_LOAD)
        .annotate(day=TruncDate("timestamp"))
        .values("day", "content_type__model", "action")
        .annotate(n=Count("pk"), last=Max("timestamp"))
        .order_by()
    )
    days: dict[date, dict] = defaultdict(lambda: {"added": {}, "changed": {}, "last": None})
    for row in rows:
        day = days[row["day"]]
        what = "added" if row["action"] == AuditEntry.Action.CREATE else "changed"
        model = row["content_type__model"]
        day[what][model] = day[what].get(model, 0) + row["n"]
        day["last"] = max(filter(None, (day["last"], row["last"])))
    first = min(days, default=None)
    order = list(PUBLIC)
    return sorted(
        (
            RecordLoad(
                day=d,
                timestamp=v["last"],
                initial=d == first,
                added={k: v["added"][k] for k in order if k in v["added"]},
                changed={k: v["changed"][k] for k in order if k in v["changed"]},
            )
            for d, v in days.items()
        ),
        key=lambda load: load.timestamp,
        reverse=True,
    )


def as_change(entry: AuditEntry) -> Change:
    name = entry.content_type.model
    if name in PUBLIC:
        pattern, key, kind = PUBLIC[name]
        current = {"pk": entry.object_id, "slug": entry.current_slug}
        arg = current[key]
        url = reverse(pattern, args=[arg]) if arg else ""
        shown = list(entry.changed_fields)
    else:  # partly public: no page of its own; only the fields a reader sees
        kind, public = PARTLY_PUBLIC[name]
        url = ""
        shown = [field for field in entry.changed_fields if field in public]
    model = entry.content_type.model_class()
    names = {
        f.name: str(f.verbose_name) for f in model._meta.get_fields() if hasattr(f, "verbose_name")
    }
    before, after = entry.before or {}, entry.after or {}
    fields = tuple(
        f"{names.get(field, field)} {before.get(field)} → {after.get(field)}"
        if field in SHOWN_WITH_VALUES and before.get(field) and after.get(field)
        else names.get(field, field).replace("_", " ")
        for field in shown
    )
    return Change(
        entry=entry,
        kind=kind,
        title=entry.current_name or entry.object_repr,
        url=url,
        fields=fields if entry.action != AuditEntry.Action.CREATE else (),
    )


def latest_change_time() -> datetime | None:
    """The time of the audit trail's newest entry, whatever it did to whatever record
    (None before the first): what the public pages show changed then at the latest, and
    never earlier than it was (a deletion or a revert is an entry too). One query, served
    by the index audit_latest."""
    return AuditEntry.objects.order_by("-timestamp").values_list("timestamp", flat=True).first()


def latest_changes(limit: int = SHOWN) -> list[Change | RecordLoad]:
    """The latest changes that stand (not undone by a revert) one by one, and the
    record's loads one line each, newest first (two queries, the first read until `limit`
    changes stand)."""
    standing = standing_entries(public_entries().iterator(chunk_size=limit))
    changes = [as_change(entry) for entry in islice(standing, limit)]
    merged = sorted([*changes, *record_loads()], key=lambda c: c.timestamp, reverse=True)
    return merged[:limit]
