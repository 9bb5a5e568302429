"""The query-string filters of the list pages (who attended, agreements): Django forms
over `request.GET`, so that the form on the page and a typed URL mean the same thing.

As on the timeline, a value the form cannot use (`?kind=bogus`) is not silently dropped:
it becomes a message naming the parameter, and the other, valid values still apply."""

import re
from collections.abc import Iterable

from django import forms

from peaceproc.chronology.models import Agreement, Participant, Track
from peaceproc.search.folding import fold, words

from .attendance import SORTS
from .filters import DATE_BOUNDS, NOT_UTF8_SEARCH, refuse_reversed_dates
from .slugchoices import SlugChoiceField


class ListFilters(forms.Form):
    """A form whose valid values apply and whose invalid ones are reported."""

    def value(self, name: str) -> str:
        """The field's cleaned value, or its empty value when it is invalid or absent."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return self.cleaned_data.get(name) or ""

    def clean_q(self) -> str:
        """The words searched; bytes that are not UTF-8 (`?q=%FF`, read as U+FFFD) are
        refused with a message and the search left out, as on the timeline."""
        text = self.cleaned_data["q"]
        if "\ufffd" in text:
            raise forms.ValidationError(NOT_UTF8_SEARCH, code="not_utf8")
        return text

    def messages(self) -> list[tuple[str, str]]:
        """(label, message) for each value that could not be used."""
        self.is_valid()
        return [
            (str(self.fields[name].label), str(message))
            for name, messages in self.errors.items()
            for message in messages
        ]


class ParticipantFilters(ListFilters):
    """The participants list's filter: a name or alias, in any spelling the site knows."""

    q = forms.CharField(required=False, max_length=200, strip=True, label="Name")


class AttendanceFilters(ListFilters):
    """The who-attended table's filters. `track` is the table's tab, one of the tracks
    with rounds (the first when none is given); an unknown one has no table."""

    track = SlugChoiceField(required=False, label="Track")
    q = forms.CharField(required=False, max_length=200, strip=True, label="Name")
    kind = SlugChoiceField(
        required=False, choices=[("", "Any"), *Participant.Kind.choices], label="Kind"
    )
    sort = forms.ChoiceField(required=False, choices=list(SORTS.items()), label="Sort by")

    def __init__(self, *args, tracks: list[Track], **kwargs):
        super().__init__(*args, **kwargs)
        self.tracks = tracks
        self.fields["track"].choices = [(t.slug, t.name) for t in tracks]

    def clean_sort(self) -> str:
        return self.cleaned_data["sort"] or "rounds"

    def clean(self):
        cleaned = super().clean()
        refuse_reversed_dates(self, cleaned)
        return cleaned

    def dates(self) -> tuple:
        """The valid (from, to) bounds: the table keeps the rounds that meet them."""
        return self.value("from") or None, self.value("to") or None

    def chosen_track(self) -> Track | None:
        """The track whose table is asked for; None when it is unknown or there is none."""
        if self.has_error("track") or not self.tracks:
            return None
        slug = self.value("track")
        return next((t for t in self.tracks if t.slug == slug), self.tracks[0])

    def refusals(self) -> list[str]:
        """The values that could not be used, said for a program (the CSV): an unknown
        choice by its parameter's name and the values it takes, any other by its label."""
        self.is_valid()
        refusals = []
        for name, errors in self.errors.as_data().items():
            field = self.fields[name]
            for error in errors:
                if error.code == "invalid_choice":
                    value = str(error.params["value"])
                    shown = value if len(value) <= 60 else f"{value[:60]}…"
                    accepted = ", ".join(str(v) for v, _ in field.choices if v)
                    refusals.append(f"{name} “{shown}” is not one of: {accepted}")
                else:
                    refusals.extend(f"{field.label}: {message}" for message in error.messages)
        return refusals


# The table's rounds between two dates, as on the timeline (`from` is a keyword).
AttendanceFilters.base_fields.update(DATE_BOUNDS)


class AgreementFilters(ListFilters):
    """The agreements list's filters: kind, track and words of the title."""

    kind = SlugChoiceField(
        required=False, choices=[("", "Any"), *Agreement.Kind.choices], label="Kind"
    )
    track = SlugChoiceField(required=False, label="Track")
    q = forms.CharField(required=False, max_length=200, strip=True, label="Title")

    def __init__(self, *args, tracks: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["track"].choices = [("", "Any"), *tracks]


def filtered_agreements(agreements: Iterable[Agreement], filters: AgreementFilters) -> list:
    """The agreements the valid filters select: of the kind, on the track, every word of
    `q` starting a word of the title (case and accents folded, as the site's search)."""
    kind, track, query = filters.value("kind"), filters.value("track"), filters.value("q")
    starts = [re.compile(rf"(?<!\w){re.escape(word)}") for word in words(query)]
    return [
        a
        for a in agreements
        if (not kind or a.kind == kind)
        and (not track or (a.track is not None and a.track.slug == track))
        and all(s.search(fold(a.title)) for s in starts)
    ]
