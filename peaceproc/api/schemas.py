"""The API's response shapes, as django-ninja Schemas.

They read the records (and the timeline's items) directly: a field is the
attribute of the same name unless a `resolve_<field>` says otherwise. They never
query: the QuerySets the views pass them prefetch what they read. The OpenAPI
document's components are generated from these classes (their names are the
components' names), and every response is validated against them on its way out.
"""

import datetime as dt
from typing import Annotated, Literal, get_origin

from django.db.models import Manager
from ninja import Field, Schema
from pydantic import ConfigDict, WithJsonSchema, create_model, model_validator

from peaceproc.chronology import models as m
from peaceproc.chronology.dates import Precision

from .http import links_of

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
ITEM_TYPES = ("round", "event", "agreement", "tenure")
# The API's route for each kind of record.
API_ROUTES = {
    m.Round: "api:round",
    m.Event: "api:event",
    m.Agreement: "api:agreement",
    m.EnvoyTenure: "api:tenure",
    m.Participant: "api:participant",
    m.Source: "api:source",
}


def one_of(values) -> type:
    return Literal[tuple(values)]  # type: ignore[valid-type]


Slug = Annotated[str, Field(pattern=SLUG_PATTERN)]
Uri = Annotated[str, WithJsonSchema({"type": "string", "format": "uri"})]
DateTime = Annotated[str, WithJsonSchema({"type": "string", "format": "date-time"})]
PrecisionValue = Annotated[
    one_of(Precision.values),
    Field(description="How well the date is known. A month or a year is stored as its first day."),
]
Confidence = one_of(m.Confidence.values)
Dates = Annotated[str, Field(description="The dates as people read them: '4–5 May 2017'.")]


class Reader:
    """What a Schema reads of a record: a field's resolver, else the attribute of its
    name; a related manager as its (prefetched) list. django-ninja's own reader also
    calls methods and falls back to template-style lookups, at twice the cost per
    field, and a page reads some 100,000 fields."""

    __slots__ = ("_context", "_obj", "_resolvers")

    def __init__(self, obj, resolvers: dict, context):
        self._obj, self._resolvers, self._context = obj, resolvers, context

    def __getattr__(self, name: str):
        resolver = self._resolvers.get(name)
        value = resolver(self) if resolver else getattr(self._obj, name)
        return list(value.all()) if isinstance(value, Manager) else value


class Out(Schema):
    """A response object: exactly these fields, every one always present."""

    model_config = ConfigDict(json_schema_extra={"additionalProperties": False})

    @classmethod
    def reads_attributes(cls) -> bool:
        """Whether pydantic can read a record for this class itself: no resolvers, and no
        lists (which a record holds as related managers)."""
        plain = cls.__dict__.get("_reads_attributes")
        if plain is None:
            plain = not cls._ninja_resolvers and not any(
                get_origin(field.annotation) is list for field in cls.model_fields.values()
            )
            cls._reads_attributes = plain
        return plain

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(cls, values, handler, info):
        if isinstance(values, dict) or cls.reads_attributes():
            return handler(values)
        return handler(Reader(values, cls._ninja_resolvers, info.context))


def api_url(record, context) -> str:
    key = record.pk if isinstance(record, m.Source) else record.slug
    return links_of(context["request"]).api(API_ROUTES[type(record)], key)


def site_url(record, context) -> str:
    return links_of(context["request"]).absolute(record.get_absolute_url())


class InApi(Out):
    """A record with its address in the API (`api_url`)."""

    resolve_api_url = staticmethod(api_url)


class Linked(InApi):
    """A record with its page on the site (`url`) too, where it has a field for it."""

    resolve_url = staticmethod(site_url)


class Dated(Linked):
    """A record whose `dates` are its period as people read it ('4–5 May 2017')."""

    @staticmethod
    def resolve_dates(record) -> str:
        return record.period


class ErrorBody(Out):
    status: int
    message: str
    details: dict[str, list[str]] = Field(
        default={}, description="Per parameter: what is wrong with it."
    )


class Error(Out):
    error: ErrorBody


class TrackRef(Out):
    slug: Slug
    name: str


class ParticipantRef(InApi):
    slug: Slug
    name: str
    kind: one_of(m.Participant.Kind.values)
    api_url: Uri


class RecordRef(InApi):
    slug: Slug
    title: str
    api_url: Uri


class SourceRef(InApi):
    id: int
    url: str = Field(description="Empty when the source has no address.")
    publisher: str
    title: str
    published_on: dt.date | None
    language: str = Field(description="ISO 639-1 code, or empty.")
    api_url: Uri


class Citation(Out):
    source: SourceRef
    quote: str = Field(description="The sentences that support the record.")
    note: str


class Participation(Out):
    participant: ParticipantRef
    role: one_of(m.Participation.Role.values)
    on_behalf_of: ParticipantRef | None
    title: str = Field(description="Their title at that date, or ''.")
    source: SourceRef | None = Field(description="A page that states this participation.")
    note: str


