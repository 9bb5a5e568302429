"""Who a record that a review cites has already: the people a round records, in any role,
an event's participants, and the state that hosts a round (the country of its city). A
review adds none of them to it again, and says so beside their names (outside tester
t11b, 3: the guarantors of Astana rounds added a second time as attendees, the host
Kazakhstan as an attendee)."""

from collections.abc import Iterable

from django.utils.text import slugify

from peaceproc.chronology.models import Event, Participation, Round

from .pipeline.places import country_of


def host_slug(round_: Round) -> str:
    """The slug a participant for the state hosting the round would have ("kazakhstan"
    for a round in Astana), or "" when its city is not known."""
    country = country_of(round_.city) if round_.city else None
    return slugify(country) if country else ""


def round_roles(rounds: Iterable[Round], slugs: Iterable[str]) -> dict[int, dict[str, list[str]]]:
    """{round's pk: {participant's slug: its roles' labels}} of the `slugs` on `rounds`:
    one query, none without a round."""
    round_ids, slugs = [r.pk for r in rounds], list(slugs)
    roles: dict[int, dict[str, list[str]]] = {}
    if not round_ids or not slugs:
        return roles
    for round_id, slug, role in Participation.objects.filter(
        round_id__in=round_ids, participant__slug__in=slugs
    ).values_list("round_id", "participant__slug", "role"):
        label = Participation.Role(role).label
        roles.setdefault(round_id, {}).setdefault(slug, []).append(label)
    return roles


def already_there(
    record: Event | Round, *, roles: dict[int, dict[str, list[str]]], event_people
) -> dict[str, str]:
    """{slug: why it is not added} for the people `record` has already: a round's (by
    `roles`, round_roles) and its host, an event's participants (`event_people`, their
    slugs)."""
    if isinstance(record, Event):
        return dict.fromkeys(event_people, f"already a participant of {record}")
    said = {
        slug: f"already recorded on {record} as {', '.join(labels).lower()}"
        for slug, labels in roles.get(record.pk, {}).items()
    }
    if (host := host_slug(record)) and host not in said:
        said[host] = f"hosts {record} (held in {record.city}): not an attendee"
    return said
