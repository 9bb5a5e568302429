"""Loads the shipped record from seeds/: the reference data (tracks, participants), the
fact-checked chronology (one record per row), who took part in what
(participations.csv), where sources disagree (conflicts.csv) and the hand-curated seed
article. The format is described in README.md ("The data").

Three modes, each in one transaction (all of it or nothing):

- ADD (the default): a record already present is left as it is, so restarting the
  server never overwrites what an editor changed; only what is missing is added.
- UPDATE: seeded records are reset to the shipped values (deleting nothing).
- CORRECT: the corrections of a new release reach an existing database. A value is
  changed only where the database still holds a value an earlier release shipped
  (`shipped/v1.json`, `v2.json`, ...: what each release stored, see snapshots.py); a
  value an editor changed is kept and reported. Every change is recorded in the audit
  trail (via "correction").
"""

import csv
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from django.db import models, transaction
from django.urls import reverse

from peaceproc.audit import locks, origins
from peaceproc.audit import services as audit

from . import services
from .dates import Precision
from .models import (
    Agreement,
    Citation,
    Confidence,
    Conflict,
    EnvoyTenure,
    Event,
    FormerSlug,
    OutcomeKind,
    Participant,
    ParticipantAlias,
    Participation,
    Round,
    SluggedKind,
    Source,
    Track,
)
from .urlkeys import url_key

# What each release shipped: v1.json, v2.json, ... (written by `manage.py snapshotseeds`).
SHIPPED_DIR = Path(__file__).resolve().parent / "shipped"


def shipped_releases(directory: Path = SHIPPED_DIR) -> list[Path]:
    """The releases' snapshots in `directory`, oldest first (v2 before v10)."""
    found = []
    for path in directory.glob("v*.json"):
        if match := re.fullmatch(r"v(\d+)\.json", path.name):
            found.append((int(match.group(1)), path))
    return [path for _, path in sorted(found)]


class SeedError(Exception):
    """The seed files are inconsistent; the message names the file and row."""


class Mode(StrEnum):
    ADD = "add"
    UPDATE = "update"
    CORRECT = "correct"


class Relations(StrEnum):
    """What a run may do to a record's participations and citations."""

    NONE = "none"  # leave them (a record present in ADD mode, or changed by an editor)
    ADD = "add"  # add what is missing, update titles and notes, delete nothing
    REPLACE = "replace"  # make them the shipped ones (CORRECT, where nobody changed them)


CSV_FIELDS = (
    "slug", "track", "label", "round_number", "start_date", "end_date", "city", "kind",
    "outcome_short", "delegation_heads", "source_url", "confidence",
    "next_date", "outcome_kind", "agreements", "extra_sources",
)  # fmt: skip
PARTICIPATION_FIELDS = (
    "record", "participant", "role", "on_behalf_of", "title", "source_url", "note",
)  # fmt: skip
CONFLICT_FIELDS = (
    "record", "field", "value_a", "source_a", "value_b", "source_b", "choice", "reason",
)  # fmt: skip

ROUND_KINDS = {"round", "cc_session", "cc_session_cancelled"}
EVENT_KINDS = {
    "summit": Event.Kind.SUMMIT,
    "ministerial": Event.Kind.MINISTERIAL,
    "conference": Event.Kind.CONFERENCE,
    "announcement": Event.Kind.ANNOUNCEMENT,
    "bilateral_meeting": Event.Kind.MEETING,
    "meeting": Event.Kind.MEETING,
    "statement": Event.Kind.STATEMENT,
    "milestone": Event.Kind.MILESTONE,
}
AGREEMENT_KINDS = {
    "communique": Agreement.Kind.COMMUNIQUE,
    "un_resolution": Agreement.Kind.UN_RESOLUTION,
    "ceasefire": Agreement.Kind.CEASEFIRE,
    "agreement": Agreement.Kind.AGREEMENT,
    "memorandum": Agreement.Kind.MEMORANDUM,
    "joint_statement": Agreement.Kind.JOINT_STATEMENT,
}
TENURE_KINDS = {"envoy_tenure"}
# participations.csv's roles; the head of a delegation is stored as "head" (the API's value).
ROLES = {
    "head_of_delegation": Participation.Role.HEAD,
    **{
        role.value: role
        for role in Participation.Role
        if role not in (Participation.Role.HEAD, Participation.Role.GOVERNMENT,
                        Participation.Role.OPPOSITION)
    },
}  # fmt: skip
CHOICES = {choice.value: choice for choice in Conflict.Choice}
# Shown under each source on the record's page: in the reader's words.
PRIMARY_NOTE = "The main source for this record."
FURTHER_NOTE = "A further source that confirms this record."
# The main source's note as records loaded before it was reworded carry it: a correction
# finds their stale citation by either.
PRIMARY_NOTES = (PRIMARY_NOTE, "Primary source of this record in the shipped chronology.")


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)
    # CORRECT: values an editor changed since they were shipped, left as the editor left them.
    kept: list[str] = field(default_factory=list)
    # One line per record counted ("created round:astana-4"), for `loadseeds -v 2`.
    records: list[str] = field(default_factory=list)
    # Seeded records an editor deleted, left deleted (SeedLoader.restore_deleted).
    left_deleted: list[str] = field(default_factory=list)

    def count(self, outcome: str, label: str, what: str) -> None:
        getattr(self, outcome)[label] += 1
        self.records.append(f"{outcome} {what}")

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def lines(self) -> list[str]:
        def fmt(counter: Counter) -> str:
            return ", ".join(f"{n} {label}" for label, n in sorted(counter.items()))

        out = []
        if self.created:
            out.append(f"Created: {fmt(self.created)}.")
        if self.updated:
            out.append(f"Updated: {fmt(self.updated)}.")
        if not self.changed:
            out.append(
                f"Nothing to do: the seed data is already loaded ({fmt(self.present)} present)."
            )
        if self.kept:
            out.append(f"Kept {len(self.kept)} values an editor changed:")
            out.extend(f"  {line}" for line in self.kept)
        if self.left_deleted:
            out.append(
                f"Left deleted {len(self.left_deleted)} seeded records an editor deleted "
                "(--restore-deleted loads them again):"
            )
            out.extend(f"  {line}" for line in self.left_deleted)
        return out


def parse_csv_date(value: str, *, where: str) -> tuple[date | None, str]:
    """'2017-05-04' -> day precision, '2018-12' -> month precision, '' -> None."""
    value = value.strip()
    if not value:
        return None, Precision.DAY
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value), Precision.DAY
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return date.fromisoformat(value + "-01"), Precision.MONTH
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), Precision.YEAR
    except ValueError:
        pass
    raise SeedError(f"{where}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY).")


def split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(";") if item.strip()]


def plain(value):
    """A field's value as the shipped snapshots write it: records by slug, dates in ISO."""
    if isinstance(value, models.Model):
        return value.slug
    if isinstance(value, date):
        return value.isoformat()
    return value


