"""Two editors on one record (outside tester t11a, findings 1, 2, 3b and 9).

- A change form carries the record's version: the newest audit entry of the record, of
  the rows its inlines show and of the deletions of its rows, so that a deletion moves it
  forward too (`_audit_version`, a hidden input). A form sent from an older version is
  refused, naming who changed what and when since; the editor's values stay in the form,
  which now carries the new version, so a second save is a choice. A form that only
  rows deleted since are newer than is refused on those rows alone (below).
- The check is one step with the save (outside re-tester t12b, F1): a change form's POST
  holds its record's lock (txlock) from before it reads the record and its version until
  the save commits, as a revert does; of two saves at once the second reads the first's
  version and is refused as a save sent after it is.
- Two saves at once that the form's checks each passed (two new events with one slug)
  meet the database's named constraint: the loser's save is run again, when its form's
  checks see the winner's row and give the error a save one at a time gets. Should they
  still pass (a constraint no form checks), the form is shown again with the refusal.
- An inline row another editor deleted since the page was drawn is said so on its row,
  drawn whole (inline_rows.py) and ticked for deletion, so the form as returned saves.
- "Save as new" is refused where the admin does not offer it.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models
from django.db.models import Max, Q
from django.db.models.functions import Cast
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.models import BaseInlineFormSet, _get_foreign_key
from django.utils.timezone import localtime

from peaceproc.adminerrors import bad_request
from peaceproc.messages import joined

from . import locks
from .deleted_rows import row_deletions
from .inline_rows import OwnRowsAdminFormSet, never_a_row
from .models import AuditEntry

VERSION_FIELD = "_audit_version"


def _content_type(model: type[models.Model]) -> ContentType:
    return ContentType.objects.get_for_model(model, for_concrete_model=True)


def entries_of(model_admin, request, obj) -> Q:
    """The audit entries of `obj`, of the rows its change form's inlines show, and the
    deletions of the rows they showed (re-tester t12b, F4: without them, deleting the
    newest row moved the version back)."""
    entries = Q(content_type=_content_type(type(obj)), object_id=str(obj.pk))
    for inline in model_admin.get_inline_instances(request, obj):
        # (The link its formset would find, without building the formset: a deletion of
        # many records reads the version of each.)
        fk = _get_foreign_key(model_admin.model, inline.model, fk_name=inline.fk_name)
        rows = inline.model._default_manager.filter(**{fk.name: obj.pk})
        ids = rows.annotate(audit_id=Cast("pk", models.CharField())).values("audit_id")
        kind = _content_type(inline.model)
        entries |= Q(content_type=kind, object_id__in=ids)
        entries |= row_deletions(kind, fk.name, obj.pk)
    return entries


def current_version(model_admin, request, obj) -> int:
    """The newest audit entry (its id) of `obj` and its inline rows; 0 for none."""
    return current_version_of(AuditEntry.objects.filter(entries_of(model_admin, request, obj)))


def current_versions(model_admin, request, objs) -> dict:
    """current_version of each of `objs` (records of `model_admin`'s model), by their
    ids, in three queries per kind of inline row and one more, however many they are:
    "Delete selected …" reads the version of each record it lists (stale_deletions.py).
    The same entries as entries_of's, read for many records at once."""
    newest = {obj.pk: 0 for obj in objs}
    keyed = {str(pk): pk for pk in newest}

    def take(pairs) -> None:
        for record, version in pairs:
            if record in newest and version > newest[record]:
                newest[record] = version

    own = AuditEntry.objects.filter(content_type=_content_type(model_admin.model))
    own = own.filter(object_id__in=keyed).order_by().values_list("object_id")
    own = own.annotate(v=Max("pk"))
    take((keyed[object_id], version) for object_id, version in own)
    links = {
        (inline.model, inline.fk_name)
        for obj in objs
        for inline in model_admin.get_inline_instances(request, obj)
    }
    for row_model, fk_name in links:
        fk = _get_foreign_key(model_admin.model, row_model, fk_name=fk_name)
        kind = _content_type(row_model)
        rows = row_model._default_manager.filter(**{f"{fk.name}__in": list(newest)}).order_by()
        parent = {str(pk): record for pk, record in rows.values_list("pk", fk.attname)}
        entries = AuditEntry.objects.filter(content_type=kind, object_id__in=parent)
        entries = entries.order_by().values_list("object_id").annotate(v=Max("pk"))
        take((parent[object_id], version) for object_id, version in entries)
        deleted = AuditEntry.objects.filter(
            content_type=kind,
            action=AuditEntry.Action.DELETE,
            **{f"before__{fk.name}__in": list(newest)},
        )
        deleted = deleted.order_by().values_list(f"before__{fk.name}").annotate(v=Max("pk"))
        take((fk.target_field.to_python(record), version) for record, version in deleted)
    return newest


def current_version_of(entries) -> int:
    """The newest of `entries` (its id): the version of the record they are the trail of."""
    return entries.aggregate(newest=Max("pk"))["newest"] or 0


def _when(entry: AuditEntry) -> str:
    return f"{localtime(entry.timestamp):%Y-%m-%d %H:%M:%S %Z}"


def describe(entry: AuditEntry, reader=None) -> str:
    """'ed1 changed Event “Astana 4” (title, place) at 2026-11-30 16:40:02 UTC'; 'you
    changed…' when `reader` (a user) made the change."""
    mine = reader is not None and entry.user_id is not None and entry.user_id == reader.pk
    who = "you" if mine else entry.username or "the system"
    fields = f" ({', '.join(entry.changed_fields)})" if entry.changed_fields else ""
    what = f"{entry.get_action_display().lower()} {entry.content_type.name} “{entry.object_repr}”"
    return f"{who} {what}{fields} at {_when(entry)}"


def sent_version(data, field: str = VERSION_FIELD) -> int | None:
    """The version a form sent (`data`, its POST, in `field`): None when it sent none, -1
    for what is no version."""
    sent = data.get(field)
    if sent is None:
        return None
    return int(sent) if sent.isascii() and sent.isdigit() else -1


def changes_since(request, entries, version: int) -> tuple[str, AuditEntry | None]:
    """The changes of `entries` after `version`, described for the request's user ('' for
    none), and the newest of them when that user made every one (from another window)."""
    newer = entries.filter(pk__gt=version).select_related("content_type").order_by("pk")
    changes = "; ".join(describe(entry, request.user) for entry in newer[:10])
    others = newer.exclude(user_id=request.user.pk).exists()
    return changes, (None if others or not changes else newer.last())


def conflict_error(model_admin, request, obj) -> ValidationError | None:
    """The refusal of a change form that does not carry `obj`'s current version, else
    None. A form without one is refused too (re-tester t11c, 4): the admin's page always
    sends it, and scripts write through the API and the services, not this form."""
    version = sent_version(request.POST)
    if version is None:
        return ValidationError(
            "This form did not send the version of the record it was drawn from, so "
            "whether another editor saved the record since cannot be told. Nothing was "
            "saved; your values are still in the form, which now carries the version: "
            "save again to keep them.",
            code="stale_form",
        )
    entries = AuditEntry.objects.filter(entries_of(model_admin, request, obj))
    current = current_version_of(entries)
    rows_only = 0 <= version < current and _rows_deleted_only(obj, entries, version)
    if version == current or rows_only:
        return None
    changes, own = changes_since(request, entries, version) if version >= 0 else ("", None)
    if not changes:  # above the newest, or no number
        return ValidationError(
            "This form sent a version the record has never had (a page altered or of "
            "another record). Nothing was saved; your values are still in the form, which "
            "now carries the record's version: save again to keep them.",
            code="stale_form",
        )
    if own is not None:  # re-tester t11c, 7b: the editor's own save, from another tab
        return ValidationError(
            "You saved this record at %(time)s from another window after you opened this "
            "page: %(changes)s. Nothing was saved from this page; its values are still in "
            "the form. Compare them with the record (open it in another tab) and save "
            "again to keep these.",
            code="stale_form",
            params={"time": f"{localtime(own.timestamp):%H:%M}", "changes": changes},
        )
    return ValidationError(
        "Another editor saved this record after you opened this page: %(changes)s. Nothing "
        "was saved; your values are still in the form. Compare them with the record "
        "(open it in another tab) and save again to keep yours.",
        code="stale_form",
        params={"changes": changes},
    )


def _rows_deleted_only(obj, entries, version: int) -> bool:
    """Whether the only entries newer than `version` are deletions of `obj`'s inline rows:
    the form is refused on those rows alone (StaleRowsFormSet), each saying who deleted
    it, as the only thing that changed."""
    newer = entries.filter(pk__gt=version)
    record = Q(content_type=_content_type(type(obj)), object_id=str(obj.pk))
    return not newer.exclude(~record & Q(action=AuditEntry.Action.DELETE)).exists()


def stale_preview(request, entries) -> str | None:
    """Why a revert confirmed from its preview page is refused: the record (`entries`, its
    audit trail) changed after the page was drawn, or the confirmation did not say which
    version the page showed; else None (re-tester t11c, 6). The page sends the version it
    showed (`_audit_version`)."""
    version = sent_version(request.POST)
    if version is not None and version == current_version_of(entries):
        return None
    known = version is not None and version >= 0
    changes = changes_since(request, entries, version)[0] if known else ""
    if changes:
        why = f"the record changed after this preview was drawn ({changes})"
    else:  # none sent, above the newest, or no number: the latest change, to judge by
        newest = entries.select_related("content_type").order_by("-pk").first()
        latest = f"; its latest change: {describe(newest, request.user)}" if newest else ""
        why = (
            "the confirmation did not send the version of the record its preview showed, "
            "so whether the record changed since cannot be told"
            if version is None
            else "the confirmation sent a version the record has never had (a page altered "
            "or of another record)"
        ) + latest
    return (
        f"Nothing was restored: {why}. The preview now shows what restoring would change; "
        "confirm again to restore."
    )


def _columns(model: type[models.Model], constraint: models.BaseConstraint) -> str:
    """How SQLite names a unique constraint it enforces: 'table.column, table.column'."""
    names = getattr(constraint, "fields", ())
    table = model._meta.db_table
    return ", ".join(f"{table}.{model._meta.get_field(name).column}" for name in names)


def constraint_named_in(error: IntegrityError) -> models.BaseConstraint | None:
    """The model constraint the database's refusal quotes: by name (PostgreSQL), or by
    its columns (SQLite names a unique constraint so)."""
    text = str(error)
    for model in apps.get_models():
        for constraint in model._meta.constraints:
            columns = _columns(model, constraint)
            if constraint.name in text or (columns and text.endswith(f"failed: {columns}")):
                return constraint
    return None


def race_error(error: IntegrityError | ValidationError) -> ValidationError:
    """What the form says when the database (or a write service's own check, such as
    rename_slug's) refused a save the form's checks had passed."""
    if isinstance(error, ValidationError):
        why = joined(error.messages)
    elif (constraint := constraint_named_in(error)) is not None:
        why = constraint.get_violation_error_message()
    else:
        why = "another record holds the same values"
    return ValidationError(
        "Another editor saved a conflicting record at the same moment, and the database "
        "refused this save: %(why)s Nothing was saved; your values are still in the form.",
        code="concurrent_save",
        params={"why": why if why.endswith(".") else f"{why}."},
    )


def _with_errors(form_class, errors: list[ValidationError]):
    """`form_class` refusing with `errors` besides its own checks."""

    def clean(self):
        cleaned = form_class.clean(self)
        for error in errors:
            self.add_error(None, error)
        return cleaned

    return type(form_class.__name__, (form_class,), {"clean": clean})


class ConcurrentEditsMixin:
    """For a ModelAdmin whose records' changes are audited (AuditedAdminMixin)."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_saveasnew" in request.POST and not self.save_as:
            return bad_request(request, "Saving a copy of this record as a new one is not offered.")
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (IntegrityError, ValidationError) as error:
            if request.method != "POST":
                raise
            first = error
        # (The view's transaction was rolled back.) Its checks now see the winner's row.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (IntegrityError, ValidationError):
            request._race_error = race_error(first)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if request.method != "POST" or obj is None:
            return obj
        # Inside the view's transaction: held until the save commits, taken before the
        # version is read (get_form), so the record is read again once it is held. The
        # kind's look-alike lock first, which the form's check takes (locks.py: one
        # order); a row opened on a page of its own holds its parent records too, whose
        # change forms show it as an inline: the one it is stored under and the one its
        # POST moves it to.
        locks.lock_kind(self.model)
        posted = locks.posted_values(self.model, request.POST)
        locks.lock_record(self.model, obj.pk, locks.row_values(obj), posted)
        return super().get_object(request, object_id, from_field)

    def get_form(self, request, obj=None, change=False, **kwargs):
        posted = locks.posted_values(self.model, request.POST) if obj is None else {}
        if request.method == "POST" and posted:
            # A row added on a page of its own (a citation from the citations' add page)
            # holds the records its POST adds it to, as its change page does (get_object),
            # before its form is checked: a save or deletion of such a record, which
            # holds it, is not interleaved with the add (fix13b's notes). Its kind's
            # look-alike lock first (locks.py: one order).
            locks.lock_kind(self.model)
            locks.lock_record(self.model, None, posted)
        form_class = super().get_form(request, obj, change=change, **kwargs)
        errors = [getattr(request, "_race_error", None)]
        if request.method == "POST" and change and obj is not None:
            errors.append(conflict_error(self, request, obj))
        errors = [error for error in errors if error is not None]
        return _with_errors(form_class, errors) if errors else form_class

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None:
            context["audit_version"] = current_version(self, request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        # Its inlines (StaleRowsFormSet) name the editor's own deletion as theirs.
        return {**super().get_formset_kwargs(request, obj, inline, prefix), "reader": request.user}

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        drawn = super().get_inline_formsets(request, formsets, inline_instances, obj)
        for inline_formset in drawn:
            # Drawn by the subclass (it adds no state): each row with its own stored row.
            inline_formset.__class__ = OwnRowsAdminFormSet
        return drawn


class StaleRowsFormSet(BaseInlineFormSet):
    """An inline whose row deleted by another editor since the page was drawn says so on
    the row (Django's refusal sits on the hidden id, where no editor sees it); by the
    `reader` (the user the page is for) from another window, says that."""

    def __init__(self, *args, reader=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.reader = reader

    def clean(self):
        super().clean()
        for form in self.forms:
            errors = getattr(form, "_errors", None) or {}
            if self._pk_field.name in errors:
                del errors[self._pk_field.name]
                if not self._should_delete_form(form):  # deleted: nothing left to do
                    form.add_error(None, self._gone_error(form))
                    self._ticked_for_deletion(form)

    @staticmethod
    def _ticked_for_deletion(form) -> None:
        """The row shown again with "Delete" ticked: the form as returned saves without
        it, the editor having read why (re-tester t11c, 5)."""
        data = form.data.copy()
        data[form.add_prefix(DELETION_FIELD_NAME)] = "on"
        form.data = data

    def _gone_error(self, form) -> ValidationError:
        sent = str(form.data.get(form.add_prefix(self._pk_field.name), ""))
        deleted = (
            AuditEntry.objects.filter(
                content_type=_content_type(self.model),
                object_id=sent,
                action=AuditEntry.Action.DELETE,
            )
            .order_by("-pk")
            .first()
        )
        version = sent_version(self.data)
        if deleted is not None and version is not None and 0 <= deleted.pk <= version:
            return self._kept_error(deleted)
        if deleted is None and never_a_row(self.model, sent):
            return ValidationError(
                "This row is not one of this record’s rows (the form sent it as #%(sent)s): "
                "it is ticked “Delete” now: save again to keep the rest of the form without "
                "it, or reload the page to see the rows as they are.",
                code="foreign_row",
                params={"sent": sent[:20]},
            )
        if deleted is None:
            who = "another editor deleted it"
        elif self.reader is not None and deleted.user_id == self.reader.pk:
            who = f"you deleted it from another window at {localtime(deleted.timestamp):%H:%M}"
        else:
            who = (
                f"another editor deleted it ({deleted.username or 'the system'}, {_when(deleted)})"
            )
        return ValidationError(
            "This row is no longer stored: %(who)s after you opened this page. It is ticked "
            "“Delete” now: save again to keep the rest of the form without it, or reload "
            "the page to see the rows as they are now (copy your changes first).",
            code="stale_row",
            params={"who": who},
        )

    def _kept_error(self, deleted: AuditEntry) -> ValidationError:
        """A row deleted before the page was drawn (its deletion is in the form's version),
        sent back with "Delete" unticked (re-tester t12b, F9): it was drawn because the
        save before this one sent it; it cannot be kept from here."""
        mine = self.reader is not None and deleted.user_id == self.reader.pk
        who = "you (from another window)" if mine else deleted.username or "the system"
        return ValidationError(
            "This row was deleted by %(who)s at %(time)s; it can't be kept from this form. "
            "It is ticked “Delete” again: save to keep the rest of the form, then restore "
            "the row from the record’s History page (“Rows deleted from this record”).",
            code="stale_row",
            params={"who": who, "time": f"{localtime(deleted.timestamp):%H:%M}"},
        )
