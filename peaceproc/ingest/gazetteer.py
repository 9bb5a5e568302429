"""The pipeline's view of the record: who and what it can recognise in an article.

The pipeline is plain Python and never touches the database, so the Django side hands it
this snapshot. It is read in a fixed number of queries (eight) however large the record.
"""

from collections import defaultdict

from peaceproc.chronology.models import Event, Participant, ParticipantAlias, Round, Track
from peaceproc.chronology.slug_names import slug_names
from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, GazetteerRound


def build_gazetteer() -> Gazetteer:
    aliases: dict[int, list[str]] = defaultdict(list)
    for participant_id, name in ParticipantAlias.objects.values_list("participant_id", "name"):
        aliases[participant_id].append(name)
    participants = tuple(
        GazetteerParticipant(
            slug=slug, names=(name, *aliases.get(pk, ())), person=kind == Participant.Kind.PERSON
        )
        for pk, slug, name, kind in Participant.objects.order_by("slug").values_list(
            "pk", "slug", "name", "kind"
        )
    )
    # A round's track by the slug the track was made under: the pipeline names the tracks
    # by the seeds' slugs, whatever an editor renamed them to (outside tester t11d, N2).
    track_slugs = slug_names(Track.objects.all()).first
    rounds = tuple(
        GazetteerRound(slug=slug, track=track_slugs.get(track), number=number, start=start, end=end)
        for slug, track, number, start, end in Round.objects.order_by("start_date").values_list(
            "slug", "track_id", "number", "start_date", "end_date"
        )
    )
    # Places the record already uses: round cities and event places, each once, in a
    # stable order so that two runs over the same record give the same candidates.
    # One query: UNION also removes the duplicates.
    cities = Round.objects.exclude(city="").order_by().values_list("city", flat=True)
    event_places = Event.objects.exclude(place="").order_by().values_list("place", flat=True)
    places = tuple(sorted(cities.union(event_places).order_by()))
    return Gazetteer(participants=participants, rounds=rounds, places=places)
