"""The read-only JSON API on django-ninja: lists (filtered like the timeline,
paginated with limit/offset) and details by slug, every record with its citations
inline, and the timeline's exports.

Each operation declares its parameters (`params.py`) and its responses
(`schemas.py`); the OpenAPI document is generated from both (`openapi.py`).
Each list reads a fixed number of queries whatever the page size.
"""

from django.http import HttpRequest
from django.urls import reverse
from ninja import NinjaAPI, Path, Query
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer

from peaceproc import slugs
from peaceproc.chronology.catalogue import catalogue
from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    Round,
    Source,
)
from peaceproc.messages import joined_by_name
from peaceproc.pagecache import declared_params, key_params
from peaceproc.site.filters import TimelineFilters

from . import exports, queries
from . import schemas as s
from .http import ApiError, FiltersMoved, check_params, error_response, links_of, notice_texts
from .params import (
    EMPTY_IS_ABSENT,
    MAX_ID,
    PAGE_ONLY_PARAMS,
    PAGINATION_DEFAULTS,
    PAGINATION_PARAMS,
    SINGLE_FILTERS,
    EventFilters,
    ExportFilters,
    Filters,
    ItemFilters,
    Paged,
    ParticipantFilters,
    RecordFilters,
    SourceId,
    slug_param,
)

API_VERSION = "1.0.0"
FILTER_NOTE = (
    "Takes the timeline's filters, with one default of its own: without `track`, every "
    "track, where the timeline page and the exports start with the tracks shown by default "
    "(name the tracks to list what the page shows). An empty value is the same as none. "
    "Ordered by date."
)
EXPORT_NOTE = (
    "Takes the timeline page's query string as it is (`/?round=astana-4` → "
    "`?round=astana-4`) and holds exactly the items that page lists, with the same defaults "
    "(without `track`, the tracks the page shows first). The file name says what was exported."
)
BAD_REQUEST = {400: s.Error}
# The label the timeline's notices give `q` ("Search: ..."), which the name box's share.
SEARCH_LABEL = str(TimelineFilters.base_fields["q"].label)
NOT_FOUND = {400: s.Error, 404: s.Error}

# What the page cache's key holds of each operation's query (peaceproc.pagecache). The
# declaration sits on the operation; urls.py hands it to the view the URL resolver calls.
# An operation without one (the index, the details) is cached only when asked for without
# parameters.
PAGED_FILTERS = key_params(
    single=(*SINGLE_FILTERS, *PAGINATION_PARAMS),
    multi=Filters.REPEATABLE,
    absent={**EMPTY_IS_ABSENT, **PAGINATION_DEFAULTS},
)
PAGED = key_params(single=PAGINATION_PARAMS, absent=PAGINATION_DEFAULTS)
# The exports: the filters, never the page-only parameters they accept and ignore.
EXPORT_KEY = key_params(
    single=SINGLE_FILTERS,
    multi=Filters.REPEATABLE,
    ignored=PAGE_ONLY_PARAMS,
    absent=EMPTY_IS_ABSENT,
)


class Renderer(JSONRenderer):
    # ensure_ascii=False keeps Arabic and Cyrillic names readable in the body.
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="peaceproc API",
    version=API_VERSION,
    # (openapi.py puts the sentence naming the record's tracks, as they are now, first)
    description=(
        "Every record carries its citations. Read-only, no "
        "authentication. Lists are paginated with `limit` and `offset`; unknown or "
        "invalid parameters answer 400 with an `Error`, an empty one is the same as none. "
        "The lists take the timeline's filters, but without `track` they read every track, "
        "where the timeline page and the exports start with the tracks it shows by default."
    ),
    urls_namespace="api",
    renderer=Renderer(),
    openapi_url=None,  # served by openapi.py, with this site as its server
    docs_url=None,  # the docs page is our own (openapi.py), under the strict CSP
)


@api.exception_handler(ApiError)
def api_error(request: HttpRequest, error: ApiError):
    return error_response(error)


