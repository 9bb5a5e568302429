"""Reads whose SQL is built once per process: `prepared_rows(build, days=..., **keys)`.

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

Dates (`days`) are bound the same way: each given date is a stand-in day, which the SQL
may bind as itself or as the first day of its month or year (what chronology/overlap.py
binds); a date not given (None) is part of the shape, and `build` gets None for it. The
SQL must not depend on a date's value (Overlaps writes the same terms for any date).

Texts (`texts`) too: a text given is a stand-in string, which the SQL must bind as it is
(a parameter, such as a search's match expression); a text not given (None) is part of
the shape, and `build` gets None for it.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import ValuesListIterable

from .dates import Precision, truncate

# Shapes one worker keeps (least recently used first out): a few kilobytes each.
SHAPES = 512
# The stand-ins: negative, so never a key, and far apart from any constant of a query.
STAND_IN_BASE = -(10**12)
# A stand-in day: the n-th date given is this day of year n + 1 (no record's date is that
# early), and neither the first of its month nor of its year, so that each form the SQL
# binds (itself, its month's or its year's first day) tells which date it is.
STAND_IN_MONTH, STAND_IN_DAY = 2, 2
DAY_FORMS = (Precision.DAY, Precision.MONTH, Precision.YEAR)
# A stand-in text: this, then the text's position (no search or constant reads so).
STAND_IN_TEXT = "\x00prepared-stand-in-text-"


@dataclass(frozen=True)
class Prepared:
    sql: str
    # For each parameter: ("key", position in the keys), ("day", (position in the dates,
    # its form)), ("text", position in the texts) or ("constant", its value).
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
    name: str,
    build: Callable[..., QuerySet],
    *,
    using: str = "default",
    days: Mapping[str, date | None] | None = None,
    texts: Mapping[str, str | None] | None = None,
    at_least: Mapping[str, int] | None = None,
    **keys: Sequence[int],
) -> list[tuple]:
    """The rows of `build(**keys, **days, **texts)`, a values_list() QuerySet whose only
    varying values are the integer keys of each list (each used as a set), the dates and
    the texts given. `name` tells this read's shapes from those of other reads.
    `at_least`: lists padded to at least this many keys when given any (`padded`)."""
    connection = connections[using]
    days, texts, at_least = days or {}, texts or {}, at_least or {}
    lists = {
        field: padded(list(values), at_least.get(field, 1))
        for field, values in sorted(keys.items())
    }
    given = {field: day for field, day in sorted(days.items()) if day is not None}
    written = {field: text for field, text in sorted(texts.items()) if text is not None}
    shape = (
        name,
        using,
        connection.vendor,
        tuple((f, len(v)) for f, v in lists.items()),
        tuple((f, f in given) for f in sorted(days)),
        tuple((f, f in written) for f in sorted(texts)),
    )
    with _lock:
        prepared = _prepared.get(shape, False)
        if prepared is not False:
            _prepared.move_to_end(shape)
    if prepared is False:
        lengths = {f: len(v) for f, v in lists.items()}
        prepared = _prepare(
            build,
            using,
            lengths,
            {f: f in given for f in sorted(days)},
            {f: f in written for f in sorted(texts)},
        )
        with _lock:
            _prepared[shape] = prepared
            while len(_prepared) > SHAPES:
                _prepared.popitem(last=False)
    if prepared is None:  # a query that can find nothing (an empty list of keys)
        return []
    flat = [key for values in lists.values() for key in values]
    dated, text = list(given.values()), list(written.values())
    day = connection.ops.adapt_datefield_value
    params = [
        flat[value]
        if kind == "key"
        else day(truncate(dated[value[0]], value[1]))
        if kind == "day"
        else text[value]
        if kind == "text"
        else value
        for kind, value in prepared.params
    ]
    with connection.cursor() as cursor:
        cursor.execute(prepared.sql, params)
        rows = cursor.fetchall()
    if prepared.converters:
        rows = converted(rows, prepared.converters, connection)
    return [tuple(row[: prepared.columns]) for row in rows]


def padded(keys: list[int], at_least: int = 1) -> list[int]:
    """`keys`, the last repeated up to padded_length(), and up to `at_least` keys: the same
    set of keys. (A read whose lists' lengths vary from page to page, each in one place
    of its SQL, pads them to at least a page's worth: one shape, compiled once, for every
    mix of short lists, where each mix of powers of two was a shape of its own.)"""
    length = max(padded_length(len(keys)), at_least) if keys else 0
    return keys + keys[-1:] * (length - len(keys))


def converted(rows: list[tuple], converters, connection) -> list[tuple]:
    """The rows' values as Python has them (Django's converters: SQLite's dates...),
    converted a column at a time. A converter's result depends on the value alone, and a
    column repeats few values (a tally's months, the same day in many rows): where all of
    a column's values but NULLs are of one type (so no two equal values differ, as 1 and
    1.0 would) other than float (a NaN equals nothing), each distinct value is converted
    once."""
    if not rows:
        return rows
    columns = list(zip(*rows, strict=True))
    for column, functions, expression in converters:
        values = columns[column]

        def convert(value, functions=functions, expression=expression):
            for function in functions:
                value = function(value, expression, connection)
            return value

        types = set(map(type, values))
        types.discard(type(None))
        if len(types) == 1 and float not in types:
            memo = dict.fromkeys(values)
            for value in memo:
                memo[value] = convert(value)
            columns[column] = list(map(memo.__getitem__, values))
        else:
            columns[column] = list(map(convert, values))
    return list(zip(*columns, strict=True))


def _prepare(
    build: Callable[..., QuerySet],
    using: str,
    lengths: dict[str, int],
    days: dict[str, bool],
    texts: dict[str, bool],
):
    """Compile `build` over stand-in keys, days and texts; which parameter is which."""
    stand_ins, position = {}, 0
    for field, length in lengths.items():
        stand_ins[field] = [STAND_IN_BASE - position - i for i in range(length)]
        position += length
    adapt = connections[using].ops.adapt_datefield_value
    day_places, given = {}, 0
    for field, present in days.items():
        stand_ins[field] = None
        if present:
            stand_ins[field] = date(given + 1, STAND_IN_MONTH, STAND_IN_DAY)
            for form in DAY_FORMS:
                day_places[adapt(truncate(stand_ins[field], form))] = (given, form)
            given += 1
    text_places, written = {}, 0
    for field, present in texts.items():
        stand_ins[field] = None
        if present:
            stand_ins[field] = f"{STAND_IN_TEXT}{written}"
            text_places[stand_ins[field]] = written
            written += 1
    queryset = build(**stand_ins)
    if queryset._iterable_class is not ValuesListIterable:
        raise TypeError("prepared_rows() reads rows: build a values_list() QuerySet")
    compiler = queryset.query.get_compiler(using=using)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return None
    if STAND_IN_TEXT in sql:
        raise ValueError("prepared_rows() binds a text as a parameter, never in the SQL")
    places = []
    for value in params:
        if isinstance(value, int) and STAND_IN_BASE - position < value <= STAND_IN_BASE:
            places.append(("key", STAND_IN_BASE - value))
        elif isinstance(value, str | date) and value in day_places:
            places.append(("day", day_places[value]))
        elif isinstance(value, str) and value in text_places:
            places.append(("text", text_places[value]))
        elif isinstance(value, str) and STAND_IN_TEXT in value:
            raise ValueError("prepared_rows() binds a text as a parameter of its own")
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