# The models a record key's kind names ("event:<slug>"), those a former slug may name.
KEYED_MODELS = {
    "round": Round,
    "event": Event,
    "agreement": Agreement,
    "tenure": EnvoyTenure,
    "participant": Participant,
}


# The kinds of record a seeded one of is left deleted once an editor deleted it: the
# chronology's rows. A track or a participant is loaded again: the rows name them.
LEFT_DELETED_KINDS = (Round, Event, Agreement, EnvoyTenure)


def of_records(records) -> models.Q:
    """The rows (participations, conflicts) that concern one of `records`."""
    pks = defaultdict(set)
    for record in records:
        pks[services.target_field(record)].add(record.pk)
    found = models.Q(pk__in=[])
    for name, among in pks.items():
        found |= models.Q(**{f"{name}__in": among})
    return found


def record_key(record) -> str:
    kind = {Round: "round", Event: "event", Agreement: "agreement", EnvoyTenure: "tenure"}
    return f"{kind.get(type(record), type(record).__name__.lower())}:{record.slug}"


def participation_key(record, participant: Participant, role: str) -> str:
    return f"participation:{participant.slug} ({role}) in {record_key(record)}"


@dataclass(frozen=True)
class Person:
    """One participations.csv row, resolved."""

    participant: Participant
    role: str
    on_behalf_of: Participant | None
    title: str
    source_url: str
    note: str

    @property
    def key(self) -> tuple[int, str]:
        return self.participant.pk, self.role


def unique(people: list[Person]) -> dict[tuple[int, str], Person]:
    """One person per participant and role; the first row wins (participations.csv
    comes before reference.json's standing attendance)."""
    found: dict[tuple[int, str], Person] = {}
    for person in people:
        found.setdefault(person.key, person)
    return found


