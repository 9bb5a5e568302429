"""The audit trail in the admin: the mixin that records every save and delete made there,
each record's history page with its versions, and reverting to one of them."""

import uuid
from http import HTTPStatus
from urllib.parse import urlencode

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from peaceproc.admin_titles import StoredTitleMixin
from peaceproc.messages import joined
from peaceproc.readonly_admin import ReadOnlyAdmin

from . import locks, owed_links, services
from .concurrency import ConcurrentEditsMixin, current_version_of, stale_preview
from .deleted_meanwhile import DeletedMeanwhileMixin
from .deleted_rows import deleted_rows
from .models import AuditEntry
from .shown import related_labels, shown
from .stale_deletions import StaleDeletionsMixin

# The revert preview's box: the editor confirms that the records it names are other
# records than the version it restores (lookalikes.py).
ALIKE_CONFIRMED = "different"


class AuditedAdminMixin(
    StoredTitleMixin, DeletedMeanwhileMixin, StaleDeletionsMixin, ConcurrentEditsMixin
):
    """Records every change an admin page makes to its model and its inlines, and
    refuses a change form sent from a version older than the trail's (concurrency.py),
    and a deletion confirmed from such a page (stale_deletions.py); a form sent for a
    record deleted meanwhile is answered with who deleted it and what it sent
    (deleted_meanwhile.py);
    a form refused is titled by the record as stored (admin_titles.py).

    Put it first: `class RoundAdmin(AuditedAdminMixin, admin.ModelAdmin)`. The snapshot
    after a save is taken once the many-to-many fields and inlines are saved too.
    """

    object_history_template = "admin/audit/object_history.html"

    def _batch(self, request):
        """One id for every entry this request's save keeps (the record, its inlines)."""
        if not hasattr(request, "_audit_batch"):
            request._audit_batch = uuid.uuid4()
        return request._audit_batch

    def _pending(self, request) -> dict:
        if not hasattr(request, "_audit_before"):
            request._audit_before = {}
        return request._audit_before

    def save_model(self, request, obj, form, change):
        before = services.stored_snapshot(type(obj), obj.pk) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        self._pending(request)[(obj._meta.label, obj.pk)] = before

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        before = self._pending(request).pop((obj._meta.label, obj.pk), None)
        services.record_change(
            obj,
            user=request.user,
            before=before,
            action=services.Action.CHANGE if change else services.Action.CREATE,
            via="admin",
            batch=self._batch(request),
        )

    def save_formset(self, request, form, formset, change):
        # Inline rows (citations, participations) are records of their own.
        model = formset.model
        pks = [
            f.instance.pk
            for f in formset.initial_forms
            if f.instance.pk is not None and (f.has_changed() or formset._should_delete_form(f))
        ]
        before = {
            obj.pk: services.snapshot(obj) for obj in model._default_manager.filter(pk__in=pks)
        }
        # Deleting an instance clears its pk; remember which pk each one had.
        doomed_pks = {
            id(f.instance): f.instance.pk
            for f in formset.initial_forms
            if formset._should_delete_form(f)
        }
        super().save_formset(request, form, formset, change)
        batch = self._batch(request)
        for obj in formset.new_objects:
            services.record_change(obj, user=request.user, via="admin", batch=batch)
        for obj, _fields in formset.changed_objects:
            services.record_change(
                obj, user=request.user, before=before.get(obj.pk), via="admin", batch=batch
            )
        for obj in formset.deleted_objects:
            pk = doomed_pks.get(id(obj), obj.pk)
            services.record_change(
                obj,
                user=request.user,
                before=before.get(pk) or services.snapshot(obj),
                action=services.Action.DELETE,
                via="admin",
                object_id=pk,
                batch=batch,
            )

    def delete_model(self, request, obj):
        # With whatever cascades from it (a round's citations), each recorded.
        services.delete_recorded([obj], user=request.user, via="admin")

    def delete_queryset(self, request, queryset):
        # Each record held as its own delete page holds it (locks.py), several at once.
        with transaction.atomic():
            doomed = locks.lock_selected(queryset)
            services.delete_recorded(doomed, user=request.user, via="admin")

    # History: the audit trail above Django's own log, with a revert button per version.

    def history_view(self, request, object_id, extra_context=None):
        entries = services.history(self.model, unquote(object_id))
        context = {
            "audit_entries": entries,
            "audit_deleted_rows": deleted_rows(self, request, unquote(object_id)),
            "audit_can_revert": self.has_change_permission(request),
            "audit_revert_url_name": f"{self.admin_site.name}:{self._revert_url_name()}",
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, extra_context=context)

    def _revert_url_name(self) -> str:
        opts = self.model._meta
        return f"{opts.app_label}_{opts.model_name}_audit_revert"

    def get_urls(self):
        urls = [
            path(
                "<path:object_id>/history/<int:entry_id>/revert/",
                self.admin_site.admin_view(self.audit_revert_view),
                name=self._revert_url_name(),
            )
        ]
        return urls + super().get_urls()

    def _trail_url(self, entry: AuditEntry) -> str:
        """The audit trail's list, of `entry`'s record's entries only."""
        changelist = reverse(f"{self.admin_site.name}:audit_auditentry_changelist")
        record = {"content_type__id__exact": entry.content_type_id, "object_id": entry.object_id}
        return f"{changelist}?{urlencode(record)}"

    def audit_revert_view(self, request, object_id, entry_id):
        """A GET shows what restoring the version would change; a POST restores it."""
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        trail = services.history(self.model, unquote(object_id))
        entry = get_object_or_404(trail, pk=entry_id)
        opts = self.model._meta
        history_url = reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
            args=[quote(object_id)],
        )
        if request.method == "POST":
            # The check and the revert, one step (re-tester t12b, F1): under the record's
            # lock, which a change form's save holds too (concurrency.py), after its
            # kind's look-alike lock, and for a row its parent's as stored and as the
            # version names it (locks.py: one order).
            with transaction.atomic():
                locks.lock_kind(self.model)
                stored = services.stored_snapshot(self.model, entry.object_id)
                locks.lock_record(self.model, entry.object_id, stored, entry.version)
                if (refused := stale_preview(request, trail)) is not None:
                    self.message_user(request, refused, messages.ERROR)
                else:
                    confirmed = bool(request.POST.get(ALIKE_CONFIRMED))
                    refused = revert_and_report(self, request, entry, alike_confirmed=confirmed)
            if refused is None:  # restored: back to the record's history
                return HttpResponseRedirect(history_url)
            # Refused: this page drawn again as the record now stands, with the refusal,
            # as a 409 (outside tester t12c, 3: a redirect, as after a revert done, told
            # a client nothing). It names a record the version would copy and offers the
            # box to tick, and, while the record is gone, is what says so (re-tester t11c,
            # 7e).
            status = HTTPStatus.CONFLICT
        else:
            status = HTTPStatus.OK
        current = services.stored_snapshot(self.model, entry.object_id)
        context = {
            **self.admin_site.each_context(request),
            "title": "Revert to an earlier version?",
            "opts": opts,
            "entry": entry,
            "record_exists": current is not None,
            "record_url": (
                reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                    args=[quote(object_id)],
                )
                if current is not None
                else None
            ),
            # A deleted record has no history page: its entries in the trail instead.
            "history_url": history_url if current is not None else self._trail_url(entry),
            "audit_version": current_version_of(trail),
            "changes": revert_changes(self.model, current, entry.version),
            "alike": services.alike_clashes(entry),
            "alike_confirmed_name": ALIKE_CONFIRMED,
            **same_change_context(self.model, entry),
        }
        return TemplateResponse(
            request, "admin/audit/revert_confirmation.html", context, status=status
        )


