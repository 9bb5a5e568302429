"""tests/seeds.py: a load written back from the first one leaves the database as a real
load of the seeds leaves it."""

from unittest import mock

from django.contrib.auth.models import User
from django.db import transaction
from django.test import TestCase

from peaceproc.chronology.models import Event, Round
from peaceproc.search.fulltext import matching
from tests import seeds


def record() -> dict:
    """Every table's rows and what full-text search finds."""
    tables = {
        model._meta.label: list(
            model._base_manager.order_by("pk").values_list(
                *(field.attname for field in model._meta.concrete_fields)
            )
        )
        for model in seeds._tables()
    }
    found = {
        "events": sorted(Event.objects.filter(matching("event", "astana")).values_list("pk")),
        "rounds": sorted(Round.objects.filter(matching("round", "geneva")).values_list("pk")),
    }
    return {"tables": tables, "found": found}


class ShippedSeedsTests(TestCase):
    @mock.patch.dict(seeds._loaded, clear=True)
    def test_the_written_back_load_equals_the_real_one(self):
        empty = record()
        savepoint = transaction.savepoint()
        seeds.load_shipped_seeds()
        loaded = record()
        transaction.savepoint_rollback(savepoint)
        self.assertEqual(record(), empty)
        self.assertTrue(loaded["found"]["events"])
        self.assertTrue(loaded["found"]["rounds"])

        with mock.patch.object(seeds, "load_seeds", side_effect=AssertionError("loaded again")):
            seeds.load_shipped_seeds()
        self.assertEqual(record(), loaded)

    # The process's kept loads as they are (restored afterwards): when an earlier class
    # of this process has loaded the seeds from this state, the first call writes them
    # back in milliseconds instead of a real load of its own.
    @mock.patch.dict(seeds._loaded)
    def test_another_starting_state_gets_a_real_load(self):
        if seeds._state() not in seeds._loaded:
            seeds._loaded.clear()  # room to keep the load from this state
        savepoint = transaction.savepoint()
        seeds.load_shipped_seeds()
        transaction.savepoint_rollback(savepoint)
        self.assertIn(seeds._state(), seeds._loaded)
        User.objects.create_user("made-before-the-seeds")
        with mock.patch.object(seeds, "load_seeds", wraps=seeds.load_seeds) as load:
            seeds.load_shipped_seeds()
        load.assert_called_once_with(seeds.SEEDS)
        self.assertTrue(Round.objects.filter(slug="astana-4").exists())
