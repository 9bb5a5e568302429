from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "peaceproc.audit"
    verbose_name = "Audit trail"

    def ready(self):
        from peaceproc import pagecache

        from .admin import ensure_audited_admins

        # Every change to the record also empties the public page cache.
        pagecache.connect_signals()

        # The admin has registered every ModelAdmin by now (it is first in INSTALLED_APPS).
        ensure_audited_admins()
