from django.urls import path  # noqa: F401  (admin ingestion views are added by the ingest feature)

app_name = "ingest"

urlpatterns: list = []
