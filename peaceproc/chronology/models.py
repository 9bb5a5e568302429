"""The record: tracks, rounds, who took part, what was agreed, what happened, and
the sources every claim rests on.

Writes go through `services.py`; models hold structure, integrity and reads.
Every constraint is named so that a database error says which rule was broken.
"""

import operator
import re
from functools import reduce
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower

from peaceproc import links

from .dates import (
    Precision,
    format_date,
    format_period,
    period_last_day,
    validate_supported_date,
)
from .overlap import OverlappingQuerySet
from .referenced import Referenced
from .took_part import Link, TookPart
from .validators import (
    lower_case_slug,
    multi_line_text,
    no_invisible_inside_word,
    single_line_text,
    slug_in_canonical_form,
    slug_not_only_digits,
    slug_with_letter_or_digit,
    title_with_letter_or_digit,
    url_text,
)

# Every slugged kind's slug: a letter or digit, in lower case (addresses are looked up so),
# words joined by single hyphens (the form every other spelling is read as).
SLUG_VALIDATORS = [slug_with_letter_or_digit, lower_case_slug, slug_in_canonical_form]
# Every one-line text (a place, a note, a title, a name, a publisher): no control
# character, and nothing invisible but the joiners of a script's spelling and the
# directional marks (validators.no_invisible_inside_word). What the ingestion takes from
# an article (its headline, a name or a place read in it) is cleaned of them before it
# is stored (validators.without_unseen).
ONE_LINE_VALIDATORS = [single_line_text, no_invisible_inside_word]
# Every title and name, a source's too: one line, with a letter or digit (a zero-width
# space or a lone accent names nothing: outside tester t11a, 7).
NAME_VALIDATORS = [single_line_text, title_with_letter_or_digit, no_invisible_inside_word]


class Confidence(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


# What the timeline's filters call the lane of the records with no track (`?track=other`):
# no track may have it as its slug.
OTHER_LANE = "other"


class HexColourField(models.CharField):
    """A hex colour, kept as #rrggbb: a short one (#rgb, as CSS writes it) is read as its
    long form, each digit doubled, when the record is cleaned."""

    def to_python(self, value):
        value = super().to_python(value)
        if isinstance(value, str) and re.fullmatch(r"#[0-9A-Fa-f]{3}", value.strip()):
            value = "#" + "".join(digit * 2 for digit in value.strip()[1:])
        return value


class Track(models.Model):
    """A lane of the timeline: Astana, Geneva, the Constitutional Committee, ..."""

    slug = models.SlugField(max_length=50, db_index=False, validators=SLUG_VALIDATORS)
    name = models.CharField(validators=NAME_VALIDATORS, max_length=100)
    colour = HexColourField(
        max_length=7, help_text="A hex colour such as #1f6fb2 (or #18b, read as #1188bb)."
    )
    order = models.PositiveSmallIntegerField(default=0)
    shown_by_default = models.BooleanField(
        default=True, help_text="Shown on the timeline before the user picks tracks."
    )
    description = models.TextField(validators=[multi_line_text], blank=True)

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="track_slug_unique",
                violation_error_message="A track with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=~Q(slug=OTHER_LANE),
                name="track_slug_not_other_lane",
                violation_error_message=(
                    f"“{OTHER_LANE}” names the timeline's lane of records with no track."
                ),
            ),
            models.CheckConstraint(
                condition=Q(colour__regex=r"^#[0-9A-Fa-f]{6}$"),
                name="track_colour_hex",
                violation_error_message="The colour must be a hex colour such as #1f6fb2.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OutcomeKind(models.TextChoices):
    """What a round or a meeting ended with, as the sources report it."""

    AGREEMENT = "agreement", "Agreement"
    JOINT_STATEMENT = "joint_statement", "Joint statement"
    NO_JOINT_STATEMENT = "no_joint_statement", "No joint statement"
    STATEMENT = "statement", "Statement"
    UNKNOWN = "unknown", "Not known"


class Outcome(models.Model):
    """What a round or an event ended with and the next meeting it announced."""

    outcome_kind = models.CharField(max_length=20, choices=OutcomeKind, default=OutcomeKind.UNKNOWN)
    next_date = models.DateField(
        validators=[validate_supported_date],
        null=True,
        blank=True,
        help_text="The next meeting it announced; empty if not known.",
    )
    next_precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)

    # Each date field with the field of its precision: stored as the first day of the
    # period (services.at_period_starts).
    dated_fields = (("next_date", "next_precision"),)

    class Meta:
        abstract = True

    @property
    def next_display(self) -> str:
        return format_date(self.next_date, self.next_precision)


