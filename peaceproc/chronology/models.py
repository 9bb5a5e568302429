"""The record: tracks, rounds, who took part, what was agreed, what happened, and
the sources every claim rests on.

Writes go through `services.py`; models hold structure, integrity and reads.
Every constraint is named so that a database error says which rule was broken.
"""

from django.db import models
from django.db.models import F, Q

from peaceproc import links

from .dates import Precision, format_date, format_period


class Confidence(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


class Track(models.Model):
    """A lane of the timeline: Astana, Geneva, the Constitutional Committee, ..."""

    slug = models.SlugField(max_length=50, db_index=False)
    name = models.CharField(max_length=100)
    colour = models.CharField(max_length=7, help_text="A hex colour such as #1f6fb2.")
    order = models.PositiveSmallIntegerField(default=0)
    shown_by_default = models.BooleanField(
        default=True, help_text="Shown on the timeline before the user picks tracks."
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="track_slug_unique",
                violation_error_message="A track with this slug already exists.",
            ),
            models.CheckConstraint(
                condition=Q(colour__regex=r"^#[0-9A-Fa-f]{6}$"),
                name="track_colour_hex",
                violation_error_message="The colour must be a hex colour such as #1f6fb2.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class RecordQuerySet(models.QuerySet):
    """Reads shared by rounds, events, agreements and envoy tenures."""

    def cited(self):
        """With their track and their citations with the cited sources (one query)."""
        return self.select_related("track").prefetch_related(
            models.Prefetch("citations", queryset=Citation.objects.select_related("source"))
        )


class RoundQuerySet(RecordQuerySet):
    def with_related(self):
        """With who took part, on whose behalf (beyond `cited()`: the API's records)."""
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("participant", "on_behalf_of"),
            )
        )


class Round(models.Model):
    """One round of talks (or a session of the Constitutional Committee)."""

    class Status(models.TextChoices):
        HELD = "held", "Held"
        CANCELLED = "cancelled", "Planned, not held"

    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="rounds")
    # Some rounds have no number of their own (the two rounds of Geneva II).
    number = models.PositiveSmallIntegerField(null=True, blank=True)
    slug = models.SlugField(max_length=100, db_index=False)
    title = models.CharField(max_length=200)
    start_date = models.DateField()
    end_date = models.DateField()
    city = models.CharField(max_length=100, blank=True)
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.HELD)
    confidence = models.CharField(max_length=10, choices=Confidence, default=Confidence.HIGH)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "track__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="round_slug_unique",
                violation_error_message="A round with this slug already exists.",
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
        ]
        indexes = [
            # The timeline reads rounds in date order, often within a date window.
            models.Index(fields=["start_date"], name="round_start_date_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return links.url_for("site:round", self.slug)

    @property
    def period(self) -> str:
        return format_period(self.start_date, self.end_date)


class ParticipantQuerySet(models.QuerySet):
    def with_names(self):
        """With whom they represent and their other spellings."""
        return self.select_related("represents").prefetch_related("aliases")

    def with_record(self):
        """`with_names()`, and the rounds they attended (in date order), their events and
        the agreements they signed."""
        return self.with_names().prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("round", "on_behalf_of").order_by(
                    "round__start_date", "role"
                ),
            ),
            models.Prefetch("events", queryset=Event.objects.only("slug", "title", "start_date")),
            models.Prefetch("agreements", queryset=Agreement.objects.only("slug", "title", "date")),
        )

    def named(self, text: str):
        """Whose name, or another spelling or script of it, holds `text` (any case)."""
        return self.filter(Q(name__icontains=text) | Q(aliases__name__icontains=text)).distinct()


