"""Filters naming a record by its slug (`?round=`, `?track=`, `?participant=`) take it in
any case and spacing: `?round=ASTANA-4` and `?round=Astana 4` are Astana 4, as
`/rounds/ASTANA-4/` and `/rounds/astana 4/` are sent on to its page (outside tester t9a,
finding 6; re-tester t9s, finding 6), by the record pages' rule (peaceproc/slugs.py).
The one place the site's filter forms fold case and spacing."""

from django import forms

from peaceproc.slugs import spaced_as_slug


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
    def to_python(self, value):
        return as_choice(self.choices, super().to_python(value))


class SlugMultipleChoiceField(forms.MultipleChoiceField):
    def to_python(self, value):
        return [as_choice(self.choices, v) for v in super().to_python(value)]
