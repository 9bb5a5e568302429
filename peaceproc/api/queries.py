"""The API's reads: each QuerySet fetches everything its serializer touches, so a
page of any size costs the same few queries (the tests hold them to it)."""

from collections import defaultdict

from django.db.models import Case, Prefetch, When, prefetch_related_objects

from peaceproc.chronology.models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Source,
)
from peaceproc.site.filters import ItemQuerySets, filtered_querysets
from peaceproc.site.timeline import CITATIONS

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
    return queryset.select_related("round").prefetch_related("signatories")


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
            queryset=Participation.objects.select_related("round", "on_behalf_of").order_by(
                "round__start_date", "role"
            ),
        ),
        Prefetch("events", queryset=Event.objects.only("slug", "title", "start_date")),
        Prefetch("agreements", queryset=Agreement.objects.only("slug", "title", "date")),
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


# What each kind of timeline item needs beyond what the timeline fetched, added
# to a whole list of items at once (one query per relation, whatever the count).
ITEM_RELATIONS = {
    "round": [PARTICIPATIONS],
    "event": ["participants", "round"],
    "agreement": ["signatories", "round"],
    "tenure": ["envoy"],
}


def complete_items(items) -> None:
    """Fetch the participants and rounds that exports show for timeline items."""
    records = defaultdict(list)
    for item in items:
        records[item.kind].append(item.record)
    for kind, relations in ITEM_RELATIONS.items():
        if records[kind]:
            prefetch_related_objects(records[kind], *relations)
