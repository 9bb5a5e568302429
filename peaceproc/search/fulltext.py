"""Full-text search over the items' own text (title, summary, place), in the database's
own engine: SQLite FTS5 (external-content tables kept in step by triggers) or
PostgreSQL full-text (GIN expression indexes, accents folded by `unaccent` where the
database has it). Both fold case and accents, and match each query word as a word start.

The index lives beside the chronology's tables and is maintained by the database itself,
so every write path (the admin, ingestion, bulk_create, raw SQL, a restore) keeps it
current. `install` runs after every migrate and puts back whatever is missing: SQLite
drops a table's triggers when Django rebuilds the table to alter it.
"""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

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


def _install_sqlite(db) -> None:
    with db.cursor() as cursor:
        for kind, (table, columns) in COLUMNS.items():
            fts, names = f"search_{kind}", ", ".join(columns)
            new = ", ".join(f"new.{c}" for c in columns)
            old = ", ".join(f"old.{c}" for c in columns)
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [table]
            )
            present = {row[0] for row in cursor.fetchall()}
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [fts])
            missing = cursor.fetchone() is None
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({names}, "
                f"content='{table}', content_rowid='id', tokenize='{SQLITE_TOKENIZER}')"
            )
            # Every name in these statements is one of COLUMNS' constants.
            delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"  # noqa: S608
            insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"  # noqa: S608
            triggers = {
                f"{fts}_insert": f"AFTER INSERT ON {table} BEGIN {insert} END",
                f"{fts}_delete": f"AFTER DELETE ON {table} BEGIN {delete} END",
                f"{fts}_update": f"AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
            }
            for name, body in triggers.items():
                cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            if missing or not set(triggers) <= present:
                cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")  # noqa: S608


def _fold_function_sql(unaccent: bool) -> str:
    body = "lower($1)"
    if unaccent:
        body = "lower(public.unaccent('public.unaccent'::regdictionary, $1))"
    return (
        "CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT {body} $$"
    )


def _install_postgresql(db) -> None:
    with db.cursor() as cursor:
        unaccent = True
        try:
            with transaction.atomic(using=db.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except DatabaseError:
            logger.warning("Search: no unaccent extension; accents are not folded")
            unaccent = False
        cursor.execute(_fold_function_sql(unaccent))
        for kind, (table, columns) in COLUMNS.items():
            # Serves `matching()`: the same expression, so the planner uses the index.
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS search_{kind}_fts ON {table} "
                f"USING gin ({_document(columns)})"
            )


def _document(columns, table: str = "") -> str:
    prefix = f'"{table}".' if table else ""
    text = " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in columns)
    return f"to_tsvector('simple'::regconfig, search_fold({text}))"


def matching(kind: str, query: str) -> Q:
    """Q for the items of `kind` whose title, summary or place contain every term of
    `query` (terms.py: each word as a word start, case and accents folded, a place in any
    script as any of its names, a round's number right after its word). No term: matches
    nothing."""
    table, columns = COLUMNS[kind]
    found = terms(query)
    if not found:
        return Q(pk__in=[])
    if connection.vendor == "postgresql":
        tsquery = " & ".join(
            "(" + " | ".join(" <-> ".join(_pg(t) for t in seq) for seq in term) + ")"
            for term in found
        )
        sql = f"{_document(columns, table)} @@ to_tsquery('simple'::regconfig, search_fold(%s))"
        # The query's tokens are word characters only, and a parameter.
        return Q(RawSQL(sql, [tsquery], output_field=BooleanField()))  # noqa: S611
    expression = " AND ".join(  # SQLite FTS5: a phrase is tokens joined by '+'
        "(" + " OR ".join(" + ".join(_fts5(t) for t in seq) for seq in term) + ")" for term in found
    )
    sql = f"SELECT rowid FROM search_{kind} WHERE search_{kind} MATCH %s"  # noqa: S608
    return Q(pk__in=RawSQL(sql, [expression]))  # noqa: S611


def _pg(token: Token) -> str:
    return f"{token.text}:*" if token.prefix else token.text


def _fts5(token: Token) -> str:
    return f'"{token.text}"*' if token.prefix else f'"{token.text}"'
