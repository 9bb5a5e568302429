"""Writes of the ingestion flow: keeping an analysed article for review, and accepting
it (the source, its events, their citations) all at once or not at all."""

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date

from django.contrib.admin.models import ADDITION, LogEntry
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from peaceproc.audit import locks
from peaceproc.audit.services import change_entry, record_change, record_changes, snapshot
from peaceproc.chronology import services as chronology
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    Participant,
    ParticipantAlias,
    Participation,
    Round,
    SluggedKind,
    Source,
    Track,
)
from peaceproc.chronology.urlkeys import url_key, without_tracking
from peaceproc.chronology.validators import has_letter_or_digit, without_unseen
from peaceproc.txlock import lock_until_commit, named_key

from . import recorded
from .analysis import Analysis
from .models import PendingArticle
from .reading import RawArticle
from .slugtext import slug_text

CitationTarget = Event | Round | Agreement | EnvoyTenure
# Records whose people a review never adds to: an agreement's signatories (set with their
# role in the admin) and a tenure's envoy (the tenure's own).
FIXED_PEOPLE = (Agreement, EnvoyTenure)
# How the audit trail names changes made here.
AUDIT_VIA = "ingest"


@dataclass(frozen=True)
class Article:
    """An article as it will be stored as a Source (its fields are create_source's arguments)."""

    text: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published_on: date | None = None
    language: str = ""


@dataclass(frozen=True)
class NewEvent:
    title: str
    kind: str
    start_date: date
    precision: str
    end_date: date | None = None
    track: Track | None = None
    round: Round | None = None
    participants: tuple[Participant, ...] = ()
    # Names the pipeline did not know that the editor chose to add as participants.
    new_participant_names: tuple[str, ...] = ()
    place: str = ""
    summary: str = ""
    confidence: str = "medium"


@dataclass(frozen=True)
class Decision:
    """What to do with one accepted candidate: create an event, or cite an existing
    record (a likely duplicate). Skipped candidates have no decision."""

    quote: str
    create: NewEvent | None = None
    cite: CitationTarget | None = None
    # Names the editor ticked to add as new participants of the record cited (an event's
    # participants, a round's attendees), and known participants they typed to add to
    # it; a new event takes both in `create`.
    new_participant_names: tuple[str, ...] = ()
    added_participants: tuple[Participant, ...] = ()

    def __post_init__(self):
        if (self.create is None) == (self.cite is None):
            raise ValueError("A decision either creates an event or cites a record.")
        adds = self.new_participant_names or self.added_participants
        if adds and isinstance(self.cite, FIXED_PEOPLE):
            kind = self.cite._meta.verbose_name
            raise ValueError(f"No one is added to an {kind} from a review, only in the admin.")


@dataclass
class AcceptResult:
    source: Source
    events: list[Event] = field(default_factory=list)
    cited: list[CitationTarget] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)


class AlreadyPendingError(Exception):
    """The text, or another text of the same page (`same_url`), is already waiting for
    review (stored meanwhile by another upload)."""

    def __init__(self, existing: PendingArticle, *, name: str, same_url: bool = False):
        super().__init__(f"{name} is already waiting for review as article #{existing.pk}")
        self.existing = existing
        self.name = name
        self.same_url = same_url


def check_lengths(model, **values: str) -> None:
    """Refuse, naming each, the values longer than the columns of `model` that would hold
    them: PostgreSQL refuses them with a database error (SQLite would store them whole),
    so every ingestion write checks what no form has measured before it reaches the
    database. Raises ValidationError."""
    errors = {}
    for name, value in values.items():
        limit = model._meta.get_field(name).max_length
        if limit is not None and len(value) > limit:
            label = model._meta.get_field(name).verbose_name.replace("url", "URL")
            errors[name] = (
                f"The {label} is {len(value):,} characters long; "
                f"a {model._meta.verbose_name}'s {label} holds at most {limit:,}."
            )
    if errors:
        raise ValidationError(errors)


def pending_from(
    *, raw: RawArticle, analysis: Analysis, url: str, publisher: str, title: str, user
) -> PendingArticle:
    """Keep an analysed article until it is reviewed. Raises AlreadyPendingError when the
    same text is already waiting (the constraint pending_article_one_waiting_copy), or a
    text of the same page (its URL under any spelling): two pastes of one page at once
    take turns, and the second finds the first (outside tester t16a, 5: 8 of 9 such
    races queued the page twice)."""
    try:
        with transaction.atomic():
            if key := url_key(url):
                lock_until_commit(named_key(f"pending-url:{key}"))
                if waiting := find_pending_by_url(url):
                    raise AlreadyPendingError(waiting, name=raw.name, same_url=True)
            return _create_pending(
                raw=raw, analysis=analysis, url=url, publisher=publisher, title=title, user=user
            )
    except IntegrityError:
        existing = find_pending_by_text(raw.text)
        if existing is None:
            raise
        raise AlreadyPendingError(existing, name=raw.name) from None


