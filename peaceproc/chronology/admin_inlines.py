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
"""

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect

from peaceproc.audit.concurrency import StaleRowsFormSet


class HeldAutocompleteSelect(AutocompleteSelect):
    """An autocomplete box whose selected option is taken from `held`, the objects its
    form already holds by primary key, when it is among them."""

    held: dict[str, object] = {}

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


class HeldRowsFormSet(StaleRowsFormSet):
    """Gives each row its parent and its autocomplete boxes the objects it holds."""

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
    deferred: tuple[str, ...] = ()

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(*self.autocomplete_fields)
            .defer(*self.deferred)
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = HeldAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
