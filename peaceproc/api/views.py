"""The read-only JSON API: lists (filtered like the timeline, paginated with
limit/offset) and details by slug, every record with its citations inline.

Each list reads a fixed number of queries whatever the page size; the shapes
are documented in `openapi.py` and checked against it by the tests.
"""

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from peaceproc.chronology.models import Participant
from peaceproc.pagecache import key_params

from . import openapi, queries
from . import serializers as s
from .filtering import (
    EMPTY_IS_ABSENT,
    FILTER_PARAMS,
    PAGINATION_DEFAULTS,
    SINGLE_FILTERS,
    bound_filters,
    check_event_kinds,
)
from .http import PAGINATION_PARAMS, ApiError, Page, api_view, check_params, json_response

# The timeline's filters minus `kind`, which only the timeline and events take.
RECORD_FILTERS = tuple(name for name in FILTER_PARAMS if name != "kind")
REPEATABLE = ("track", "kind")
# What the page cache's key holds of each list's query (peaceproc.pagecache).
PAGED_FILTERS = key_params(
    single=(*SINGLE_FILTERS, *PAGINATION_PARAMS),
    multi=REPEATABLE,
    absent={**EMPTY_IS_ABSENT, **PAGINATION_DEFAULTS},
)
PAGED = key_params(single=PAGINATION_PARAMS, absent=PAGINATION_DEFAULTS)


def paginated(request: HttpRequest, queryset, serialize) -> HttpResponse:
    page = Page.from_query(request.GET)
    count = queryset.count()
    records = queryset[page.offset : page.offset + page.limit] if page.offset < count else []
    links = s.Links(request)
    return json_response(page.envelope(request, count, [serialize(r, links) for r in records]))


def get_or_404(queryset, what: str, **lookup):
    record = queryset.filter(**lookup).first()
    if record is None:
        key = next(iter(lookup.values()))
        raise ApiError(f"There is no {what} {key!r}.", status=404)
    return record


@api_view
def index(request: HttpRequest) -> HttpResponse:
    check_params(request.GET, ())
    links = s.Links(request)
    endpoints = {
        name: links.absolute(reverse(f"api:{name}"))
        for name in (
            "timeline",
            "rounds",
            "events",
            "agreements",
            "tenures",
            "participants",
            "sources",
            "openapi",
            "docs",
            "export-csv",
            "export-json",
            "export-ics",
        )
    }
    return json_response({"name": "peaceproc API", "version": openapi.API_VERSION, **endpoints})


@PAGED_FILTERS
@api_view
def timeline(request: HttpRequest) -> HttpResponse:
    """Every kind of item in date order, exactly as the timeline lists them."""
    check_params(request.GET, (*FILTER_PARAMS, *PAGINATION_PARAMS), repeatable=REPEATABLE)
    filters = bound_filters(request.GET)
    page = Page.from_query(request.GET)
    items = queries.timeline_items(filters)
    chosen = items[page.offset : page.offset + page.limit]
    links = s.Links(request)
    return json_response(
        page.envelope(request, len(items), [s.item_data(i, links) for i in chosen])
    )


def record_filters(request: HttpRequest, *, accepts_kind: bool = False):
    params = FILTER_PARAMS if accepts_kind else RECORD_FILTERS
    check_params(request.GET, (*params, *PAGINATION_PARAMS), repeatable=REPEATABLE)
    if accepts_kind:
        check_event_kinds(request.GET)
    return bound_filters(request.GET)


@PAGED_FILTERS
@api_view
def round_list(request: HttpRequest) -> HttpResponse:
    filters = record_filters(request)
    rounds = queries.with_round_relations(queries.filtered(filters).rounds)
    return paginated(request, rounds.order_by("start_date", "track__order", "pk"), s.round_data)


@PAGED_FILTERS
@api_view
def event_list(request: HttpRequest) -> HttpResponse:
    filters = record_filters(request, accepts_kind=True)
    events = queries.with_event_relations(queries.filtered(filters).events)
    return paginated(request, events.order_by("start_date", "title", "pk"), s.event_data)