def revert_changes(
    model: type[models.Model], current: dict | None, version: dict | None
) -> list[tuple[str, str, str]]:
    """The fields restoring `version` would change, each as (name, shown now, shown
    after; records a relation points to by name); every field of the version when the
    record is gone (it is recreated)."""
    if version is None:
        return []
    now = current or {}
    names = [
        name
        for name in sorted(now.keys() | version.keys())
        if current is None or now.get(name) != version.get(name)
    ]
    labels = related_labels(model, [now, version], names)
    return [(name, shown(now, name, labels), shown(version, name, labels)) for name in names]


def same_change_context(model: type[models.Model], entry: AuditEntry) -> dict:
    """What the revert page says beside the fields: links to records deleted since (left
    out, or a refusal); the rows deleted with the deletion the revert undoes, which it
    brings back (services.deletion_undone); the rows later saves changed with the
    record, which the revert leaves as they are; each with a link to its own trail
    entry."""
    missing = services.missing_links(model, entry.version)
    deletion = services.deletion_undone(entry)
    back = returning(model, entry, deletion)
    coming_back = frozenset((owner._meta.concrete_model, str(pk)) for owner, pk in back)
    return {
        "links_left_out": [
            (name, ", ".join(f"#{pk}" for pk in ids))
            for name, ids in missing.items()
            if model._meta.get_field(name).many_to_many
        ],
        "links_refusal": services.refusal_for_links(model, missing),
        "restored_with_it": [
            (other, services.outlook(other, coming_back=coming_back))
            for other in (services.same_change(deletion) if deletion else [])
        ],
        "owed_links": owed_links.in_view(
            [link for owner, pk in back for link in owed_links.owed_on_return(owner, pk)]
        ),
        "not_undone": list(services.changed_since_with(entry)),
    }