class Round(Dated):
    """A round of talks or a session of the Constitutional Committee."""

    id: int
    slug: Slug
    title: str
    track: TrackRef
    number: Annotated[int, Field(ge=1)] | None
    start_date: dt.date
    end_date: dt.date
    dates: Dates
    city: str
    status: one_of(m.Round.Status.values)
    summary: str
    confidence: Confidence
    outcome_kind: one_of(m.OutcomeKind.values)
    next_date: dt.date | None = Field(description="The next meeting it announced.")
    next_date_precision: PrecisionValue
    next_dates: str = Field(
        description="The next date it announced, as people read it ('May 2017'), or ''."
    )
    participations: list[Participation]
    agreements: list[RecordRef] = Field(
        description="What it produced: the agreements (memoranda, statements, ...) the "
        "record files under it, by date, as the round's page lists them."
    )
    citations: list[Citation]
    url: Uri
    api_url: Uri

    @staticmethod
    def resolve_agreements(record) -> list:
        return list(record.agreements.all())

    @staticmethod
    def resolve_next_date_precision(record) -> str:
        return record.next_precision

    @staticmethod
    def resolve_next_dates(record) -> str:
        return record.next_display


class Event(Dated):
    id: int = Field(description="The event's page is /events/{id}/.")
    slug: Slug
    title: str
    kind: one_of(m.Event.Kind.values)
    start_date: dt.date
    end_date: dt.date | None
    precision: PrecisionValue
    dates: Dates
    track: TrackRef | None
    round: RecordRef | None
    agreement: RecordRef | None
    place: str
    summary: str
    confidence: Confidence
    participants: list[ParticipantRef]
    citations: list[Citation]
    url: Uri
    api_url: Uri


class Agreement(Dated):
    id: int
    slug: Slug
    title: str
    kind: one_of(m.Agreement.Kind.values)
    date: dt.date
    precision: PrecisionValue
    dates: Dates
    track: TrackRef | None
    round: RecordRef | None
    place: str
    summary: str
    confidence: Confidence
    signatories: list[ParticipantRef]
    participations: list[Participation] = Field(
        description="Everyone the record names at it with their role (the signatories, "
        "who attended, guarantors, ...), by role and name, as the agreement's page lists them."
    )
    citations: list[Citation]
    url: Uri
    api_url: Uri


class Tenure(Dated):
    """A UN envoy's time in office."""

    id: int
    slug: Slug
    title: str
    envoy: ParticipantRef
    track: TrackRef
    start_date: dt.date
    end_date: dt.date | None = Field(description="null while in office.")
    end_precision: PrecisionValue
    dates: Dates
    summary: str
    confidence: Confidence
    citations: list[Citation]
    api_url: Uri


class Participant(Linked):
    id: int
    slug: Slug
    name: str
    kind: one_of(m.Participant.Kind.values)
    represents: ParticipantRef | None
    aliases: list[str] = Field(description="Other spellings and scripts of the name.")
    description: str
    url: Uri
    api_url: Uri

    @staticmethod
    def resolve_aliases(record) -> list[str]:
        return [alias.name for alias in record.aliases.all()]


class Attendance(Out):
    """A round a participant took part in, and how."""

    round: RecordRef
    role: one_of(m.Participation.Role.values)
    on_behalf_of: ParticipantRef | None
    title: str = Field(description="Their title at that date, or ''.")
    note: str


class ParticipantDetail(Participant):
    participations: list[Attendance]
    events: list[RecordRef]
    agreements: list[RecordRef] = Field(description="The agreements they signed.")

    @staticmethod
    def resolve_participations(record) -> list:
        return [p for p in record.participations.all() if p.round_id]

    @staticmethod
    def resolve_agreements(record) -> list:
        return [
            p.agreement
            for p in record.participations.all()
            if p.agreement_id and p.role == m.Participation.Role.SIGNATORY
        ]


class SupportedRecord(Out):
    """A record a source is cited for."""

    type: one_of(ITEM_TYPES)
    slug: Slug
    title: str
    api_url: Uri
    quote: str
    note: str


def supported_record(citation: m.Citation, context) -> dict:
    """What a citation supports, read once (a source can support thousands)."""
    kind = next(kind for kind in m.Citation.TARGETS if getattr(citation, f"{kind}_id"))
    record = getattr(citation, kind)
    return {
        "type": kind,
        "slug": record.slug,
        "title": record.title,
        "api_url": api_url(record, context),
        "quote": citation.quote,
        "note": citation.note,
    }