class RecordQuerySet(OverlappingQuerySet):
    """Reads shared by rounds, events, agreements and envoy tenures: which overlap a span
    of days (OverlappingQuerySet) and what they cite."""

    # The tables that say who took part in these records (took_part.py).
    participant_links: tuple[Link, ...] = ()

    def took_part_q(self, people) -> Q:
        """The records any of `people` (participant ids) took part in: themselves, or as
        the party another acted for; for events, also as one of their participants."""
        return Q(TookPart(self.participant_links, people))

    def cited(self):
        """With their track and their citations with the cited sources (one query)."""
        return self.select_related("track").prefetch_related(
            models.Prefetch("citations", queryset=Citation.objects.select_related("source"))
        )

    def with_disputed(self):
        """Each with `disputed`: whether sources disagree on it (a Conflict names it)."""
        return self.annotate(disputed=Referenced("conflicts"))


class RoundQuerySet(RecordQuerySet):
    participant_links = (("chronology.Participation", "round", ("participant", "on_behalf_of")),)

    # Both days are known; end_date is required.
    def with_related(self):
        """With who took part, on whose behalf (beyond `cited()`: the API's records)."""
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related(
                    "participant", "on_behalf_of", "source"
                ).defer("source__text"),  # the API shows a source's reference, not its text
            )
        )

    def with_produced(self):
        """With the agreements each produced, by date (the API's round records)."""
        return self.prefetch_related(
            models.Prefetch(
                "agreements", queryset=Agreement.objects.only("slug", "title", "round_id")
            )
        )


class Round(Outcome):
    """One round of talks (or a session of the Constitutional Committee)."""

    class Status(models.TextChoices):
        HELD = "held", "Held"
        CANCELLED = "cancelled", "Planned, not held"

    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="rounds")
    # Some rounds have no number of their own (the two rounds of Geneva II).
    number = models.PositiveSmallIntegerField(null=True, blank=True)
    slug = models.SlugField(max_length=100, db_index=False, validators=SLUG_VALIDATORS)
    title = models.CharField(validators=NAME_VALIDATORS, max_length=200)
    start_date = models.DateField(validators=[validate_supported_date])
    end_date = models.DateField(validators=[validate_supported_date])
    city = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=100, blank=True)
    summary = models.TextField(validators=[multi_line_text], blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.HELD)
    confidence = models.CharField(max_length=10, choices=Confidence, default=Confidence.HIGH)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "track__order"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome_kind__in=OutcomeKind.values),
                name="round_outcome_kind_valid",
                violation_error_message="Unknown outcome kind.",
            ),
            models.UniqueConstraint(
                fields=["slug"],
                name="round_slug_unique",
                violation_error_message="A round with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=Q(slug=Lower("slug")),
                name="round_slug_lower_case",
                violation_error_message="A slug is written in lower case.",
            ),
            models.UniqueConstraint(
                fields=["track", "number"],
                name="round_track_number_unique",
                violation_error_message="This track already has a round with this number.",
            ),
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="round_end_not_before_start",
                violation_error_message="A round cannot end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(number__isnull=True) | Q(number__gte=1),
                name="round_number_positive",
                violation_error_message="Round numbers start at 1.",
            ),
            # A next meeting known to the day comes after the round's start; one known to
            # a month or a year ends after it (Round.clean: SQL has no portable month).
            models.CheckConstraint(
                condition=Q(next_date__isnull=True)
                | Q(next_date__gt=F("start_date"))
                | ~Q(next_precision=Precision.DAY),
                name="round_next_after_start",
                violation_error_message="The next meeting a round announced comes after its start.",
            ),
        ]
        indexes = [
            # The timeline reads rounds in date order, often within a date window.
            models.Index(fields=["start_date"], name="round_start_date_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return links.url_for("site:round", self.slug)

    def clean(self):
        """A next meeting known to a month or a year ends after the round starts (one
        known to the day comes after it: the constraint round_next_after_start)."""
        super().clean()
        coarse = self.next_precision != Precision.DAY and self.next_date and self.start_date
        if coarse and period_last_day(self.next_date, self.next_precision) <= self.start_date:
            raise ValidationError(
                {"next_date": "The next meeting a round announced comes after its start."}
            )

    @property
    def period(self) -> str:
        return format_period(self.start_date, self.end_date)


class ParticipantQuerySet(models.QuerySet):
    def with_names(self):
        """With whom they represent and their other spellings."""
        return self.select_related("represents").prefetch_related("aliases")

    def with_record(self):
        """`with_names()`, and their participations in rounds and agreements (in date order:
        the rounds they attended, the agreements they signed) and their events."""
        return self.with_names().prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related(
                    "round", "agreement", "on_behalf_of"
                ).order_by("round__start_date", "agreement__date", "role"),
            ),
            models.Prefetch("events", queryset=Event.objects.only("slug", "title", "start_date")),
        )