def returning(model: type[models.Model], entry: AuditEntry, deletion) -> list[tuple]:
    """The records reverting to `entry` would recreate, as (model, id): the record
    itself when it is gone, and the rows deleted with it still gone."""
    own = (
        [(model, entry.object_id)]
        if services.stored_snapshot(model, entry.object_id) is None
        else []
    )
    return own + [
        (other.content_type.model_class(), other.object_id)
        for other in services.still_gone(deletion)
    ]


def revert_and_report(
    model_admin, request, entry: AuditEntry, *, alike_confirmed: bool
) -> services.RevertError | None:
    """Revert to `entry` and say how it went; the refusal, if it was refused."""
    try:
        done = services.revert_change(entry, user=request.user, alike_confirmed=alike_confirmed)
    except services.RevertError as exc:
        model_admin.message_user(
            request, f"Could not restore “{entry.object_repr}”: {exc}", messages.ERROR
        )
        return exc
    # Also in Django's own log, so that "Recent actions" shows the revert.
    model = entry.content_type.model_class()
    if (obj := model._default_manager.filter(pk=entry.object_id).first()) is not None:
        model_admin.log_change(
            request, obj, f"Reverted to the version of {entry.timestamp:%Y-%m-%d %H:%M:%S %Z}."
        )
    model_admin.message_user(
        request,
        f"“{entry.object_repr}” restored to the version of "
        f"{entry.timestamp:%Y-%m-%d %H:%M:%S %Z} ({entry.get_action_display().lower()} "
        f"by {entry.username or 'the system'}).",
        messages.SUCCESS,
    )
    if done.also:
        model_admin.message_user(
            request,
            f"Also restored with it: {joined([other.object_repr for other in done.also])}",
            messages.SUCCESS,
        )
    if done.unlinked:
        model_admin.message_user(
            request,
            "Not linked back: "
            + joined(
                [
                    f"“{other.object_repr}” ({reason.removesuffix('.')})"
                    for other, reason in done.unlinked
                ]
            ),
            messages.WARNING,
        )
    if done.left:
        model_admin.message_user(
            request,
            "Not restored: "
            + joined(
                [
                    f"“{other.object_repr}” ({reason.removesuffix('.')})"
                    for other, reason in done.left
                ]
            ),
            messages.WARNING,
        )
    return None