class Source(SourceRef):
    """A document claims rest on: an article, a UN page, a ministry release."""

    has_text: bool = Field(description="Whether the full text is stored.")
    added_at: DateTime
    supports: list[SupportedRecord]

    @staticmethod
    def resolve_has_text(source) -> bool:
        # The list annotates has_text rather than reading every text.
        return source.has_text if hasattr(source, "has_text") else bool(source.text)

    @staticmethod
    def resolve_added_at(source) -> str:
        return source.added_at.isoformat()

    @staticmethod
    def resolve_supports(source, context) -> list[dict]:
        return [supported_record(citation, context) for citation in source.citations.all()]


class SourceDetail(Source):
    text: str = Field(
        description=(
            "The passages of the source that the record cites (its citations' quotes, "
            "one paragraph each): a third party's text is not republished. Staff signed "
            "in to the site see the full stored text."
        )
    )

    @staticmethod
    def resolve_text(source, context) -> str:
        user = getattr(context["request"], "user", None)
        if user is not None and user.is_staff:
            return source.text
        quotes = (citation.quote for citation in source.citations.all() if citation.quote)
        return "\n\n".join(dict.fromkeys(quotes))


class TimelineItem(Out):
    """One line of the timeline: a round, event, agreement or envoy tenure."""

    type: one_of(ITEM_TYPES)
    id: int
    slug: Slug
    title: str
    kind: str = Field(description="The event's or agreement's kind; the type for others.")
    track: TrackRef | None
    round: RecordRef | None
    start_date: dt.date
    end_date: dt.date | None
    precision: PrecisionValue
    end_precision: PrecisionValue
    dates: Dates
    place: str
    summary: str
    participants: list[ParticipantRef]
    citations: list[Citation]
    url: Uri | None
    api_url: Uri

    @staticmethod
    def resolve_type(item) -> str:
        return item.kind

    @staticmethod
    def resolve_id(item) -> int:
        return item.record.pk

    @staticmethod
    def resolve_slug(item) -> str:
        return item.record.slug

    @staticmethod
    def resolve_kind(item) -> str:
        return getattr(item.record, "kind", item.kind)

    @staticmethod
    def resolve_round(item):
        if item.kind == "round":
            return item.record
        return item.record.round if item.kind in ("event", "agreement") else None

    @staticmethod
    def resolve_start_date(item) -> dt.date:
        return item.start

    @staticmethod
    def resolve_end_date(item) -> dt.date | None:
        return item.end

    @staticmethod
    def resolve_participants(item) -> list:
        """A round's participants (each once), an event's participants, an agreement's
        signatories, a tenure's envoy."""
        record = item.record
        if item.kind == "round":
            seen: dict[int, m.Participant] = {}
            for participation in record.participations.all():
                seen.setdefault(participation.participant_id, participation.participant)
            return list(seen.values())
        if item.kind == "event":
            return list(record.participants.all())
        if item.kind == "agreement":
            return record.signatories
        return [record.envoy]

    @staticmethod
    def resolve_url(item, context) -> str | None:
        return links_of(context["request"]).absolute(item.url) if item.url else None

    @staticmethod
    def resolve_api_url(item, context) -> str:
        return api_url(item.record, context)


class Export(Out):
    exported_at: DateTime
    query: str = Field(description="The filters, as a query string.")
    count: int = Field(ge=0)
    notices: list[str] = Field(
        description="How the search was read, as the timeline page says it (the invisible "
        "characters, repeated words, single letters and words past the tenth it left out; "
        "values it cannot use are a 400 here); empty when nothing."
    )
    items: list[TimelineItem]


class Index(Out):
    """Links to every endpoint."""

    model_config = ConfigDict(populate_by_name=True)

    name: str
    version: str
    timeline: Uri
    rounds: Uri
    events: Uri
    agreements: Uri
    tenures: Uri
    participants: Uri
    sources: Uri
    openapi: Uri
    docs: Uri
    export_csv: Uri = Field(alias="export-csv")
    export_json: Uri = Field(alias="export-json")
    export_ics: Uri = Field(alias="export-ics")


class Page(Out):
    count: int = Field(ge=0, description="All matches.")
    limit: int = Field(ge=1, le=MAX_LIMIT)
    offset: int = Field(ge=0)
    next: Uri | None
    previous: Uri | None
    notices: list[str] = Field(
        description="How the search was read, as the timeline page says it (the invisible "
        "characters, repeated words, single letters and words past the tenth it left out; "
        "the suffixes, elided articles and marks it read past; operators; little words "
        "beside a name; on participants, several names each listed; values it cannot use "
        "are a 400 here); empty when nothing."
    )


def page_of(schema: type[Out]) -> type[Page]:
    """'RoundPage': a page of Round records."""
    name = f"{schema.__name__}Page"
    page = create_model(name, __base__=Page, results=(list[schema], ...))
    page.__doc__ = f"A page of {schema.__name__} records."
    return page


RoundPage = page_of(Round)
EventPage = page_of(Event)
AgreementPage = page_of(Agreement)
TenurePage = page_of(Tenure)
ParticipantPage = page_of(Participant)
SourcePage = page_of(Source)
TimelineItemPage = page_of(TimelineItem)
