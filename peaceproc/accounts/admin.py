from django.contrib import admin

from .models import LoginFailure


@admin.register(LoginFailure)
class LoginFailureAdmin(admin.ModelAdmin):
    """Who is failing to sign in, and from where. Deleting a row lifts its lock."""

    list_display = ["username", "ip", "failures", "last_failed_at", "locked_until"]
    search_fields = ["username", "ip"]
    readonly_fields = ["username", "ip", "failures", "first_failed_at", "last_failed_at"]

    def has_add_permission(self, request):
        return False
