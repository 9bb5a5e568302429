"""Admin forms that refuse a record looking like one already stored (namesakes.py), naming
it with a link, unless the editor ticks that it is another (outside tester t11a, 3).
The check and the save it lets through hold a lock per kind of record until the admin's
transaction ends: of two editors saving one record at once, the second is checked against
the first one's row and refused alike (re-tester t11c, 2)."""

import zlib

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from peaceproc.ingest.rematch import NEW_EVENTS_LOCK
from peaceproc.lookalike import trimmed
from peaceproc.txlock import lock_until_commit

from . import namesakes

# Participants' names and aliases are checked against each other: one lock for both.
NAMES_LOCK = zlib.crc32(b"peaceproc participant names")
# Rounds are checked against the other rounds (nothing but the admin creates one).
ROUNDS_LOCK = zlib.crc32(b"peaceproc rounds")
# Agreements against the other agreements, tenures against the other tenures.
AGREEMENTS_LOCK = zlib.crc32(b"peaceproc agreements")
TENURES_LOCK = zlib.crc32(b"peaceproc envoy tenures")


def admin_links(records) -> str:
    """Each record as a link to its change page, comma-separated (escaped)."""
    return format_html_join(
        ", ",
        '<a href="{}">{}</a>',
        (
            (reverse(f"admin:{r._meta.app_label}_{r._meta.model_name}_change", args=[r.pk]), r)
            for r in records
        ),
    )


class EndsTrimmedForm(forms.ModelForm):
    """A form whose one-line texts are stored without the spaces and invisible characters
    at their ends (lookalike.trimmed; inside a word the validators refuse them)."""

    def clean(self):
        cleaned = super().clean()
        for name, field in self.fields.items():
            one_line = isinstance(field, forms.CharField) and not isinstance(
                field.widget, forms.Textarea
            )
            # (one of nothing but invisible characters is kept, for the validators' refusal)
            if one_line and isinstance(cleaned.get(name), str):
                cleaned[name] = trimmed(cleaned[name]) or cleaned[name]
        return cleaned


def _stored_value(value):
    """A form's cleaned value as a version of the audit trail holds it: a link by its id."""
    return value.pk if isinstance(value, models.Model) else value


