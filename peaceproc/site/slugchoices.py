"""Filters naming a record by its slug (`?round=`, `?track=`, `?participant=`) take it in
any case and spacing: `?round=ASTANA-4` and `?round=Astana 4` are Astana 4, as
`/rounds/ASTANA-4/` and `/rounds/astana 4/` are sent on to its page (outside tester t9a,
finding 6; re-tester t9s, finding 6), by the record pages' rule (peaceproc/slugs.py).
A slug the record had before it was renamed (FormerSlug) names it too (outside tester
t10a, finding 2): a saved filter link keeps working; its pages send it on to the URL
with the current slug (TimelineFilters.moved_values).
The one place the site's filter forms fold case and spacing."""

from django import forms

from peaceproc.chronology.models import FormerSlug
from peaceproc.slugs import SLUG, spaced_as_slug

FORMER_SLUG_CHARS = FormerSlug._meta.get_field("slug").max_length


def as_choice(choices, value: str) -> str:
    """The choice `value` names: itself when it is one, else the one choice equal to it
    but for case and spacing (slugs.spaced_as_slug); `value` as given when none is, or
    several are (left for the field to refuse)."""
    if not isinstance(value, str) or not value:
        return value
    folded = spaced_as_slug(value).casefold()
    found = [key for key, _ in choices if isinstance(key, str) and key.casefold() == folded]
    if value in found:
        return value
    return found[0] if len(found) == 1 else value


class SlugChoiceField(forms.ChoiceField):
    """A record chosen by its slug; with `model`, a slug that a record of it had before
    it was renamed names the record (one query, only for a value that is no choice)."""

    def __init__(self, *, model=None, **kwargs):
        super().__init__(**kwargs)
        self.model = model

    def to_python(self, value):
        found = as_choice(self.choices, super().to_python(value))
        if self.model is None or not found or self.valid_value(found):
            return found
        wanted = spaced_as_slug(found).lower()
        if not SLUG.fullmatch(wanted) or len(wanted) > FORMER_SLUG_CHARS:
            return found
        return FormerSlug.objects.current_slug(self.model, wanted) or found


class SlugMultipleChoiceField(forms.MultipleChoiceField):
    def to_python(self, value):
        return [as_choice(self.choices, v) for v in super().to_python(value)]
