"""Admin pages for logs: listed and shown, never added, changed or deleted through the
admin (the ingestion log, the audit trail)."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