class Participant(models.Model):
    """A person, a state, an international organisation, or a party/delegation."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        STATE = "state", "State"
        ORGANISATION = "organisation", "International organisation"
        PARTY = "party", "Party or delegation"

    slug = models.SlugField(max_length=100, db_index=False, validators=SLUG_VALIDATORS)
    name = models.CharField(validators=NAME_VALIDATORS, max_length=200)
    kind = models.CharField(max_length=20, choices=Kind)
    represents = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="representatives",
        help_text="For a person: the state, organisation or party they speak for.",
    )
    description = models.TextField(validators=[multi_line_text], blank=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="participant_slug_unique",
                violation_error_message="A participant with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=Q(slug=Lower("slug")),
                name="participant_slug_lower_case",
                violation_error_message="A slug is written in lower case.",
            ),
            models.CheckConstraint(
                condition=Q(represents__isnull=True) | Q(kind="person"),
                name="participant_only_people_represent",
                violation_error_message="Only a person can represent someone else.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return links.url_for("site:participant", self.slug)


class ParticipantAlias(models.Model):
    """Another spelling or script of a participant's name, used to find them in articles."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(validators=NAME_VALIDATORS, max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "participant aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "name"],
                name="participant_alias_unique",
                violation_error_message="This participant already has this alias.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Participation(models.Model):
    """Who took part in a round, a meeting or an agreement, in what role, with the title
    they held at that date and the page that states it."""

    class Role(models.TextChoices):
        HEAD = "head", "Head of delegation"
        DELEGATION_MEMBER = "delegation_member", "Delegation member"
        GUARANTOR = "guarantor", "Guarantor"
        OBSERVER = "observer", "Observer"
        MEDIATOR = "mediator", "Mediator / UN"
        CHAIR = "chair", "Chair"
        CO_CHAIR = "co_chair", "Co-chair"
        SIGNATORY = "signatory", "Signatory"
        ATTENDEE = "attendee", "Attendee"
        GOVERNMENT = "government", "Government delegation"
        OPPOSITION = "opposition", "Opposition delegation"

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, null=True, blank=True, related_name="participations"
    )
    event = models.ForeignKey(
        "Event", on_delete=models.CASCADE, null=True, blank=True, related_name="participations"
    )
    agreement = models.ForeignKey(
        "Agreement",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="participations",
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(max_length=20, choices=Role)
    on_behalf_of = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="delegation_heads",
        help_text="For a person: the state, organisation or party they acted for.",
    )
    title = models.CharField(
        validators=ONE_LINE_VALIDATORS,
        max_length=200,
        blank=True,
        help_text="Their title at that date, if a source gives it.",
    )
    source = models.ForeignKey(
        "Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
        help_text="A page that states this participation.",
    )
    note = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=300, blank=True)

    TARGETS = ("round", "event", "agreement")

    class Meta:
        ordering = ["round__start_date", "role", "participant__name"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(round__isnull=False, event=None, agreement=None)
                    | Q(round=None, event__isnull=False, agreement=None)
                    | Q(round=None, event=None, agreement__isnull=False)
                ),
                name="participation_exactly_one_record",
                violation_error_message="A participation belongs to exactly one record.",
            ),
            # A round's signatures belong to the agreements it produced; an event may be
            # the signing of a decree or an order that is not itself in the record.
            models.CheckConstraint(
                condition=~Q(role="signatory") | Q(round__isnull=True),
                name="participation_no_signatory_of_round",
                violation_error_message=(
                    "A round has no signatories: they sign the agreement it produced."
                ),
            ),
            models.UniqueConstraint(
                fields=["round", "participant", "role"],
                name="participation_unique_role",
                violation_error_message="This participant already has this role in this round.",
            ),
            models.UniqueConstraint(
                fields=["event", "participant", "role"],
                name="participation_unique_event_role",
                violation_error_message="This participant already has this role at this event.",
            ),
            models.UniqueConstraint(
                fields=["agreement", "participant", "role"],
                name="participation_unique_agreement_role",
                violation_error_message=(
                    "This participant already has this role in this agreement."
                ),
            ),
        ]
        indexes = [
            # Participant pages and ?participant= filters look rounds up by participant.
            models.Index(fields=["participant", "round"], name="participation_by_participant"),
            # Participant pages and the ?participant= filter: agreements a participant signed.
            models.Index(fields=["participant", "agreement"], name="participation_by_signatory"),
        ]

    def __str__(self) -> str:
        return f"{self.participant} — {self.get_role_display()} — {self.record}"

    @property
    def record(self):
        return self.round or self.event or self.agreement

    @property
    def record_date(self):
        record = self.record
        return record.date if isinstance(record, Agreement) else record.start_date


