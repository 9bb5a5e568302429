"""A formset's page says how many forms it sent (its management form); a count the page
could not have sent is refused whole, before a single form is built (outside tester t12a,
finding 2: an admin change form posted with `participations-TOTAL_FORMS=100000` had
Django build, validate and draw 2,000 forms, 33 to 51 s of a worker and 18 MB).

The ingestion's review and the admin's inlines each say which counts their page can send
(`count_refusal`); the refusal is the formset's one error, in words an editor can act on,
and nothing is stored.
"""

from functools import cached_property

from django.core.exceptions import ValidationError
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT


class CountCheckedFormSet:
    """A formset mixin: `count_refusal(total, initial)` gives the refusal of the counts a
    POST claims (None when the page could have sent them). A refused formset builds no
    form, and its only error is that refusal."""

    def count_refusal(self, total: int | None, initial: int | None) -> ValidationError | None:
        raise NotImplementedError

    @cached_property
    def refused_counts(self) -> ValidationError | None:
        if not self.is_bound:
            return None
        counts = self.management_form.cleaned_data
        return self.count_refusal(counts.get(TOTAL_FORM_COUNT), counts.get(INITIAL_FORM_COUNT))

    def total_form_count(self) -> int:
        return 0 if self.refused_counts else super().total_form_count()

    def initial_form_count(self) -> int:
        return 0 if self.refused_counts else super().initial_form_count()

    def full_clean(self):
        super().full_clean()
        if (error := self.refused_counts) is not None:
            self._non_form_errors = self.error_class(
                [error], error_class="nonform", renderer=self.renderer
            )
