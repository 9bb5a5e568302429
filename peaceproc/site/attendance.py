"""Who attended: participants × rounds of one track, each cell the roles held there.

Read in two queries (the track's rounds, their participations), and a third for a name
filter (names and aliases in every script, as the timeline's search reads them), whatever
the size of the record. Sorting and filtering happen here, from the query string, so the
table works without JavaScript and every state has a URL (and a CSV of the same rows)."""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count

from peaceproc.chronology.catalogue import catalogue
from peaceproc.chronology.models import Participant, Participation, Round, Track
from peaceproc.search.folding import fold
from peaceproc.search.people import participants_matching

from .geometry import short_round_label

Role = Participation.Role
_DELEGATION = ("D", "delegation (government, opposition, or a member of one)")
_CHAIR = ("C", "chair or co-chair")
# The letter each role shows in the matrix and what the legend says it means, in the
# legend's order. A role added later shows its label's first letter and its label.
MARKS = {
    Role.HEAD: ("H", "head of delegation"),
    Role.GUARANTOR: ("G", "guarantor"),
    Role.OBSERVER: ("O", "observer"),
    Role.MEDIATOR: ("M", "mediator or UN"),
    Role.CHAIR: _CHAIR,
    Role.CO_CHAIR: _CHAIR,
    Role.GOVERNMENT: _DELEGATION,
    Role.OPPOSITION: _DELEGATION,
    Role.DELEGATION_MEMBER: _DELEGATION,
    Role.SIGNATORY: ("S", "signatory"),
    Role.ATTENDEE: ("A", "took part, in no role a source names"),
}
SORTS = {"name": "name", "rounds": "most rounds", "first": "first attended"}


def mark_and_meaning(role: str) -> tuple[str, str]:
    if role in MARKS:
        return MARKS[role]
    label = str(Role(role).label)
    return label[:1].upper(), label.lower()


def role_mark(role: str) -> str:
    return mark_and_meaning(role)[0]


def legend(roles: set[str]) -> list[tuple[str, str]]:
    """The marks of `roles`, each once, with their meaning, in MARKS' order."""
    order = list(MARKS)
    ranked = sorted(roles, key=lambda r: (order.index(r) if r in MARKS else len(order), r))
    return list(dict.fromkeys(mark_and_meaning(role) for role in ranked))


@dataclass
class Row:
    participant: Participant
    cells: list[list[Participation]] = field(default_factory=list)

    @property
    def attended(self) -> int:
        return sum(1 for cell in self.cells if cell)

    @property
    def first(self) -> int:
        return next((i for i, cell in enumerate(self.cells) if cell), len(self.cells))


@dataclass
class Matrix:
    track: Track
    rounds: list[Round]
    rows: list[Row]
    kind: str
    query: str
    sort: str
    legend: list[tuple[str, str]]  # the marks the table shows, with their meaning
    tracks: list[Track] = field(default_factory=list)  # every track with rounds
    start: datetime.date | None = None  # the rounds shown are those that meet these
    end: datetime.date | None = None

    @property
    def filter_query(self) -> str:
        """The query string of the table's filters (not its sort), for its links."""
        params = {"track": self.track.slug, "kind": self.kind, "q": self.query}
        params |= {"from": self.start or "", "to": self.end or ""}
        return urlencode({name: value for name, value in params.items() if value})


def build_matrix(
    track: Track,
    *,
    kind: str = "",
    query: str = "",
    sort: str = "rounds",
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> Matrix:
    """The table of `track`'s rounds that meet [start, end] (either open)."""
    chosen = Round.objects.filter(track=track)
    if start is not None:
        chosen = chosen.filter(end_date__gte=start)
    if end is not None:
        chosen = chosen.filter(start_date__lte=end)
    rounds = list(chosen.order_by("start_date"))
    for round_ in rounds:
        round_.short = short_round_label(round_.title, round_.number) or round_.title
    index = {r.pk: i for i, r in enumerate(rounds)}
    rows: dict[int, Row] = {}
    participations = (
        Participation.objects.filter(round__in=chosen)
        .select_related("participant", "on_behalf_of")
        .order_by("role")
    )
    if kind:
        participations = participations.filter(participant__kind=kind)
    for p in participations:
        row = rows.get(p.participant_id)
        if row is None:
            row = rows[p.participant_id] = Row(p.participant, [[] for _ in rounds])
        p.mark = role_mark(p.role)
        row.cells[index[p.round_id]].append(p)
    found = list(rows.values())
    if query:
        named = set(participants_matching(query, catalogue().folded_names))
        found = [r for r in found if r.participant.pk in named]
    keys = {
        "name": lambda r: fold(r.participant.name),
        "rounds": lambda r: (-r.attended, fold(r.participant.name)),
        "first": lambda r: (r.first, fold(r.participant.name)),
    }
    found.sort(key=keys.get(sort, keys["rounds"]))
    roles = {p.role for row in found for cell in row.cells for p in cell}
    sort = sort if sort in keys else "rounds"
    return Matrix(track, rounds, found, kind, query, sort, legend(roles), start=start, end=end)


def participants_by_kind(*, found: list[int] | None = None) -> list[tuple[str, list[Participant]]]:
    """Every participant, grouped by kind, with the rounds they attended (`rounds`) and
    the other events (summits, meetings, ...) they took part in (`event_count`), as their
    page counts them; or those `found` (primary keys: a name box's search, as the API's
    `q` on participants finds them, Catalogue.named)."""
    people = Participant.objects.all()
    if found is not None:
        people = people.filter(pk__in=found)
    people = people.annotate(
        rounds=Count("participations__round", distinct=True),
        event_count=Count("events", distinct=True),
    ).order_by("name")
    groups = []
    for value, label in Participant.Kind.choices:
        members = [p for p in people if p.kind == value]
        if members:
            groups.append((str(label), members))
    return groups