def agreement_people() -> models.Prefetch:
    """An agreement's participations with who they are, for `Agreement.signatories`
    without a query per agreement."""
    return models.Prefetch(
        "participations",
        queryset=Participation.objects.select_related("participant", "on_behalf_of").order_by(
            "role", "participant__name"
        ),
    )


def record_people() -> models.Prefetch:
    """A record's participations as its page lists them: who, on whose behalf and the
    page that states it, by role and name."""
    return models.Prefetch(
        "participations",
        queryset=Participation.objects.select_related("participant", "on_behalf_of", "source")
        .defer("source__text")  # a page names the source; its text is not shown
        .order_by("role", "participant__name"),
    )


class AgreementQuerySet(RecordQuerySet):
    first_field, last_field, precision_field = "date", None, "precision"
    participant_links = (
        ("chronology.Participation", "agreement", ("participant", "on_behalf_of")),
    )

    def with_related(self):
        """With their round and their participations, each with its page (beyond `cited()`):
        the signatories and everyone else the API lists with their role."""
        return self.select_related("round").prefetch_related(record_people())

    def signed_by(self, participant: "Participant"):
        """Agreements the participant signed, or someone signed on its behalf."""
        signed = Participation.objects.filter(
            Q(participant=participant) | Q(on_behalf_of=participant),
            role=Participation.Role.SIGNATORY,
        )
        return self.filter(pk__in=signed.values("agreement_id"))


