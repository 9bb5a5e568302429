from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from peaceproc.chronology.models import (
    Agreement,
    Event,
    Participant,
    Participation,
    Round,
    Track,
)

from .timeline import CITATIONS, lanes, timeline_items


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    items = timeline_items()
    tracks = list(Track.objects.all())
    return render(request, "site/index.html", {"lanes": lanes(items, tracks), "count": len(items)})


@require_safe
def round_detail(request: HttpRequest, slug: str) -> HttpResponse:
    round_ = get_object_or_404(
        Round.objects.select_related("track").prefetch_related(
            CITATIONS,
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("participant", "on_behalf_of"),
            ),
            Prefetch("agreements", queryset=Agreement.objects.prefetch_related(CITATIONS)),
            Prefetch("events", queryset=Event.objects.prefetch_related(CITATIONS)),
        ),
        slug=slug,
    )
    siblings = Round.objects.filter(track=round_.track).only("slug", "title", "start_date")
    return render(
        request,
        "site/round.html",
        {
            "round": round_,
            "previous": siblings.filter(start_date__lt=round_.start_date)
            .order_by("-start_date")
            .first(),
            "next": siblings.filter(start_date__gt=round_.start_date)
            .order_by("start_date")
            .first(),
        },
    )


@require_safe
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(
        Event.objects.select_related("track", "round", "agreement").prefetch_related(
            CITATIONS, "participants"
        ),
        pk=pk,
    )
    return render(request, "site/event.html", {"event": event})


@require_safe
def agreement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    agreement = get_object_or_404(
        Agreement.objects.select_related("track", "round").prefetch_related(
            CITATIONS, "signatories"
        ),
        slug=slug,
    )
    return render(request, "site/agreement.html", {"agreement": agreement})


@require_safe
def participant_detail(request: HttpRequest, slug: str) -> HttpResponse:
    participant = get_object_or_404(
        Participant.objects.select_related("represents").prefetch_related(
            "aliases",
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("round__track", "on_behalf_of"),
            ),
            Prefetch("events", queryset=Event.objects.select_related("track")),
            Prefetch("agreements", queryset=Agreement.objects.select_related("track")),
        ),
        slug=slug,
    )
    return render(request, "site/participant.html", {"participant": participant})
