from django.contrib import admin
from django.urls import include, path

from peaceproc import errors, health

admin.site.site_header = "peaceproc editors"
admin.site.site_title = "peaceproc admin"
admin.site.index_title = "The record"

handler400 = errors.bad_request

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("_ping", health.ping, name="ping"),
    # Ingestion pages live under the admin's URL space and behind its login.
    path("admin/ingest/", include("peaceproc.ingest.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("peaceproc.api.urls")),
    path("", include("peaceproc.site.urls")),
]