class Agreement(models.Model):
    """A document the process produced: memorandum, statement, ceasefire, resolution."""

    class Kind(models.TextChoices):
        MEMORANDUM = "memorandum", "Memorandum"
        JOINT_STATEMENT = "joint_statement", "Joint statement"
        COMMUNIQUE = "communique", "Communiqué"
        CEASEFIRE = "ceasefire", "Ceasefire"
        UN_RESOLUTION = "un_resolution", "UN Security Council resolution"
        AGREEMENT = "agreement", "Agreement"
        OTHER = "other", "Other"

    slug = models.SlugField(max_length=120, db_index=False, validators=SLUG_VALIDATORS)
    title = models.CharField(validators=NAME_VALIDATORS, max_length=300)
    kind = models.CharField(max_length=20, choices=Kind)
    date = models.DateField(validators=[validate_supported_date])
    precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)
    dated_fields = (("date", "precision"),)
    track = models.ForeignKey(
        Track,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
    )
    round = models.ForeignKey(
        Round,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agreements",
    )
    place = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=100, blank=True)
    summary = models.TextField(validators=[multi_line_text], blank=True)
    confidence = models.CharField(max_length=10, choices=Confidence, default=Confidence.HIGH)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["date", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="agreement_slug_unique",
                violation_error_message="An agreement with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=Q(slug=Lower("slug")),
                name="agreement_slug_lower_case",
                violation_error_message="A slug is written in lower case.",
            ),
        ]
        indexes = [
            # The timeline and the agreements list read agreements in date order.
            models.Index(fields=["date"], name="agreement_date_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return links.url_for("site:agreement", self.slug)

    @property
    def display_date(self) -> str:
        return format_date(self.date, self.precision)

    @property
    def period(self) -> str:
        """Its dates as people read them, as for every dated record: its one date."""
        return self.display_date

    @property
    def signatories(self) -> list[Participant]:
        """Who signed, from the explicit signatory participations (prefetch "participations"
        with their participants to read this without a query per agreement)."""
        return [p.participant for p in self.participations.all() if p.role == "signatory"]


class EventQuerySet(RecordQuerySet):
    precision_field = "precision"  # of both days; no end: the start day (month, year) alone
    participant_links = (
        ("chronology.Event_participants", "event", ("participant",)),
        ("chronology.Participation", "event", ("participant", "on_behalf_of")),
    )

    def with_related(self):
        """With their round, agreement and participants (beyond `cited()`)."""
        return self.select_related("round", "agreement").prefetch_related("participants")


class Event(Outcome):
    """The atom of the timeline: something that happened on a day, in a month or a year."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "Meeting"
        SUMMIT = "summit", "Summit"
        MINISTERIAL = "ministerial", "Ministerial meeting"
        CONFERENCE = "conference", "Conference"
        ANNOUNCEMENT = "announcement", "Announcement"
        STATEMENT = "statement", "Statement"
        CEASEFIRE = "ceasefire", "Ceasefire"
        MILESTONE = "milestone", "Milestone"
        OTHER = "other", "Other"

    slug = models.SlugField(
        max_length=120, db_index=False, validators=[*SLUG_VALIDATORS, slug_not_only_digits]
    )
    title = models.CharField(validators=NAME_VALIDATORS, max_length=300)
    kind = models.CharField(max_length=20, choices=Kind)
    start_date = models.DateField(
        validators=[validate_supported_date],
        help_text="For a month or a year, the first day of it.",
    )
    precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)
    dated_fields = (("start_date", "precision"), ("end_date", "precision"), *Outcome.dated_fields)
    end_date = models.DateField(validators=[validate_supported_date], null=True, blank=True)
    track = models.ForeignKey(
        Track, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    round = models.ForeignKey(
        Round, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    participants = models.ManyToManyField(Participant, blank=True, related_name="events")
    place = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=100, blank=True)
    summary = models.TextField(validators=[multi_line_text], blank=True)
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    confidence = models.CharField(max_length=10, choices=Confidence, default=Confidence.HIGH)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome_kind__in=OutcomeKind.values),
                name="event_outcome_kind_valid",
                violation_error_message="Unknown outcome kind.",
            ),
            models.UniqueConstraint(
                fields=["slug"],
                name="event_slug_unique",
                violation_error_message="An event with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=Q(slug=Lower("slug")),
                name="event_slug_lower_case",
                violation_error_message="A slug is written in lower case.",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_end_not_before_start",
                violation_error_message="An event cannot end before it starts.",
            ),
        ]
        indexes = [
            # The timeline reads events in date order, often within a date window.
            models.Index(fields=["start_date"], name="event_start_date_idx"),
            # Filtering by track (several lanes) within dates.
            models.Index(fields=["track", "start_date"], name="event_track_date_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return links.url_for("site:event", self.pk)

    @property
    def period(self) -> str:
        return format_period(self.start_date, self.end_date, self.precision)

    @property
    def is_gathering(self) -> bool:
        """Whether people met (GATHERING_KINDS): what has observers, an outcome and a
        next meeting as a round does, known or not."""
        return self.kind in GATHERING_KINDS

    def clean_fields(self, exclude=None):
        """The fields, then a gathering's span on the values they were just cleaned to.
        Not in clean(): a form leaves a field it could not read (an end date typed as
        2024-02-31) at its stored value and excludes it, and only here is that known; the
        span is not measured then, so the editor sees the one error of what they typed."""
        super().clean_fields(exclude=exclude)
        if {"kind", "start_date", "end_date"} & set(exclude or ()):
            return
        if message := gathering_span_error(
            kind=self.kind, start=self.start_date, end=self.end_date
        ):
            raise ValidationError({"end_date": message})


# A gathering (a meeting, a round, a summit, a conference) lasts days or weeks: an end
# months after its start is a slip (2099 for 2023). Processes, ceasefires and tenures may
# last years and are not bounded.
def _named_link(link) -> str:
    """An event's link to one of its participants, as the delete page lists it (outside
    tester t16a, 17: it read "Event_participants object (233)")."""
    return f"{link.participant} at {link.event}"


# The link model Django makes for Event.participants has no name of its own.
Event.participants.through.__str__ = _named_link


GATHERING_KINDS = frozenset(
    {Event.Kind.MEETING, Event.Kind.SUMMIT, Event.Kind.MINISTERIAL, Event.Kind.CONFERENCE}
)
MAX_GATHERING_DAYS = 60


def gathering_span_error(*, kind: str, start, end) -> str:
    """Why a gathering cannot span start..end, else "" (the admin's edits and the
    ingest review alike: Event.clean and the review form)."""
    if kind not in GATHERING_KINDS or start is None or end is None:
        return ""
    days = (end - start).days + 1
    if days <= MAX_GATHERING_DAYS:
        return ""
    label = Event.Kind(kind).label.lower()
    return (
        f"A {label} lasts at most {MAX_GATHERING_DAYS} days; {start.isoformat()} to "
        f"{end.isoformat()} is {days:,}. Check the end date, or choose another kind."
    )


class EnvoyTenureQuerySet(RecordQuerySet):
    last_precision_field, ongoing = "end_precision", True

    def took_part_q(self, people) -> Q:
        """The tenures of any of `people` (participant ids): the envoy is the record's own."""
        return Q(envoy__in=people)

    def with_related(self):
        """With the envoy (beyond `cited()`)."""
        return self.select_related("envoy")


class EnvoyTenure(models.Model):
    """A UN envoy's time in office."""

    slug = models.SlugField(max_length=120, db_index=False, validators=SLUG_VALIDATORS)
    envoy = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="tenures")
    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="tenures")
    title = models.CharField(validators=NAME_VALIDATORS, max_length=200)
    start_date = models.DateField(validators=[validate_supported_date])
    end_date = models.DateField(
        validators=[validate_supported_date],
        null=True,
        blank=True,
        help_text="Empty while in office.",
    )
    end_precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)
    dated_fields = (("end_date", "end_precision"),)
    summary = models.TextField(validators=[multi_line_text], blank=True)
    confidence = models.CharField(max_length=10, choices=Confidence, default=Confidence.HIGH)

    objects = EnvoyTenureQuerySet.as_manager()

    class Meta:
        ordering = ["start_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="envoy_tenure_slug_unique",
                violation_error_message="A tenure with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=Q(slug=Lower("slug")),
                name="envoy_tenure_slug_lower_case",
                violation_error_message="A slug is written in lower case.",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="envoy_tenure_end_not_before_start",
                violation_error_message="A tenure cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return links.url_for("site:tenure", self.slug)

    @property
    def period(self) -> str:
        if self.end_date is None:
            return f"since {format_date(self.start_date)}"
        return format_period(self.start_date, self.end_date, Precision.DAY, self.end_precision)


class SourceQuerySet(models.QuerySet):
    def with_support(self):
        """With the citations of each source and the record each supports."""
        return self.prefetch_related(
            models.Prefetch(
                "citations",
                queryset=Citation.objects.select_related("round", "event", "agreement", "tenure"),
            )
        )

    def listed(self):
        """`with_support()` without the full texts (they can be long, and only a source's
        own page shows them), with `has_text` asked of the database."""
        return (
            self.with_support()
            .defer("text")
            .annotate(has_text=models.Case(models.When(text="", then=False), default=True))
        )


class SourceNaming:
    """How a source is named and linked, from its `url`, `publisher`, `title` and `pk`:
    shared by the model and the rows a list reads without making instances
    (site/timeline.py: CitedSource)."""

    url: str
    publisher: str
    title: str
    pk: int | None

    def __str__(self) -> str:
        return self.title or self.publisher or self.url or f"Source {self.pk}"

    @property
    def href(self) -> str:
        """The URL when it is safe to link to (http or https), else ''.

        Imports and services store URLs without a form's validation: a `javascript:` or
        `data:` URL must be shown as text, never become a link."""
        scheme = urlsplit(self.url.strip()).scheme.lower()
        return self.url if scheme in ("http", "https") else ""

    @property
    def label(self) -> str:
        """A short name for link text: the publisher, else the URL's host."""
        return self.name or str(self)

    @property
    def name(self) -> str:
        """Who published it: the publisher, else the URL's host, else "" (a pasted text)."""
        if self.publisher:
            return self.publisher
        return urlsplit(self.url).netloc.removeprefix("www.")


class Source(SourceNaming, models.Model):
    """A document a claim rests on: a news article, a UN page, a ministry release."""

    url = models.URLField(validators=[url_text], max_length=1000, blank=True)
    publisher = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=200, blank=True)
    title = models.CharField(validators=NAME_VALIDATORS, max_length=500, blank=True)
    published_on = models.DateField(validators=[validate_supported_date], null=True, blank=True)
    language = models.CharField(max_length=16, blank=True, help_text="An ISO 639-1 code.")
    text = models.TextField(blank=True, help_text="The full text, when we have it.")
    # SHA-256 of the normalised text (services.text_hash); empty when we hold no text.
    content_hash = models.CharField(max_length=64, blank=True, editable=False)
    # The identity key of the URL (urlkeys.url_key: the SHA-256 of its canonical form, so
    # that a key has one length however long the address); empty when there is no URL.
    url_key = models.CharField(max_length=64, blank=True, editable=False)
    added_at = models.DateTimeField(auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "publisher"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~Q(content_hash=""),
                name="source_content_hash_unique",
                violation_error_message="This text is already stored as another source.",
            ),
        ]
        # Not unique: the seeds themselves keep two sources of one address (the seed
        # article's text and the reference its people cite), and a database may hold
        # several sources of one page stored before the key (outside tester t15a, 3),
        # each with its own text: no rule could merge them without losing one.
        indexes = [
            # services.source_of_url and reference_source, loadseeds, the admin's Source
            # form: a source looked up by its URL's key before one is added,
            # WHERE url_key = %s (AND content_hash = '').
            models.Index(fields=["url_key"], name="source_url_key_idx"),
        ]


