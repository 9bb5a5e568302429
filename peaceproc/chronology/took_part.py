"""`TookPart`: the records some participants took part in, as one condition that writes
its own SQL (conditions.py): a round, event or agreement whose participations name any
of them (themselves, or as the party another acted for), or an event that lists them.

As Django lookups (`pk__in=Participation.objects.filter(Q(participant__in=...) |
Q(on_behalf_of__in=...)).values("round_id")`) the same subqueries cost more CPU to build
and compile than they take to run, on every search that names someone and on every
participant's timeline; here each is a format string over the models' table and column
names."""

from django.apps import apps
from django.core.exceptions import EmptyResultSet

from .conditions import Condition

# A table that links records to participants: (app label and model name, its foreign key
# to the record, its foreign keys to a participant).
type Link = tuple[str, str, tuple[str, ...]]


class TookPart(Condition):
    """The records whose primary key one of `links` pairs with one of `people` (ids)."""

    def __init__(self, links: tuple[Link, ...], people):
        super().__init__(("pk",), (links, tuple(people)))

    def condition_sql(self, columns, connection):
        links, people = self.rhs
        if not people:
            raise EmptyResultSet  # as Django's IN with no values: nothing, and no query
        quote = connection.ops.quote_name
        marks = ", ".join(["%s"] * len(people))
        terms, params = [], []
        for number, (label, record_field, person_fields) in enumerate(links):
            meta = apps.get_model(label)._meta
            # An alias of its own, so that the outer query's tables are never shadowed.
            alias = quote(f"took_part_{number}")
            who = " OR ".join(
                f"{alias}.{quote(meta.get_field(name).column)} IN ({marks})"
                for name in person_fields
            )
            record = quote(meta.get_field(record_field).column)
            # Names from the models' metadata, quoted; the ids are parameters.
            terms.append(
                f"{columns['pk']} IN (SELECT {alias}.{record} "  # noqa: S608
                f"FROM {quote(meta.db_table)} {alias} WHERE {who})"
            )
            params += [*people] * len(person_fields)
        return f"({' OR '.join(terms)})", params
