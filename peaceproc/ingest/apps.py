from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "peaceproc.ingest"
    verbose_name = "Article ingestion"
