"""A change form sent for a record another editor deleted meanwhile (outside tester t16a,
12: the editor was sent to the admin's index with "doesn't exist. Perhaps it was
deleted?", and what they had typed was lost).

The answer is a page, not a redirect: who deleted the record and when, the values the
form sent (shown, escaped, and stored nowhere), and a link to the deletion's revert
preview, from which the record can be restored and the values typed in again."""

from http import HTTPStatus

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import FieldDoesNotExist
from django.template.response import TemplateResponse
from django.urls import reverse

from . import services
from .models import AuditEntry

# The form's own fields that carry no value an editor typed: the token, the version, the
# buttons and the inline formsets' counts.
_NOT_TYPED = ("csrfmiddlewaretoken", "_audit_version", "_save", "_continue", "_addanother")
_FORMSET_COUNTS = ("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS", "-MAX_NUM_FORMS")


def sent_values(model, data) -> list[tuple[str, str]]:
    """What the form sent, as (label, value) in the order sent: a field of the record by
    its verbose name, an inline row's field by its form name; several values joined."""
    found = []
    for name in data:
        if name in _NOT_TYPED or name.endswith(_FORMSET_COUNTS):
            continue
        values = [value for value in data.getlist(name) if value != ""]
        if not values:
            continue
        try:
            label = str(model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            label = name
        found.append((label, ", ".join(values)))
    return found


def deletion_of(model, object_id: str) -> AuditEntry | None:
    """The record's newest entry, when it is its deletion."""
    newest = services.history(model, object_id).order_by("-pk").first()
    return newest if newest is not None and newest.action == AuditEntry.Action.DELETE else None


class DeletedMeanwhileMixin:
    """For a ModelAdmin whose records' changes are audited (AuditedAdminMixin)."""

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Django's answer for a record it cannot find, in the change, history and delete
        # views; replaced for a change form's POST of a record the trail says was deleted.
        change_url = f"{opts.app_label}_{opts.model_name}_change"
        match = request.resolver_match
        deletion = deletion_of(self.model, unquote(object_id))
        if request.method != "POST" or match is None or match.url_name != change_url:
            deletion = None
        if deletion is None:
            return super()._get_obj_does_not_exist_redirect(request, opts, object_id)
        revert_url = None
        if self.has_change_permission(request):
            revert_url = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_audit_revert",
                args=[quote(deletion.object_id), deletion.pk],
            )
        context = {
            **self.admin_site.each_context(request),
            "title": f"This {opts.verbose_name} was deleted meanwhile; nothing was saved",
            "opts": opts,
            "deletion": deletion,
            "sent": sent_values(self.model, request.POST),
            "revert_url": revert_url,
        }
        return TemplateResponse(
            request, "admin/audit/deleted_meanwhile.html", context, status=HTTPStatus.CONFLICT
        )
