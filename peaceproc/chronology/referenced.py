"""`Referenced("conflicts")`: whether any row of another table points at a record through
one of its reverse relations, as an annotation (EXISTS over the referencing foreign key).

Django's own `Exists(Conflict.objects.filter(round=OuterRef("pk")))` builds, clones and
compiles a whole subquery on every request: on a record's page that cost more CPU than
the page's query took to run. This expression writes the same EXISTS from the
relation's table and column names."""

from django.db.models import BooleanField, Expression, F


class Referenced(Expression):
    """True where a row of the model behind the reverse relation `relation` (a related
    name, such as "conflicts") refers to this record."""

    output_field = BooleanField()

    def __init__(self, relation: str):
        super().__init__()
        self.relation = relation
        self.key = F("pk")
        self.referring = None  # the referencing foreign key, known once resolved

    def get_source_expressions(self):
        return [self.key]

    def set_source_expressions(self, exprs):
        (self.key,) = exprs

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        resolved = super().resolve_expression(query, allow_joins, reuse, summarize, for_save)
        resolved.referring = query.model._meta.get_field(self.relation).field
        return resolved

    def as_sql(self, compiler, connection):
        key, params = compiler.compile(self.key)
        quote = connection.ops.quote_name
        table = quote(self.referring.model._meta.db_table)
        # An alias of its own, so that the outer query's tables are never shadowed.
        alias = quote(f"referenced_{self.relation}")
        column = quote(self.referring.column)
        # Names from the models' metadata, quoted; no value of a request's.
        sql = f"EXISTS(SELECT 1 FROM {table} {alias} WHERE {alias}.{column} = {key})"  # noqa: S608
        return sql, params
