"""A deletion confirmed from a page drawn before the record's latest change deletes nothing
(outside tester t15a, 11; re-tester t15d, 1: another editor's save was deleted with the
record).

- The record's delete page carries the version it was drawn at (`_audit_version`, the
  change form's: concurrency.py), and "Delete selected …" of a change list carries each
  selected record's (`_audit_version-<id>`).
- The confirmation is checked under the records' locks (locks.py), held until the
  deletion commits. Should any record have changed since, or the confirmation send no
  version for it (a page drawn before the version was carried, a script), nothing is
  deleted: the page is drawn again at the records' new versions, saying why.
"""

from django.contrib import messages
from django.contrib.admin import actions, helpers
from django.contrib.admin.options import ActionLocation
from django.contrib.admin.utils import unquote
from django.db import router, transaction
from django.http import HttpResponseRedirect

from . import locks
from .concurrency import (
    VERSION_FIELD,
    changes_since,
    current_version,
    current_version_of,
    current_versions,
    entries_of,
    sent_version,
)
from .deleted_meanwhile import deletion_of
from .models import AuditEntry


def version_field(obj) -> str:
    """The field of a bulk confirmation that carries `obj`'s version."""
    return f"{VERSION_FIELD}-{obj.pk}"


def _why_stale(model_admin, request, obj, field: str) -> str | None:
    """Why deleting `obj` is refused, when the confirmation's `field` does not send the
    version `obj` has now; else None."""
    version = sent_version(request.POST, field)
    entries = AuditEntry.objects.filter(entries_of(model_admin, request, obj))
    if version is not None and version == current_version_of(entries):
        return None
    if version is None:
        return (
            "the confirmation did not send the version of the record its page was drawn "
            "at, so whether another editor changed it since cannot be told"
        )
    changes = changes_since(request, entries, version)[0] if version >= 0 else ""
    if changes:
        return f"the record changed after this page was drawn ({changes})"
    return (
        "the confirmation sent a version the record has never had (a page altered or of "
        "another record)"
    )


def stale_deletion(model_admin, request, obj) -> str | None:
    """Why the deletion of `obj` confirmed from its delete page is refused; else None."""
    why = _why_stale(model_admin, request, obj, VERSION_FIELD)
    if why is None:
        return None
    return (
        f"Nothing was deleted: {why}. Open the record to see it as it is now; this page "
        "now shows what deleting it would remove: confirm again to delete it."
    )


def stale_selection(model_admin, request, selected) -> str | None:
    """Why the deletion of the `selected` records confirmed from "Delete selected …" is
    refused: any of them changed since the page was drawn, or has no version sent; else
    None."""
    current = current_versions(model_admin, request, selected)
    sent = {obj.pk: sent_version(request.POST, version_field(obj)) for obj in selected}
    refusals = [
        f"{model_admin.opts.verbose_name} “{obj}”: {why}"
        for obj in selected
        if sent[obj.pk] != current[obj.pk]  # (then why it is, from its trail)
        and (why := _why_stale(model_admin, request, obj, version_field(obj))) is not None
    ]
    if not refusals:
        return None
    return (
        f"Nothing was deleted: {'; '.join(refusals)}. This page now shows what deleting "
        "the selected records would remove as they are now: confirm again to delete them."
    )


def gone_meanwhile(model_admin, request, selected) -> str | None:
    """What to tell an editor whose confirmed "Delete selected …" names records another
    editor deleted meanwhile (the loser of two at once was sent back to the list with no
    word: re-tester t16c, 8): how many, by whom (their trails' deletions), and that their
    History can restore them; else None."""
    present = {str(obj.pk) for obj in selected}
    sent = dict.fromkeys(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))
    gone = [pk for pk in sent if pk not in present]
    if not gone:
        return None
    deletions = [d for pk in gone if (d := deletion_of(model_admin.model, pk)) is not None]
    who = sorted({d.username or "an editor whose account is gone" for d in deletions})
    by = f" by {', '.join(who)}" if who else ""
    opts = model_admin.opts
    if not selected:
        return (
            f"Nothing was deleted: the selected {opts.verbose_name_plural} were deleted "
            f"meanwhile{by}. Each one's History can restore it."
        )
    return (
        f"{len(gone)} of the selected {opts.verbose_name_plural} had been deleted "
        f"meanwhile{by} (each one's History can restore it); the others are deleted."
    )


def delete_selected(model_admin, request, queryset):
    """Django's "Delete selected …", its confirmation carrying each record's version, and
    refused, drawn again at the new versions, when one of them is stale; the records
    another editor deleted meanwhile are named (gone_meanwhile)."""
    if request.POST.get("post"):
        with transaction.atomic(using=router.db_for_write(model_admin.model)):
            selected = locks.lock_selected(queryset)
            if (why := stale_selection(model_admin, request, selected)) is None:
                if gone := gone_meanwhile(model_admin, request, selected):
                    level = messages.WARNING if selected else messages.ERROR
                    model_admin.message_user(request, gone, level)
                return actions.delete_selected(model_admin, request, queryset)
        model_admin.message_user(request, why, messages.ERROR)
        request.POST = request.POST.copy()
        del request.POST["post"]  # the confirmation page, not the deletion
    # (read again: the records as they are now, after a refusal)
    response = actions.delete_selected(model_admin, request, queryset.all())
    selected = list(response.context_data["queryset"])
    current = current_versions(model_admin, request, selected)
    response.context_data["audit_selected"] = [
        (obj, version_field(obj), current[obj.pk]) for obj in selected
    ]
    return response


class StaleDeletionsMixin:
    """For a ModelAdmin whose records' changes are audited (AuditedAdminMixin)."""

    def delete_view(self, request, object_id, extra_context=None):
        """A deletion confirmed from a stale page is refused (stale_deletion), checked
        under the record's lock (get_object) and held until the deletion commits, and the
        page is drawn again at the new version."""
        if request.method != "POST":
            return super().delete_view(request, object_id, extra_context)
        with transaction.atomic(using=router.db_for_write(self.model)):
            obj = self.get_object(request, unquote(object_id))
            allowed = obj is not None and self.has_delete_permission(request, obj)
            if allowed and (why := stale_deletion(self, request, obj)):
                self.message_user(request, why, messages.ERROR)
                return HttpResponseRedirect(request.get_full_path())
            return super().delete_view(request, object_id, extra_context)

    def render_delete_form(self, request, context):
        context["audit_version"] = current_version(self, request, context["object"])
        return super().render_delete_form(request, context)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        found = super().get_actions(request, action_location=action_location)
        if (action := found.get("delete_selected")) is not None:
            action.func = delete_selected
        return found
