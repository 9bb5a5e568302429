from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "peaceproc.site"
    label = "site_pages"
    verbose_name = "Public site"
