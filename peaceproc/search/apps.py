from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "peaceproc.search"
    label = "search"
    verbose_name = "Full-text search"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .fulltext import install

        # After every migrate: a migration that rebuilds a table (SQLite does, to alter
        # one) drops its triggers, and `install` puts back whatever is missing.
        post_migrate.connect(install, dispatch_uid="search:install")
