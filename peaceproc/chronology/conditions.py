"""Conditions for filter() and Q() that write their own SQL around a few columns.

A timeline page asks the same few conditions in most of its queries (which items overlap
the window, which are on the lanes shown). Written as Q objects of field lookups, each
cost Django more CPU to build and compile, per query, than the query took to run; as one
`Condition` each is resolved as its columns only, and its SQL is a format string.

A Condition is a Lookup, so that Django puts it in a WHERE or FILTER clause as it stands
(on SQLite too, where a boolean expression would be compared with 1); it is registered on
no field. Its columns are its source expressions: resolved, and relabelled inside a
subquery, as any other's."""

from django.core.exceptions import EmptyResultSet
from django.db.models import F
from django.db.models.expressions import ExpressionList
from django.db.models.lookups import Lookup
from django.utils.hashable import make_hashable


class Condition(Lookup):
    """A condition on the columns `names` (fields of the queried model) and `values`;
    subclasses write its SQL in `condition_sql`. Its left-hand side is the columns (one
    expression list, which Django resolves again in a subquery that refers outside), its
    right-hand side the values."""

    def __init__(self, names: tuple[str, ...], values: tuple):
        self.names = names
        self.lhs = ExpressionList(*(F(name) for name in names))
        self.rhs = values

    def condition_sql(self, columns: dict[str, str], connection) -> tuple[str, list]:
        """The SQL and its parameters, from each column's SQL by field name."""
        raise NotImplementedError

    @property
    def identity(self):
        return (self.__class__, self.names, self.lhs, make_hashable(self.rhs))

    def get_source_expressions(self):
        return [self.lhs]

    def set_source_expressions(self, exprs):
        (self.lhs,) = exprs

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        resolved = self.copy()
        resolved.is_summary = summarize
        resolved.lhs = self.lhs.resolve_expression(query, allow_joins, reuse, summarize, for_save)
        return resolved

    def as_sql(self, compiler, connection):
        columns = {}
        for name, column in zip(self.names, self.lhs.get_source_expressions(), strict=True):
            columns[name], _ = compiler.compile(column)
        return self.condition_sql(columns, connection)


class KeyIn(Condition):
    """`field` (a foreign key's column) is one of `keys`, a row without one counting as
    `missing`: COALESCE(field, missing) IN (keys). One test for "on these tracks, or on
    none", which keeps SQLite reading rows in the order of another index (dates)."""

    def __init__(self, field: str, keys, *, missing: int):
        super().__init__((field,), (tuple(keys), missing))

    def condition_sql(self, columns, connection):
        keys, missing = self.rhs
        if not keys:
            raise EmptyResultSet  # as Django's IN does: a query that finds nothing is not run
        marks = ", ".join(["%s"] * len(keys))
        return f"COALESCE({columns[self.names[0]]}, %s) IN ({marks})", [missing, *keys]
