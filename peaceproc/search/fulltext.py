"""Full-text search over the items' own text (title, summary, place), in the database's
own engine: SQLite FTS5 (contentless tables kept in step by triggers) or PostgreSQL
full-text (GIN expression indexes, accents folded by `unaccent` where the database has
it). Both fold case and accents, read past the characters a search ignores
(folding.SILENT: Arabic vowel marks, the tatweel), and match each query word as a word
start.

The index lives beside the chronology's tables and is maintained by the database itself,
so every write path (the admin, ingestion, bulk_create, raw SQL, a restore) keeps it
current. `install` runs after every migrate and puts back whatever is missing or was made
by an older version, indexing the rows again: SQLite drops a table's triggers when Django
rebuilds the table to alter it.
"""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from .folding import silent_characters
from .terms import Token, terms

logger = logging.getLogger(__name__)

# The searched columns of each kind of item, and the table they live in.
COLUMNS = {
    "round": ("chronology_round", ("title", "summary", "city")),
    "event": ("chronology_event", ("title", "summary", "place")),
    "agreement": ("chronology_agreement", ("title", "summary", "place")),
    "tenure": ("chronology_envoytenure", ("title", "summary")),
}
SQLITE_TOKENIZER = "unicode61 remove_diacritics 2"


def install(*, using: str = "default", **kwargs) -> None:
    """Create the full-text tables, triggers or indexes that are missing (idempotent)."""
    from django.db import connections

    db = connections[using]
    if db.vendor == "sqlite":
        _install_sqlite(db)
    elif db.vendor == "postgresql":
        _install_postgresql(db)


# SQLite's parser overflows its stack past about 30 nested calls: `_unmarked_sql` nests
# its replace() calls this many at a time, each group in a subquery of its own.
NESTED_CALLS = 16


def _unmarked_sql(expression: str) -> str:
    """SQLite SQL for `expression` without the SILENT characters (folding.py): FTS5's
    tokenizer reads an Arabic vowel mark as a break between words."""
    chars = silent_characters()
    select = f"SELECT {expression} AS v"
    for start in range(0, len(chars), NESTED_CALLS):
        value = "v"
        for char in chars[start : start + NESTED_CALLS]:
            value = f"replace({value}, '{char}', '')"
        select = f"SELECT {value} AS v FROM ({select})"  # noqa: S608 - constants only
    return f"({select})"


def _sqlite_statements(kind: str) -> dict[str, str]:
    """The full-text table of `kind` and the triggers that keep it current, by name, as
    SQLite stores them. The table holds no copy of the text (content=''), only the index
    of its unmarked form, so the triggers give the text as it was indexed to delete it."""
    table, columns = COLUMNS[kind]
    fts, names = f"search_{kind}", ", ".join(columns)
    new = ", ".join(_unmarked_sql(f"new.{c}") for c in columns)
    old = ", ".join(_unmarked_sql(f"old.{c}") for c in columns)
    # Every name in these statements is one of COLUMNS' constants.
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"  # noqa: S608
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"  # noqa: S608
    on = f"ON {table} FOR EACH ROW BEGIN"
    return {
        fts: f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='', "
        f"tokenize='{SQLITE_TOKENIZER}')",
        f"{fts}_insert": f"CREATE TRIGGER {fts}_insert AFTER INSERT {on} {insert} END",
        f"{fts}_delete": f"CREATE TRIGGER {fts}_delete AFTER DELETE {on} {delete} END",
        f"{fts}_update": f"CREATE TRIGGER {fts}_update AFTER UPDATE {on} {delete} {insert} END",
    }


def _install_sqlite(db) -> None:
    """Create each kind's table and triggers as _sqlite_statements says; where one is
    missing or was made otherwise (by an older version: the index then holds other
    words), drop them and index every row again."""
    with db.cursor() as cursor:
        for kind, (table, columns) in COLUMNS.items():
            fts, statements = f"search_{kind}", _sqlite_statements(kind)
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE name IN (%s, %s, %s, %s)",
                list(statements),
            )
            if dict(cursor.fetchall()) == statements:
                continue
            for name in statements:
                if name != fts:
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {fts}")
            for statement in statements.values():
                cursor.execute(statement)
            unmarked = ", ".join(_unmarked_sql(c) for c in columns)
            cursor.execute(
                f"INSERT INTO {fts}(rowid, {', '.join(columns)}) "  # noqa: S608
                f"SELECT id, {unmarked} FROM {table}"
            )


