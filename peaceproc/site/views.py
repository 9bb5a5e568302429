"""The public pages: the timeline at `/` and a permalink page per record.

Every detail page doubles as the timeline's detail panel: an htmx request aimed at
the panel (HX-Target: detail-body) gets the page's `panel` partial only, any other
request the full page, so each panel has a URL that works on its own.
"""

import csv
import functools
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from django import forms
from django.db.models import Count, Prefetch, Q
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    QueryDict,
)
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import Resolver404, ResolverMatch, resolve, reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url
from django_htmx.middleware import HtmxDetails

from peaceproc import slugs
from peaceproc.api.exports import spreadsheet_safe
from peaceproc.chronology.catalogue import catalogue
from peaceproc.chronology.models import (
    OTHER_LANE,
    Agreement,
    Citation,
    Conflict,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Track,
    agreement_people,
    record_people,
)
from peaceproc.messages import joined
from peaceproc.pagecache import PANEL_TARGET, TIMELINE_TARGET, key_params

from . import about as about_data
from .attendance import Matrix, build_matrix, participants_by_kind, role_mark
from .catalogue import Catalogue as FilterLists
from .changes import latest_changes
from .filters import TimelineFilters, tracks_with_items
from .layout import build_timeline
from .listfilters import (
    AgreementFilters,
    AttendanceFilters,
    ParticipantFilters,
    filtered_agreements,
)
from .matched import person_lines
from .people import acted_for, agreement_parties, participant_roles, round_people
from .roundreads import page_round, round_events, sourced

# A record page's sources and conflicts: the sources are named and quoted, their text
# (a whole article) is not shown.
RECORD_CITATIONS = Prefetch(
    "citations", queryset=Citation.objects.select_related("source").defer("source__text")
)
RECORD_CONFLICTS = Prefetch("conflicts", queryset=Conflict.objects.for_record_page())
# A round or participant page lists this many events and links to the rest on the timeline.
EVENTS_SHOWN = 50


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def wants(request: HtmxHttpRequest, target: str) -> bool:
    """An htmx request for one part of the page (a Back/Forward restore wants it whole)."""
    return bool(
        request.htmx and not request.htmx.history_restore_request and request.htmx.target == target
    )


def detail(request: HtmxHttpRequest, template: str, context: dict) -> HttpResponse:
    # Heading levels: the page's title is its h1; in the panel it sits under the timeline's.
    if wants(request, PANEL_TARGET):
        return render(request, f"{template}#panel", {**context, "in_panel": True, "h1": 2, "h2": 3})
    return render(request, template, {**context, "in_panel": False, "h1": 1, "h2": 2})


# The page cache's key: every field of the timeline's form (a filter added there is in the
# key without a change here); an empty field is no filter, and page 1 is the first page.
# Lists (the form's multiple-choice fields: track, kind) are read as sets.
INDEX_MULTI = tuple(
    name
    for name, field in TimelineFilters.base_fields.items()
    if isinstance(field, forms.MultipleChoiceField)
)
INDEX_SINGLE = tuple(name for name in TimelineFilters.base_fields if name not in INDEX_MULTI)


@key_params(
    single=INDEX_SINGLE,
    multi=INDEX_MULTI,
    absent={**{name: ("",) for name in INDEX_SINGLE}, "page": ("", "1")},
)
@require_safe
@vary_on_headers("HX-Request", "HX-Target", "HX-History-Restore-Request")
def index(request: HtmxHttpRequest) -> HttpResponse:
    filters = TimelineFilters(request.GET)
    filters.is_valid()  # invalid values become messages on the page; the valid ones apply
    if moved := filters.moved_values():  # a former slug: the query with the current one
        return slugs.redirect_replacing(request, moved)
    timeline = build_timeline(filters)
    panel = open_panel(request)
    if not panel and (moved := open_moved(request)) is not None:
        return HttpResponsePermanentRedirect(moved)
    # `open` naming no item's page: said so (a stale or mistyped link), not silently dropped.
    missing = request.GET.get("open", "")[:300] if not panel else ""
    context = {
        "filters": filters,
        "timeline": timeline,
        "panel": panel,
        "open_missing": missing,
        # What each listed item says the people a search found did there.
        "people_lines": person_lines(
            timeline.entries,
            filters.people_matching,
            timeline.search_words,
            lists=filters.catalogue.lists,
        )
        if filters.value("q")
        else {},
    }
    if wants(request, TIMELINE_TARGET):
        response = render(request, "site/index.html#timeline", context)
        # The address bar shows the canonical query (no empty fields, no defaults), so
        # that Back, Forward and a copied link all reproduce this state from the server.
        return push_url(response, reverse("site:index") + filters.canonical_query().rstrip("?"))
    return render(request, "site/index.html", context)


