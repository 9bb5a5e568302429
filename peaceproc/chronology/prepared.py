"""Reads whose SQL is built once per process: `prepared_rows(build, **keys)`.

A page asks some queries whose SQL depends only on how many keys it passes, not on
which: "the citations of these 50 events and 3 rounds", "the participations of these
items by these people". Django builds and compiles such a QuerySet afresh on every
request, which costs several times what the query takes to run. Here `build` is called
once per shape with stand-in keys, its SQL compiled, and the request's keys are bound in
their places.

`build` receives only the stand-ins, never a request's keys, so the SQL it makes cannot
depend on them: it may use each list only as a set of keys (`__in`). The lists are padded
to a few lengths (the last key repeated: the same set) so that a worker holds few
shapes, and at most SHAPES of them.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import ValuesListIterable

# Shapes one worker keeps (least recently used first out): a few kilobytes each.
SHAPES = 512
# The stand-ins: negative, so never a key, and far apart from any constant of a query.
STAND_IN_BASE = -(10**12)


@dataclass(frozen=True)
class Prepared:
    sql: str
    # For each parameter: ("key", position in the keys) or ("constant", its value).
    params: tuple[tuple[str, object], ...]
    # (column, its converters from the database's values, its expression), as Django's.
    converters: tuple[tuple[int, list, object], ...]
    columns: int


_prepared: OrderedDict[tuple, Prepared | None] = OrderedDict()
_lock = threading.Lock()


def padded_length(length: int) -> int:
    """The length a list of keys is padded to: the next power of two (0 stays 0)."""
    return 1 << (length - 1).bit_length() if length else 0


def prepared_rows(
    name: str, build: Callable[..., QuerySet], *, using: str = "default", **keys: Sequence[int]
) -> list[tuple]:
    """The rows of `build(**keys)`, a values_list() QuerySet whose only varying values are
    the integer keys of each list (each used as a set). `name` tells this read's shapes
    from those of other reads."""
    connection = connections[using]
    lists = {field: padded(list(values)) for field, values in sorted(keys.items())}
    shape = (name, using, connection.vendor, tuple((f, len(v)) for f, v in lists.items()))
    with _lock:
        prepared = _prepared.get(shape, False)
        if prepared is not False:
            _prepared.move_to_end(shape)
    if prepared is False:
        prepared = _prepare(build, using, {f: len(v) for f, v in lists.items()})
        with _lock:
            _prepared[shape] = prepared
            while len(_prepared) > SHAPES:
                _prepared.popitem(last=False)
    if prepared is None:  # a query that can find nothing (an empty list of keys)
        return []
    flat = [key for values in lists.values() for key in values]
    params = [flat[value] if kind == "key" else value for kind, value in prepared.params]
    with connection.cursor() as cursor:
        cursor.execute(prepared.sql, params)
        rows = cursor.fetchall()
    if prepared.converters:
        rows = [converted(row, prepared.converters, connection) for row in rows]
    return [tuple(row[: prepared.columns]) for row in rows]


def padded(keys: list[int]) -> list[int]:
    """`keys`, the last repeated up to padded_length(): the same set of keys."""
    return keys + keys[-1:] * (padded_length(len(keys)) - len(keys))


def converted(row: tuple, converters, connection) -> list:
    """The row's values as Python has them (Django's converters: SQLite's dates...)."""
    values = list(row)
    for column, functions, expression in converters:
        for function in functions:
            values[column] = function(values[column], expression, connection)
    return values


def _prepare(build: Callable[..., QuerySet], using: str, lengths: dict[str, int]):
    """Compile `build` over stand-in keys; which parameter is which key."""
    stand_ins, position = {}, 0
    for field, length in lengths.items():
        stand_ins[field] = [STAND_IN_BASE - position - i for i in range(length)]
        position += length
    queryset = build(**stand_ins)
    if queryset._iterable_class is not ValuesListIterable:
        raise TypeError("prepared_rows() reads rows: build a values_list() QuerySet")
    compiler = queryset.query.get_compiler(using=using)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return None
    places = []
    for value in params:
        if isinstance(value, int) and STAND_IN_BASE - position < value <= STAND_IN_BASE:
            places.append(("key", STAND_IN_BASE - value))
        else:
            places.append(("constant", value))
    columns = compiler.col_count
    expressions = [column for column, _, _ in compiler.select[:columns]]
    converters = compiler.get_converters(expressions)
    return Prepared(
        sql=sql,
        params=tuple(places),
        converters=tuple((i, functions, e) for i, (functions, e) in converters.items()),
        columns=columns,
    )
