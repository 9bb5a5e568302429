"""The shipped seeds in a test's database, read and written once per test process.

`load_seeds` reads and checks every seed file and writes a few thousand rows one by one
(each looked up first, each audited): two to four seconds of CPU, paid by every seeded
test class. `load_shipped_seeds` pays it once per process: after the first real load it
keeps the rows the load wrote and changed, and a later call that starts from the same
database state (every table's rows equal, as at the start of each TestCase class) writes
those rows back with plain INSERTs, same primary keys and same values, in milliseconds.
The database's own triggers and indexes (full-text search) follow the inserts as they
follow the real load. From any other state it runs the real load.
"""

from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction

from peaceproc.chronology.seeding import load_seeds

SEEDS = settings.BASE_DIR / "seeds"

# State before a load (every table's rows) -> the INSERT and the rows, ready for the
# database, of each table the load changed.
_loaded: dict[tuple, dict[type, tuple[str, list[tuple]]]] = {}
_KEPT_STATES = 4


def _tables() -> list[type]:
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def _rows(model: type) -> tuple:
    columns = [field.attname for field in model._meta.concrete_fields]
    return tuple(model._base_manager.order_by("pk").values_list(*columns))


def _state() -> tuple:
    return tuple((model._meta.label, _rows(model)) for model in _tables())


def _insert(model: type, rows: tuple) -> tuple[str, list[tuple]]:
    """The INSERT of `rows` as the database takes them (each value prepared once, here)."""
    fields = model._meta.concrete_fields
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    prepared = [
        tuple(
            field.get_db_prep_save(value, connection)
            for field, value in zip(fields, row, strict=True)
        )
        for row in rows
    ]
    return sql, prepared


def load_shipped_seeds() -> None:
    """Whatever `load_seeds(SEEDS)` would write, from the same starting state."""
    before = _state()
    changed = _loaded.get(before)
    if changed is None:
        load_seeds(SEEDS)
        if len(_loaded) < _KEPT_STATES:
            rows_before = dict(before)
            _loaded[before] = {
                model: _insert(model, rows)
                for model in _tables()
                if (rows := _rows(model)) != rows_before[model._meta.label]
            }
        return
    rows_before = dict(before)
    with transaction.atomic(), connection.cursor() as cursor:
        for model, (insert, rows) in changed.items():
            if rows_before[model._meta.label]:
                # Rows the load changed or removed: the table is written back whole.
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
            cursor.executemany(insert, rows)
        for sql in connection.ops.sequence_reset_sql(no_style(), list(changed)):
            cursor.execute(sql)
