"""Inlines whose rows cost no query each (issue 11, admin finding 1).

Django's inline rows each asked the database again for what their own queryset could have
brought: every autocomplete box one query for its selected option (the participant, the
body represented, the source, each source of a conflict), and every row's title one for
the record it belongs to (`Participation.__str__` names the round). A round with 17
participations, 6 citations and 2 conflicts cost 108 queries. Here the rows are read with
their related objects (the sources without their article text, which no row shows), the
parent is the one the page already holds, and an autocomplete box shows the object its
row already has; a value the row does not hold (a POST that changed it) is looked up as
before.

A row also renders without asking the URL resolver or the template engine what is the
same for every row (issue 11, the round's change form: 7 ms of CPU a participation): the
addresses of its autocomplete boxes and of their add, change and delete links are
reversed once per process (admin_url), and an empty error list is no template rendered.
"""

import functools

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, RelatedFieldWidgetWrapper
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.urls import get_script_prefix, get_urlconf, reverse

from peaceproc.audit.concurrency import StaleRowsFormSet
from peaceproc.formcounts import CountCheckedFormSet

# The most rows an inline's page offers to add up to (the "Add another" link goes at that
# count): the busiest record holds 17 participations. A record that holds more (added on
# the rows' own admin pages) still shows and saves them all.
ROWS_MAX = 300
# New rows one save of an inline takes: the page's blank rows and "Add another" clicks.
NEW_ROWS_MAX = 50


@functools.cache
def _reversed(viewname: str, site: str, args: tuple, prefix: str, urlconf) -> str:
    return reverse(viewname, current_app=site, args=args)


def admin_url(viewname: str, site: str, *args) -> str:
    """reverse() of an admin page's URL, kept for the process: the same for every row
    (the URL configuration and the script prefix are part of what it is kept by)."""
    return _reversed(viewname, site, args, get_script_prefix(), get_urlconf())


class HeldUrlsWrapper(RelatedFieldWidgetWrapper):
    """The add, change and delete links beside a row's box, their URLs from admin_url."""

    @classmethod
    def like(cls, wrapper: RelatedFieldWidgetWrapper) -> "HeldUrlsWrapper":
        return cls(
            wrapper.widget,
            wrapper.rel,
            wrapper.admin_site,
            can_add_related=wrapper.can_add_related,
            can_change_related=wrapper.can_change_related,
            can_delete_related=wrapper.can_delete_related,
            can_view_related=wrapper.can_view_related,
        )

    def get_related_url(self, info, action, *args):
        return admin_url("admin:{}_{}_{}".format(*info, action), self.admin_site.name, *args)


class QuietErrorList(ErrorList):
    """A row's error list: no errors render as nothing without a template (a row shows
    every field's list; most are empty)."""

    def render(self, template_name=None, context=None, renderer=None):
        if not self.data:
            return ""
        return super().render(template_name, context, renderer)


class HeldAutocompleteSelect(AutocompleteSelect):
    """An autocomplete box whose selected option is taken from `held`, the objects its
    form already holds by primary key, when it is among them."""

    held: dict[str, object] = {}

    def get_url(self):
        return admin_url("admin:autocomplete", self.admin_site.name)

    def optgroups(self, name, value, attr=None):
        selected = {str(v) for v in value if str(v) not in self.choices.field.empty_values}
        if not selected or not selected <= self.held.keys():
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        for pk in sorted(selected):
            label = self.choices.field.label_from_instance(self.held[pk])
            options.append(self.create_option(name, pk, label, selected, len(options)))
        return [(None, options, 0)]


class BoundedRowsFormSet(CountCheckedFormSet, StaleRowsFormSet):
    """An inline's rows, refused whole when the POST claims more than its page could
    hold: more than `max_num` and than the record's stored rows; more stored rows than the
    record holds without naming each (a row another editor deleted is still named by its
    key, StaleRowsFormSet); or more new rows than NEW_ROWS_MAX (outside tester t12c,
    finding 1: 300 unnamed "stored" rows in three inlines took 5 s and drew 7.5 MB)."""

    def count_refusal(self, total, initial) -> ValidationError | None:
        if total is None:
            return None
        stored = len(self.get_queryset())
        rows = self.model._meta.verbose_name_plural
        if total > self.max_num and total > stored:
            return ValidationError(
                "This form claims %(total)s %(rows)s, more than it can hold (%(most)s). "
                "Nothing was saved; reload the page and make your changes again.",
                code="form_count",
                params={"total": total, "rows": rows, "most": self.max_num},
            )
        initial = initial or 0
        if initial > stored and not self.names_each_row(initial):
            return ValidationError(
                "This form claims %(initial)s stored %(rows)s, but the record holds "
                "%(stored)s and the form does not name each one. Nothing was saved; reload "
                "the page and make your changes again.",
                code="form_count",
                params={"initial": initial, "rows": rows, "stored": stored},
            )
        if total - initial > NEW_ROWS_MAX:
            return ValidationError(
                "This form adds %(new)s new %(rows)s at once, more than one save takes "
                "(%(most)s). Nothing was saved; add them in smaller steps.",
                code="form_count",
                params={"new": total - initial, "rows": rows, "most": NEW_ROWS_MAX},
            )
        return None

    def names_each_row(self, initial: int) -> bool:
        """Whether each of the first `initial` rows the POST sends names its stored row
        by key, as a page drawn from the record does."""
        key = self.model._meta.pk.name
        return all(self.data.get(f"{self.add_prefix(i)}-{key}") for i in range(initial))


class HeldRowsFormSet(BoundedRowsFormSet):
    """Gives each row its parent and its autocomplete boxes the objects it holds."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("error_class", QuietErrorList)
        super().__init__(*args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        instance = form.instance
        if getattr(instance, self.fk.attname) == self.instance.pk:
            setattr(instance, self.fk.name, self.instance)
        for name, field in form.fields.items():
            widget = getattr(field.widget, "widget", field.widget)
            descriptor = getattr(type(instance), name, None)
            if isinstance(widget, HeldAutocompleteSelect) and descriptor is not None:
                related = getattr(instance, name) if descriptor.is_cached(instance) else None
                widget.held = {str(related.pk): related} if related is not None else {}
        return form


class HeldRowsInline(admin.options.InlineModelAdmin):
    """An inline read in one query with the objects its rows show (`autocomplete_fields`,
    and `deferred`: the large columns of those objects no row shows)."""

    formset = HeldRowsFormSet
    max_num = ROWS_MAX
    deferred: tuple[str, ...] = ()

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(*self.autocomplete_fields)
            .defer(*self.deferred)
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(formfield, "widget", None)
        if type(widget) is RelatedFieldWidgetWrapper:
            formfield.widget = HeldUrlsWrapper.like(widget)
        return formfield

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = HeldAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