class Participant(models.Model):
    """A person, a state, an international organisation, or a party/delegation."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        STATE = "state", "State"
        ORGANISATION = "organisation", "International organisation"
        PARTY = "party", "Party or delegation"

    slug = models.SlugField(max_length=100, db_index=False)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind)
    represents = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="representatives",
        help_text="For a person: the state, organisation or party they speak for.",
    )
    description = models.TextField(blank=True)

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
    name = models.CharField(max_length=200)

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
    """Who took part in a round, and in what role."""

    class Role(models.TextChoices):
        GUARANTOR = "guarantor", "Guarantor"
        OBSERVER = "observer", "Observer"
        MEDIATOR = "mediator", "Mediator / UN"
        GOVERNMENT = "government", "Government delegation"
        OPPOSITION = "opposition", "Opposition delegation"
        HEAD = "head", "Head of delegation"

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="participations")
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
        help_text="For a head of delegation: the delegation they led.",
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["round__start_date", "role", "participant__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "participant", "role"],
                name="participation_unique_role",
                violation_error_message="This participant already has this role in this round.",
            ),
        ]
        indexes = [
            # Participant pages and ?participant= filters look rounds up by participant.
            models.Index(fields=["participant", "round"], name="participation_by_participant"),
        ]

    def __str__(self) -> str:
        return f"{self.participant} — {self.get_role_display()} — {self.round}"


class AgreementQuerySet(RecordQuerySet):
    def with_related(self):
        """With their round and signatories (beyond `cited()`)."""
        return self.select_related("round").prefetch_related("signatories")


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

    slug = models.SlugField(max_length=120, db_index=False)
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind)
    date = models.DateField()
    precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)
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
    place = models.CharField(max_length=100, blank=True)
    signatories = models.ManyToManyField(Participant, blank=True, related_name="agreements")
    summary = models.TextField(blank=True)
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


class EventQuerySet(RecordQuerySet):
    def with_related(self):
        """With their round, agreement and participants (beyond `cited()`)."""
        return self.select_related("round", "agreement").prefetch_related("participants")


class Event(models.Model):
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

    slug = models.SlugField(max_length=120, db_index=False)
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind)
    start_date = models.DateField(help_text="For a month or a year, the first day of it.")
    precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True)
    track = models.ForeignKey(
        Track, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    round = models.ForeignKey(
        Round, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    participants = models.ManyToManyField(Participant, blank=True, related_name="events")
    place = models.CharField(max_length=100, blank=True)
    summary = models.TextField(blank=True)
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
            models.UniqueConstraint(
                fields=["slug"],
                name="event_slug_unique",
                violation_error_message="An event with this slug already exists.",
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


class EnvoyTenureQuerySet(RecordQuerySet):
    def with_related(self):
        """With the envoy (beyond `cited()`)."""
        return self.select_related("envoy")


class EnvoyTenure(models.Model):
    """A UN envoy's time in office."""

    slug = models.SlugField(max_length=120, db_index=False)
    envoy = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="tenures")
    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="tenures")
    title = models.CharField(max_length=200)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Empty while in office.")
    end_precision = models.CharField(max_length=5, choices=Precision, default=Precision.DAY)
    summary = models.TextField(blank=True)
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
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="envoy_tenure_end_not_before_start",
                violation_error_message="A tenure cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

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


class Source(models.Model):
    """A document a claim rests on: a news article, a UN page, a ministry release."""

    url = models.URLField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True, help_text="An ISO 639-1 code.")
    text = models.TextField(blank=True, help_text="The full text, when we have it.")
    # SHA-256 of the normalised text (services.text_hash); empty when we hold no text.
    content_hash = models.CharField(max_length=64, blank=True, editable=False)
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
        indexes = [
            # Loading seeds and ingesting look a source up by its URL before adding one.
            models.Index(fields=["url"], name="source_url_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.publisher or self.url or f"Source {self.pk}"

    @property
    def href(self) -> str:
        """The URL when it is safe to link to (http or https), else ''.

        Imports and services store URLs without a form's validation: a `javascript:` or
        `data:` URL must be shown as text, never become a link."""
        from urllib.parse import urlsplit

        scheme = urlsplit(self.url.strip()).scheme.lower()
        return self.url if scheme in ("http", "https") else ""

    @property
    def label(self) -> str:
        """A short name for link text: the publisher, else the URL's host."""
        if self.publisher:
            return self.publisher
        from urllib.parse import urlsplit

        return urlsplit(self.url).netloc.removeprefix("www.") or str(self)


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
    note = models.CharField(max_length=500, blank=True)

    TARGETS = ("round", "event", "agreement", "tenure")

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(round__isnull=False, event=None, agreement=None, tenure=None)
                    | Q(round=None, event__isnull=False, agreement=None, tenure=None)
                    | Q(round=None, event=None, agreement__isnull=False, tenure=None)
                    | Q(round=None, event=None, agreement=None, tenure__isnull=False)
                ),
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
