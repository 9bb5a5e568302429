"""The ingestion log in the admin: every article uploaded, who uploaded it and when, and
who accepted or discarded it and when. Read-only: articles are decided on the review page."""

from django.contrib import admin

from peaceproc.readonly_admin import ReadOnlyAdmin

from .models import PendingArticle


@admin.register(PendingArticle)
class PendingArticleAdmin(ReadOnlyAdmin):
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
