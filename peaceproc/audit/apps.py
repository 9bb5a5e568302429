from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "peaceproc.audit"
    verbose_name = "Audit trail"

    def ready(self):
        from .admin import ensure_audited_admins

        # The admin has registered every ModelAdmin by now (it is first in INSTALLED_APPS).
        ensure_audited_admins()
