from django.apps import AppConfig


class ChronologyConfig(AppConfig):
    name = "peaceproc.chronology"
    verbose_name = "Chronology"
