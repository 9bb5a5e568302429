"""The slugs a kind of record is known by, now and before a rename (outside tester t11d,
N2): the ingestion's pipeline names the tracks by the slugs the seeds gave them
('astana'), and an editor may since have renamed a track and given its old slug to
another. A slug names the record loadseeds finds for it (seeding.SeedLoader.find): the
record whose first version in the audit trail held it (made under it, renamed since),
else the record holding it now, else the one a former slug of that name leads to."""

from dataclasses import dataclass

from django.db import models

from peaceproc.audit import origins

from .models import FormerSlug


@dataclass(frozen=True)
class SlugNames:
    # The records, in the queryset's order.
    listed: tuple[models.Model, ...]
    # Every slug that names a record, and the record.
    records: dict[str, models.Model]
    # Each record's first slug (the one it was made under, as the trail shows it).
    first: dict[int, str]


def slug_names(queryset: models.QuerySet) -> SlugNames:
    """The slugs of `queryset`'s records (for a kind of few records: every one is read).
    Four queries."""
    model = queryset.model
    live = {record.pk: record for record in queryset}
    trail = {slug: pk for (slug,), pk in origins.first_values(queryset, ("slug",)).items() if slug}
    former = FormerSlug.objects.filter(kind=model._meta.model_name, record_id__in=list(live))
    names = {slug: live[pk] for slug, pk in former.values_list("slug", "record_id")}
    names |= {record.slug: record for record in live.values()}
    names |= {slug: live[pk] for slug, pk in trail.items() if pk in live}
    first = {pk: record.slug for pk, record in live.items()}
    first |= {pk: slug for slug, pk in trail.items() if pk in live}
    return SlugNames(listed=tuple(live.values()), records=names, first=first)
