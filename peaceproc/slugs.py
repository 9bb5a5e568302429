"""A record's slug as a reader or a client may write it: in other case (`ASTANA-4`), with
spaces around it or for its hyphens (`astana 4 `), and an event's number in other
spelling (`01`, `+1`, `1.0`). The site and the API both send such a slug or number on to
the record's own URL in one permanent redirect, one rule for both."""

import re
from collections.abc import Iterable

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponsePermanentRedirect

from peaceproc.chronology.models import FormerSlug

# A run of spaces, with any hyphens beside them, stands for one hyphen ('astana - 4').
_SPACING = re.compile(r"[\s-]*\s[\s-]*")
# What a slug is made of (a SlugField's ASCII letters, digits, hyphens and underscores),
# and a URL's way of writing one in other spacing. Nothing else reaches the database: a
# NUL (`%00`) is an error on PostgreSQL, not a miss.
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
SPACED_SLUG = r"[-a-zA-Z0-9_\s]+"
# A record's number as written: ASCII digits, a sign, a decimal point, spaces. Only
# written_id says which of these name a number.
WRITTEN_ID = r"[-+.0-9\s]+"
# Its digits, leading zeros aside, at most as many as MAX_ID has (int() refuses a number
# of thousands of digits). A sign or a decimal point (`+1`, `1.0`) names no record (outside
# tester t12a, finding 12): an id is a whole number, written with digits only.
_WRITTEN_ID = re.compile(r"\s*0*([0-9]{1,19})\s*")
# The largest id the database can compare with (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class SpacedSlugConverter:
    """A path converter for a record's slug as written in a URL, spaces included
    (`/rounds/astana 4/`): its view sends such a slug on to the record's own URL."""

    regex = SPACED_SLUG

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class IdConverter:
    """A path converter for a record's number as the record's own URL writes it (`42`:
    no sign, no leading zero, no point, within MAX_ID); other spellings are left to
    WrittenIdConverter's route."""

    regex = "[1-9][0-9]{0,18}"

    def to_python(self, value: str) -> int:
        if (number := int(value)) > MAX_ID:
            raise ValueError(value)  # the next route's (no record has it)
        return number

    def to_url(self, value: int) -> str:
        return str(value)


class WrittenIdConverter:
    """A path converter for a record's number as written in a URL (`/events/01/`): its
    view sends a number in other spelling on to the record's own URL."""

    regex = WRITTEN_ID

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


def written_id(typed: str) -> int | None:
    """The id `typed` writes (`1`, `01`, ` 1 `), else None: a number with a sign or a
    decimal point, one past any id (MAX_ID), or no number."""
    found = _WRITTEN_ID.fullmatch(typed)
    if found is None:
        return None
    value = int(found.group(1))
    return value if 0 < value <= MAX_ID else None


def spaced_as_slug(typed: str) -> str:
    """`typed` trimmed, each run of spaces (with the hyphens beside it) one hyphen."""
    return _SPACING.sub("-", typed.strip())


def record_slug(queryset: QuerySet, typed: str) -> str | None:
    """The slug of the one record of `queryset` whose slug is `typed` but for case and
    spacing (spaced_as_slug), or was before the record was renamed; None when no record
    or several have it. A value a slug cannot be, by its characters or its length (past
    the slug column), names no record and is not sent to the database."""
    wanted = spaced_as_slug(typed)
    if (
        not SLUG.fullmatch(wanted)
        or len(wanted) > queryset.model._meta.get_field("slug").max_length
    ):
        return None
    found = list(queryset.filter(slug__iexact=wanted).values_list("slug", flat=True)[:2])
    if not found:  # a slug the record had before it was renamed (FormerSlug)
        found = [FormerSlug.objects.current_slug(queryset.model, wanted.lower())]
    return found[0] if len(found) == 1 else None


def record_id(queryset: QuerySet, typed: str) -> int | None:
    """The id of the record of `queryset` whose number `typed` writes in any spelling
    (written_id), else None."""
    pk = written_id(typed)
    return pk if pk is not None and queryset.filter(pk=pk).exists() else None


def canonical_slug(queryset: QuerySet, typed: str) -> str | None:
    """The record's slug (record_slug) when it differs from `typed`, else None."""
    found = record_slug(queryset, typed)
    return found if found != typed else None


def slug_among(known: Iterable[str], typed: str) -> str | None:
    """The one slug of `known` that `typed` is but for case and spacing, when it differs
    from `typed` (a track in a query string: `?track=Astana`); else None."""
    wanted = spaced_as_slug(typed).lower()
    found = [slug for slug in known if slug.lower() == wanted]
    return found[0] if len(found) == 1 and found[0] != typed else None


def redirect_keeping_query(request: HttpRequest, target: str) -> HttpResponsePermanentRedirect:
    """A permanent redirect to `target` with the request's query string as it came."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


def redirect_replacing(
    request: HttpRequest, values: dict[str, str]
) -> HttpResponsePermanentRedirect:
    """A permanent redirect to this URL with the query parameters of `values` set to
    them, the others as they came (a filter given by a former slug, say)."""
    query = request.GET.copy()
    for name, value in values.items():
        query[name] = value
    return HttpResponsePermanentRedirect(f"{request.path}?{query.urlencode(safe='/')}")