@api.exception_handler(FiltersMoved)
def filters_moved(request: HttpRequest, moved: FiltersMoved):
    """A filter given by a record's former slug: this URL with its slug now (a 301)."""
    return slugs.redirect_replacing(request, moved.values)


@api.exception_handler(ValidationError)
def invalid_parameters(request: HttpRequest, error: ValidationError):
    """A parameter of the wrong type: 400, naming it (django-ninja would answer 422)."""
    details: dict[str, list[str]] = {}
    summaries = []
    for problem in error.errors:
        details.setdefault(str(problem["loc"][-1]), []).append(problem["msg"])
        summaries.append(problem.get("ctx", {}).get("summary"))
    message = summaries[0] or f"Invalid parameters: {joined_by_name(details)}"
    return error_response(ApiError(message, details=details))


def page(
    request: HttpRequest, query: Paged, count: int, results, filters: TimelineFilters | None = None
) -> dict:
    """The list response: the count of all matches, this page, links to its neighbours,
    and what the filters left out."""
    origin = links_of(request).origin

    def link(offset: int) -> str:
        params = declared_params(request).meaningful(request.GET)
        for name, value in (("offset", offset), ("limit", query.limit)):
            params.pop(name, None)
            params[name] = str(value)
        return f"{origin}{request.path}?{params.urlencode()}"

    following = query.offset + query.limit
    return {
        "count": count,
        "limit": query.limit,
        "offset": query.offset,
        "next": link(following) if following < count else None,
        # Past the end, the previous page is the last one holding records.
        "previous": (
            link(max(min(query.offset - query.limit, count - query.limit), 0))
            if query.offset > 0
            else None
        ),
        "notices": notice_texts(filters) if filters is not None else [],
        "results": results,
    }


def paginated(
    request: HttpRequest, query: Paged, queryset, filters: TimelineFilters | None = None
) -> dict:
    count = queryset.count()
    end = query.offset + query.limit
    records = list(queryset[query.offset : end]) if query.offset < count else []
    return page(request, query, count, records, filters)


def get_or_404(queryset, what: str, **lookup):
    record = queryset.filter(**lookup).first()
    if record is None:
        key = next(iter(lookup.values()))
        raise ApiError(f"There is no {what} {key!r}.", status=404)
    return record