def _create_pending(*, raw, analysis, url, publisher, title, user) -> PendingArticle:
    # The name, publisher and title are cut to their columns (read from a file or a page);
    # a URL cut would lead elsewhere: one too long is refused.
    check_lengths(PendingArticle, url=url)
    return PendingArticle.objects.create(
        created_by=user if user is not None and user.is_authenticated else None,
        name=raw.name[:300],
        url=url,
        publisher=publisher[:200],
        title=(title or raw.title)[:500],
        published_on=analysis.published,
        language=analysis.language,
        text=raw.text,
        content_hash=chronology.text_hash(raw.text),
        url_key=url_key(url),
        candidates=analysis.candidates,
        people=analysis.people,
        notes=[*raw.notes, *analysis.notes],
    )


def replace_candidates(*, pending: PendingArticle, analysis: Analysis) -> PendingArticle:
    """A pending article read again (another publication date): its new candidates."""
    pending.published_on = analysis.published
    pending.language = analysis.language
    pending.candidates = analysis.candidates
    pending.people = analysis.people
    pending.save(update_fields=["published_on", "language", "candidates", "people"])
    return pending


def find_pending_by_text(text: str) -> PendingArticle | None:
    digest = chronology.text_hash(text)
    waiting = PendingArticle.objects.waiting()
    return waiting.filter(content_hash=digest).first() if digest else None


def find_pending_by_url(url: str) -> PendingArticle | None:
    """The article waiting for review from the page at `url`, under any spelling of its
    address (urlkeys): a page read again (its text changed by a character) is that one."""
    key = url_key(url)
    return PendingArticle.objects.waiting().filter(url_key=key).first() if key else None


def decide(*, pending: PendingArticle, status: str, user) -> None:
    """Take the article out of the queue, keeping who decided and when."""
    pending.status = status
    pending.decided_by = user if user is not None and user.is_authenticated else None
    pending.decided_at = timezone.now()
    pending.save(update_fields=["status", "decided_by", "decided_at"])


def discard_pending(*, pending: PendingArticle, user=None) -> None:
    decide(pending=pending, status=PendingArticle.Status.DISCARDED, user=user)


class SlugBook:
    """Free slugs for the new rows of one model that a write creates (neither a record's
    slug nor, for a slugged kind, a record's former one), the taken ones read in one
    query (two for a slugged kind) per hundred bases (checked inside the caller's
    transaction, so rows created earlier in it are seen, and each slug handed out is
    taken for the next)."""

    CHUNK = 100  # bases per query (SQLite's expression depth is limited)

    def __init__(self, model, bases: Sequence[str], *, max_length: int):
        self.max_length = max_length
        wanted = sorted({self.base(b) for b in bases})
        self.taken: set[str] = set()
        for i in range(0, len(wanted), self.CHUNK):
            starts = Q()
            for base in wanted[i : i + self.CHUNK]:
                starts |= Q(slug__startswith=base)
            self.taken.update(model.objects.filter(starts).values_list("slug", flat=True))
            if model._meta.model_name in SluggedKind.values:
                # Another record's former slug is taken too: its links lead to that record.
                self.taken.update(chronology.former_slugs_like(model, starts))

    def base(self, text: str) -> str:
        base = (text or "")[: self.max_length - 4].strip("-")
        # A slug needs a letter or digit (slugify('_') is '_'): else the fallback.
        return base if has_letter_or_digit(base) else "item"

    def take(self, text: str) -> str:
        """`text` as a slug, or `text-2`, `text-3`... whichever is free."""
        base = slug = self.base(text)
        n = 2
        while slug in self.taken:
            # (the base leaves room for "-999"; a longer number takes it from the base, so
            # that the slug still fits its column)
            suffix = f"-{n}"
            slug, n = f"{base[: self.max_length - len(suffix)]}{suffix}", n + 1
        self.taken.add(slug)
        return slug


def unique_slug(base: str, model, *, max_length: int) -> str:
    """`base`, or `base-2`, `base-3`... whichever is free."""
    return SlugBook(model, [base], max_length=max_length).take(base)


