from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from peaceproc.slugs import SpacedSlugConverter

from . import views
from .feeds import RecordChanges
from .robots import robots_txt

app_name = "site"
register_converter(SpacedSlugConverter, "spaced_slug")

urlpatterns = [
    path("", views.index, name="index"),
    # A record's slug written in other case or spacing (`/rounds/astana 4/`) reaches its
    # view, which redirects it (views.canonical_slug); no other character does.
    path("rounds/<spaced_slug:slug>/", views.round_detail, name="round"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/<spaced_slug:slug>/", views.agreement_detail, name="agreement"),
    path("tenures/<spaced_slug:slug>/", views.tenure_detail, name="tenure"),
    path("participants/", views.participant_list, name="participants"),
    path("who-attended/", views.attendance, name="attendance"),
    path("who-attended.csv", views.attendance_csv, name="attendance_csv"),
    path("participants/<spaced_slug:slug>/", views.participant_detail, name="participant"),
    path("about/", views.about, name="about"),
    path("whats-new/", views.whats_new, name="whats_new"),
    # GET and HEAD only, as every page of the site (the syndication view takes any method).
    path("whats-new/feed.atom", require_safe(RecordChanges()), name="feed"),
    path("tracks.css", views.tracks_css, name="tracks_css"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
