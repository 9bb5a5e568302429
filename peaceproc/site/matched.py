"""For a search that found people: what each listed item says they did there, a line per
person ("Alexander Lavrentiev: head of delegation (Russia)"), so that a reader sees why
an item whose text does not name them is listed. One query for the page; the people's
names come from the worker's copy of the record (chronology/catalogue.py), not a join."""

import operator
from collections import defaultdict
from collections.abc import Mapping
from functools import reduce

from django.db.models import Q
from django.utils.html import conditional_escape as esc
from django.utils.safestring import SafeString, mark_safe

from peaceproc.chronology.catalogue import Catalogue
from peaceproc.chronology.models import Participation
from peaceproc.chronology.prepared import prepared_rows
from peaceproc.search.folding import highlight

from .timeline import KEYS_READ_AT_ONCE, TimelineItem

# The records a participation can be of, by the kind of item the list shows.
RECORD_FIELDS = {"round": "round_id", "event": "event_id", "agreement": "agreement_id"}
# Lines shown per item; the rest are counted.
SHOWN = 3
ROLES = dict(Participation.Role.choices)


def names_by_id(lists: Catalogue) -> Mapping[int, str]:
    """Every participant's name by id (kept with the catalogue: `Catalogue.derived`)."""
    return {participant.pk: participant.name for participant in lists.participants}


def participations(*, people: list[int], **records: list[int]):
    """The participations of `people` (themselves or on their behalf) in the records
    `records` names (ids by RECORD_FIELDS' field), as rows."""
    return (
        Participation.objects.filter(
            reduce(operator.or_, (Q(**{f"{field}__in": pks}) for field, pks in records.items()))
            & (Q(participant__in=people) | Q(on_behalf_of__in=people))
        )
        .order_by()
        # Rows, not instances: a line needs the names and the role only.
        .values_list(*RECORD_FIELDS.values(), "role", "participant", "on_behalf_of", "pk")
    )


def person_lines(
    entries: list[TimelineItem], people: list[int], search_words: list[str], *, lists: Catalogue
) -> dict[str, list[SafeString]]:
    """Item key -> its lines for the matched `people` (themselves or on their behalf),
    the match marked: the words of the search, or the whole name where it was found by
    another spelling or script. `lists`: the record's lists the names are read from."""
    wanted = defaultdict(set)
    keys = {}
    for item in entries:
        if item.kind in RECORD_FIELDS:
            wanted[item.kind].add(item.record.pk)
            keys[(RECORD_FIELDS[item.kind], item.record.pk)] = item.key
    if not people or not wanted:
        return {}
    names = lists.derived(names_by_id)
    # Its SQL made once per worker for each number of items and people (prepared.py).
    records = {RECORD_FIELDS[kind]: list(pks) for kind, pks in wanted.items()}
    # The records' lists padded to a list page's worth (timeline.KEYS_READ_AT_ONCE), the
    # people's not (the SQL names them twice, and a search names few).
    at_least = dict.fromkeys(records, KEYS_READ_AT_ONCE)
    rows = prepared_rows(
        "matched.person_lines", participations, at_least=at_least, people=people, **records
    )
    # By name (as the database's binary order has it), then role. A person newer than this
    # worker's copy of the names (added since it was read) is left to the next request.
    found = sorted(
        (names[person], role, pk, names.get(party), records_of)
        for *records_of, role, person, party, pk in rows
        if person in names
    )
    lines: dict[str, list[SafeString]] = defaultdict(list)
    for name, role, _, party, records_of in found:
        field, pk = next(
            (f, pk) for f, pk in zip(RECORD_FIELDS.values(), records_of, strict=True) if pk
        )
        lines[keys[(field, pk)]].append(line(name, role, party, search_words))
    return {key: shown(found) for key, found in lines.items()}


def marked(name: str, search_words: list[str]) -> SafeString:
    text = highlight(name, search_words)
    return text if "<mark>" in text else mark_safe(f"<mark>{esc(name)}</mark>")  # noqa: S308


def line(name: str, role: str, party: str | None, search_words: list[str]) -> SafeString:
    """A person's line, "Name: role (party)", the name marked."""
    shown_party = f" ({highlight(party, search_words)})" if party else ""
    role_label = esc(str(ROLES.get(role, role)).lower())
    # Every text is escaped (highlight escapes what it does not mark).
    return mark_safe(f"<bdi>{marked(name, search_words)}</bdi>: {role_label}{shown_party}")  # noqa: S308


def shown(found: list[SafeString]) -> list[SafeString]:
    if len(found) <= SHOWN:
        return found
    return [*found[:SHOWN], mark_safe(f"and {len(found) - SHOWN} more")]  # noqa: S308
