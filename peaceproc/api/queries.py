"""The API's reads: each QuerySet fetches everything its serializer touches, so a
page of any size costs the same few queries (the tests hold them to it)."""

from django.db.models import Case, Prefetch, When

from peaceproc.chronology.models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    agreement_people,
)
from peaceproc.site.filters import ItemQuerySets, filtered_querysets
from peaceproc.site.timeline import (
    CITATIONS,
    TimelineItem,
    agreement_item,
    event_item,
    round_item,
    tenure_item,
)

PARTICIPATIONS = Prefetch(
    "participations",
    queryset=Participation.objects.select_related("participant", "on_behalf_of"),
)


def filtered(filters) -> ItemQuerySets:
    """The timeline's selection (tracks and citations already fetched)."""
    return filtered_querysets(filters)


# What the serializers read beyond the track and the citations, which the
# timeline's querysets fetch already (a second "citations" prefetch is an error).
def with_round_relations(queryset):
    return queryset.prefetch_related(PARTICIPATIONS)


def with_event_relations(queryset):
    return queryset.select_related("round", "agreement").prefetch_related("participants")


def with_agreement_relations(queryset):
    return queryset.select_related("round").prefetch_related(agreement_people())


def with_tenure_relations(queryset):
    return queryset.select_related("envoy")


def rounds():
    return with_round_relations(Round.objects.select_related("track").prefetch_related(CITATIONS))


def events():
    return with_event_relations(Event.objects.select_related("track").prefetch_related(CITATIONS))


def agreements():
    return with_agreement_relations(
        Agreement.objects.select_related("track").prefetch_related(CITATIONS)
    )


def tenures():
    return with_tenure_relations(
        EnvoyTenure.objects.select_related("track").prefetch_related(CITATIONS)
    )


def participants():
    return Participant.objects.select_related("represents").prefetch_related("aliases")


def participant_detail():
    return participants().prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related(
                "round", "agreement", "on_behalf_of"
            ).order_by("round__start_date", "agreement__date", "role"),
        ),
        Prefetch("events", queryset=Event.objects.only("slug", "title", "start_date")),
    )


def sources():
    # The list leaves the full texts in the database (they can be long, and only
    # the detail shows them) and asks it whether there is one.
    return (
        source_detail()
        .defer("text")
        .annotate(has_text=Case(When(text="", then=False), default=True))
        .order_by("pk")
    )


def source_detail():
    return Source.objects.prefetch_related(
        Prefetch(
            "citations",
            queryset=Citation.objects.select_related("round", "event", "agreement", "tenure"),
        )
    )


def timeline_items(filters) -> list[TimelineItem]:
    """The page's items for these filters, in the page's order, with what the API
    and the exports show beyond the page (participants, rounds) fetched for all
    of them at once: the same queries for one item or a thousand."""
    sets = filtered_querysets(filters)
    items = [
        *map(round_item, with_round_relations(sets.rounds)),
        *map(event_item, with_event_relations(sets.events)),
        *map(agreement_item, with_agreement_relations(sets.agreements)),
        *map(tenure_item, with_tenure_relations(sets.tenures)),
    ]
    return sorted(items, key=lambda item: item.sort_key)
