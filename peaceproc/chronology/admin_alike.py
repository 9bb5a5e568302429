"""Admin forms that refuse a record looking like one already stored (namesakes.py), naming
it with a link, unless the editor ticks that it is another (outside tester t11a, 3).
The check and the save it lets through hold a lock per kind of record until the admin's
transaction ends: of two editors saving one record at once, the second is checked against
the first one's row and refused alike (re-tester t11c, 2)."""

import zlib

from django import forms
from django.core.exceptions import ValidationError
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


class AlikeConfirmedForm(EndsTrimmedForm):
    """Refuses a new or renamed record that `alike` finds stored already, unless
    `different` is ticked. Subclasses set the field's label and the message's wording."""

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

    def alike(self, cleaned: dict) -> list:
        raise NotImplementedError

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
    alike_fields = ("track", "start_date", "title")
    alike_lock = NEW_EVENTS_LOCK  # the lock every accept that creates events takes
    alike_message = (
        "An event of this track on this date has this title already: {links}. Edit that "
        "one, or tick “{label}” if this is another event."
    )

    different_label = "Not a copy"
    different_help = (
        "Tick only when told that an event of this track, date and title exists and this "
        "is another one."
    )

    def alike(self, cleaned):
        track = cleaned.get("track")
        found = namesakes.same_event(
            track_id=track.pk if track else None,
            start_date=cleaned.get("start_date"),
            title=cleaned.get("title") or "",
            pk=self.instance.pk,
        )
        return [found] if found else []


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

    def alike(self, cleaned):
        track = cleaned.get("track")
        return namesakes.same_rounds(
            track_id=track.pk if track else None,
            start_date=cleaned.get("start_date"),
            end_date=cleaned.get("end_date"),
            title=cleaned.get("title") or "",
            pk=self.instance.pk,
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

    def alike(self, cleaned):
        return namesakes.known_as(cleaned.get("name") or "", besides=self.instance.pk)


class AliasAlikeForm(AlikeConfirmedForm):
    alike_fields = ("name", "participant")
    alike_lock = NAMES_LOCK
    alike_message = (
        "This alias already names another participant: {links}. Tick “{label}” if it "
        "truly names both."
    )

    different_label = "Names both"
    different_help = "Tick when this alias names both participants."

    def alike(self, cleaned):
        participant = cleaned.get("participant") or self.instance.participant_id
        pk = getattr(participant, "pk", participant)
        return namesakes.known_as(cleaned.get("name") or "", besides=pk)
