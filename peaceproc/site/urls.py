from django.urls import path
from django.views.decorators.http import require_safe

from . import views
from .feeds import RecordChanges
from .robots import robots_txt

app_name = "site"

urlpatterns = [
    path("", views.index, name="index"),
    # A record's slug as any text without a slash: one written in other case or spacing
    # (`/rounds/astana 4/`) reaches its view, which redirects it (views.canonical_slug).
    path("rounds/<str:slug>/", views.round_detail, name="round"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/<str:slug>/", views.agreement_detail, name="agreement"),
    path("tenures/<str:slug>/", views.tenure_detail, name="tenure"),
    path("participants/", views.participant_list, name="participants"),
    path("who-attended/", views.attendance, name="attendance"),
    path("who-attended.csv", views.attendance_csv, name="attendance_csv"),
    path("participants/<str:slug>/", views.participant_detail, name="participant"),
    path("about/", views.about, name="about"),
    path("whats-new/", views.whats_new, name="whats_new"),
    # GET and HEAD only, as every page of the site (the syndication view takes any method).
    path("whats-new/feed.atom", require_safe(RecordChanges()), name="feed"),
    path("tracks.css", views.tracks_css, name="tracks_css"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