class SeedLoader:
    def __init__(
        self,
        seeds_dir: Path,
        *,
        mode: Mode = Mode.ADD,
        shipped: Path = SHIPPED_DIR,
        restore_deleted: bool = False,
    ):
        self.dir = seeds_dir
        self.mode = mode
        # A chronology row whose record an editor deleted (the audit trail says so) is
        # left deleted and reported, unless this is set (outside tester t11d, N1).
        self.restore_deleted = restore_deleted
        self.left_deleted: set[str] = set()
        # Per model, each slug a deleted record held -> its deletion (read on a first miss).
        self.deletions: dict[type, dict[str, origins.Deletion]] = {}
        # The former slugs `find` found a record by ((model, slug) -> FormerSlug).
        self.found_by_former: dict[tuple[type, str], FormerSlug] = {}
        self.via = "correction" if mode == Mode.CORRECT else "seed"
        # Each record's shipped versions, oldest release first (CORRECT only).
        self.shipped: dict[str, list[dict]] = defaultdict(list)
        if mode == Mode.CORRECT:
            for path in shipped_releases(shipped):
                for key, version in self.read_shipped(path).items():
                    self.shipped[key].append(version)
        self.report = SeedReport()
        self.tracks: dict[str, Track] = {}
        self.track_by_csv: dict[str, Track] = {}
        # The seeds' own slug of each track, whatever an editor renamed it to.
        self.track_slug_by_csv: dict[str, str] = {}
        self.participants: dict[str, Participant] = {}
        self.records: dict[str, models.Model] = {}
        self.relations: dict[str, Relations] = {}
        self.article_people: dict[str, list[Person]] = {}
        self.primary_urls: dict[str, str] = {}
        # Records this run created: their set-up is part of their creation, not a change.
        self.created: set[tuple[type, int]] = set()
        # Sources counted in the report: one is cited by many records and found by URL or
        # by its article's text, and counted once.
        self.counted_sources: set[int] = set()
        self.sources_by_url: dict[str, Source] = {}
        # The URLs whose reference sources read_sources read (in sources_by_url if found).
        self.read_urls: set[str] = set()
        # Every reference URL the seeds name, cited this run or not (a present record's
        # citations are not visited): the sources a run that adds nothing finds present.
        self.seed_urls: set[str] = set()
        # The citations of the seeds' reference sources when the run began, by source,
        # link and record: their notes (`read_sources`).
        self.cited: dict[tuple[int, str, int], str] = {}
        # What the audit trail says records first were (first_known), read on a first miss.
        self.first_versions: dict[tuple, dict[tuple, int]] = {}
        # The seeded records' participations when load_participations began, by target
        # field and record (read_participations).
        self.participations: dict[tuple[str, int], list[Participation]] | None = None
        # The seeded events' participants then, by event (read_participations).
        self.event_participants: dict[int, set[int]] = {}
        # Which seed entry each record found by `find` stands for this run (`claim`).
        self.claimed: dict[tuple[type, int], str] = {}
        # What `find` looks in: the records of each model and the former slugs, each read
        # once (`stored`, `formers`) and kept up to date with what this run writes.
        self.records_by_pk: dict[type, dict[int, models.Model]] = {}
        self.former_slugs_by_kind: dict[tuple[str, str], FormerSlug] | None = None

    # -- reading -------------------------------------------------------------
    def read_json(self, name: str) -> dict:
        path = self.dir / name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SeedError(f"{path}: file not found.") from None
        except json.JSONDecodeError as exc:
            raise SeedError(f"{path}: not valid JSON ({exc}).") from None

    def read_csv(self, name: str, fields: tuple[str, ...]) -> list[tuple[str, dict]]:
        """The rows of a seed CSV, each with where it is ('participations.csv line 7')."""
        path = self.dir / name
        try:
            handle = path.open(encoding="utf-8", newline="")
        except FileNotFoundError:
            raise SeedError(f"{path}: file not found.") from None
        with handle:
            reader = csv.DictReader(handle)
            missing = set(fields) - set(reader.fieldnames or [])
            if missing:
                raise SeedError(f"{path}: missing columns {', '.join(sorted(missing))}.")
            rows = []
            for line, row in enumerate(reader, start=2):
                if None in row or None in row.values():
                    raise SeedError(f"{name} line {line}: wrong number of columns.")
                rows.append((f"{name} line {line}", {k: v.strip() for k, v in row.items()}))
            return rows

    @staticmethod
    def read_shipped(path: Path) -> dict:
        try:
            return json.loads(path.read_text(encoding="utf-8"))["records"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise SeedError(f"{path}: not a release snapshot ({exc}).") from None

    # -- writing one record -------------------------------------------------
    def upsert(self, model, slug: str, values: dict, label: str, key: str):
        """Create the record or bring it towards `values` as the mode allows. Returns
        the record and what may be done to its relations."""
        obj = self.find(model, slug, values)
        if obj is not None:
            self.claim(obj, key)
        if obj is None and model in LEFT_DELETED_KINDS and self.left_as_deleted(model, slug, key):
            return None, Relations.NONE
        if obj is None:
            obj = model(slug=slug, **values)
            obj.full_clean(validate_unique=False, validate_constraints=False)
            obj.save()
            self.stored(model)[obj.pk] = obj
            self.claim(obj, key)
            if self.mode == Mode.CORRECT:
                audit.record_change(obj, via=self.via)
            self.created.add((model, obj.pk))
            self.report.count("created", label, key)
            return obj, Relations.ADD
        if self.mode == Mode.ADD:
            self.report.count("present", label, key)
            return obj, Relations.NONE
        if self.mode == Mode.UPDATE:
            changed = services.sync_fields(obj, values, via=self.via)
            self.report.count("updated" if changed else "present", label, key)
            return obj, Relations.ADD
        changes = self.corrections(obj, values, key)
        changed = services.sync_fields(obj, changes, via=self.via)
        self.report.count("updated" if changed else "present", label, key)
        return obj, Relations.NONE

    def find(self, model, slug: str, values: dict | None = None):
        """The record a seed entry of `slug` describes, even after an editor renamed it
        (outside re-tester t10s, findings A and B; issue 11 for tracks): the record whose
        first version in the audit trail held the slug (the one the entry created, though
        an editor has since renamed it, or given its slug to another record: t11c finding
        1), else the record holding the slug, else the live record a former slug of that
        name leads to, else (a round) the round of the entry's track and number. Its slug,
        the editor's, is never changed here."""
        stored = self.stored(model)
        obj = stored.get(self.first_known_pk(model.objects.all(), slug=slug))
        if obj is None:
            obj = next((record for record in stored.values() if record.slug == slug), None)
        if obj is None and model._meta.model_name in SluggedKind.values:
            former = self.formers().get((model._meta.model_name, slug.lower()))
            obj = former and stored.get(former.record_id)
            if obj is not None:
                self.found_by_former[(model, slug)] = former
        if obj is None and model is Round and values and values.get("number") is not None:
            track_id, number = values["track"].pk, values["number"]
            found = (r for r in stored.values() if (r.track_id, r.number) == (track_id, number))
            obj = next(found, None)
        return obj

    def stored(self, model) -> dict[int, models.Model]:
        """Every record of `model` by primary key, with the records it links to (a
        correction compares them by slug): read in one query on a first `find`, then kept
        (with the records this run creates) instead of one lookup per seed entry. A run
        that changes records reads them under their locks (audit.locks; these kinds are
        no other record's inline rows, so no parent's lock comes first): an editor's save
        a moment ago is what it compares."""
        if model not in self.records_by_pk:
            links = (f.name for f in model._meta.concrete_fields if f.many_to_one)
            found = model.objects.select_related(*links).order_by("pk")
            if self.mode != Mode.ADD:
                for pk in model.objects.order_by("pk").values_list("pk", flat=True):
                    locks.lock_record(model, pk)
            self.records_by_pk[model] = {record.pk: record for record in found}
        return self.records_by_pk[model]

    def formers(self) -> dict[tuple[str, str], FormerSlug]:
        """Every former slug by kind and slug, read in one query on a first `find`."""
        if self.former_slugs_by_kind is None:
            found = FormerSlug.objects.all()
            self.former_slugs_by_kind = {(former.kind, former.slug): former for former in found}
        return self.former_slugs_by_kind

    def claim(self, record, key: str) -> None:
        """Each database record stands for one seed entry in a run: two entries found in
        one record (an editor gave one's slug to another's record, and the trail cannot
        tell them apart) would have the run write both entries' values into it, moving
        rounds between tracks on every run. Refused, naming both, and the former slug
        that leads one of them there (which record, which slug, its admin page: outside
        tester t11d, N1); nothing is written."""
        other = self.claimed.setdefault((type(record), record.pk), key)
        if other == key:
            return
        name = record._meta.verbose_name
        found = f"the {name} {record.slug!r} (id {record.pk})"
        formers = [
            (entry, former)
            for entry in (other, key)
            if (former := self.found_by_former.get((type(record), entry.partition(":")[2])))
        ]
        if formers:
            entry, former = formers[0]
            url = reverse("admin:chronology_formerslug_change", args=[former.pk])
            raise SeedError(
                f"{key} and {other} both resolve to {found} in the database: {entry} is "
                f"found by the former slug {former.slug!r} (former slug id {former.pk}), "
                f"which leads to that {name}: the record it was made for is probably "
                f"deleted, and its old slug was given to this one. Delete that former slug "
                f"in the admin ({url}), then run loadseeds again."
            )
        raise SeedError(
            f"{key} and {other} both resolve to {found} in the database: an editor has "
            f"probably given one's slug to the other's record. Give that record back a "
            f"slug of its own in the admin, then run loadseeds again."
        )

    def left_as_deleted(self, model, slug: str, key: str) -> bool:
        """Whether the record of seed entry `key`, missing, was deleted by an editor (the
        audit trail shows a deleted record of `model` that held `slug`): then it is left
        deleted and reported, unless restore_deleted."""
        if model not in self.deletions:
            self.deletions[model] = origins.deleted_values(model.objects.all(), "slug")
        deletion = self.deletions[model].get(slug)
        if deletion is None or self.restore_deleted:
            return False
        self.left_deleted.add(slug)
        who = f" by {deletion.username}" if deletion.username else ""
        self.report.left_deleted.append(
            f"{key} (id {deletion.object_id}, deleted {deletion.timestamp:%Y-%m-%d}{who})"
        )
        self.report.records.append(f"left deleted {key}")
        return True

    def first_known(self, queryset: models.QuerySet, **values):
        """The record of `queryset` whose first version in the audit trail held `values`,
        though an editor has changed them since (a slug, a source's address, a conflict's
        values), else None. What a seed entry is found by is never written back: the
        editor's values stay."""
        pk = self.first_known_pk(queryset, **values)
        return None if pk is None else queryset.filter(pk=pk).first()

    def first_known_pk(self, queryset: models.QuerySet, **values) -> int | None:
        """`first_known`'s record's primary key, without reading the record. The trail is
        read once per kind and fields in a run."""
        key = (queryset.model, tuple(values))
        if key not in self.first_versions:
            self.first_versions[key] = origins.first_values(queryset, tuple(values))
        return self.first_versions[key].get(tuple(str(value) for value in values.values()))

    def corrections(self, obj, values: dict, key: str) -> dict:
        """The new shipped values whose field still holds a value a release shipped (an
        editor has not changed it), whichever release the database was loaded from. A
        release's snapshot without the field (one made before the field existed) shipped
        its default. An editor's value is reported where some release shipped a value
        other than the new one (the field was corrected), not where all shipped the same."""
        versions = [version["fields"] for version in self.shipped.get(key, [])]
        if not versions:  # not shipped before: made by an editor or by an earlier correction
            if any(plain(getattr(obj, name)) != plain(new) for name, new in values.items()):
                self.report.kept.append(f"{key}: not shipped before; left as it is")
            return {}
        changes = {}
        for name, new in values.items():
            default = plain(obj._meta.get_field(name).get_default())
            shipped = [version.get(name, default) for version in versions]
            now = plain(getattr(obj, name))
            if now == plain(new):
                continue
            if now in shipped:
                changes[name] = new
            elif any(value != plain(new) for value in shipped):
                was = [value for value in shipped if value != plain(new)][-1]
                self.report.kept.append(f"{key} {name}: {now!r} (shipped {was!r}, now {new!r})")
        return changes

    def set_fields(self, obj, values: dict) -> bool:
        """Write `values`; a change to a record that existed before the run is audited."""
        if (type(obj), obj.pk) in self.created and self.mode != Mode.CORRECT:
            changed = [name for name, value in values.items() if getattr(obj, name) != value]
            for name in changed:
                setattr(obj, name, values[name])
            if changed:
                obj.save(update_fields=changed)
            return bool(changed)
        return services.sync_fields(obj, values, via=self.via)

    def participant(self, slug: str, where: str) -> Participant:
        try:
            return self.participants[slug]
        except KeyError:
            raise SeedError(f"{where}: unknown participant {slug!r}.") from None

    def source(self, url: str) -> Source:
        source, created = self.find_source(url)
        self.count_source(source, created=created)
        return source

    def find_source(self, url: str) -> tuple[Source, bool]:
        """The reference source of a URL, looked up (or made) once per run: the seeds
        name a few dozen URLs a thousand times. True when this call made it."""
        source = self.sources_by_url.get(url)
        if source is not None:
            return source, False
        # (a URL read_sources looked up has none unless it found one; an editor may have
        # corrected the address the seeds cite: the trail knows it)
        if url not in self.read_urls:
            source = services.reference_source(url=url)
        source = source or self.first_known(Source.objects.filter(content_hash=""), url=url)
        created = source is None
        if created:
            source = services.create_source(url=url)
        self.sources_by_url[url] = source
        return source, created

    def count_source(self, source: Source, *, created: bool) -> None:
        if source.pk not in self.counted_sources:
            self.counted_sources.add(source.pk)
            what = f"source:{source.url or source.pk}"
            self.report.count("created" if created else "present", "sources", what)

    def read_sources(self, urls: set[str]) -> None:
        """The reference sources of `urls` and what they cite, read in two queries before
        the records are visited (a record's URLs were otherwise looked up one by one, and
        each citation in its own savepoint)."""
        self.read_urls = urls
        keys = {url: url_key(url) for url in urls}
        by_key: dict[str, Source] = {}
        found = Source.objects.filter(url_key__in=set(keys.values()), content_hash="")
        for source in found.order_by("pk"):
            by_key.setdefault(source.url_key, source)
        for url, key in keys.items():
            if key in by_key:
                self.sources_by_url.setdefault(url, by_key[key])
        found = Citation.objects.filter(source__in=self.sources_by_url.values()).values_list(
            "source_id", *(f"{link}_id" for link in Citation.TARGETS), "note"
        )
        for source_id, *targets, note in found:
            for link, target_id in zip(Citation.TARGETS, targets, strict=True):
                if target_id is not None:
                    self.cited[source_id, link, target_id] = note

    def cite_url(self, target, url: str, note: str = PRIMARY_NOTE) -> None:
        if not url:
            return
        source = self.source(url)
        held = self.cited.get((source.pk, services.target_field(target), target.pk))
        if held is not None and (held or not note):
            return  # cited when the run began, with a note: `cite` would change nothing
        citation, created = services.cite(source=source, target=target, note=note)
        if created:
            self.report.count("created", "citations", f"citation of {record_key(target)}: {url}")
            if self.mode == Mode.CORRECT:
                audit.record_change(citation, via=self.via)

    def cite_new(self, target, urls: list[tuple[str, str]]) -> None:
        """`cite_url` of each (url, note) for a record this run created, in one query;
        reported (and audited) in the same order."""
        found = [(url, *self.find_source(url), note) for url, note in urls if url]
        made = services.cite_new(target=target, sources=[(s, note) for _, s, _, note in found])
        citations = {citation.source_id: citation for citation in made}
        for url, source, created, _ in found:
            self.count_source(source, created=created)
            if (citation := citations.pop(source.pk, None)) is not None:
                self.report.count(
                    "created", "citations", f"citation of {record_key(target)}: {url}"
                )
                if self.mode == Mode.CORRECT:
                    audit.record_change(citation, via=self.via)

    # -- reference data ----------------------------------------------------
    def load_reference(self, reference: dict) -> None:
        for item in reference["tracks"]:
            values = {k: item[k] for k in ("name", "colour", "order", "shown_by_default")}
            values["description"] = item.get("description", "")
            track, _ = self.upsert(Track, item["slug"], values, "tracks", f"track:{item['slug']}")
            # (by the seeds' slug: an editor may have renamed the track)
            self.tracks[item["slug"]] = track
            self.track_by_csv[item["csv"]] = track
            self.track_slug_by_csv[item["csv"]] = item["slug"]
        pending_represents = []
        for item in reference["participants"]:
            values = {
                "name": item["name"],
                "kind": item["kind"],
                "description": item.get("description", ""),
            }
            key = f"participant:{item['slug']}"
            participant, relations = self.upsert(
                Participant, item["slug"], values, "participants", key
            )
            # (by the seeds' slug: an editor may have renamed the participant)
            self.participants[item["slug"]] = participant
            pending_represents.append((participant, relations, key, item.get("represents")))
            if relations != Relations.NONE or self.mode == Mode.CORRECT:
                for alias in self.add_aliases(participant, item.get("aliases", [])):
                    self.report.count("created", "aliases", f"alias of {key}: {alias}")
        for participant, relations, key, represents in pending_represents:
            target = self.participant(represents, "reference.json") if represents else None
            if relations != Relations.NONE:
                values = {"represents": target}
            elif self.mode == Mode.CORRECT:
                values = self.corrections(participant, {"represents": target}, key)
            else:
                continue
            self.set_fields(participant, values)

    def add_aliases(self, participant: Participant, names: list[str]) -> list[str]:
        """Give the participant those of `names` it lacks (neither held now nor given it
        once, as the trail shows, and respelled by an editor since); returns them. They
        go in one INSERT, the names it holds read in one query, not a lookup each."""
        names = list(dict.fromkeys(names))
        if (Participant, participant.pk) not in self.created:
            aliases = ParticipantAlias.objects.all()
            names = [
                name
                for name in names
                if self.first_known_pk(aliases, participant=participant.pk, name=name) is None
            ]
            if names:
                held = set(participant.aliases.values_list("name", flat=True))
                names = [name for name in names if name not in held]
        ParticipantAlias.objects.bulk_create(
            [ParticipantAlias(participant=participant, name=name) for name in names]
        )
        return names

    # -- the chronology ----------------------------------------------------
    def load_chronology(self, rows, people: dict[str, list[Person]]) -> dict[str, list[str]]:
        """Each row's record; returns the agreements each row produced (slug -> slugs)."""
        produced: dict[str, list[str]] = {}
        for where, row in rows:
            where = f"{where} ({row['slug']})"
            if row["slug"] in self.records:
                raise SeedError(f"{where}: the slug {row['slug']!r} is used twice.")
            record, relations = self.load_row(row, where, people.get(row["slug"], []))
            if record is None:  # left deleted
                continue
            self.records[row["slug"]] = record
            self.relations[row["slug"]] = relations
            self.primary_urls[row["slug"]] = row["source_url"]
            self.seed_urls.update({row["source_url"], *split_list(row["extra_sources"])} - {""})
            produced[row["slug"]] = split_list(row["agreements"])
            # Citations only add, so corrections add the new ones to every record.
            if relations != Relations.NONE or self.mode == Mode.CORRECT:
                urls = [(row["source_url"], PRIMARY_NOTE)]
                urls += [(url, FURTHER_NOTE) for url in split_list(row["extra_sources"])]
                if (type(record), record.pk) in self.created:
                    self.cite_new(record, urls)
                else:
                    for url, note in urls:
                        self.cite_url(record, url, note)
            if self.mode == Mode.CORRECT:
                urls = {row["source_url"], *split_list(row["extra_sources"])}
                self.drop_old_primary_citation(record, urls)
        return produced

    def outcome(self, row: dict, where: str) -> dict:
        next_date, next_precision = parse_csv_date(row["next_date"], where=f"{where} next_date")
        kind = row["outcome_kind"] or OutcomeKind.UNKNOWN
        if kind not in OutcomeKind.values:
            raise SeedError(f"{where}: outcome_kind {kind!r} is not one of {OutcomeKind.values}.")
        return {"outcome_kind": kind, "next_date": next_date, "next_precision": next_precision}

    def load_row(self, row: dict, where: str, people: list[Person]):
        track = self.track_by_csv.get(row["track"])
        if track is None:
            raise SeedError(f"{where}: unknown track {row['track']!r}.")
        if not row["source_url"]:
            raise SeedError(f"{where}: source_url is required.")
        start, start_precision = parse_csv_date(row["start_date"], where=where)
        end, end_precision = parse_csv_date(row["end_date"], where=where)
        if start is None:
            raise SeedError(f"{where}: start_date is required.")
        confidence = row["confidence"] or Confidence.HIGH
        if confidence not in Confidence.values:
            raise SeedError(
                f"{where}: confidence {confidence!r} is not one of {Confidence.values}."
            )
        place = row["city"]
        if place.startswith("(") and place.endswith(")"):  # '(video conference)'
            place = place[1:-1].capitalize()
        kind = row["kind"]
        common = {"summary": row["outcome_short"], "confidence": confidence}
        slug = row["slug"]

        if kind in ROUND_KINDS:
            number = row["round_number"]
            prefix = re.escape(self.track_slug_by_csv[row["track"]])
            if not number and (m := re.fullmatch(rf"{prefix}-(\d+)", slug)):
                number = m.group(1)
            values = {
                "track": track,
                "number": int(number) if number else None,
                "title": row["label"],
                "start_date": start,
                "end_date": end or start,
                "city": place,
                "status": (
                    Round.Status.CANCELLED if kind == "cc_session_cancelled" else Round.Status.HELD
                ),
                **self.outcome(row, where),
                **common,
            }
            return self.upsert(Round, slug, values, "rounds", f"round:{slug}")
        if kind in EVENT_KINDS:
            values = {
                "title": row["label"],
                "kind": EVENT_KINDS[kind],
                "start_date": start,
                "precision": start_precision,
                "end_date": end if end and end != start else None,
                "track": track,
                "place": place,
                **self.outcome(row, where),
                **common,
            }
            return self.upsert(Event, slug, values, "events", f"event:{slug}")
        if kind in AGREEMENT_KINDS:
            agreement_kind = AGREEMENT_KINDS[kind]
            if agreement_kind == Agreement.Kind.AGREEMENT and "memorandum" in row["label"].lower():
                agreement_kind = Agreement.Kind.MEMORANDUM
            values = {
                "title": row["label"],
                "kind": agreement_kind,
                "date": start,
                "precision": start_precision,
                "track": track,
                "place": place,
                **common,
            }
            return self.upsert(Agreement, slug, values, "agreements", f"agreement:{slug}")
        if kind in TENURE_KINDS:
            envoys = [p.participant for p in people if p.participant.kind == "person"]
            if len(envoys) != 1:
                raise SeedError(
                    f"{where}: an envoy's tenure needs exactly one person in "
                    f"participations.csv, not {len(envoys)}."
                )
            values = {
                "envoy": envoys[0],
                "track": track,
                "title": row["label"],
                "start_date": start,
                "end_date": end,
                "end_precision": end_precision,
                **common,
            }
            return self.upsert(EnvoyTenure, slug, values, "envoy tenures", f"tenure:{slug}")
        raise SeedError(f"{where}: unknown kind {kind!r}.")

    def drop_old_primary_citation(self, record, urls: set[str]) -> None:
        """The corrected row no longer cites the page it cited: that citation goes (if
        nobody has added a quote to it)."""
        shipped = self.shipped.get(record_key(record), [])
        old_keys = {url_key(v.get("source_url", "")) for v in shipped}
        old_keys -= {"", *map(url_key, urls)}
        if not old_keys:
            return
        field_name = services.target_field(record)
        stale = Citation.objects.filter(
            source__url_key__in=old_keys, note__in=PRIMARY_NOTES, quote="", **{field_name: record}
        )
        for citation in stale:
            before = audit.snapshot(citation)
            pk = citation.pk
            citation.delete()
            self.cited.pop((citation.source_id, field_name, record.pk), None)
            audit.record_change(
                citation, before=before, action="delete", via=self.via, object_id=pk
            )
            self.report.count("updated", "citations replaced", f"citation {pk} removed")

    def link_agreements(self, produced: dict[str, list[str]]) -> None:
        """The `agreements` column: a round's agreements point at it, an event points at
        the one agreement it produced."""
        for slug, agreement_slugs in produced.items():
            source = self.records.get(slug)
            for agreement_slug in agreement_slugs:
                if {slug, agreement_slug} & self.left_deleted:
                    continue
                agreement = self.records.get(agreement_slug)
                if not isinstance(agreement, Agreement):
                    raise SeedError(
                        f"chronology.csv ({slug}): {agreement_slug!r} is not an agreement row."
                    )
                if isinstance(source, Round):
                    self.link(agreement, {"round": source}, agreement_slug)
                elif isinstance(source, Event):
                    if len(agreement_slugs) > 1:
                        raise SeedError(
                            f"chronology.csv ({slug}): an event produces one agreement at most."
                        )
                    self.link(source, {"agreement": agreement}, slug)
                else:
                    raise SeedError(f"chronology.csv ({slug}): only rounds and events produce "
                                    "agreements.")  # fmt: skip

    def link(self, obj, values: dict, slug: str) -> None:
        relations = self.relations[slug]
        if self.mode == Mode.CORRECT and relations == Relations.NONE:
            values = self.corrections(obj, values, record_key(obj))
        elif relations == Relations.NONE:
            return
        if self.set_fields(obj, values):
            outcome = "created" if relations == Relations.ADD else "updated"
            self.report.count(outcome, "links to agreements", f"agreement link of {slug}")

    # -- who took part -----------------------------------------------------
    def read_people(self, rows) -> dict[str, list[Person]]:
        people: dict[str, list[Person]] = defaultdict(list)
        seen = set()
        for where, row in rows:
            role = ROLES.get(row["role"])
            if role is None:
                raise SeedError(f"{where}: role {row['role']!r} is not one of {sorted(ROLES)}.")
            if not row["source_url"]:
                raise SeedError(f"{where}: source_url is required.")
            person = Person(
                participant=self.participant(row["participant"], where),
                role=role,
                on_behalf_of=(
                    self.participant(row["on_behalf_of"], where) if row["on_behalf_of"] else None
                ),
                title=row["title"],
                source_url=row["source_url"],
                note=row["note"],
            )
            if (row["record"], person.key) in seen:
                raise SeedError(
                    f"{where}: {row['participant']} is already a {row['role']} of {row['record']}."
                )
            seen.add((row["record"], person.key))
            self.seed_urls.add(row["source_url"])
            people[row["record"]].append(person)
        return people

    def load_participations(self, people: dict[str, list[Person]], attendance: dict) -> None:
        for slug, rows in people.items():
            record = self.records.get(slug)
            if record is None and slug in self.left_deleted:
                continue
            if record is None:
                raise SeedError(f"participations.csv: {slug!r} is not a seeded record's slug.")
            if isinstance(record, EnvoyTenure):
                continue  # the envoy is the tenure's own field
            for person in rows:
                if person.role == Participation.Role.SIGNATORY and isinstance(record, Round):
                    raise SeedError(f"participations.csv: {slug!r} is a round: "
                                    f"{person.participant.slug} signs the agreement it produced, "
                                    "not the round.")  # fmt: skip
        for slug, record in self.records.items():
            if isinstance(record, EnvoyTenure):
                continue
            relations = self.relations[slug]
            listed = people.get(slug, [])
            # The standing attendance fills only what participations.csv does not say about
            # a participant, and rests on the round's own primary source.
            named = {person.participant.pk for person in listed}
            standing = [
                replace(person, source_url=self.primary_urls.get(slug, ""))
                for person in attendance.get(slug, [])
                if person.participant.pk not in named
            ]
            shipped = listed + standing
            if self.mode == Mode.CORRECT and relations == Relations.NONE:
                relations = self.correctable(record, shipped)
            if relations != Relations.NONE:
                self.sync_people(record, shipped, replace=relations == Relations.REPLACE)

    def read_participations(self) -> None:
        """The participations of the seeded records, with their participants (whom the
        audit trail names) and whom they acted for, in one query, each record's in its
        own order (`record.participations`), and the events' participants in another:
        what `correctable` and `sync_people` compare, read before they write."""
        records = [r for r in self.records.values() if not isinstance(r, EnvoyTenure)]
        found = Participation.objects.filter(of_records(records)).select_related(
            "participant", "on_behalf_of"
        )
        self.participations = defaultdict(list)
        for participation in found:
            for name in Participation.TARGETS:
                if (pk := getattr(participation, f"{name}_id")) is not None:
                    self.participations[name, pk].append(participation)
        events = [record for record in records if isinstance(record, Event)]
        through = Event.participants.through.objects.filter(event__in=events)
        self.event_participants = defaultdict(set)
        for event_id, participant_id in through.values_list("event_id", "participant_id"):
            self.event_participants[event_id].add(participant_id)

    def correctable(self, record, people: list[Person]) -> Relations:
        """REPLACE where the record's people are still the ones an earlier release shipped
        (or already the ones this release ships), else NONE."""
        key = record_key(record)
        shipped = self.shipped.get(key, [])
        people = list(unique(people).values())
        if self.participations is None:
            self.read_participations()
        held = self.participations[services.target_field(record), record.pk]
        if isinstance(record, Round):
            was = [version.get("participations", []) for version in shipped]
            new = sorted([p.participant.slug, p.role, plain(p.on_behalf_of), p.note[:300]]
                         for p in people)  # fmt: skip
            now = sorted([p.participant.slug, p.role, plain(p.on_behalf_of), p.note] for p in held)
        elif isinstance(record, Agreement):
            was = [version.get("signatories", []) for version in shipped]
            new = sorted(p.participant.slug for p in people if p.role == "signatory")
            now = sorted(p.participant.slug for p in held if p.role == Participation.Role.SIGNATORY)
        else:
            was = [version.get("participants", []) for version in shipped]
            new = sorted({p.participant.slug for p in people})
            participants = self.stored(Participant)
            now = sorted(participants[pk].slug for pk in self.event_participants[record.pk])
        if now == new or now in was:
            return Relations.REPLACE
        self.report.kept.append(f"{key}: its participants (changed by an editor)")
        return Relations.NONE

    def sync_people(self, record, people: list[Person], *, replace: bool) -> None:
        target = services.target_field(record)
        if self.participations is None:  # read on the first record whose people are synced
            self.read_participations()
        participations = self.participations[target, record.pk]
        existing = {(p.participant_id, p.role): p for p in participations}
        wanted = unique(people)
        if not existing:  # nothing to find or update: all made in one INSERT
            self.add_people(record, list(wanted.values()))
        for key, person in wanted.items() if existing else ():
            values = {
                "on_behalf_of": person.on_behalf_of,
                "title": person.title,
                "source": self.source(person.source_url) if person.source_url else None,
                "note": person.note[:300],
            }
            participation = existing.get(key)
            what = participation_key(record, person.participant, person.role)
            if participation is None:
                participation = Participation.objects.create(
                    participant=person.participant, role=person.role, **{target: record}, **values
                )
                if self.mode == Mode.CORRECT:
                    audit.record_change(participation, via=self.via)
                self.report.count("created", "participations", what)
            elif services.sync_fields(participation, values, via=self.via):
                self.report.count("updated", "participations", what)
        if replace:
            for key, participation in existing.items():
                if key not in wanted:
                    before = audit.snapshot(participation)
                    pk = participation.pk
                    participation.delete()
                    audit.record_change(
                        participation, before=before, action="delete", via=self.via, object_id=pk
                    )
                    what = participation_key(record, participation.participant, participation.role)
                    self.report.count("updated", "participations removed", what)
        if isinstance(record, Event):
            everyone = {p.participant for p in people}
            if replace:
                record.participants.set(everyone)
            elif missing := [p for p in everyone if p.pk not in self.event_participants[record.pk]]:
                record.participants.add(*missing)

    def add_people(self, record, people: list[Person]) -> None:
        """The participations of a record that has none yet, in one INSERT, reported (and
        audited) person by person as `sync_people` does."""
        target = services.target_field(record)
        found = [(p, *self.find_source(p.source_url)) if p.source_url else (p, None, False)
                 for p in people]  # fmt: skip
        made = Participation.objects.bulk_create(
            [
                Participation(
                    participant=person.participant,
                    role=person.role,
                    **{target: record},
                    on_behalf_of=person.on_behalf_of,
                    title=person.title,
                    source=source,
                    note=person.note[:300],
                )
                for person, source, _ in found
            ]
        )
        for (person, source, created), participation in zip(found, made, strict=True):
            if source is not None:
                self.count_source(source, created=created)
            if self.mode == Mode.CORRECT:
                audit.record_change(participation, via=self.via)
            what = participation_key(record, person.participant, person.role)
            self.report.count("created", "participations", what)

    def attendance(self, reference: dict) -> dict[str, list[Person]]:
        """reference.json's standing attendance of the Astana rounds, if it has one."""
        rules = reference.get("astana_attendance", {}).get("rules", [])
        people: dict[str, list[Person]] = defaultdict(list)
        for rule in rules:
            participant = self.participant(rule["participant"], "reference.json astana_attendance")
            first, last = rule["rounds"]
            for number in range(first, last + 1):
                if number in rule.get("except", []):
                    continue
                role = rule["role"]
                people[f"astana-{number}"].append(
                    Person(participant, role, None, "", rule.get("source_url", ""),
                           rule.get("note", ""))
                )  # fmt: skip
        return people

    # -- where sources disagree ------------------------------------------
    def load_conflicts(self, rows) -> None:
        # The seeded records' conflicts by what they show and concern, the first of each
        # (one query, not one per row).
        held = {}
        for conflict in Conflict.objects.filter(of_records(self.records.values())):
            # (a conflict concerns its record by the links a citation has)
            (name,) = [name for name in Citation.TARGETS if getattr(conflict, f"{name}_id")]
            shown = (conflict.field, conflict.value_a, conflict.value_b)
            held.setdefault((*shown, name, getattr(conflict, f"{name}_id")), conflict)
        for where, row in rows:
            record = self.records.get(row["record"])
            if record is None and row["record"] in self.left_deleted:
                continue
            if record is None:
                raise SeedError(f"{where}: {row['record']!r} is not a chronology.csv row.")
            choice = CHOICES.get(row["choice"].lower())
            if choice is None:
                raise SeedError(
                    f"{where}: choice {row['choice']!r} is not one of {sorted(CHOICES)}."
                )
            for column in ("field", "value_a", "source_a", "value_b", "source_b", "reason"):
                if not row[column]:
                    raise SeedError(f"{where}: {column} is required.")
            target = {services.target_field(record): record}
            values = {
                "source_a": self.source(row["source_a"]),
                "source_b": self.source(row["source_b"]),
                "choice": choice,
                "reason": row["reason"],
            }
            shown = {"field": row["field"], "value_a": row["value_a"], "value_b": row["value_b"]}
            (name,) = target
            stored = (*shown.values(), name, record.pk)
            conflict = held.get(stored) or self.first_known(
                Conflict.objects.all(), **shown, **{name: record.pk}
            )
            what = f"conflict on {record_key(record)}.{row['field']}"
            if conflict is None:
                conflict = Conflict(**shown, **target, **values)
                conflict.full_clean(validate_constraints=False)
                conflict.save()
                held[stored] = conflict
                if self.mode == Mode.CORRECT:
                    audit.record_change(conflict, via=self.via)
                self.report.count("created", "conflicts", what)
            elif self.mode == Mode.UPDATE and services.sync_fields(conflict, values, via=self.via):
                self.report.count("updated", "conflicts", what)
            else:
                self.report.count("present", "conflicts", what)

    # -- the curated seed article -----------------------------------------
    def load_articles(self) -> None:
        for curation_path in sorted((self.dir / "articles").glob("*.json")):
            self.load_article(curation_path)

    def load_article(self, curation_path: Path) -> None:
        curation = self.read_json(f"articles/{curation_path.name}")
        where = f"articles/{curation_path.name}"
        text_path = curation_path.with_name(curation["text_file"])
        try:
            text = text_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SeedError(f"{where}: text file {text_path.name} not found.") from None
        meta = curation["source"]
        # Its people's participations cite the article's URL as a reference source.
        self.seed_urls.update({meta.get("url", "")} - {""})
        # (an editor may have corrected the stored text, and its hash with it)
        source = services.find_source_by_text(text) or self.first_known(
            Source.objects.all(), content_hash=services.text_hash(text)
        )
        if source is None:
            source = services.create_source(
                url=meta.get("url", ""),
                publisher=meta.get("publisher", ""),
                title=meta.get("title", ""),
                published_on=date.fromisoformat(meta["published_on"]),
                language=meta.get("language", ""),
                text=text,
            )
            self.count_source(source, created=True)
        else:
            self.count_source(source, created=False)
        normal_text = services.normalise_text(text)

        def check_quote(quote: str) -> str:
            if services.normalise_text(quote) not in normal_text:
                raise SeedError(f"{where}: quote not found in the article: {quote[:60]!r}...")
            return quote

        def cite(target, quote: str) -> None:
            _, created = services.cite(source=source, target=target, quote=check_quote(quote))
            if created:
                what = f"citation of {record_key(target)}: {source.url or source.pk}"
                self.report.count("created", "citations", what)

        for item in curation.get("agreements", []):
            values = {
                **self.curated_values(item, where),
                "date": date.fromisoformat(item["date"]),
            }
            key = f"agreement:{item['slug']}"
            record, relations = self.article_record(Agreement, values, "agreements", key, where)
            # Written with participations.csv's rows for the same agreement, if any.
            self.article_people[item["slug"]] = self.curated_people(
                item.get("signatories", []), Participation.Role.SIGNATORY, meta, where
            )
            self.seed_urls.update(other["url"] for other in item.get("other_sources", []))
            if relations != Relations.NONE:
                cite(record, item["quote"])
                for other in item.get("other_sources", []):
                    self.cite_url(record, other["url"], other.get("note", ""))

        for item in curation.get("events", []):
            values = {
                **self.curated_values(item, where),
                "start_date": date.fromisoformat(item["start_date"]),
                "end_date": None,
                "agreement": self.lookup(Agreement, item.get("agreement"), where),
            }
            key = f"event:{item['slug']}"
            record, relations = self.article_record(Event, values, "events", key, where)
            self.article_people[item["slug"]] = self.curated_people(
                item.get("participants", []), Participation.Role.ATTENDEE, meta, where
            )
            if relations != Relations.NONE:
                cite(record, item["quote"])

        models_by_prefix = {"round": Round, "event": Event, "agreement": Agreement}
        for item in curation.get("citations", []):
            prefix, _, slug = item["target"].partition(":")
            if prefix not in models_by_prefix:
                raise SeedError(f"{where}: citation target {item['target']!r} is not understood.")
            if (target := self.lookup(models_by_prefix[prefix], slug, where)) is not None:
                cite(target, item["quote"])

    def curated_values(self, item: dict, where: str) -> dict:
        """The fields an article's agreement and event are both written with."""
        return {
            "title": item["title"],
            "kind": item["kind"],
            "precision": item["precision"],
            "track": self.tracks[item["track"]] if item.get("track") else None,
            "round": self.lookup(Round, item.get("round"), where),
            "place": item.get("place", ""),
            "summary": item.get("summary", ""),
            "confidence": item.get("confidence", Confidence.HIGH),
        }

    def curated_people(self, slugs: list[str], role: str, meta: dict, where: str) -> list[Person]:
        """The people an article names for a record, each with this role, cited to it."""
        url = meta.get("url", "")
        return [Person(self.participant(s, where), role, None, "", url, "") for s in slugs]

    def article_record(self, model, values: dict, label: str, key: str, where: str):
        """A record the article curates. If chronology.csv has a row of the same slug, that
        row's values stand and the article adds its quote and people to it."""
        slug = key.partition(":")[2]
        if slug in self.left_deleted:
            return None, Relations.NONE
        if slug in self.records:
            record = self.records[slug]
            if not isinstance(record, model):
                raise SeedError(f"{where}: {slug!r} is not a {label[:-1]} in chronology.csv.")
            return record, self.relations[slug]
        record, relations = self.upsert(model, slug, values, label, key)
        if record is not None:
            self.records[slug] = record
            self.relations[slug] = relations
        return record, relations

    def lookup(self, model, slug: str | None, where: str):
        if not slug:
            return None
        obj = self.find(model, slug)
        if obj is None and slug not in self.left_deleted:
            raise SeedError(f"{where}: no {model._meta.verbose_name} with slug {slug!r}.")
        return obj

    def run(self) -> SeedReport:
        # Every file is read (and its columns checked) before anything is written.
        reference = self.read_json("reference.json")
        chronology = self.read_csv("chronology.csv", CSV_FIELDS)
        participations = self.read_csv("participations.csv", PARTICIPATION_FIELDS)
        conflicts = self.read_csv("conflicts.csv", CONFLICT_FIELDS)
        renamed = self.former_slugs(reference)
        urls = {row["source_url"] for _, row in chronology + participations}
        urls.update(url for _, row in chronology for url in split_list(row["extra_sources"]))
        urls.update(row[column] for _, row in conflicts for column in ("source_a", "source_b"))
        with transaction.atomic():
            # It writes many records: each under its lock, as an admin save (audit.locks).
            locks.lock_several()
            self.read_sources(urls - {""})
            self.rename(renamed)
            self.load_reference(reference)
            people = self.read_people(participations)
            produced = self.load_chronology(chronology, people)
            self.keep_former_slugs(renamed)
            self.link_agreements(produced)
            self.load_articles()
            for slug, extra in self.article_people.items():
                people.setdefault(slug, []).extend(
                    p for p in extra if p.key not in {q.key for q in people.get(slug, [])}
                )
            self.load_participations(people, self.attendance(reference))
            self.load_conflicts(conflicts)
            # Each seeded record's first version, so that an editor's first edit can be
            # reverted (records already in the trail are left alone).
            audit.record_starting_versions(via="seed")
            self.count_present_sources()
        return self.report

    # -- renamed records -----------------------------------------------------
    def former_slugs(self, reference: dict) -> list[tuple[type, str, str]]:
        """reference.json's "former_slugs" ({"event:<former slug>": "<slug now>"}) as
        (model, former, now); a correction's shipped versions of the former key are the
        record's under its new key too."""
        renamed = []
        for key, now in reference.get("former_slugs", {}).items():
            kind, _, former = key.partition(":")
            if kind not in KEYED_MODELS or not former or not isinstance(now, str) or not now:
                raise SeedError(f"reference.json former_slugs: {key!r} is not kind:slug.")
            renamed.append((KEYED_MODELS[kind], former, now))
            self.shipped[f"{kind}:{now}"][:0] = self.shipped.get(key, [])
        return renamed

    def rename(self, renamed: list[tuple[type, str, str]]) -> None:
        """A record still under its former slug (loaded before the rename) takes its new
        one, the former kept leading to it (services.rename_slug)."""
        for model, former, now in renamed:
            record = model.objects.filter(slug=former).first()
            if record is not None and not model.objects.filter(slug=now).exists():
                services.rename_slug(record=record, slug=now, via=self.via)
                self.report.count("updated", "slugs", f"{model._meta.model_name}:{former}")

    def keep_former_slugs(self, renamed: list[tuple[type, str, str]]) -> None:
        """Each former slug leads to its record (one created by this run too)."""
        for model, former, now in renamed:
            record = model.objects.filter(slug=now).first()
            if record is None or model.objects.filter(slug=former).exists():
                continue
            kept, created = FormerSlug.objects.get_or_create(
                kind=model._meta.model_name, slug=former, defaults={"record_id": record.pk}
            )
            self.formers()[kept.kind, kept.slug] = kept
            if created:
                self.report.count("created", "former slugs", f"{former} -> {now}")

    def count_present_sources(self) -> None:
        """The seeds' reference sources this run did not visit, counted as present."""
        keys = {url_key(url) for url in self.seed_urls}
        found = Source.objects.filter(url_key__in=keys, content_hash="")
        for pk in found.values_list("pk", flat=True):
            self.count_source(Source(pk=pk), created=False)


def load_seeds(
    seeds_dir: Path, *, update: bool = False, correct: bool = False, restore_deleted: bool = False
) -> SeedReport:
    """Load everything under `seeds_dir` in one transaction: all of it or nothing. A
    seeded record an editor deleted is left deleted unless `restore_deleted`."""
    if update and correct:
        raise SeedError("Choose --update or --corrections, not both.")
    mode = Mode.UPDATE if update else Mode.CORRECT if correct else Mode.ADD
    return SeedLoader(seeds_dir, mode=mode, restore_deleted=restore_deleted).run()