def cut_at_word(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: whole, or cut at its last space that fits and
    ending in '…'; a word cut in two when cutting at a space would keep less than half of
    what fits (one short word before a very long one: 'Johnathan…' of 244 characters,
    re-tester t10r, 6) or there is no space."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    at_word = head.rsplit(" ", 1)[0] if " " in head else ""
    kept = at_word if len(at_word) * 2 >= len(head) else head
    return kept.rstrip(" ,;:-") + "…"


NAME_CHARS = Participant._meta.get_field("name").max_length


def participant_name(name: str) -> str:
    """The name a participant made from `name` gets: spaces tidied, without the invisible
    characters an article wrote it with (validators.without_unseen), cut at a word to the
    column's length (the review says so beside the name: outside tester t9b, 12)."""
    return cut_at_word(without_unseen(name), NAME_CHARS)


def long_names(names) -> list[str]:
    """The names of `names` too long for a participant's name (participant_name cuts
    them): the review lets the editor write each one as it is to be stored."""
    return [name for name in names if len(" ".join(name.split())) > NAME_CHARS]


def participant_for_name(*, name: str, user=None) -> tuple[Participant, bool]:
    """The participant called `name` (by name or alias, ignoring case), else a new person.
    New names come from person-name patterns; the editor can change the kind later."""
    name = participant_name(name)
    existing = (
        Participant.objects.filter(name__iexact=name).first()
        or Participant.objects.filter(
            pk__in=ParticipantAlias.objects.filter(name__iexact=name).values("participant_id")
        ).first()
    )
    if existing:
        return existing, False
    slug = unique_slug(slug_text(name), Participant, max_length=100)
    participant = Participant(slug=slug, name=name, kind=Participant.Kind.PERSON)
    participant.full_clean(validate_constraints=False)
    participant.save()
    record_change(participant, user=user, via=AUDIT_VIA)
    return participant, True


def event_slug(spec: NewEvent) -> str:
    return slug_text(f"{spec.title} {spec.start_date.isoformat()}")


def save_checked(obj) -> None:
    """Save a new row whose fields are validated already. Its constraints are left to the
    database (checking them in Python costs a query each), in a savepoint; a refusal is
    then explained in the model's own words (a ValidationError), as full_clean would."""
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError:
        obj.validate_constraints()
        raise


def create_event(
    *, spec: NewEvent, slugs: SlugBook, user=None
) -> tuple[Event, list[Participant], list[Participant]]:
    """One event from an accepted candidate, validated as the admin would validate it;
    new participants named by the editor are created first. Returns the event, the new
    participants and all of its participants: the caller links them (for all its
    events in one query) and then keeps its audit entry (`change_entry`)."""
    added = []
    participants = list(spec.participants)
    for name in spec.new_participant_names:
        participant, created = participant_for_name(name=name, user=user)
        participants.append(participant)
        if created:
            added.append(participant)
    event = Event(
        slug=slugs.take(event_slug(spec)),
        title=spec.title,
        kind=spec.kind,
        start_date=spec.start_date,
        precision=spec.precision,
        end_date=spec.end_date,
        track=spec.track or (spec.round.track if spec.round else None),
        round=spec.round,
        place=spec.place,
        summary=spec.summary,
        confidence=spec.confidence,
    )
    # The slug is free (the book read the taken ones); the rest as the admin validates.
    event.full_clean(exclude=["slug"], validate_constraints=False)
    save_checked(event)
    return event, added, list({p.pk: p for p in participants}.values())


def accept_article(
    *, article: Article, decisions: Sequence[Decision], user=None, fill_details: bool = True
) -> AcceptResult:
    """Store the article as a source and carry out every decision, in one transaction:
    any error (a duplicate text, an invalid event) stores nothing at all. The source
    already stored for the article's URL takes the article's date, publisher and title
    where it has none, unless `fill_details` is False (a URL the editor typed in: that
    source's details are its own).

    Raises chronology.DuplicateSourceError when the text is already a source, and
    django.core.exceptions.ValidationError when an event is invalid."""
    with transaction.atomic():
        # The same URL read again (a re-paste, an edited copy) adds to its source rather
        # than storing the article twice; two accepts of one page at once (under two
        # spellings of its address) take turns, so the second finds the first's source
        # (outside tester t15d, 2: 3 of 6 such races stored the page twice).
        if key := url_key(article.url):
            lock_until_commit(named_key(f"source-url:{key}"))
        source = chronology.source_of_url(article.url)
        hold_changed(source, decisions)
        entries = []
        if source is None:
            check_lengths(
                Source,
                url=article.url,
                publisher=article.publisher,
                title=article.title,
                language=article.language,
            )
            # Stored without its tracking parameters (urlkeys.without_tracking).
            url = without_tracking(article.url)
            source = chronology.create_source(**{**asdict(article), "url": url})
            # The source's first version: an editor's later edit of it can be reverted.
            entries.append(change_entry(source, user=user, via=AUDIT_VIA))
        elif entry := fill_source(source=source, article=article, details=fill_details, user=user):
            entries.append(entry)
        result = AcceptResult(source=source)
        # Each citation's state before this accept (none for a new source): the "before"
        # of the audit trail when a quote is added to it.
        citations: dict[int, dict] = {c.pk: snapshot(c) for c in source.citations.all()}
        slugs = SlugBook(
            Event, [event_slug(d.create) for d in decisions if d.create], max_length=120
        )
        new_citations, links = [], []
        link = Event.participants.through
        for decision in decisions:
            if decision.create is not None:
                event, added, people = create_event(spec=decision.create, slugs=slugs, user=user)
                result.events.append(event)
                result.participants.extend(added)
                # A new event has no participants yet: linked together below.
                links += [link(event_id=event.pk, participant_id=p.pk) for p in people]
                # Nothing cites an event made a moment ago: stored together below.
                new_citations.append(Citation(source=source, event=event, quote=decision.quote))
            else:
                result.cited.append(decision.cite)
                if decision.new_participant_names or decision.added_participants:
                    entries += add_people(
                        record=decision.cite,
                        names=decision.new_participant_names,
                        known=decision.added_participants,
                        source=source,
                        result=result,
                        user=user,
                    )
                citation, _ = chronology.cite(
                    source=source, target=decision.cite, quote=decision.quote
                )
                before = citations.get(citation.pk)
                entry = change_entry(citation, user=user, before=before, via=AUDIT_VIA)
                if entry is not None:  # (None: the quote was there already, no change)
                    entries.append(entry)
                    citations[citation.pk] = entry.after
        # (bulk_create sends no post_save or m2m_changed: the events' own saves cleared
        # the page cache.)
        link.objects.bulk_create(links)
        # Recorded once the participants are set: the trail's first version is whole.
        entries += [change_entry(event, user=user, via=AUDIT_VIA) for event in result.events]
        for citation in Citation.objects.bulk_create(new_citations):
            entries.append(change_entry(citation, user=user, via=AUDIT_VIA))
        record_changes(entries)
        if user is not None and user.is_authenticated:
            log_additions(user=user, result=result)
    return result


def hold_changed(source: Source | None, decisions: Sequence[Decision]) -> None:
    """The locks of the stored records an accept changes (its URL's source, each record
    it cites, adds people or rows to), as an admin save of each holds them (audit.locks),
    each read again under its lock: a change an editor saved while the review was open
    is kept, and one saved from a form drawn before this accept is refused as stale."""
    locks.lock_several()
    for record in [source, *(decision.cite for decision in decisions)]:
        if record is None:
            continue
        try:
            locks.lock_stored(record)
        except ObjectDoesNotExist:
            kind = record._meta.verbose_name
            raise ValidationError(
                f"The {kind} “{record}” was deleted while this article was reviewed. "
                "Review it again."
            ) from None


def add_people(
    *,
    record: Event | Round,
    names: Sequence[str],
    known: Sequence[Participant] = (),
    source: Source,
    result: AcceptResult,
    user=None,
):
    """The participants called `names` (created when the record knows none of that name)
    and the `known` ones added to a cited record: an event's participants, a round's
    attendees (with the source that names them), but for those the round records already,
    in any role, and the state hosting it. The audit entries of the changes, to keep with
    the accept's."""
    people = list(known)
    for name in names:
        participant, created = participant_for_name(name=name, user=user)
        people.append(participant)
        if created:
            result.participants.append(participant)
    if isinstance(record, Event):
        before = snapshot(record)
        record.participants.add(*people)
        entry = change_entry(record, user=user, before=before, via=AUDIT_VIA)
        return [entry] if entry is not None else []
    entries = []
    # Not again, in another role, nor the state hosting it (recorded.py).
    skipped = recorded.round_roles([record], [p.slug for p in people]).get(record.pk, {})
    host = recorded.host_slug(record)
    for participant in people:
        if participant.slug in skipped or participant.slug == host:
            continue
        participation, created = Participation.objects.get_or_create(
            round=record,
            participant=participant,
            role=Participation.Role.ATTENDEE,
            defaults={"source": source},
        )
        if created:
            entries.append(change_entry(participation, user=user, via=AUDIT_VIA))
    return entries


# What an article read again gives a source of its URL that lacks it (a seeded source
# with a URL and no date, publisher or title).
FILLED_SOURCE_FIELDS = ("published_on", "publisher", "title", "language")


def source_gaps(*, source: Source, article: Article) -> dict[str, object]:
    """The fields of `source` left empty that the article gives: {field: value}."""
    return {
        name: value
        for name in FILLED_SOURCE_FIELDS
        if getattr(source, name) in (None, "")
        and (value := getattr(article, name)) not in (None, "")
    }


def source_takes_text(*, source: Source, article: Article) -> bool:
    """Whether the source (stored for the article's URL with no text: a reference) keeps
    the article's text when it is accepted, so that the same text uploaded again is known
    as stored (outside re-tester t9r, 3). Not when another source has that text."""
    if source.content_hash:
        return False
    digest = chronology.text_hash(article.text)
    return bool(digest) and not Source.objects.filter(content_hash=digest).exists()


def fill_source(*, source: Source, article: Article, details: bool = True, user=None):
    """Fill the source's empty fields from the article (source_gaps; not with `details`
    False) and give it the article's text when it has none (source_takes_text); the audit
    entry of the change, or None when nothing was missing. An editor's values are never
    replaced."""
    gaps = source_gaps(source=source, article=article) if details else {}
    if source_takes_text(source=source, article=article):
        gaps.update(text=article.text, content_hash=chronology.text_hash(article.text))
    if not gaps:
        return None
    before = snapshot(source)
    for name, value in gaps.items():
        setattr(source, name, value)
    # Only the filled fields are checked: a stored value is not the review's to refuse.
    others = [f.name for f in Source._meta.concrete_fields if f.name not in gaps]
    source.full_clean(exclude=others, validate_unique=False, validate_constraints=False)
    source.save(update_fields=list(gaps))
    return change_entry(source, user=user, before=before, via=AUDIT_VIA)


def source_supports(source: Source, *, shown: int = 5) -> list[str]:
    """The first records `source` cites, in words ("Event: Hama talks"), and "n more"."""
    citations = Citation.objects.filter(source=source).select_related(*Citation.TARGETS)
    records = [
        next(getattr(c, name) for name in Citation.TARGETS if getattr(c, f"{name}_id"))
        for c in citations.order_by("pk")[: shown + 1]
    ]
    said = [f"{type(r)._meta.verbose_name.capitalize()}: {r}" for r in records[:shown]]
    if len(records) > shown:
        said.append(f"{citations.count() - shown} more")
    return said


class AlreadyDecidedError(Exception):
    """The article left the queue (accepted or discarded) while it was being reviewed."""

    def __init__(self, pending: PendingArticle):
        super().__init__(f"Article #{pending.pk} is already {pending.status}.")
        self.pending = pending


def accept_pending(
    *,
    pending: PendingArticle,
    decisions: Sequence[Decision],
    user,
    details: dict[str, str] | None = None,
    check: Callable[[], None] | None = None,
) -> AcceptResult:
    """Accept a reviewed article and take it out of the queue, together; `details` are
    the URL, publisher or title the editor gave its source on the review (validated);
    `check`, run in the transaction once the article is locked, may refuse the accept by
    raising (rematch.check_creates: records stored since the page was drawn).
    Raises AlreadyDecidedError when another accept or discard got there first."""
    with transaction.atomic():
        current = PendingArticle.objects.select_for_update().get(pk=pending.pk)
        if current.status != PendingArticle.Status.WAITING:
            raise AlreadyDecidedError(current)
        if check is not None:
            check()
        if details:
            for name, value in details.items():
                setattr(pending, name, value)
            pending.save(update_fields=list(details))
        # (A URL typed on the review joins the article to that URL's source, as the
        # editor confirmed: its date, publisher and title stay its own.)
        result = accept_article(
            article=article_of(pending),
            decisions=decisions,
            user=user,
            fill_details="url" not in (details or {}),
        )
        decide(pending=pending, status=PendingArticle.Status.ACCEPTED, user=user)
    return result


def article_of(pending: PendingArticle) -> Article:
    """The article a queued one holds: the fields of the same names."""
    return Article(**{f.name: getattr(pending, f.name) for f in fields(Article)})


def log_additions(*, user, result: AcceptResult) -> None:
    """Admin history entries, so 'Recent actions' and each object's history say who
    ingested what."""
    message = [{"added": {}}]
    for model, objects in (
        (Source, [result.source]),
        (Event, result.events),
        (Participant, result.participants),
    ):
        if objects:
            LogEntry.objects.log_actions(
                user.pk,
                model.objects.filter(pk__in=[o.pk for o in objects]),
                ADDITION,
                change_message=message,
                single_object=len(objects) == 1,
            )
