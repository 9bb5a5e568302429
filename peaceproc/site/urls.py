from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from peaceproc.chronology.models import Agreement, EnvoyTenure, Participant, Round
from peaceproc.slugs import SpacedSlugConverter

from . import views
from .feeds import RecordChanges
from .robots import robots_txt

app_name = "site"
register_converter(SpacedSlugConverter, "spaced_slug")


def record_page(prefix: str, model: type, view, name: str) -> list:
    """A record page's route (`rounds/<slug>/`) and the same without its closing slash,
    sent on to the record's own URL in one redirect (views.to_record_page)."""
    return [
        path(f"{prefix}/<spaced_slug:slug>/", view, name=name),
        path(f"{prefix}/<spaced_slug:slug>", views.to_record_page(model, f"{app_name}:{name}")),
    ]


urlpatterns = [
    path("", views.index, name="index"),
    # A record's slug written in other case or spacing (`/rounds/astana 4/`) reaches its
    # view, which redirects it (views.canonical_slug); no other character does.
    *record_page("rounds", Round, views.round_detail, "round"),
    path("events/<int:pk>/", views.event_detail, name="event"),
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
