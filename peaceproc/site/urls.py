from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from peaceproc import slugs
from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Round

from . import views
from .feeds import RecordChanges
from .robots import robots_txt

app_name = "site"
register_converter(slugs.SpacedSlugConverter, "spaced_slug")
register_converter(slugs.IdConverter, "id")
register_converter(slugs.WrittenIdConverter, "written_id")


def record_page(prefix: str, model: type, view, name: str) -> list:
    """A record page's route (`rounds/<slug>/`) and the same without its closing slash,
    sent on to the record's own URL in one redirect (views.to_record_page)."""
    moved = views.to_record_page(
        f"{app_name}:{name}", lambda written: slugs.record_slug(model.objects.all(), written)
    )
    return [
        path(f"{prefix}/<spaced_slug:slug>/", view, name=name),
        path(f"{prefix}/<spaced_slug:written>", moved),
    ]


def event_id(written: str) -> int | None:
    """The id of the event `written` names: its number in any spelling, else its slug (as
    the API addresses events) in any case and spacing, or a slug it had before it was
    renamed (slugs.record_slug)."""
    events = Event.objects.all()
    if (pk := slugs.record_id(events, written)) is not None:
        return pk
    if (slug := slugs.record_slug(events, written)) is None:
        return None
    return events.filter(slug=slug).values_list("pk", flat=True).first()


def event_page() -> list:
    """An event's page (`events/<id>/`, its number as the id is written) and its number in
    any other spelling, or its slug, current or former (the API's address of it), with or
    without the closing slash (`events/01`, `events/+1/`, `events/1.0/`,
    `events/<slug>/`): sent on to the event's own URL in one redirect (outside tester
    t10a, finding 3)."""
    moved = views.to_record_page(f"{app_name}:event", event_id)
    return [
        path("events/<id:pk>/", views.event_detail, name="event"),
        path("events/<written_id:written>/", moved),
        path("events/<written_id:written>", moved),
        path("events/<spaced_slug:written>/", moved),
        path("events/<spaced_slug:written>", moved),
    ]


urlpatterns = [
    path("", views.index, name="index"),
    # A record's slug written in other case or spacing (`/rounds/astana 4/`) reaches its
    # view, which redirects it (views.canonical_slug); no other character does.
    *record_page("rounds", Round, views.round_detail, "round"),
    *event_page(),
    path("agreements/", views.agreement_list, name="agreements"),
    *record_page("agreements", Agreement, views.agreement_detail, "agreement"),
    *record_page("tenures", EnvoyTenure, views.tenure_detail, "tenure"),
    path("participants/", views.participant_list, name="participants"),
    path("who-attended/", views.attendance, name="attendance"),
    path("who-attended.csv", views.attendance_csv, name="attendance_csv"),
    *record_page("participants", Participant, views.participant_detail, "participant"),
    path("about/", views.about, name="about"),
    path("whats-new/", views.whats_new, name="whats_new"),
    # GET and HEAD only, as every page of the site (the syndication view takes any method).
    path("whats-new/feed.atom", require_safe(RecordChanges()), name="feed"),
    path("tracks.css", views.tracks_css, name="tracks_css"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
