"""Loads the shipped record from seeds/: the reference data (tracks, participants),
the fact-checked chronology (one record per row) and the hand-curated seed article.

By default a record that is already present is left as it is, so restarting the
server never overwrites what an editor changed; `update=True` resets seeded
records to the shipped values (and adds what is missing, deleting nothing).
"""

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction

from peaceproc.audit import services as audit

from . import services
from .dates import Precision
from .models import (
    Agreement,
    Confidence,
    EnvoyTenure,
    Event,
    Participant,
    ParticipantAlias,
    Participation,
    Round,
    Track,
)


class SeedError(Exception):
    """The seed files are inconsistent; the message names the file and row."""


CSV_FIELDS = (
    "slug", "track", "label", "round_number", "start_date", "end_date", "city", "kind",
    "outcome_short", "delegation_heads", "source_url", "confidence",
)  # fmt: skip

ROUND_KINDS = {"round", "cc_session", "cc_session_cancelled"}
EVENT_KINDS = {
    "summit": Event.Kind.SUMMIT,
    "ministerial": Event.Kind.MINISTERIAL,
    "conference": Event.Kind.CONFERENCE,
    "announcement": Event.Kind.ANNOUNCEMENT,
    "bilateral_meeting": Event.Kind.MEETING,
}
AGREEMENT_KINDS = {
    "communique": Agreement.Kind.COMMUNIQUE,
    "un_resolution": Agreement.Kind.UN_RESOLUTION,
    "ceasefire": Agreement.Kind.CEASEFIRE,
    "agreement": Agreement.Kind.AGREEMENT,
}
TENURE_KINDS = {"envoy_tenure"}
PRIMARY_NOTE = "Primary source of this record in the shipped chronology."


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)

    def count(self, outcome: str, label: str) -> None:
        getattr(self, outcome)[label] += 1

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


class NameIndex:
    """Finds known participants in the free-text columns of the chronology by
    their names and aliases (longest match first, whole words, case as written)."""

    def __init__(self, participants: list[Participant], aliases: dict[int, list[str]]):
        self.by_name: dict[str, Participant] = {}
        for participant in participants:
            for name in [participant.name, *aliases.get(participant.pk, [])]:
                self.by_name.setdefault(name.casefold(), participant)
        names = sorted(self.by_name, key=len, reverse=True)
        self.pattern = re.compile(
            "|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE
        )

    def find_all(self, text: str) -> list[Participant]:
        found: list[Participant] = []
        for match in self.pattern.finditer(text):
            participant = self.by_name[match.group(0).casefold()]
            if participant not in found:
                found.append(participant)
        return found

    def exact(self, text: str) -> Participant | None:
        return self.by_name.get(text.strip().casefold())


@dataclass(frozen=True)
class Head:
    person: Participant
    delegation: Participant | None
    note: str


def parse_heads(text: str, index: NameIndex) -> list[Head]:
    """'Russia: Alexander Lavrentiev; Iran: Hossein Jaberi Ansari (note); ...' -> heads.

    Under a known delegation label only the first person outside parentheses is
    the head (parentheses hold companions and doubts, such as 'ambiguous: Sedat
    Onal or Selcuk Unal'); under another label ('Co-chairs') every person named
    leads the delegation they represent.
    """
    heads: list[Head] = []
    for segment in text.split(";"):
        label, sep, rest = segment.partition(":")
        if not sep:
            label, rest = "", segment
        notes = "; ".join(re.findall(r"\(([^)]*)\)", rest))
        bare = re.sub(r"\([^)]*\)", " ", rest)
        people = [p for p in index.find_all(bare) if p.kind == Participant.Kind.PERSON]
        delegation = index.exact(label)
        if delegation and delegation.kind != Participant.Kind.PERSON:
            people = people[:1]
        else:
            delegation = None
        for person in people:
            heads.append(Head(person, delegation or person.represents, notes))
    return heads