@PAGED_FILTERS
@api_view
def agreement_list(request: HttpRequest) -> HttpResponse:
    filters = record_filters(request)
    agreements = queries.with_agreement_relations(queries.filtered(filters).agreements)
    return paginated(request, agreements.order_by("date", "title", "pk"), s.agreement_data)


@PAGED_FILTERS
@api_view
def tenure_list(request: HttpRequest) -> HttpResponse:
    filters = record_filters(request)
    tenures = queries.with_tenure_relations(queries.filtered(filters).tenures)
    return paginated(request, tenures.order_by("start_date", "pk"), s.tenure_data)


@key_params(single=("kind", "q", *PAGINATION_PARAMS), absent=PAGINATION_DEFAULTS)
@api_view
def participant_list(request: HttpRequest) -> HttpResponse:
    check_params(request.GET, ("kind", "q", *PAGINATION_PARAMS))
    participants = queries.participants().order_by("name", "pk")
    kind = request.GET.get("kind")
    if kind is not None:
        if kind not in Participant.Kind.values:
            raise ApiError(
                f"kind must be one of {', '.join(Participant.Kind.values)}.",
                details={"kind": [f"“{kind[:40]}” is not a kind of participant."]},
            )
        participants = participants.filter(kind=kind)
    q = request.GET.get("q", "").strip()
    if q:
        if len(q) > 200 or "\x00" in q:
            raise ApiError(
                "q must be at most 200 characters of text.",
                details={"q": ["Too long, or holds a NUL character."]},
            )
        # Names and their other spellings and scripts, as the ingestion finds them.
        participants = participants.filter(
            Q(name__icontains=q) | Q(aliases__name__icontains=q)
        ).distinct()
    return paginated(request, participants, s.participant_data)


@PAGED
@api_view
def source_list(request: HttpRequest) -> HttpResponse:
    check_params(request.GET, PAGINATION_PARAMS)
    return paginated(request, queries.sources(), s.source_data)


@api_view
def round_detail(request: HttpRequest, slug: str) -> HttpResponse:
    check_params(request.GET, ())
    round_ = get_or_404(queries.rounds(), "round", slug=slug)
    return json_response(s.round_data(round_, s.Links(request)))


@api_view
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    check_params(request.GET, ())
    event = get_or_404(queries.events(), "event", slug=slug)
    return json_response(s.event_data(event, s.Links(request)))


@api_view
def agreement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    check_params(request.GET, ())
    agreement = get_or_404(queries.agreements(), "agreement", slug=slug)
    return json_response(s.agreement_data(agreement, s.Links(request)))


@api_view
def tenure_detail(request: HttpRequest, slug: str) -> HttpResponse:
    check_params(request.GET, ())
    tenure = get_or_404(queries.tenures(), "envoy tenure", slug=slug)
    return json_response(s.tenure_data(tenure, s.Links(request)))


@api_view
def participant_detail(request: HttpRequest, slug: str) -> HttpResponse:
    check_params(request.GET, ())
    participant = get_or_404(queries.participant_detail(), "participant", slug=slug)
    return json_response(s.participant_data(participant, s.Links(request), detail=True))


@api_view
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    check_params(request.GET, ())
    if pk > 2**63 - 1:  # past any id, and past what the database can compare with
        raise ApiError(f"There is no source {pk}.", status=404)
    source = get_or_404(queries.source_detail(), "source", pk=pk)
    return json_response(s.source_data(source, s.Links(request), detail=True))


@api_view
def schema(request: HttpRequest) -> HttpResponse:
    check_params(request.GET, ())
    return json_response(openapi.schema(server=request.build_absolute_uri("/")))


@api_view
def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    raise ApiError(
        f"There is no API endpoint at {request.path}. The list is at {reverse('api:index')}.",
        status=404,
    )


@require_safe
def docs(request: HttpRequest) -> HttpResponse:
    """The human documentation: the OpenAPI schema, rendered on the server."""
    return render(
        request,
        "api/docs.html",
        {"api": openapi.describe(server=request.build_absolute_uri("/"))},
    )
