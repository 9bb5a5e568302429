"""A record's slug as a reader or a client may write it: in other case (`ASTANA-4`), with
spaces around it or for its hyphens (`astana 4 `). The site and the API both send such a
slug on to the record's own URL (a permanent redirect), one rule for both."""

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


class SpacedSlugConverter:
    """A path converter for a record's slug as written in a URL, spaces included
    (`/rounds/astana 4/`): its view sends such a slug on to the record's own URL."""

    regex = SPACED_SLUG

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


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
