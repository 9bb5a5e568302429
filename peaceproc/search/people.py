"""Participants found by name: their name or any alias, in any script, case and accents
folded (search/folding.py), every word of the query starting a word of one of them."""

from peaceproc.chronology.models import Participant, ParticipantAlias

from .folding import matches, words


def participants_matching(query: str) -> list[int]:
    """The primary keys of the participants a name or alias of whom holds every word of
    `query` (sorted; none for a query without words). One query, whatever the query."""
    query_words = words(query)
    if not query_words:
        return []
    names = (
        Participant.objects.order_by()
        .values_list("pk", "name")
        .union(ParticipantAlias.objects.order_by().values_list("participant_id", "name"), all=True)
    )
    return sorted({pk for pk, name in names if matches(name, query_words)})