# The pages the detail panel shows, by URL name: their template and context.
PANELS = {
    "site:round": ("site/round.html", lambda slug: round_context(slug)),
    "site:event": ("site/event.html", lambda pk: event_context(pk)),
    "site:agreement": ("site/agreement.html", lambda slug: agreement_context(slug)),
    "site:tenure": ("site/tenure.html", lambda slug: tenure_context(slug)),
}


def open_match(request: HttpRequest) -> ResolverMatch | None:
    """The page `?open=` names, as the site's router reads it, or None: a path of this
    site (`/rounds/astana-4/`) as the timeline pushes it, or as a reader may paste it:
    spaces around it, percent-encoded (`/rounds/astana%204/`, `/events/%2B1/`, as the
    address bar shows a page's), or the whole address of this site. Any other value (a
    path of another site, `//host/...`, a byte that is not UTF-8, past 300 characters)
    names no page and reaches no view."""
    written = request.GET.get("open", "").strip()
    if len(written) > 300:
        return None
    try:
        parts = urlsplit(written)
    except ValueError:  # an address no URL can be (`http://[::1`)
        return None
    foreign = parts.scheme not in ("http", "https") or parts.netloc != request.get_host()
    if (parts.scheme or parts.netloc) and foreign:
        return None
    try:
        path = unquote(parts.path, errors="strict")
    except UnicodeDecodeError:
        return None
    if not path.startswith("/") or path.startswith("//"):
        return None
    try:
        return resolve(path)
    except Resolver404:
        return None


def open_panel(request: HttpRequest) -> str:
    """The detail panel's content for `?open=/rounds/astana-4/` (the URL the timeline
    pushes when an item is opened), or '' when `open` names no item's page."""
    match = open_match(request)
    if match is None or match.view_name not in PANELS:
        return ""
    template, build = PANELS[match.view_name]
    try:
        context = build(**match.kwargs)
    except Http404:
        return ""
    context.update(in_panel=True, h1=2, h2=3)
    return render_to_string(f"{template}#panel", context, request)


# The panels' pages found by slug, by URL name: their model.
SLUGGED_PANELS = {"site:round": Round, "site:agreement": Agreement, "site:tenure": EnvoyTenure}


def open_moved(request: HttpRequest) -> str | None:
    """This URL with `open` naming the record's own page, when `open` names a record's page
    by its slug in other case or spacing or by a former slug (`?open=/rounds/ASTANA-4/`),
    without its closing slash, or an event's page by its slug or number in other spelling
    (`?open=/events/<slug>/`): the rule of the pages themselves (canonical_slug,
    to_record_page), so a link opens the record it always did. None otherwise."""
    if (match := open_match(request)) is None:
        return None
    if (written := getattr(match.func, "record_page", None)) is not None:
        # A panel's page written otherwise (`/events/<slug>/`, no closing slash).
        view_name, find = written
        if view_name not in PANELS or (found := find(match.kwargs["written"])) is None:
            return None
    elif (model := SLUGGED_PANELS.get(match.view_name)) is not None:
        view_name = match.view_name
        if (found := slugs.canonical_slug(model.objects.all(), match.kwargs["slug"])) is None:
            return None
    else:
        return None
    query = request.GET.copy()
    query["open"] = reverse(view_name, args=[found])
    return f"{request.path}?{query.urlencode(safe='/')}"


def canonical_slug(model: type, view_name: str) -> Callable:
    """A record page's view whose slug, written in other case or spacing than the
    record's (`/rounds/ASTANA-4/`, `/rounds/astana 4/`), redirects (301) to the record's
    own URL, query kept (peaceproc/slugs.py); no query more for a slug as written."""

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, slug: str) -> HttpResponse:
            try:
                return view(request, slug)
            except Http404:
                if (found := slugs.canonical_slug(model.objects.all(), slug)) is None:
                    raise
                return slugs.redirect_keeping_query(request, reverse(view_name, args=[found]))

        return wrapper

    return decorate


