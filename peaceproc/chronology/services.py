"""Writes to the record. Views, admin actions, commands and ingestion call these
small functions rather than saving models themselves, so the rules (hashing,
one citation per source and record) live in one place."""

import hashlib
import re
from functools import lru_cache, partial

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from peaceproc import normal_form
from peaceproc.audit import locks
from peaceproc.audit import services as audit
from peaceproc.lookalike import roman_read

from .dates import truncate
from .models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    FormerSlug,
    Round,
    SluggedKind,
    Source,
)
from .urlkeys import url_key
from .validators import canonical_slug

CitationTarget = Round | Event | Agreement | EnvoyTenure


class DuplicateSourceError(Exception):
    """The same text is already stored; `existing` is the earlier source."""

    def __init__(self, existing: Source):
        self.existing = existing
        super().__init__(f"This text is already stored as source #{existing.pk} ({existing}).")


def normalise_text(text: str) -> str:
    """The form of a text that its hash is taken of: NFC, one space between words.
    (normal_form keeps NFC linear on runs of thousands of combining marks.)"""
    return " ".join(normal_form.normalize("NFC", text).split())


# An ingestion asks for one text's hash up to five times (is it stored, is it waiting for
# review, is it twice in the upload, then storing it): normalising 200,000 characters
# each time was a tenth of an upload's CPU. The last few texts' hashes are kept.
@lru_cache(maxsize=8)
def text_hash(text: str) -> str:
    """SHA-256 of the normalised text, or '' for a text with no words."""
    normal = normalise_text(text)
    return hashlib.sha256(normal.encode()).hexdigest() if normal else ""


def find_source_by_text(text: str) -> Source | None:
    digest = text_hash(text)
    return Source.objects.filter(content_hash=digest).first() if digest else None


def create_source(
    *,
    url: str = "",
    publisher: str = "",
    title: str = "",
    published_on=None,
    language: str = "",
    text: str = "",
) -> Source:
    """Store a new source. A text already stored raises DuplicateSourceError, also one
    stored by another writer after the check (the unique constraint on its hash refuses
    the second: outside tester t11b, 2)."""
    if existing := find_source_by_text(text):
        raise DuplicateSourceError(existing)
    try:
        with transaction.atomic():
            return Source.objects.create(
                url=url,
                publisher=publisher,
                title=title,
                published_on=published_on,
                language=language,
                text=text,
                content_hash=text_hash(text),
                url_key=url_key(url),
            )
    except IntegrityError:
        if existing := find_source_by_text(text):
            raise DuplicateSourceError(existing) from None
        raise


def reference_source(*, url: str) -> Source | None:
    """The text-less source for a URL (a reference), if there is one (create_source with
    only a URL makes one): under any spelling of that address (urlkeys)."""
    key = url_key(url)
    return Source.objects.filter(url_key=key, content_hash="").order_by("pk").first()


def source_of_url(url: str, *, besides: Source | None = None) -> Source | None:
    """The source already stored for the page at `url`, under any spelling of its address
    (urlkeys), the one with a text first; never `besides` (the source being edited)."""
    if not (key := url_key(url)):
        return None
    found = Source.objects.filter(url_key=key).order_by("-content_hash", "pk")
    return found.exclude(pk=besides.pk).first() if besides is not None else found.first()


def source_reverted(source: Source, before: dict | None) -> None:
    """After the admin's history restored a source's version (audit.revert): the key of
    the URL it restored (a version kept before the key was stored holds none), and the
    check the Source form makes: an address another source holds is refused
    (ValidationError: the revert is undone)."""
    key = url_key(source.url)
    if key != (before or {}).get("url_key") and (
        holder := source_of_url(source.url, besides=source)
    ):
        raise ValidationError(
            f"This version's address is that of source #{holder.pk} ({holder}): one page "
            "is one source."
        )
    if source.url_key != key:
        source.url_key = key
        source.save(update_fields=["url_key"])


def target_field(target: CitationTarget) -> str:
    """The name of the foreign key a citation, participation or conflict points at it by."""
    return {
        Round: "round",
        Event: "event",
        Agreement: "agreement",
        EnvoyTenure: "tenure",
    }[type(target)]


