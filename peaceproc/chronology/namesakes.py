"""Records an editor may be about to store twice (outside tester t11a, finding 3): an event
of the same track and date under the same title, a participant stored under a name or
alias that another participant is known by, one alias given to two participants.

Names are compared by the ingestion's own key (ingest.pipeline.text.name_key, word by
word): the key that finds a person in an article, so 'Sergei Lavrov' and 'Sergey Lavrov'
meet, and 'Лавров' and 'Лаврова'. Titles by their folded words ('Astana  4' and 'astana 4').
"""

import re

from django.db.models import Q

from peaceproc.ingest.pipeline.text import name_key as word_key
from peaceproc.search.folding import fold, unmarked

from .models import Event, Participant, ParticipantAlias

_WORD = re.compile(r"\w+")


def title_key(title: str) -> str:
    """`title` with case, accents, reading marks and spacing folded away."""
    return " ".join(_WORD.findall(fold(unmarked(title))))


def name_key(name: str) -> str:
    """`name` as the ingestion finds it in an article: each word's key."""
    return " ".join(word_key(word) for word in _WORD.findall(unmarked(name)))


def same_event(*, track_id, start_date, title: str, pk=None) -> Event | None:
    """The stored event (not `pk`) of `track_id` on `start_date` with `title`'s key."""
    if start_date is None or not title_key(title):
        return None
    # event_track_date_idx: the events of one track on one day.
    found = Event.objects.filter(track_id=track_id, start_date=start_date).exclude(pk=pk)
    key = title_key(title)
    return next((event for event in found.order_by("pk") if title_key(event.title) == key), None)


def known_as(name: str, *, besides=None) -> list[Participant]:
    """The participants (not `besides`, a participant's pk) whose name or one of whose
    aliases has `name`'s key; none for a name without words. Two queries."""
    key = name_key(name)
    if not key:
        return []
    others = ~Q(pk=besides) if besides is not None else Q()
    names = Participant.objects.filter(others).values_list("pk", "name")
    aliases = ParticipantAlias.objects.exclude(participant_id=besides).values_list(
        "participant_id", "name"
    )
    pks = sorted({pk for pk, other in [*names, *aliases] if name_key(other) == key})
    return list(Participant.objects.filter(pk__in=pks).order_by("name")) if pks else []
