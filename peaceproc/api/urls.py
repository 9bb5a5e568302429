"""The API, its documentation and the exports, under /api/.

Paths have no trailing slash (`/api/rounds?track=astana`); anything else under
/api/ answers a JSON 404 rather than the site's HTML page.
"""

from django.urls import path, re_path

from . import exports, views

app_name = "api"

urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", views.schema, name="openapi"),
    path("docs", views.docs, name="docs"),
    path("timeline", views.timeline, name="timeline"),
    path("rounds", views.round_list, name="rounds"),
    path("rounds/<slug:slug>", views.round_detail, name="round"),
    path("events", views.event_list, name="events"),
    path("events/<slug:slug>", views.event_detail, name="event"),
    path("agreements", views.agreement_list, name="agreements"),
    path("agreements/<slug:slug>", views.agreement_detail, name="agreement"),
    path("tenures", views.tenure_list, name="tenures"),
    path("tenures/<slug:slug>", views.tenure_detail, name="tenure"),
    path("participants", views.participant_list, name="participants"),
    path("participants/<slug:slug>", views.participant_detail, name="participant"),
    path("sources", views.source_list, name="sources"),
    path("sources/<int:pk>", views.source_detail, name="source"),
    path("export.csv", exports.export_csv, name="export-csv"),
    path("export.json", exports.export_json, name="export-json"),
    path("export.ics", exports.export_ics, name="export-ics"),
    re_path(r"^(?P<rest>.*)$", views.not_found, name="not-found"),
]
