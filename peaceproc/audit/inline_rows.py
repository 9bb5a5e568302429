"""An inline's rows, each drawn with its own stored row (re-tester t11c, 5).

Django's InlineAdminFormSet draws the i-th row sent back with the i-th row stored now.
Once another editor has deleted a row since the page was drawn, the two no longer pair
up: every row after the deleted one was titled as its neighbour, and the last was not
drawn at all (the pairing is one row short), so the page returned could never be saved:
its last row came back empty and was taken for a deleted one. Here every row is drawn
with the row its form holds; a row deleted meanwhile as a GoneRow, so that it is drawn
whole, titled, with its "Delete" box (StaleRowsFormSet ticks it).
"""

import re

from django.contrib.admin import helpers
from django.db.models import Max


class GoneRow:
    """What a row no longer stored is drawn as, in place of the stored row: its title,
    with the id its form sent."""

    pk = None

    def __init__(self, sent: str):
        self.sent = sent

    def __str__(self) -> str:
        return f"No longer stored (#{self.sent})"


# A key the database could have given a row: a positive integer of up to 18 digits.
_KEY = re.compile(r"[1-9][0-9]{0,17}")


def never_a_row(model, sent: str) -> bool:
    """Whether `sent`, the id a form sent for one of a record's rows of `model` that is
    not among them, with no deletion of it on record, was never a row: no key at all ('',
    'abc', '-1', 20 digits) or a key above every one given yet (outside tester t13b, 10).
    (A row of another record is refused before: its form's id field has no such choice.)"""
    if not _KEY.fullmatch(sent):
        return True
    return int(sent) > (model._default_manager.aggregate(top=Max("pk"))["top"] or 0)


class OwnRowsAdminFormSet(helpers.InlineAdminFormSet):
    """Django's InlineAdminFormSet, its rows each drawn with the row its form holds."""

    def __iter__(self):
        rows = super().__iter__()
        initial = self.formset.initial_forms
        # Django's first rows: as many as it pairs, replaced by those below.
        for _ in range(min(len(initial), len(self.formset.get_queryset()))):
            next(rows)
        readonly = self.readonly_fields
        if not self.has_change_permission:
            readonly = readonly + helpers.flatten_fieldsets(self.fieldsets)
        pk_name = self.formset._pk_field.name
        for form in initial:
            stored = form.instance if form.instance.pk is not None else None
            yield helpers.InlineAdminForm(
                self.formset,
                form,
                self.fieldsets,
                self.prepopulated_fields,
                stored or GoneRow(str(form.data.get(form.add_prefix(pk_name), ""))),
                readonly,
                model_admin=self.opts,
                view_on_site_url=self.opts.get_view_on_site_url(stored),
            )
        yield from rows  # the extra rows and the empty one, as Django draws them
