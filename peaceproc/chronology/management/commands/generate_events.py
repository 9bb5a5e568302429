"""Generate synthetic events for benchmarks and scale tests. Never for real data.

    python manage.py generate_events --count 10000     # add 10,000 (reproducible: --seed)
    python manage.py generate_events --delete          # remove every generated event

Generated events are tagged by their slug prefix (`synthetic-`) and their summary, so
`--delete` finds them and nothing else. They spread over the tracks and the whole
period (2012 to the end of last year), with the mix of precisions, places, rounds,
participants and citations the shipped record has, so that the timeline, round and
participant pages meet them the way they would meet real ones.
"""

import random
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from peaceproc import pagecache
from peaceproc.chronology import services
from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Citation, Event, Participant, Round, Source, Track
from peaceproc.chronology.urlkeys import url_key

PREFIX = "synthetic-"
SUMMARY = "Synthetic event generated for benchmarks (generate_events)."
SOURCE_URL = "https://example.org/peaceproc/synthetic-source"
PLACES = ["Astana", "Geneva", "Sochi", "Vienna", "Moscow", "Ankara", "Tehran", "New York", "Doha"]
TOPICS = [
    "consultations", "working group on detainees", "ceasefire monitoring", "humanitarian access",
    "constitutional basket", "de-escalation zones", "briefing to the Security Council",
    "bilateral meeting", "joint statement", "technical meeting",
]  # fmt: skip
# Some titles in Arabic and Persian, so right-to-left text meets the timeline at scale.
RTL_TOPICS = ["مشاورات جنيف", "اجتماع أستانا", "نشست آستانه"]
BATCH = 2000


class Command(BaseCommand):
    help = "Add N synthetic events (for benchmarks and tests only), or --delete them."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000, help="how many to add")
        parser.add_argument("--seed", type=int, default=1, help="random seed (reproducible)")
        parser.add_argument(
            "--delete", action="store_true", help="delete every generated event instead"
        )

    def handle(self, *args, count: int, seed: int, delete: bool, verbosity: int, **options):
        if delete:
            deleted = delete_generated()
            if verbosity:
                self.stdout.write(f"Deleted {deleted} generated events.")
            return
        if count < 1:
            raise CommandError("--count must be at least 1.")
        created = generate(count, seed=seed)
        # bulk_create sends no signals, so the public page cache is told directly.
        pagecache.invalidate()
        if verbosity:
            self.stdout.write(f"Created {created} synthetic events (slugs {PREFIX}…).")


def delete_generated() -> int:
    with transaction.atomic():
        events = Event.objects.filter(slug__startswith=PREFIX, summary=SUMMARY)
        deleted = events.count()
        # Citations cascade with their events; the shared source goes once unused.
        events.delete()
        Source.objects.filter(url_key=url_key(SOURCE_URL), citations__isnull=True).delete()
    return deleted


@transaction.atomic
def generate(count: int, *, seed: int = 1) -> int:
    rng = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by design
    tracks = list(Track.objects.all())
    if not tracks:
        raise CommandError("No tracks: load the seed data first (python manage.py loadseeds).")
    rounds = list(Round.objects.only("pk", "track_id", "start_date", "end_date"))
    participants = list(Participant.objects.values_list("pk", flat=True))
    source = services.reference_source(url=SOURCE_URL) or services.create_source(
        url=SOURCE_URL, publisher="Synthetic", title="Generated for benchmarks"
    )
    start = date(2012, 1, 1)
    days = (date(date.today().year - 1, 12, 31) - start).days
    first = Event.objects.filter(slug__startswith=PREFIX).count()
    kinds = Event.Kind.values

    created = 0
    while created < count:
        batch = []
        for n in range(first + created, first + min(created + BATCH, count)):
            track = rng.choice(tracks)
            day = start + timedelta(days=rng.randrange(days))
            roll = rng.random()
            precision = (
                Precision.DAY if roll < 0.85 else Precision.MONTH if roll < 0.97 else Precision.YEAR
            )
            if precision == Precision.MONTH:
                day = day.replace(day=1)
            elif precision == Precision.YEAR:
                day = day.replace(month=1, day=1)
            end = (
                day + timedelta(days=rng.randrange(1, 4))
                if precision == Precision.DAY and rng.random() < 0.1
                else None
            )
            round_ = None
            if rounds and rng.random() < 0.05:
                round_ = rng.choice([r for r in rounds if r.track_id == track.pk] or rounds)
            topic = rng.choice(RTL_TOPICS if rng.random() < 0.02 else TOPICS)
            batch.append(
                Event(
                    slug=f"{PREFIX}{n + 1}",
                    title=f"{topic.capitalize()} #{n + 1}",
                    kind=rng.choice(kinds),
                    start_date=day,
                    precision=precision,
                    end_date=end,
                    track=track,
                    round=round_,
                    place=rng.choice(PLACES),
                    summary=SUMMARY,
                )
            )
        events = Event.objects.bulk_create(batch)
        # bulk_create sets primary keys on SQLite and PostgreSQL; read them back anyway
        # for backends that do not.
        if events and events[0].pk is None:
            slugs = [e.slug for e in events]
            events = list(Event.objects.filter(slug__in=slugs).order_by("pk"))
        links = []
        citations = []
        for event in events:
            for pk in rng.sample(participants, k=min(len(participants), rng.randrange(0, 3))):
                links.append(Event.participants.through(event_id=event.pk, participant_id=pk))
            if rng.random() < 0.3:
                citations.append(
                    Citation(source=source, event=event, quote=f"Generated quote {event.slug}.")
                )
        Event.participants.through.objects.bulk_create(links)
        Citation.objects.bulk_create(citations)
        created += len(events)
    return created
