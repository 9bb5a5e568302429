"""The rows deleted from a record's inlines (a round's participations, citations and
conflicts), for its History page (outside tester t12a, 1): a row deleted through the
record's change form has no History page of its own to revert from (it is gone), and the
record's versions do not hold it. Each is listed with a link to its own revert preview,
which restores it as it was; until then, and after the record's later saves."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse

from .models import AuditEntry


def deleted_rows(model_admin, request, object_id, *, limit: int = 200) -> list[tuple]:
    """The deletions of rows that `object_id`'s inlines showed and that are still gone
    (no entry since), newest first, each as (entry, its revert preview's URL or None when
    the request's user may not restore it). One query."""
    try:
        pk = model_admin.model._meta.pk.to_python(object_id)
    except ValidationError:
        return []  # no record's id: the history page says so
    rows = Q()
    for formset, inline in model_admin.get_formsets_with_inlines(request):
        content_type = ContentType.objects.get_for_model(inline.model, for_concrete_model=True)
        rows |= row_deletions(content_type, formset.fk.name, pk)
    if not rows:
        return []
    later = AuditEntry.objects.filter(
        content_type=OuterRef("content_type"),
        object_id=OuterRef("object_id"),
        pk__gt=OuterRef("pk"),
    )
    # audit_by_object: the entries of the inlines' kinds of row; the deletions among them
    # are read for the record's id in their snapshot.
    found = (
        AuditEntry.objects.filter(rows)
        .exclude(Exists(later))
        .select_related("content_type")
        .order_by("-pk")[:limit]
    )
    return [(entry, _revert_url(model_admin, request, entry)) for entry in found]


def row_deletions(content_type: ContentType, fk_name: str, pk) -> Q:
    """The deletions of the rows of one kind (`content_type`) that belonged to the record
    `pk` through their foreign key `fk_name`: the row's snapshot before its deletion names
    the record (the key's id)."""
    deleted = {"action": AuditEntry.Action.DELETE, f"before__{fk_name}": pk}
    return Q(content_type=content_type, **deleted)


def _revert_url(model_admin, request, entry: AuditEntry) -> str | None:
    kind = entry.content_type
    if not request.user.has_perm(f"{kind.app_label}.change_{kind.model}"):
        return None
    try:
        return reverse(
            f"{model_admin.admin_site.name}:{kind.app_label}_{kind.model}_audit_revert",
            args=[entry.object_id, entry.pk],
        )
    except NoReverseMatch:  # a kind of row without an admin page of its own
        return None