@api.get(
    "/",
    response={200: s.Index, **BAD_REQUEST},
    url_name="index",
    by_alias=True,
    tags=["meta"],
    summary="The endpoints",
    operation_id="index",
)
def index(request: HttpRequest):
    check_params(request.GET, ())
    links = links_of(request)
    names = (
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
    endpoints = {name: links.absolute(reverse(f"api:{name}")) for name in names}
    return {"name": api.title, "version": API_VERSION, **endpoints}


@PAGED_FILTERS
@api.get(
    "/timeline",
    response={200: s.TimelineItemPage, **BAD_REQUEST},
    url_name="timeline",
    tags=["timeline"],
    summary="The timeline's items",
    operation_id="timeline",
    description="Rounds, events, agreements and envoy tenures in one list, in date order. "
    + FILTER_NOTE,
)
def timeline(request: HttpRequest, query: Query[ItemFilters]):
    filters = query.timeline_filters()
    count, items = queries.timeline_page(filters, query.offset, query.limit)
    return page(request, query, count, items, filters)


def record_list(kind: str, plural: str, schema, description: str, filters=RecordFilters):
    """`GET /api/<plural>`: the timeline's selection of one kind of record."""

    @PAGED_FILTERS
    @api.get(
        f"/{plural}",
        response={200: s.page_of(schema), **BAD_REQUEST},
        url_name=plural,
        tags=[plural],
        summary=f"List {plural}",
        operation_id=f"list_{plural}",
        description=description + " " + FILTER_NOTE,
    )
    def view(request: HttpRequest, query: Query[filters]):
        filters = query.timeline_filters()
        return paginated(request, query, queries.records(filters, kind), filters)

    view.__name__ = f"{plural}_list"
    return view


# The details by slug, by route (`rounds`): what redirect_to_record reads a slug (or an
# event's number) written otherwise against (record_detail fills it).
DETAILS: dict[str, tuple[str, type, str, bool]] = {}  # route name, model, what, by id
MOVED = {
    301: {
        "description": "The slug written in other case or spacing than the record's "
        "(`ASTANA-4`, `astana 4`), a slug the record had before, or an event's number in "
        "other spelling (`01`, `+1`, `1.0`): `Location` is the record's own URL, query "
        "string kept.",
        "headers": {"Location": {"schema": {"type": "string"}}},
    }
}


def redirect_to_record(request: HttpRequest, plural: str, typed: str):
    """A permanent redirect to the detail URL of the one record of `plural` that `typed`
    names but for case and spacing, by a former slug, or (events) by its number in any
    spelling (peaceproc/slugs.py), query string kept; else the JSON 404 naming `typed`
    as no such record. None for a route without details."""
    if plural not in DETAILS:
        return None
    name, model, what, by_id = DETAILS[plural]
    found = slugs.record_slug(model.objects.all(), typed)
    if found is None and by_id and (pk := slugs.record_id(model.objects.all(), typed)):
        found = model.objects.filter(pk=pk).values_list("slug", flat=True).get()
    target = reverse(f"api:{name}", args=[found]) if found is not None else None
    if target is None or target == request.path:
        raise ApiError(f"There is no {what} {typed!r}.", status=404)
    return slugs.redirect_keeping_query(request, target)


def record_detail(
    name: str, plural: str, schema, queryset, example: str, what: str = "", by_id: bool = False
):
    """`GET /api/<plural>/<slug>`: one record; `by_id`: or the number its page's URL
    names (/events/42/), when no record has that slug. A slug in other case or spacing,
    a former slug or a number in other spelling (`01`) redirects (301) to the record's
    own URL, as the site's pages do."""
    what = what or name
    key = slug_param(what, example, by_id=by_id)
    DETAILS[plural] = (name, queryset().model, what, by_id)

    @api.get(
        f"/{plural}/{{slug:slug}}",
        response={200: schema, **NOT_FOUND},
        url_name=name,
        tags=[plural],
        summary=f"One {what} by slug",
        operation_id=f"get_{name}",
        openapi_extra={"responses": MOVED},
    )
    def view(request: HttpRequest, slug: Path[key]):
        records = queryset()
        record = records.filter(slug=slug).first()
        # An id as written plainly; not "None", which str() of no id would equal.
        number = slugs.written_id(slug) if by_id else None
        if record is None and number is not None and slug == str(number):
            record = records.filter(pk=number).first()
        if record is None:  # the path first: a redirect keeps the query as it came
            return redirect_to_record(request, plural, slug)
        check_params(request.GET, ())
        return record

    view.__name__ = f"{name}_detail"
    return view


record_list("round", "rounds", s.Round, "Rounds of talks with their participants and citations.")
record_list(
    "event",
    "events",
    s.Event,
    "Summits, ministerials, announcements and other events.",
    filters=EventFilters,
)
record_list(
    "agreement", "agreements", s.Agreement, "Memoranda, statements, ceasefires and resolutions."
)
record_list("tenure", "tenures", s.Tenure, "UN envoys' times in office.")
record_detail(
    "round",
    "rounds",
    s.Round,
    lambda: Round.objects.cited().with_related().with_produced(),
    "astana-4",
)
record_detail(
    "event",
    "events",
    s.Event,
    lambda: Event.objects.cited().with_related(),
    "astana-process-begins-2017-01",
    by_id=True,  # an event's page is /events/<id>/
)
record_detail(
    "agreement",
    "agreements",
    s.Agreement,
    lambda: Agreement.objects.cited().with_related(),
    "astana-memorandum-de-escalation-areas-2017",
)
record_detail(
    "tenure",
    "tenures",
    s.Tenure,
    lambda: EnvoyTenure.objects.cited().with_related(),
    "envoy-staffan-de-mistura",
    what="envoy tenure",
)


@key_params(
    single=("kind", "q", *PAGINATION_PARAMS),
    absent={"q": ("",), **PAGINATION_DEFAULTS},
)
@api.get(
    "/participants",
    response={200: s.ParticipantPage, **BAD_REQUEST},
    url_name="participants",
    tags=["participants"],
    summary="List participants",
    operation_id="list_participants",
    description="People, states, organisations and delegations, by name.",
)
def participant_list(request: HttpRequest, query: Query[ParticipantFilters]):
    participants = Participant.objects.with_names().order_by("name", "pk")
    if query.kind:
        participants = participants.filter(kind=query.kind)
    search = catalogue().named(query.q) if query.q else None
    if search:
        participants = participants.filter(pk__in=search.found)
    listed = paginated(request, query, participants)
    # How the name box read `q`, labelled as the timeline's notices are ("Search: ...").
    listed["notices"] = [f"{SEARCH_LABEL}: {note}" for note in search.notes] if search else []
    return listed


record_detail(
    "participant",
    "participants",
    s.ParticipantDetail,
    lambda: Participant.objects.with_record(),
    "russia",
)


@PAGED
@api.get(
    "/sources",
    response={200: s.SourcePage, **BAD_REQUEST},
    url_name="sources",
    tags=["sources"],
    summary="List sources",
    operation_id="list_sources",
    description="Every source with the records it supports (the cited passages in the detail).",
)
def source_list(request: HttpRequest, query: Query[Paged]):
    return paginated(request, query, Source.objects.listed().order_by("pk"))


@api.get(
    "/sources/{int:id}",
    response={200: s.SourceDetail, **NOT_FOUND},
    url_name="source",
    tags=["sources"],
    summary="One source by id, with the passages the record cites",
    operation_id="get_source",
)
def source_detail(request: HttpRequest, id: Path[SourceId]):
    check_params(request.GET, ())
    if id > MAX_ID:  # past any id, and past what the database can compare with
        raise ApiError(f"There is no source {id}.", status=404)
    return get_or_404(Source.objects.with_support(), "source", pk=id)


# -- the exports: files, so their views answer HttpResponses of their own --------


def export(extension: str, view, summary: str, media: str, description: str):
    """`GET /api/export.<extension>`: a file; the JSON one is an `Export`."""
    if media == "application/json":
        response, extra = {200: s.Export, **BAD_REQUEST}, {"description": description}
    else:
        response = BAD_REQUEST
        extra = {"description": description, "content": {media: {"schema": {"type": "string"}}}}

    @EXPORT_KEY
    @api.get(
        f"/export.{extension}",
        response=response,
        url_name=f"export-{extension}",
        tags=["exports"],
        summary=summary,
        operation_id=f"export_{extension}",
        description=EXPORT_NOTE,
        openapi_extra={"responses": {200: extra}},
    )
    def operation(request: HttpRequest, query: Query[ExportFilters]):
        # The parameters are checked; the export reads the filters as the page does.
        return view(request)

    operation.__name__ = f"export_{extension}"


export(
    "csv",
    exports.export_csv,
    "The timeline as CSV",
    "text/csv",
    "UTF-8 with a byte order mark; one row per item; citation_urls separated by spaces, "
    "participants by '; '.",
)
export(
    "json",
    exports.export_json,
    "The timeline as JSON",
    "application/json",
    "Every item, unpaginated.",
)
export(
    "ics",
    exports.export_ics,
    "The timeline as an iCalendar file",
    "text/calendar",
    "All-day entries. A date known to the month or year spans the whole month or year and "
    "says so in its summary and in X-PEACEPROC-PRECISION.",
)