def _fold_function_body(unaccent: bool) -> str:
    # translate() drops the characters it has no replacement for; no quote among them.
    text = f"translate($1, '{silent_characters()}', '')"
    if unaccent:
        text = f"public.unaccent('public.unaccent'::regdictionary, {text})"
    return f" SELECT lower({text}) "


def _install_postgresql(db) -> None:
    with db.cursor() as cursor:
        unaccent = True
        try:
            with transaction.atomic(using=db.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except DatabaseError:
            logger.warning("Search: no unaccent extension; accents are not folded")
            unaccent = False
        body = _fold_function_body(unaccent)
        cursor.execute("SELECT prosrc FROM pg_proc WHERE proname = 'search_fold'")
        before = cursor.fetchone()
        cursor.execute(
            "CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text "
            f"LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $${body}$$"
        )
        for kind, (table, columns) in COLUMNS.items():
            # Serves `matching()`: the same expression, so the planner uses the index.
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS search_{kind}_fts ON {table} "
                f"USING gin ({_document(columns)})"
            )
            if before and before[0] != body:
                # The index holds what the function returned before: compute it again.
                cursor.execute(f"REINDEX INDEX search_{kind}_fts")


def _document(columns, table: str = "") -> str:
    prefix = f'"{table}".' if table else ""
    text = " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in columns)
    return f"to_tsvector('simple'::regconfig, search_fold({text}))"


def matching(kind: str, query: str) -> Q:
    """Q for the items of `kind` whose title, summary or place contain every term of
    `query` (terms.py: each word as a word start, case and accents folded, a place in any
    script as any of its names, a round's number right after its word). No term: matches
    nothing."""
    return matched(kind, match_expression(query))


def match_expression(query: str) -> str | None:
    """What the database's engine is asked to match for `query` (the same for every kind
    of item), or None when it has no term."""
    found = terms(query)
    if not found:
        return None
    if connection.vendor == "postgresql":
        return " & ".join(
            "(" + " | ".join(" <-> ".join(_pg(t) for t in seq) for seq in term) + ")"
            for term in found
        )
    return " AND ".join(  # SQLite FTS5: a phrase is tokens joined by '+'
        "(" + " OR ".join(" + ".join(_fts5(t) for t in seq) for seq in term) + ")" for term in found
    )


def any_of(expressions: list[str | None]) -> str | None:
    """One expression the engine matches where it matches any of `expressions` (match_
    expression's; a None has no term and is left out, a repeat is asked once); None when
    none has a term."""
    found = list(dict.fromkeys(e for e in expressions if e))
    if len(found) < 2:
        return found[0] if found else None
    joiner = " | " if connection.vendor == "postgresql" else " OR "
    return joiner.join(f"({expression})" for expression in found)


def matched(kind: str, expression: str | None) -> Q:
    """Q for the items of `kind` that the engine matches with `expression`
    (match_expression), bound as a parameter: the SQL is the same whatever was searched.
    None (no term): matches nothing."""
    if expression is None:
        return Q(pk__in=[])
    table, columns = COLUMNS[kind]
    if connection.vendor == "postgresql":
        sql = f"{_document(columns, table)} @@ to_tsquery('simple'::regconfig, search_fold(%s))"
        # The query's tokens are word characters only, and a parameter.
        return Q(RawSQL(sql, [expression], output_field=BooleanField()))  # noqa: S611
    sql = f"SELECT rowid FROM search_{kind} WHERE search_{kind} MATCH %s"  # noqa: S608
    return Q(pk__in=RawSQL(sql, [expression]))  # noqa: S611


def _pg(token: Token) -> str:
    return f"{token.text}:*" if token.prefix else token.text


def _fts5(token: Token) -> str:
    return f'"{token.text}"*' if token.prefix else f'"{token.text}"'
