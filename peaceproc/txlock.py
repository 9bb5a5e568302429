"""A lock held until the current transaction ends, for a check and the write it guards
(is this record stored already? then store it): the second of two at once waits, then
checks against the first one's row. On PostgreSQL a transaction-level advisory lock per
key; SQLite's IMMEDIATE transactions (settings.py) hold the database's write lock from
their start already, so there is nothing more to take."""

import hashlib

from django.db import connection, models


def lock_until_commit(key: int) -> None:
    """Wait for any other transaction holding `key` to end; hold it until this one ends.
    Call inside a transaction (atomic block)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def record_key(model: type[models.Model], pk) -> int:
    """The key (lock_until_commit) of one record, stored or deleted: its kind and id,
    hashed into a signed 64-bit number (the advisory locks' range)."""
    return named_key(f"record:{model._meta.concrete_model._meta.label_lower}:{pk}")


def named_key(name: str) -> int:
    """The key (lock_until_commit) of a thing known by `name` ('source-url:<key>'),
    hashed into a signed 64-bit number (the advisory locks' range)."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