def to_record_page(view_name: str, find: Callable[[str], object | None]) -> Callable:
    """The view of a record page's URL written otherwise than its own: without its
    closing slash (`/rounds/Astana-4`), an event's number in other spelling
    (`/events/01/`). One permanent redirect to the record's own URL (`view_name`, with
    what `find` reads the written slug or number as: slugs.record_slug, record_id), query
    kept, where CommonMiddleware's APPEND_SLASH and then the page's own redirect took two;
    a 404 when it names no record."""

    @require_safe
    def view(request: HttpRequest, written: str) -> HttpResponse:
        if (found := find(written)) is None:
            raise Http404
        return slugs.redirect_keeping_query(request, reverse(view_name, args=[found]))

    view.record_page = (view_name, find)  # (open_moved reads `?open=` by it too)
    return view


def round_context(slug: str) -> dict:
    # The round with whether sources disagree on it (most rounds have no conflict, and
    # then their query, the dearest of the page to build, is not made), its sources, its
    # people and a page of its events: each read compiled once per worker (roundreads.py).
    round_ = page_round(slug)
    # Its track, its people and the agreements it produced, the track's other rounds:
    # from this worker's copy of the record's lists (chronology/catalogue.py), which the
    # export block's filter form reads too (filter_lists), rather than joined in.
    lists = catalogue()
    if (track := next((t for t in lists.tracks if t.pk == round_.track_id), None)) is not None:
        round_.track = track
    citations = sourced(Citation, round_.pk)
    # A page of its events, and how many the round has in all.
    events, event_count = round_events(round_.pk, EVENTS_SHOWN)
    siblings = [r for r in lists.rounds if r.track_id == round_.track_id]
    earlier = [r for r in siblings if r.start_date < round_.start_date]
    later = [r for r in siblings if r.start_date > round_.start_date]
    return {
        "round": round_,
        "citations": citations,
        # The 'Cite this' block's sources (api_citing.cite_this): those its citations name.
        "record_sources": [citation.source for citation in citations],
        "people": round_people(lists.people(sourced(Participation, round_.pk))),
        # The page names the agreements and links to them; their sources are on theirs.
        "agreements": lists.produced.get(round_.pk, ()),
        "conflicts": list(RECORD_CONFLICTS.queryset.filter(round=round_))
        if round_.disputed
        else [],
        "events": events,
        "event_count": event_count,
        "previous": max(earlier, key=lambda r: r.start_date, default=None),
        "next": min(later, key=lambda r: r.start_date, default=None),
        "filter_lists": lists.derived(FilterLists),
    }


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
@canonical_slug(Round, "site:round")
def round_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    return detail(request, "site/round.html", round_context(slug))


def event_context(pk: int) -> dict:
    event = get_object_or_404(
        Event.objects.select_related("track", "round", "agreement").prefetch_related(
            RECORD_CITATIONS,
            "participants",
            record_people(),
            RECORD_CONFLICTS,
        ),
        pk=pk,
    )
    return {
        "event": event,
        "people": round_people(list(event.participations.all())),
        "event_agreements": [event.agreement] if event.agreement else [],
    }


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
def event_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return detail(request, "site/event.html", event_context(pk))


def agreement_context(slug: str) -> dict:
    agreement = get_object_or_404(
        Agreement.objects.select_related("track", "round").prefetch_related(
            RECORD_CITATIONS,
            record_people(),
            RECORD_CONFLICTS,
        ),
        slug=slug,
    )
    return {
        "agreement": agreement,
        "people": agreement_parties(list(agreement.participations.all())),
    }


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
@canonical_slug(Agreement, "site:agreement")
def agreement_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    return detail(request, "site/agreement.html", agreement_context(slug))


def tenure_context(slug: str) -> dict:
    tenure = get_object_or_404(
        EnvoyTenure.objects.select_related("track", "envoy").prefetch_related(
            RECORD_CITATIONS, RECORD_CONFLICTS
        ),
        slug=slug,
    )
    return {"tenure": tenure}


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
@canonical_slug(EnvoyTenure, "site:tenure")
def tenure_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    return detail(request, "site/tenure.html", tenure_context(slug))