def cite(
    *, source: Source, target: CitationTarget, quote: str = "", note: str = ""
) -> tuple[Citation, bool]:
    """Tie `source` to `target`. A source cites a record once: a new quote for an
    existing citation is appended to its quote rather than stored twice.

    Safe when two writers cite the same pair at once: the existing row is locked before
    its quote is read (SELECT ... FOR UPDATE), and of two that both create, the one the
    unique constraint refuses (in a savepoint) appends to the winner's row instead."""
    field = target_field(target)
    pair = {"source": source, field: target}
    with transaction.atomic():
        citation = Citation.objects.select_for_update().filter(**pair).first()
        if citation is None:
            try:
                with transaction.atomic():
                    return Citation.objects.create(quote=quote, note=note, **pair), True
            except IntegrityError:
                citation = Citation.objects.select_for_update().get(**pair)
        changed = []
        if quote and quote not in citation.quote:
            citation.quote = f"{citation.quote}\n{quote}".strip()
            changed.append("quote")
        if note and not citation.note:
            citation.note = note
            changed.append("note")
        if changed:
            citation.save(update_fields=changed)
    return citation, False


def cite_new(*, target: CitationTarget, sources: list[tuple[Source, str]]) -> list[Citation]:
    """Tie `target`, a record made in the current transaction (so nothing cites it yet), to
    each of `sources` ((source, note) pairs) as `cite` would one by one: a source named
    twice is cited once, with the first of its notes that is not empty. One INSERT;
    returns the citations made, in order. (bulk_create sends no post_save: the record's
    own creation cleared the page cache.)"""
    notes: dict[Source, str] = {}
    for source, note in sources:
        notes[source] = notes.get(source) or note
    field = target_field(target)
    return Citation.objects.bulk_create(
        [
            Citation(source=source, quote="", note=note, **{field: target})
            for source, note in notes.items()
        ]
    )


def rename_slug(*, record: models.Model, slug: str, user=None, via: str = "service") -> bool:
    """Give `record` the slug `slug`, its former one kept as a FormerSlug so that the URLs
    citing it lead to the record (a 301). True when renamed. Raises ValidationError when
    `slug` is not a slug of its model, another record of the model holds it, or it is
    another record's former slug (check_slug_free). The one way a slug changes: the
    admin's edit of a record's slug comes here too. `slug` is kept in lower case, as
    addresses are looked up."""
    former, slug = record.slug, slug.lower()
    if former == slug:
        return False
    model = type(record)
    if model.objects.filter(slug=slug).exclude(pk=record.pk).exists():
        raise ValidationError({"slug": f"Another {model._meta.verbose_name} has the slug {slug}."})
    with transaction.atomic():
        check_slug_free(model=model, slug=slug, pk=record.pk)
        sync_fields(record, {"slug": slug}, user=user, via=via)
        keep_slug_history(record=record, former=former)
    return True


def check_slug_free(*, model: type[models.Model], slug: str, pk: int | None) -> None:
    """Raise ValidationError naming the record unless `slug` is free of the former slugs
    of `model`'s records other than `pk` (None: a record not made yet). A live slug wins
    over a former one, so taking another record's former slug would send every link
    published for that record to this one (outside tester t10a, finding 1); a record's own
    former slug it may take back."""
    former = (
        FormerSlug.objects.filter(kind=model._meta.model_name, slug=slug.lower())
        .exclude(record_id=pk)
        .values_list("record_id", flat=True)
        .first()
    )
    # (one whose record is gone leads nowhere: free)
    if former is None or (holder := model.objects.filter(pk=former).first()) is None:
        return
    name = model._meta.verbose_name
    raise ValidationError(
        {
            "slug": f"The slug {slug} was the {name} “{holder}” (id {holder.pk}, now "
            f"{holder.slug}) before it was renamed: its links still lead there. Choose another."
        }
    )


def check_canonical_slug_free(*, model: type[models.Model], slug: str, pk: int | None) -> None:
    """Raise ValidationError naming the record when `slug` is not in canonical form and
    its canonical form is another `model` record's slug ('astana_7' when a round is
    'astana-7'): an address reads it as that record's (outside tester t13a, 9)."""
    canonical = canonical_slug(slug)
    if canonical == slug or not canonical:
        return
    # The slug's unique constraint serves the lookup.
    holder = model.objects.filter(slug=canonical).exclude(pk=pk).first()
    if holder is not None:
        name = model._meta.verbose_name
        raise ValidationError(
            {
                "slug": f"The slug {slug} reads as {canonical}, the slug of the {name} "
                f"“{holder}” (id {holder.pk}): its address would lead there. Choose another."
            }
        )


