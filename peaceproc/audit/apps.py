from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "peaceproc.audit"
    verbose_name = "Audit trail"

    def ready(self):
        from django.core import checks

        from peaceproc import pagecache

        from .admin import check_audited_admins

        # Every change to the record also empties the public page cache.
        pagecache.connect_signals()

        checks.register(check_audited_admins, checks.Tags.admin)