@require_safe
def agreement_list(request: HttpRequest) -> HttpResponse:
    agreements = list(
        Agreement.objects.select_related("track", "round").prefetch_related(agreement_people())
    )
    # The tracks the list's agreements are on, in the tracks' order, for the form.
    tracks = sorted({a.track for a in agreements if a.track}, key=lambda t: (t.order, t.name))
    filters = AgreementFilters(request.GET, tracks=[(t.slug, t.name) for t in tracks])
    return render(
        request,
        "site/agreements.html",
        {
            "agreements": filtered_agreements(agreements, filters),
            "total": len(agreements),
            "filters": filters,
            "errors": filters.messages(),
        },
    )


def participant_query(participant: Participant, lists: FilterLists) -> str:
    """The timeline's query of what a participant's page lists ('?participant=…'), naming
    every track their items are on when the timeline would not show them all first: the
    page's download, API and timeline links then hold what the page lists."""
    filters = TimelineFilters(QueryDict(f"participant={participant.slug}"), lists=lists)
    tracks, trackless = tracks_with_items(filters)
    if any(track not in filters.selected_tracks for track in tracks):
        return filters.query(track=[track.slug for track in tracks] + [OTHER_LANE] * trackless)
    return filters.query()


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
@canonical_slug(Participant, "site:participant")
def participant_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    participant = get_object_or_404(
        Participant.objects.select_related("represents")
        .annotate(event_count=Count("events"))
        .prefetch_related(
            "aliases", Prefetch("tenures", queryset=EnvoyTenure.objects.select_related("track"))
        ),
        slug=slug,
    )
    # Their own participations, and others' on their behalf (their delegation, their
    # ministers), which the participant filter finds too: one query for both.
    everyone = Participation.objects.filter(
        Q(participant=participant) | Q(on_behalf_of=participant)
    ).select_related("participant", "round__track", "event", "agreement", "on_behalf_of", "source")
    participations, others = [], []
    for p in sorted(everyone, key=lambda p: p.record_date):
        (participations if p.participant_id == participant.pk else others).append(p)
    events = participant.events.select_related("track").order_by("start_date", "title")
    # The record's lists, read once for the links' query and the export block's API link.
    lists = catalogue().derived(FilterLists)
    return detail(
        request,
        "site/participant.html",
        {
            "participant": participant,
            "roles": participant_roles(participations),
            "acted_for": acted_for(others),
            # The tracks whose who-attended table has a row for this participant.
            "attendance_tracks": sorted(
                {p.round.track for p in participations if p.round}, key=lambda t: t.order
            ),
            "signed": list(Agreement.objects.signed_by(participant).select_related("track")),
            "events": list(events[:EVENTS_SHOWN]),
            "timeline_query": participant_query(participant, lists),
            "filter_lists": lists,
        },
    )


@require_safe
def participant_list(request: HttpRequest) -> HttpResponse:
    filters = ParticipantFilters(request.GET)
    search = catalogue().named(filters.value("q")) if filters.value("q") else None
    groups = participants_by_kind(found=search.found if search else None)
    context = {"groups": groups, "filters": filters, "errors": filters.messages()}
    if search:
        context["shown"] = sum(len(members) for _label, members in groups)
        context["readings"] = search.notes
        context["total"] = Participant.objects.count()
    return render(request, "site/participants.html", context)


def tracks_with_rounds() -> list[Track]:
    return list(Track.objects.filter(rounds__isnull=False).distinct())


def matrix_for(filters: AttendanceFilters) -> Matrix:
    """The who-attended matrix the filters ask for (their valid values apply; an unknown
    track is a 404)."""
    track = filters.chosen_track()
    if track is None:
        raise Http404("No track with rounds has this name.")
    matrix = build_matrix(
        track,
        kind=filters.value("kind"),
        query=filters.value("q"),
        sort=filters.value("sort") or "rounds",
        start=filters.dates()[0],
        end=filters.dates()[1],
    )
    matrix.tracks = filters.tracks
    return matrix


def tracks_given(request: HttpRequest) -> list[str]:
    """The different tracks the query string names: the table shows one."""
    return list(dict.fromkeys(value for value in request.GET.getlist("track") if value))


