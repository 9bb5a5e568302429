"""Participants found by name: their name or any alias, in any script, case and accents
folded (search/folding.py), every word of the query starting a word of one of them."""

import re
from collections.abc import Collection, Iterable

from peaceproc.chronology.models import Participant, ParticipantAlias

from .folding import fold, query_text, words


def folded_names() -> tuple[tuple[int, str], ...]:
    """(participant id, a name or alias folded) for every participant: what a search
    matches people on. One query; the site keeps the result per generation of the record
    (chronology/catalogue.py)."""
    names = (
        Participant.objects.order_by()
        .values_list("pk", "name")
        .union(ParticipantAlias.objects.order_by().values_list("participant_id", "name"), all=True)
    )
    return tuple((pk, fold(name)) for pk, name in names)


def participants_matching(query: str, names: Iterable[tuple[int, str]]) -> list[int]:
    """The primary keys (sorted) of the participants a folded name or alias of whom in
    `names` holds every word of `query` as a word start; none for a query without words."""
    query_words = words(query)
    if not query_words:
        return []
    starts = [re.compile(rf"(?<!\w){re.escape(word)}") for word in query_words]
    return sorted({pk for pk, folded in names if all(s.search(folded) for s in starts)})


def participants_named(query: str, names: Collection[tuple[int, str]]) -> list[int]:
    """The primary keys (sorted) of the participants matched as the site's search matches
    them (participants_matching), or holding `query` as a part of a folded name or alias:
    what the API's `q` on participants promises ('avrov' finds Lavrov)."""
    part = fold(query_text(query)).strip()
    found = set(participants_matching(query, names))
    if part:
        found.update(pk for pk, folded in names if part in folded)
    return sorted(found)