def check_audited_admins(app_configs=None, **kwargs) -> list:
    """System check: every audited model's ModelAdmin mixes in AuditedAdminMixin, so that
    no admin page can change an audited record unrecorded."""
    from django.core.checks import Error

    errors = []
    for label in services.AUDITED_MODELS:
        model = apps.get_model(label)
        model_admin = admin.site._registry.get(model)
        if model_admin is not None and not isinstance(model_admin, AuditedAdminMixin):
            errors.append(
                Error(
                    f"The admin of {label} does not record changes in the audit trail.",
                    hint="Add AuditedAdminMixin (peaceproc.audit.admin) to its ModelAdmin.",
                    obj=type(model_admin),
                    id="audit.E001",
                )
            )
    return errors


class AuditedTypeFilter(admin.RelatedFieldListFilter):
    """The kinds of record the trail keeps (services.AUDITED_MODELS), not every content
    type the site has (sessions, permissions, log entries)."""

    def field_choices(self, field, request, model_admin):
        audited = [label.lower().split(".") for label in services.AUDITED_MODELS]
        kinds = Q()
        for app_label, model in audited:
            kinds |= Q(app_label=app_label, model=model)
        return field.get_choices(
            include_blank=False, ordering=("app_label", "model"), limit_choices_to=kinds
        )


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """The whole trail, read-only (it is evidence: nobody edits or deletes it through
    the admin); 'revert' restores the selected version."""

    list_display = ["when", "action", "content_type", "record_link", "username", "via"]
    list_filter = ["action", "via", ("content_type", AuditedTypeFilter)]
    list_select_related = ["content_type"]
    search_fields = ["object_repr", "username", "object_id"]
    date_hierarchy = "timestamp"
    actions = ["revert_to_this_version"]
    fields = [
        "timestamp",
        "action",
        "content_type",
        "object_id",
        "record_link",
        "username",
        "via",
        "reverted_to",
        "changes",
    ]
    readonly_fields = fields

    def has_revert_permission(self, request):
        return any(
            request.user.has_perm(f"{label.split('.')[0]}.change_{label.split('.')[1].lower()}")
            for label in services.AUDITED_MODELS
        )

    @admin.display(description="Timestamp", ordering="timestamp")
    def when(self, entry):
        """To the second, in the site's time zone: two edits of one minute are told apart."""
        return f"{localtime(entry.timestamp):%Y-%m-%d %H:%M:%S %Z}"

    @admin.display(description="Record")
    def record_link(self, entry):
        try:
            url = reverse(
                f"admin:{entry.content_type.app_label}_{entry.content_type.model}_change",
                args=[quote(entry.object_id)],
            )
        except NoReverseMatch:
            return entry.object_repr
        return format_html('<a href="{}">{}</a>', url, entry.object_repr)

    @admin.display(description="Fields before and after")
    def changes(self, entry):
        before, after = entry.before or {}, entry.after or {}
        names = entry.changed_fields or sorted(before.keys() | after.keys())
        labels = related_labels(entry.content_type.model_class(), [before, after], names)
        rows = format_html_join(
            "",
            "<tr><th>{}</th><td>{}</td><td>{}</td></tr>",
            ((name, shown(before, name, labels), shown(after, name, labels)) for name in names),
        )
        return format_html(
            '<table class="audit-changes"><thead><tr><th>Field</th><th>Before</th>'
            "<th>After</th></tr></thead><tbody>{}</tbody></table>",
            rows,
        )

    @admin.action(description="Revert to this version", permissions=["revert"])
    def revert_to_this_version(self, request, queryset):
        entries = list(queryset.select_related("content_type")[:2])
        if len(entries) != 1:
            self.message_user(request, "Select exactly one version to revert to.", messages.ERROR)
            return None
        (entry,) = entries
        model = entry.content_type.model_class()
        opts = model._meta if model else None
        if opts is None or not request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            self.message_user(request, "You may not change this kind of record.", messages.ERROR)
            return None
        # The record's own revert page: it shows what would change and reverts on a POST.
        return HttpResponseRedirect(
            reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_audit_revert",
                args=[quote(entry.object_id), entry.pk],
            )
        )