def track_written_otherwise(request: HttpRequest, tracks: list[Track]) -> str | None:
    """The URL of this table with its one track's slug as the track's own, when the query
    writes it in other case or spacing (`?track=Astana`); None otherwise."""
    given = request.GET.getlist("track")
    if len(given) != 1 or (slug := slugs.slug_among([t.slug for t in tracks], given[0])) is None:
        return None
    query = request.GET.copy()
    query["track"] = slug
    return f"{request.path}?{query.urlencode()}"


@require_safe
def attendance(request: HttpRequest) -> HttpResponse:
    tracks = tracks_with_rounds()
    if (url := track_written_otherwise(request, tracks)) is not None:
        return HttpResponsePermanentRedirect(url)
    filters = AttendanceFilters(request.GET, tracks=tracks)
    if filters.chosen_track() is None:
        # No such table: a page not found, for a person, naming the tracks that have one
        # (the CSV, read by programs, is a plain 400 that lists them).
        given = request.GET.get("track", "")
        context = {
            "given": given if len(given) <= 60 else f"{given[:60]}…",
            "tracks": tracks,
            # A track of the record with no rounds (the transition): its timeline instead.
            "roundless": Track.objects.filter(slug__iexact=given[:60]).first(),
        }
        return render(request, "site/attendance_unknown_track.html", context, status=404)
    matrix = matrix_for(filters)
    errors = filters.messages()
    if len(given := tracks_given(request)) > 1:
        # The page goes on with one of them, and says which.
        message = f"This table shows one track at a time ({', '.join(given)} were given): "
        errors.append(("Track", message + f"showing {matrix.track.name}."))
    return render(
        request,
        "site/attendance.html",
        {"m": matrix, "filters": filters, "errors": errors},
    )


@require_safe
def attendance_csv(request: HttpRequest) -> HttpResponse:
    """The matrix as CSV: a row per participant, a column per round, the role letters.
    A file is read by programs, so a value it cannot use is refused by name (400), not
    ignored or answered with a page."""
    tracks = tracks_with_rounds()
    if (url := track_written_otherwise(request, tracks)) is not None:
        return HttpResponsePermanentRedirect(url)
    filters = AttendanceFilters(request.GET, tracks=tracks)
    problems = filters.refusals()
    if len(given := tracks_given(request)) > 1:
        problems.insert(0, f"one track at a time, not {', '.join(given)}")
    if problems:
        return plain_bad_request(f"Nothing to export: {joined(problems)}")
    matrix = matrix_for(filters)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="peaceproc-who-attended-{matrix.track.slug}.csv"'
    )
    response.write("\ufeff")  # spreadsheets read UTF-8 with a BOM
    writer = csv.writer(response)
    writer.writerow(
        [
            "participant",
            "kind",
            "rounds attended",
            *(spreadsheet_safe(r.title) for r in matrix.rounds),
        ]
    )
    for row in matrix.rows:
        writer.writerow(
            [
                spreadsheet_safe(row.participant.name),
                row.participant.get_kind_display(),
                row.attended,
                *("".join(sorted({role_mark(p.role) for p in cell})) for cell in row.cells),
            ]
        )
    return response


def plain_bad_request(message: str) -> HttpResponse:
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


@require_safe
def about(request: HttpRequest) -> HttpResponse:
    """Coverage, method, the conflicts between sources, how to cite, the licence."""
    return render(request, "site/about.html", about_data.context())


@require_safe
def whats_new(request: HttpRequest) -> HttpResponse:
    """The latest public changes to the record, from the audit trail."""
    return render(request, "site/whats_new.html", {"changes": latest_changes()})


@require_safe
def tracks_css(request: HttpRequest) -> HttpResponse:
    """Each track's colour as a CSS custom property, so that a track an editor adds gets
    its colour without a style attribute (the CSP forbids them) or a code change. Slugs
    and colours are validated by the model's constraints (slug, #rrggbb)."""
    rules = [
        f".track-{slug} {{ --track: {colour}; }}"
        for slug, colour in Track.objects.values_list("slug", "colour")
    ]
    response = HttpResponse("\n".join(rules) + "\n", content_type="text/css; charset=utf-8")
    patch_cache_control(response, public=True, max_age=300)
    return response