def check_slug_forms_free(*, model: type[models.Model], slug: str, pk: int | None) -> None:
    """Raise ValidationError naming the record unless `slug` and the canonical form an
    address reads it as are no former slug of another `model` record than `pk`
    (check_slug_free), and that form is no other record's slug (check_canonical_slug_free)."""
    for form in dict.fromkeys([slug, canonical_slug(slug)]):
        check_slug_free(model=model, slug=form, pk=pk)
    check_canonical_slug_free(model=model, slug=slug, pk=pk)


# A run of digits with leading zeros ('07' in 'astana-07'), after no other digit.
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def slug_read(slug: str) -> str:
    """How a reader reads `slug`'s numbers: its canonical form with each number without
    leading zeros and each Roman numeral after its first word as its number ('astana-07',
    'Astana_VII' and 'astana-vii' read 'astana-7')."""
    return _LEADING_ZEROS.sub("", roman_read(canonical_slug(slug)))


def check_slug_read_free(*, model: type[models.Model], slug: str, pk: int | None) -> None:
    """Raise ValidationError naming the record when `slug` reads (slug_read) as the slug
    of a `model` record other than `pk` without being it: a former slug 'astana-07' or
    'astana-vii' given to another round would send an address a reader writes for
    Astana 7 there (outside tester t14d, finding 10). One query: the records whose slug
    starts with the same first word (a numeral is never the first word read)."""
    read = slug_read(slug)
    first = read.split("-", 1)[0]
    if not first or read == canonical_slug(slug):
        return  # (no number read otherwise: check_canonical_slug_free's case)
    # The slug's unique constraint serves the prefix lookup.
    prefix = models.Q(slug=first) | models.Q(slug__startswith=f"{first}-")
    alike = model.objects.filter(prefix).exclude(pk=pk)
    holder = next((r for r in alike if r.slug != slug and slug_read(r.slug) == read), None)
    if holder is not None:
        name = model._meta.verbose_name
        raise ValidationError(
            {
                "slug": f"The slug {slug} reads as {read}, as the slug of the {name} "
                f"“{holder}” (id {holder.pk}, {holder.slug}) does: an address written so "
                f"would be taken for that {name}'s. Choose another."
            }
        )


def former_slugs_like(model: type[models.Model], starts: models.Q) -> list[str]:
    """The former slugs of `model`'s records that match `starts` (a Q on `slug`): taken
    for a new record as its live slugs are (ingest.services.SlugBook)."""
    kind = model._meta.model_name
    return list(FormerSlug.objects.filter(starts, kind=kind).values_list("slug", flat=True))


def keep_slug_history(*, record: models.Model, former: str | None) -> None:
    """The former slugs once `record`'s slug has changed from `former` (None: the record
    was just made again): its live slug is nobody's former one (the live slug wins, so a
    slug renamed back, A to B to A, leaves B, never A), and `former` leads to it."""
    kind = record._meta.model_name
    FormerSlug.objects.filter(kind=kind, slug=record.slug.lower()).delete()
    if former is not None and former != record.slug:
        keep_former_slug(record=record, slug=former)


def slug_reverted(record: models.Model, before: dict | None) -> None:
    """After the admin's history restored a slugged record's version (audit.revert): its
    former slugs as a rename leaves them (keep_slug_history)."""
    keep_slug_history(record=record, former=before["slug"] if before else None)


def former_slug_reverted(former: FormerSlug, before: dict | None) -> None:
    """After the admin's history restored a former slug's version: the checks a former
    slug added by hand passes (check_former_slug), else ValidationError (the revert is
    refused and undone)."""
    check_former_slug(kind=former.kind, slug=former.slug, record_id=former.record_id)


def keep_former_slug(*, record: models.Model, slug: str) -> bool:
    """Let `slug` (in lower case) lead to `record` from now on, unless a record of its
    model holds that slug in some case now (the record's own in other case, say): such an
    address answers with that record, never a redirect. True when kept."""
    model, slug = type(record), slug.lower()
    if model.objects.filter(slug__iexact=slug).exists():
        return False
    FormerSlug.objects.update_or_create(
        kind=model._meta.model_name, slug=slug, defaults={"record_id": record.pk}
    )
    return True