class AlikeConfirmedForm(EndsTrimmedForm):
    """Refuses a new or renamed record that `find` finds stored already, unless
    `different` is ticked. Subclasses set the field's label and the message's wording,
    and `find`, which the audit trail's revert asks too (reverted_alike.py)."""

    different = forms.BooleanField(required=False)
    # The fields whose change may make the record alike another (checked when one changes).
    alike_fields: tuple[str, ...] = ()
    alike_message = ""
    # The box's label and help: what the editor ticks to store the record anyway.
    different_label = ""
    different_help = ""
    # The lock (txlock) the check and the save hold: one per set of records checked.
    alike_lock: int

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["different"].label = self.different_label
        self.fields["different"].help_text = self.different_help

    @staticmethod
    def find(values: dict, pk) -> list:
        """The stored records (not the record `pk`) that a record of `values` looks like:
        the alike fields' values by name, a link as its id (as the trail keeps them)."""
        raise NotImplementedError

    def alike(self, cleaned: dict) -> list:
        values = {
            name: _stored_value(cleaned[name] if name in cleaned else getattr(self.instance, name))
            for name in self.alike_fields
        }
        return self.find(values, self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        changed = self.instance.pk is None or set(self.alike_fields) & set(self.changed_data)
        unconfirmed = changed and not cleaned.get("different") and not self.errors
        if unconfirmed:
            lock_until_commit(self.alike_lock)
        if unconfirmed and (records := self.alike(cleaned)):
            self.add_error(None, ValidationError(self.refusal(records)))
        return cleaned

    @classmethod
    def refusal(cls, records) -> str:
        """The refusal naming `records` with links, and the way forward (HTML)."""
        return format_html(cls.alike_message, links=admin_links(records), label=cls.different_label)


class EventAlikeForm(AlikeConfirmedForm):
    alike_fields = ("start_date", "precision", "end_date", "title")
    alike_lock = NEW_EVENTS_LOCK  # the lock every accept that creates events takes
    alike_message = (
        "An event under this title (or its words in another order or spelling), or the "
        "round the title names held on these days, is stored at these dates or a few days "
        "from them: {links}. Edit that one, or tick “{label}” if this is another event."
    )

    different_label = "Not a copy"
    different_help = (
        "Tick only when told that an event under this title exists at these dates or near "
        "them and this is another one."
    )

    @staticmethod
    def find(values, pk):
        dates = {
            "start_date": values.get("start_date"),
            "precision": values.get("precision") or "",
            "end_date": values.get("end_date"),
            "title": values.get("title") or "",
        }
        return [*namesakes.same_events(**dates, pk=pk), *namesakes.rounds_an_event_repeats(**dates)]


class RoundAlikeForm(AlikeConfirmedForm):
    alike_fields = ("track", "start_date", "end_date", "title")
    alike_lock = ROUNDS_LOCK
    alike_message = (
        "A round of this track at these dates or under this title is stored already: "
        "{links}. Edit that one, or tick “{label}” if this is another round."
    )

    different_label = "Not a copy"
    different_help = (
        "Tick only when told that a round of this track at these dates or under this title "
        "exists and this is another one."
    )

    @staticmethod
    def find(values, pk):
        return namesakes.same_rounds(
            track_id=values.get("track"),
            start_date=values.get("start_date"),
            end_date=values.get("end_date"),
            title=values.get("title") or "",
            pk=pk,
        )


class AgreementAlikeForm(AlikeConfirmedForm):
    alike_fields = ("title", "kind", "date", "precision")
    alike_lock = AGREEMENTS_LOCK
    alike_message = (
        "An agreement under this title (or a UN resolution of this number), or one of "
        "these days whose title holds this one's words, is stored already: {links}. Edit "
        "that one, or tick “{label}” if this is another agreement."
    )

    different_label = "Not a copy"
    different_help = (
        "Tick only when told that an agreement under this title or number exists and this "
        "is another one."
    )

    @staticmethod
    def find(values, pk):
        return namesakes.same_agreements(
            title=values.get("title") or "",
            kind=values.get("kind") or "",
            date=values.get("date"),
            precision=values.get("precision") or "",
            pk=pk,
        )


class TenureAlikeForm(AlikeConfirmedForm):
    alike_fields = ("envoy", "start_date", "end_date", "end_precision")
    alike_lock = TENURES_LOCK
    alike_message = (
        "This envoy holds another tenure at these dates: {links}. Edit that one, or tick "
        "“{label}” if this is another office."
    )

    different_label = "Not a copy"
    different_help = (
        "Tick only when told that this envoy holds another tenure at these dates and this "
        "is another office."
    )

    @staticmethod
    def find(values, pk):
        return namesakes.same_tenures(
            envoy_id=values.get("envoy"),
            start_date=values.get("start_date"),
            end_date=values.get("end_date"),
            end_precision=values.get("end_precision") or "",
            pk=pk,
        )


class ParticipantAlikeForm(AlikeConfirmedForm):
    alike_fields = ("name",)
    alike_lock = NAMES_LOCK
    alike_message = (
        "Another participant is known by this name: {links}. Add this spelling to them as "
        "an alias, or tick “{label}” if this is someone else."
    )

    different_label = "A different participant"
    different_help = (
        "Tick only when told that another participant is known by this name and this is not them."
    )

    @staticmethod
    def find(values, pk):
        return namesakes.known_as(values.get("name") or "", besides=pk)


class AliasAlikeForm(AlikeConfirmedForm):
    alike_fields = ("name", "participant")
    alike_lock = NAMES_LOCK
    alike_message = (
        "This alias already names another participant: {links}. Tick “{label}” if it "
        "truly names both."
    )

    different_label = "Names both"
    different_help = "Tick when this alias names both participants."

    @staticmethod
    def find(values, pk):
        # (the alias's own participant is not the one it would copy)
        return namesakes.known_as(values.get("name") or "", besides=values.get("participant"))
