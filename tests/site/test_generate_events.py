"""generate_events: synthetic events for benchmarks and tests, removable with --delete."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

from peaceproc.chronology.management.commands.generate_events import PREFIX
from peaceproc.chronology.models import Citation, Event, Source, Track

from .base import SeededTestCase


class GenerateEventsTests(SeededTestCase):
    def test_adds_tagged_events_and_deletes_only_them(self):
        real = Event.objects.count()
        out = StringIO()
        call_command("generate_events", count=500, stdout=out)
        self.assertIn("Created 500 synthetic events", out.getvalue())
        generated = Event.objects.filter(slug__startswith=PREFIX)
        self.assertEqual(generated.count(), 500)
        self.assertGreater(generated.exclude(precision="day").count(), 0)
        self.assertGreater(generated.filter(round__isnull=False).count(), 0)
        self.assertGreater(Citation.objects.filter(event__in=generated).count(), 50)
        self.assertEqual(len({e.track_id for e in generated}), Track.objects.count())

        call_command("generate_events", count=10, stdout=out)  # adds, never collides
        self.assertEqual(Event.objects.filter(slug__startswith=PREFIX).count(), 510)

        call_command("generate_events", delete=True, stdout=out)
        self.assertEqual(Event.objects.count(), real)
        self.assertFalse(Source.objects.filter(publisher="Synthetic").exists())

    def test_reproducible_with_a_seed(self):
        call_command("generate_events", count=20, seed=7, verbosity=0)
        first = list(Event.objects.filter(slug__startswith=PREFIX).values_list("start_date"))
        call_command("generate_events", delete=True, verbosity=0)
        call_command("generate_events", count=20, seed=7, verbosity=0)
        again = list(Event.objects.filter(slug__startswith=PREFIX).values_list("start_date"))
        self.assertEqual(first, again)

    def test_refuses_a_count_below_one(self):
        with self.assertRaises(CommandError):
            call_command("generate_events", count=0)