class SeedLoader:
    def __init__(self, seeds_dir: Path, *, update: bool):
        self.dir = seeds_dir
        self.update = update
        self.report = SeedReport()
        self.tracks: dict[str, Track] = {}
        self.track_by_csv: dict[str, Track] = {}
        self.participants: dict[str, Participant] = {}

    # -- helpers -----------------------------------------------------------
    def read_json(self, name: str) -> dict:
        path = self.dir / name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SeedError(f"{path}: file not found.") from None
        except json.JSONDecodeError as exc:
            raise SeedError(f"{path}: not valid JSON ({exc}).") from None

    def upsert(self, model, slug: str, values: dict, label: str):
        """Create the record, or (with update) bring it to `values`. Returns the
        record and whether the caller should (re)write its relations."""
        obj = model.objects.filter(slug=slug).first()
        if obj is None:
            obj = model(slug=slug, **values)
            obj.full_clean(validate_unique=False, validate_constraints=False)
            obj.save()
            self.report.count("created", label)
            return obj, True
        if self.update and services.sync_fields(obj, values, via="seed"):
            self.report.count("updated", label)
        else:
            self.report.count("present", label)
        return obj, self.update

    def participant(self, slug: str, where: str) -> Participant:
        try:
            return self.participants[slug]
        except KeyError:
            raise SeedError(f"{where}: unknown participant {slug!r}.") from None

    def cite_url(self, target, url: str, note: str = PRIMARY_NOTE) -> None:
        if not url:
            return
        source, created = services.source_for_url(url=url)
        if created:
            self.report.count("created", "sources")
        _, created = services.cite(source=source, target=target, note=note)
        if created:
            self.report.count("created", "citations")

    def participate(self, round_: Round, participant: Participant, role: str, **extra) -> None:
        _, created = Participation.objects.get_or_create(
            round=round_, participant=participant, role=role, defaults=extra
        )
        if created:
            self.report.count("created", "participations")

    # -- reference data ----------------------------------------------------
    def load_reference(self) -> dict:
        reference = self.read_json("reference.json")
        for item in reference["tracks"]:
            values = {k: item[k] for k in ("name", "colour", "order", "shown_by_default")}
            values["description"] = item.get("description", "")
            track, _ = self.upsert(Track, item["slug"], values, "tracks")
            self.tracks[track.slug] = track
            self.track_by_csv[item["csv"]] = track
        pending_represents = []
        for item in reference["participants"]:
            values = {
                "name": item["name"],
                "kind": item["kind"],
                "description": item.get("description", ""),
            }
            participant, write = self.upsert(Participant, item["slug"], values, "participants")
            self.participants[participant.slug] = participant
            if write:
                pending_represents.append((participant, item.get("represents")))
                for alias in item.get("aliases", []):
                    _, created = ParticipantAlias.objects.get_or_create(
                        participant=participant, name=alias
                    )
                    if created:
                        self.report.count("created", "aliases")
        for participant, represents in pending_represents:
            target = self.participant(represents, "reference.json") if represents else None
            if participant.represents_id != (target.pk if target else None):
                participant.represents = target
                participant.save(update_fields=["represents"])
        self.roles_by_track = reference["roles_by_track"]
        return reference

    def build_index(self) -> NameIndex:
        aliases: dict[int, list[str]] = {}
        for participant_id, name in ParticipantAlias.objects.values_list("participant", "name"):
            aliases.setdefault(participant_id, []).append(name)
        return NameIndex(list(self.participants.values()), aliases)

    def role_for(self, track: Track, delegation: Participant) -> str:
        by_track = self.roles_by_track.get(track.slug, {})
        default = self.roles_by_track["default"]
        return by_track.get(delegation.slug) or default.get(delegation.slug) or "observer"

    # -- the chronology ----------------------------------------------------
    def load_chronology(self, reference: dict) -> None:
        path = self.dir / "chronology.csv"
        try:
            handle = path.open(encoding="utf-8", newline="")
        except FileNotFoundError:
            raise SeedError(f"{path}: file not found.") from None
        with handle:
            reader = csv.DictReader(handle)
            missing = set(CSV_FIELDS) - set(reader.fieldnames or [])
            if missing:
                raise SeedError(f"{path}: missing columns {', '.join(sorted(missing))}.")
            rows = list(reader)
        index = self.build_index()
        # Astana rounds this run (re)wrote: the standing attendance applies to them.
        astana_rounds: dict[int, Round] = {}
        for line, row in enumerate(rows, start=2):
            where = f"chronology.csv line {line} ({row['slug']})"
            record, write = self.load_row(row, where, index)
            is_astana_round = isinstance(record, Round) and record.track.slug == "astana"
            if write and is_astana_round and record.number:
                astana_rounds[record.number] = record
        self.apply_astana_attendance(reference["astana_attendance"], astana_rounds)

    def load_row(self, row: dict, where: str, index: NameIndex):
        track = self.track_by_csv.get(row["track"])
        if track is None:
            raise SeedError(f"{where}: unknown track {row['track']!r}.")
        start, start_precision = parse_csv_date(row["start_date"], where=where)
        end, end_precision = parse_csv_date(row["end_date"], where=where)
        if start is None:
            raise SeedError(f"{where}: start_date is required.")
        confidence = row["confidence"].strip() or Confidence.HIGH
        if confidence not in Confidence.values:
            raise SeedError(
                f"{where}: confidence {confidence!r} is not one of {Confidence.values}."
            )
        place = row["city"].strip()
        if place.startswith("(") and place.endswith(")"):  # '(video conference)'
            place = place[1:-1].capitalize()
        kind = row["kind"]
        common = {"summary": row["outcome_short"].strip(), "confidence": confidence}

        if kind in ROUND_KINDS:
            number = row["round_number"].strip()
            if not number and (m := re.fullmatch(rf"{re.escape(track.slug)}-(\d+)", row["slug"])):
                number = m.group(1)
            values = {
                "track": track,
                "number": int(number) if number else None,
                "title": row["label"].strip(),
                "start_date": start,
                "end_date": end or start,
                "city": place,
                "status": (
                    Round.Status.CANCELLED if kind == "cc_session_cancelled" else Round.Status.HELD
                ),
                **common,
            }
            record, write = self.upsert(Round, row["slug"], values, "rounds")
            if write:
                for head in parse_heads(row["delegation_heads"], index):
                    self.participate(
                        record, head.person, Participation.Role.HEAD,
                        on_behalf_of=head.delegation, note=head.note[:300],
                    )  # fmt: skip
                    if head.delegation:
                        role = self.role_for(track, head.delegation)
                        self.participate(record, head.delegation, role)
        elif kind in EVENT_KINDS:
            values = {
                "title": row["label"].strip(),
                "kind": EVENT_KINDS[kind],
                "start_date": start,
                "precision": start_precision,
                "end_date": end if end and end != start else None,
                "track": track,
                "place": place,
                **common,
            }
            record, write = self.upsert(Event, row["slug"], values, "events")
            if write:
                record.participants.add(*index.find_all(row["delegation_heads"]))
        elif kind in AGREEMENT_KINDS:
            agreement_kind = AGREEMENT_KINDS[kind]
            if agreement_kind == Agreement.Kind.AGREEMENT and "memorandum" in row["label"].lower():
                agreement_kind = Agreement.Kind.MEMORANDUM
            values = {
                "title": row["label"].strip(),
                "kind": agreement_kind,
                "date": start,
                "precision": start_precision,
                "track": track,
                "place": place,
                **common,
            }
            record, write = self.upsert(Agreement, row["slug"], values, "agreements")
            if write:
                record.signatories.add(*index.find_all(row["delegation_heads"]))
        elif kind in TENURE_KINDS:
            people = [
                p
                for p in index.find_all(row["delegation_heads"])
                if p.kind == Participant.Kind.PERSON
            ]
            if not people:
                raise SeedError(f"{where}: no known envoy in {row['delegation_heads']!r}.")
            values = {
                "envoy": people[0],
                "track": track,
                "title": row["label"].strip(),
                "start_date": start,
                "end_date": end,
                "end_precision": end_precision,
                **common,
            }
            record, write = self.upsert(EnvoyTenure, row["slug"], values, "envoy tenures")
        else:
            raise SeedError(f"{where}: unknown kind {kind!r}.")
        if write:
            self.cite_url(record, row["source_url"].strip())
        return record, write

    def apply_astana_attendance(self, attendance: dict, rounds: dict[int, Round]) -> None:
        for rule in attendance["rules"]:
            participant = self.participant(rule["participant"], "reference.json astana_attendance")
            first, last = rule["rounds"]
            for number in range(first, last + 1):
                round_ = rounds.get(number)
                if round_ is None or number in rule.get("except", []):
                    continue
                self.participate(round_, participant, rule["role"], note=rule.get("note", ""))

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
        source = services.find_source_by_text(text)
        if source is None:
            source = services.create_source(
                url=meta.get("url", ""),
                publisher=meta.get("publisher", ""),
                title=meta.get("title", ""),
                published_on=date.fromisoformat(meta["published_on"]),
                language=meta.get("language", ""),
                text=text,
            )
            self.report.count("created", "sources")
        else:
            self.report.count("present", "sources")
        normal_text = services.normalise_text(text)

        def check_quote(quote: str) -> str:
            if services.normalise_text(quote) not in normal_text:
                raise SeedError(f"{where}: quote not found in the article: {quote[:60]!r}...")
            return quote

        def cite(target, quote: str) -> None:
            _, created = services.cite(source=source, target=target, quote=check_quote(quote))
            if created:
                self.report.count("created", "citations")

        for item in curation.get("agreements", []):
            values = {
                "title": item["title"],
                "kind": item["kind"],
                "date": date.fromisoformat(item["date"]),
                "precision": item["precision"],
                "track": self.tracks[item["track"]] if item.get("track") else None,
                "round": self.lookup(Round, item.get("round"), where),
                "place": item.get("place", ""),
                "summary": item.get("summary", ""),
                "confidence": item.get("confidence", Confidence.HIGH),
            }
            record, write = self.upsert(Agreement, item["slug"], values, "agreements")
            if write:
                record.signatories.add(
                    *[self.participant(s, where) for s in item.get("signatories", [])]
                )
                cite(record, item["quote"])
                for other in item.get("other_sources", []):
                    self.cite_url(record, other["url"], other.get("note", ""))

        for item in curation.get("events", []):
            values = {
                "title": item["title"],
                "kind": item["kind"],
                "start_date": date.fromisoformat(item["start_date"]),
                "precision": item["precision"],
                "end_date": None,
                "track": self.tracks[item["track"]] if item.get("track") else None,
                "round": self.lookup(Round, item.get("round"), where),
                "agreement": self.lookup(Agreement, item.get("agreement"), where),
                "place": item.get("place", ""),
                "summary": item.get("summary", ""),
                "confidence": item.get("confidence", Confidence.HIGH),
            }
            record, write = self.upsert(Event, item["slug"], values, "events")
            if write:
                record.participants.add(
                    *[self.participant(s, where) for s in item.get("participants", [])]
                )
                cite(record, item["quote"])

        models_by_prefix = {"round": Round, "event": Event, "agreement": Agreement}
        for item in curation.get("citations", []):
            prefix, _, slug = item["target"].partition(":")
            if prefix not in models_by_prefix:
                raise SeedError(f"{where}: citation target {item['target']!r} is not understood.")
            cite(self.lookup(models_by_prefix[prefix], slug, where), item["quote"])

    def lookup(self, model, slug: str | None, where: str):
        if not slug:
            return None
        obj = model.objects.filter(slug=slug).first()
        if obj is None:
            raise SeedError(f"{where}: no {model._meta.verbose_name} with slug {slug!r}.")
        return obj

    def run(self) -> SeedReport:
        with transaction.atomic():
            reference = self.load_reference()
            self.load_chronology(reference)
            self.load_articles()
            # Each seeded record's first version, so that an editor's first edit can be
            # reverted (records already in the trail are left alone).
            audit.record_starting_versions(via="seed")
        return self.report


def load_seeds(seeds_dir: Path, *, update: bool = False) -> SeedReport:
    """Load everything under `seeds_dir` in one transaction: all of it or nothing."""
    return SeedLoader(seeds_dir, update=update).run()