def exactly_one_of(*fields: str) -> Q:
    """The condition that exactly one of the foreign keys `fields` is set: a citation or
    a conflict is about one record, whatever its kind."""
    return reduce(
        operator.or_,
        (
            Q(**{f"{chosen}__isnull": False}, **{f: None for f in fields if f != chosen})
            for chosen in fields
        ),
    )


class Citation(models.Model):
    """Ties a source to the one record it supports, with the sentence that does."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
    )
    tenure = models.ForeignKey(
        EnvoyTenure,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
    )
    quote = models.TextField(blank=True, help_text="The sentence of the source that supports it.")
    note = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=500, blank=True)

    TARGETS = ("round", "event", "agreement", "tenure")

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one_of("round", "event", "agreement", "tenure"),
                name="citation_exactly_one_target",
                violation_error_message="A citation supports exactly one record.",
            ),
            # One citation per source and record: a second quote is a second sentence
            # of the same citation, not a second row.
            *[
                models.UniqueConstraint(
                    fields=["source", target],
                    condition=Q(**{f"{target}__isnull": False}),
                    name=f"citation_unique_source_{target}",
                    violation_error_message=f"This source already cites this {target}.",
                )
                for target in ("round", "event", "agreement", "tenure")
            ],
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}"

    @property
    def target(self):
        return self.round or self.event or self.agreement or self.tenure


class ConflictQuerySet(models.QuerySet):
    def for_display(self):
        return self.select_related(
            "source_a", "source_b", "round", "event", "agreement", "tenure"
        ).order_by("pk")

    def for_record_page(self):
        """A record's own conflicts, as its page lists them: the two sources named (the
        record is the page's; a source's text is not shown)."""
        return (
            self.select_related("source_a", "source_b")
            .defer("source_a__text", "source_b__text")
            .order_by("pk")
        )


class Conflict(models.Model):
    """Two sources that disagree on one fact of a record: both values with their sources,
    the one the record uses and why."""

    class Choice(models.TextChoices):
        A = "a", "The first value"
        B = "b", "The second value"
        BOTH = "both", "Both (each where its own source applies)"
        NEITHER = "neither", "Neither (left open)"

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts"
    )
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts"
    )
    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts"
    )
    tenure = models.ForeignKey(
        EnvoyTenure, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts"
    )
    field = models.CharField(
        validators=ONE_LINE_VALIDATORS,
        max_length=100,
        help_text="What they disagree on: a date, a head.",
    )
    value_a = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=300)
    source_a = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")
    value_b = models.CharField(validators=ONE_LINE_VALIDATORS, max_length=300)
    source_b = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")
    choice = models.CharField(max_length=10, choices=Choice)
    reason = models.TextField(validators=[multi_line_text])

    objects = ConflictQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one_of("round", "event", "agreement", "tenure"),
                name="conflict_exactly_one_record",
                violation_error_message="A conflict concerns exactly one record.",
            ),
            models.CheckConstraint(
                condition=Q(choice__in=["a", "b", "both", "neither"]),
                name="conflict_choice_valid",
                violation_error_message="The choice is a, b, both or neither.",
            ),
            models.CheckConstraint(
                condition=~Q(source_a=F("source_b")),
                name="conflict_two_sources",
                violation_error_message=(
                    "A conflict is between two different sources: choose another second source."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.record}: {self.field}"

    @property
    def record(self):
        return self.round or self.event or self.agreement or self.tenure

    @property
    def chosen_value(self) -> str:
        return {"a": self.value_a, "b": self.value_b}.get(self.choice, "")


class SluggedKind(models.TextChoices):
    """The records whose pages, API entries or filters are found by slug (their models'
    `_meta.model_name`): each keeps the slugs it had before a rename (FormerSlug)."""

    TRACK = "track", "Track"
    ROUND = "round", "Round"
    EVENT = "event", "Event"
    AGREEMENT = "agreement", "Agreement"
    TENURE = "envoytenure", "Envoy tenure"
    PARTICIPANT = "participant", "Participant"


class FormerSlugQuerySet(models.QuerySet):
    def current_slug(self, model: type[models.Model], slug: str) -> str | None:
        """The slug now of the `model` record that was called `slug`, else None (one
        query; the record's own slug is asked first by the caller: a slug a record holds
        now is never redirected)."""
        record = self.filter(kind=model._meta.model_name, slug=slug).values("record_id")[:1]
        found = model.objects.filter(pk=models.Subquery(record)).values_list("slug", flat=True)
        return found.first()


class FormerSlug(models.Model):
    """A slug a record had before it was renamed (a date corrected in it, say): URLs that
    cite it lead to the record's own by a permanent redirect (site and API detail views).
    Written by chronology.services.rename_slug."""

    kind = models.CharField(max_length=20, choices=SluggedKind)
    # In the canonical form a record's slug has: an address reads any other spelling of it
    # as that form, which may be another record's slug (outside tester t14a, finding 2).
    slug = models.SlugField(max_length=120, db_index=False, validators=SLUG_VALIDATORS)
    # The record's primary key in the table of its kind (it keeps its key when renamed).
    record_id = models.PositiveBigIntegerField()
    renamed_at = models.DateTimeField(auto_now_add=True)

    objects = FormerSlugQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "slug"]
        constraints = [
            # Also the index of current_slug's lookup (kind and slug).
            models.UniqueConstraint(
                fields=["kind", "slug"],
                name="former_slug_unique",
                violation_error_message="This slug already leads to another record.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=SluggedKind.values),
                name="former_slug_kind_valid",
                violation_error_message="Unknown kind of record.",
            ),
            # URLs are looked up in lower case (peaceproc.slugs): a former slug in other
            # case would never be reached.
            models.CheckConstraint(
                condition=Q(slug=Lower("slug")) & ~Q(slug=""),
                name="former_slug_lower_case",
                violation_error_message="A former slug is written in lower case.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.slug}"
