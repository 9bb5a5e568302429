from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "peaceproc editors"
admin.site.site_title = "peaceproc admin"
admin.site.index_title = "The record"

urlpatterns = [
    # Ingestion pages live under the admin's URL space and behind its login.
    path("admin/ingest/", include("peaceproc.ingest.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("peaceproc.api.urls")),
    path("", include("peaceproc.site.urls")),
]