def check_former_slug(*, kind: str, slug: str, record_id: int) -> None:
    """Raise ValidationError (by field) unless a FormerSlug may lead `slug` to the `kind`
    record `record_id`: the record exists, neither the slug nor the canonical form an
    address reads it as leads to another record (check_slug_forms_free), it does not read
    as another record's slug by its numbers (check_slug_read_free), the slug is in
    the canonical form of a slug (lower case: addresses are looked up so), and no record
    of the kind holds it now in any case: a live slug always wins, so
    such a former slug would never be reached, or would send the holder's address
    elsewhere once the holder is renamed."""
    if kind not in SluggedKind.values:
        raise ValidationError({"kind": "Unknown kind of record."})
    model = apps.get_model("chronology", kind)
    name = model._meta.verbose_name
    if not model.objects.filter(pk=record_id).exists():
        raise ValidationError({"record_id": f"No {name} has the id {record_id}."})
    # The address it reads as is no other record's (outside tester t14a, finding 2:
    # `astana_7` leading to another round sent readers of Astana 7 there), and it is
    # written as a record's slug is (lower case, canonical form): both said at once.
    refusals = []
    for check in (
        partial(check_slug_forms_free, model=model, slug=slug, pk=record_id),
        partial(check_slug_read_free, model=model, slug=slug, pk=record_id),
        partial(FormerSlug._meta.get_field("slug").run_validators, slug),
    ):
        try:
            check()
        except ValidationError as refused:
            refusals += refused.messages
    if refusals:
        raise ValidationError({"slug": refusals})
    holder = model.objects.filter(slug__iexact=slug).first()
    if holder is None:
        return
    if holder.pk == record_id:
        raise ValidationError({"slug": f"This is the {name}'s own slug now: it needs no redirect."})
    held = f"The {name} “{holder}” (id {holder.pk}) has this slug now: it cannot lead elsewhere."
    raise ValidationError({"slug": held})


def differs(obj: models.Model, name: str, value) -> bool:
    """Whether `obj`'s field `name` holds something other than `value`. A link is compared
    by its key: reading `obj.<link>` would load the linked record, a query per field (a
    correction compared some 1,000 links of participations that way)."""
    field = obj._meta.get_field(name)
    if field.many_to_one or field.one_to_one:
        key = value.pk if isinstance(value, models.Model) else value
        return getattr(obj, field.attname) != key
    return getattr(obj, name) != value


def sync_fields(obj: models.Model, values: dict, *, user=None, via: str = "service") -> bool:
    """Set `values` on `obj` and save if anything differs; True when saved. The change
    is kept in the audit trail with `user` and `via` ("seed" for loadseeds --update).
    It holds the record's lock (audit.locks, as an admin save does) and reads the record
    again under it: a field another writer saved meanwhile is kept, in the row and in the
    trail's version after this change."""
    if not any(differs(obj, name, value) for name, value in values.items()):
        return False
    locks.lock_stored(obj)
    changed = [name for name, value in values.items() if differs(obj, name, value)]
    if not changed:
        return False
    before = audit.stored_snapshot(type(obj), obj.pk)
    for name in changed:
        setattr(obj, name, values[name])
    # The fields left as they were are not checked again (each link's check is a query).
    unchanged = [field.name for field in obj._meta.fields if field.name not in changed]
    obj.full_clean(exclude=unchanged, validate_unique=False, validate_constraints=False)
    obj.save(update_fields=changed)
    audit.record_change(obj, user=user, before=before, via=via)
    return True


def at_period_starts(*, model: type[models.Model], values: dict) -> dict:
    """The dates among `values` (a record's field values by name) not on the first day of
    the period their precision names, moved there: a month's to its 1st, a year's to 1
    January (outside tester t11a, 8: a May 2018 stored as the 15th was left out of a
    search of 1-14 May). What the admin's forms save; the ingestion's review moves its
    dates with the same dates.truncate, and migration 0015 moved the stored ones."""
    moved = {}
    for date_field, precision_field in getattr(model, "dated_fields", ()):
        value, precision = values.get(date_field), values.get(precision_field)
        if value is not None and precision and truncate(value, precision) != value:
            moved[date_field] = truncate(value, precision)
    return moved
