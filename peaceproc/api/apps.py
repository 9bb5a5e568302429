from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "peaceproc.api"
    verbose_name = "JSON API and exports"
