"""The ingestion log in the admin: every article uploaded, who uploaded it and when, and
who accepted or discarded it and when. Read-only: articles are decided on the review page."""

from django.contrib import admin

from .models import PendingArticle


@admin.register(PendingArticle)
class PendingArticleAdmin(admin.ModelAdmin):
    list_display = ("__str__", "status", "created_by", "created_at", "decided_by", "decided_at")
    list_filter = ("status", "created_by", "decided_by")
    list_select_related = ("created_by", "decided_by")
    search_fields = ("title", "name", "url", "publisher")
    date_hierarchy = "created_at"
    ordering = ("-created_at", "-pk")
    fields = (
        "title", "name", "url", "publisher", "published_on", "language", "status",
        "created_by", "created_at", "decided_by", "decided_at",
    )  # fmt: skip
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
