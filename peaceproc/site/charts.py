"""What the timeline's charts draw, from the counts the page has already read."""

from datetime import timedelta

from peaceproc.chronology.models import Track

from .timeline import TimelineItem


def chart_data(
    tracks: list[Track], rounds: list[TimelineItem], counts: dict[int | None, dict]
) -> dict:
    """What the two charts draw, for the filtered items whatever the window."""
    by_track = {t.pk: t for t in tracks}
    gantt = []
    for track in tracks:
        bars = [
            {
                "slug": item.record.slug,
                "title": item.title,
                "start": f"{item.start:%Y-%m-%d}",
                "end": f"{item.last_day() + timedelta(days=1):%Y-%m-%d}",
                "dates": item.dates,
            }
            for item in rounds
            if item.track and item.track.pk == track.pk
        ]
        if bars:
            gantt.append({"track": track.name, "colour": track.colour, "rounds": bars})

    quarters: list[tuple[int, int]] = []
    all_quarters = [q for per_track in counts.values() for q in per_track]
    if all_quarters:
        (year, q), last = min(all_quarters), max(all_quarters)
        while (year, q) <= last:
            quarters.append((year, q))
            year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    series = []
    for track_id, per_track in counts.items():
        track = by_track.get(track_id)
        series.append(
            {
                "track": track.name if track else "Other",
                "colour": track.colour if track else "#5b6670",
                "counts": [per_track.get(q, 0) for q in quarters],
            }
        )
    order = {t.name: t.order for t in tracks}
    series.sort(key=lambda s: order.get(s["track"], 1_000))
    return {
        "gantt": gantt,
        "quarters": {"labels": [f"{y} Q{q}" for y, q in quarters], "series": series},
    }
