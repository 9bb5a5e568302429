"""What a release shipped, written down: `shipped/vN.json` is the record a fresh
`loadseeds` of that release's seeds makes, keyed by kind and slug ("round:astana-4"), in
the values `loadseeds --corrections` compares (records by slug, dates in ISO). Written
by `manage.py snapshotseeds`, read by seeding.SeedLoader.

The snapshot is made by loading the seeds into the database and reading the record back
inside one transaction that is then rolled back, so it is what the loader of this code
stores, not a second reading of the seed files that could drift from it."""

import json
from pathlib import Path

from django.db import models, transaction

from .models import Agreement, Citation, EnvoyTenure, Event, Participant, Round, Track
from .seeding import PRIMARY_NOTES, load_seeds, plain, record_key

# In the order a snapshot lists them (its keys are sorted anyway).
KINDS = (Track, Participant, Round, Event, Agreement, EnvoyTenure)
RECORDS = (Round, Event, Agreement, EnvoyTenure)


class NotEmptyError(Exception):
    """The database holds a record already: a snapshot would read it as shipped."""


def shipped_fields(model: type[models.Model]) -> list[str]:
    """The fields a release sets: all but the key, the slug (the snapshot's key) and the
    times the database stamps."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if not field.primary_key
        and field.name != "slug"
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
    ]


def read_record() -> dict[str, dict]:
    """The record in the database as a snapshot's `records` (a few queries a kind)."""
    records: dict[str, dict] = {}
    for model in KINDS:
        names = shipped_fields(model)
        links = [name for name in names if model._meta.get_field(name).is_relation]
        for obj in model.objects.select_related(*links).order_by("slug"):
            records[record_key(obj)] = {
                "fields": {name: plain(getattr(obj, name)) for name in names}
            }
    primary = Citation.objects.filter(note__in=PRIMARY_NOTES).select_related(
        "source", "round", "event", "agreement", "tenure"
    )
    for citation in primary.order_by("pk"):
        record = citation.round or citation.event or citation.agreement or citation.tenure
        records[record_key(record)].setdefault("source_url", citation.source.url)
    for round_ in Round.objects.prefetch_related("participations__participant",
                                                 "participations__on_behalf_of"):  # fmt: skip
        records[record_key(round_)]["participations"] = sorted(
            [p.participant.slug, p.role, plain(p.on_behalf_of), p.note]
            for p in round_.participations.all()
        )
    for agreement in Agreement.objects.prefetch_related("participations__participant"):
        records[record_key(agreement)]["signatories"] = sorted(
            p.participant.slug for p in agreement.participations.all() if p.role == "signatory"
        )
    for event in Event.objects.prefetch_related("participants"):
        records[record_key(event)]["participants"] = sorted(
            p.slug for p in event.participants.all()
        )
    return records


def snapshot_seeds(seeds_dir: Path, *, release: str, commit: str = "") -> dict:
    """What a fresh load of `seeds_dir` stores, as release `release` (its seeds at
    `commit`, if given). The database must hold no record; it is left as it was."""
    if any(model.objects.exists() for model in KINDS):
        raise NotEmptyError(
            "The database holds records already; make the snapshot on an empty, migrated "
            "database (a throw-away SQLite file: SQLITE_PATH=/tmp/snapshot.sqlite3)."
        )
    at = f" (seeds/ at commit {commit})" if commit else ""
    with transaction.atomic():
        load_seeds(seeds_dir)
        records = read_record()
        transaction.set_rollback(True)
    return {
        "note": (
            f"The record as release {release} shipped it{at}, keyed by kind and slug: "
            "loadseeds --corrections changes a value only where a database still holds "
            "what this or an earlier release shipped."
        ),
        "release": release,
        "records": records,
    }


def dumps(snapshot: dict) -> str:
    """The snapshot as its file holds it: the same record, the same bytes."""
    return json.dumps(snapshot, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
