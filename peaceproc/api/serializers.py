"""Records as plain dicts for the JSON API and the JSON export.

Pure functions over already-fetched objects: they never query (the QuerySets in
`queries.py` prefetch what they read), so a page costs a fixed number of queries.
Each shape here is described by a schema of the same name in `openapi.py`, and
the test suite checks every response against it.
"""

from urllib.parse import quote

from django.urls import NoReverseMatch, reverse

from peaceproc.chronology.dates import period_last_day
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)


class Links:
    """Builds absolute URLs, so a record taken away still points home."""

    # Reversing a URL costs far more than the rest of a record's serialisation, and a
    # page names thousands of them: each route is reversed once per response, with a
    # placeholder its converter accepts, and the key put in its place.
    _PLACEHOLDERS = ("zz-placeholder-key-zz", "987654321987654321")

    def __init__(self, request):
        self.request = request
        self._templates: dict[str, tuple[str, str]] = {}

    def absolute(self, path: str) -> str:
        return self.request.build_absolute_uri(path)

    def api(self, name: str, key) -> str:
        if name not in self._templates:
            for placeholder in self._PLACEHOLDERS:
                try:
                    url = self.absolute(reverse(f"api:{name}", args=[placeholder]))
                except NoReverseMatch:
                    continue
                self._templates[name] = (url, placeholder)
                break
            else:
                return self.absolute(reverse(f"api:{name}", args=[key]))
        url, placeholder = self._templates[name]
        return url.replace(placeholder, quote(str(key), safe=""))


def iso(value) -> str | None:
    return value.isoformat() if value else None


def track_ref(track: Track | None) -> dict | None:
    if track is None:
        return None
    return {"slug": track.slug, "name": track.name}


def participant_ref(participant: Participant | None, links: Links) -> dict | None:
    if participant is None:
        return None
    return {
        "slug": participant.slug,
        "name": participant.name,
        "kind": participant.kind,
        "api_url": links.api("participant", participant.slug),
    }


def round_ref(round_: Round | None, links: Links) -> dict | None:
    if round_ is None:
        return None
    return {"slug": round_.slug, "title": round_.title, "api_url": links.api("round", round_.slug)}


def agreement_ref(agreement: Agreement | None, links: Links) -> dict | None:
    if agreement is None:
        return None
    return {
        "slug": agreement.slug,
        "title": agreement.title,
        "api_url": links.api("agreement", agreement.slug),
    }


def source_ref(source: Source, links: Links) -> dict:
    return {
        "id": source.pk,
        "url": source.url,
        "publisher": source.publisher,
        "title": source.title,
        "published_on": iso(source.published_on),
        "language": source.language,
        "api_url": links.api("source", source.pk),
    }


def citation_data(citation: Citation, links: Links) -> dict:
    return {
        "source": source_ref(citation.source, links),
        "quote": citation.quote,
        "note": citation.note,
    }


def citations_data(record, links: Links) -> list[dict]:
    return [citation_data(c, links) for c in record.citations.all()]


def participation_data(participation: Participation, links: Links) -> dict:
    return {
        "participant": participant_ref(participation.participant, links),
        "role": participation.role,
        "on_behalf_of": participant_ref(participation.on_behalf_of, links),
        "title": participation.title,
        "note": participation.note,
    }


def round_data(round_: Round, links: Links) -> dict:
    return {
        "id": round_.pk,
        "slug": round_.slug,
        "title": round_.title,
        "track": track_ref(round_.track),
        "number": round_.number,
        "start_date": iso(round_.start_date),
        "end_date": iso(round_.end_date),
        "dates": round_.period,
        "city": round_.city,
        "status": round_.status,
        "summary": round_.summary,
        "confidence": round_.confidence,
        "outcome_kind": round_.outcome_kind,
        "next_date": iso(round_.next_date),
        "next_date_precision": round_.next_precision,
        "next_dates": round_.next_display,
        "participations": [participation_data(p, links) for p in round_.participations.all()],
        "citations": citations_data(round_, links),
        "url": links.absolute(round_.get_absolute_url()),
        "api_url": links.api("round", round_.slug),
    }


def event_data(event: Event, links: Links) -> dict:
    return {
        "id": event.pk,
        "slug": event.slug,
        "title": event.title,
        "kind": event.kind,
        "start_date": iso(event.start_date),
        "end_date": iso(event.end_date),
        "precision": event.precision,
        "dates": event.period,
        "track": track_ref(event.track),
        "round": round_ref(event.round, links),
        "agreement": agreement_ref(event.agreement, links),
        "place": event.place,
        "summary": event.summary,
        "confidence": event.confidence,
        "participants": [participant_ref(p, links) for p in event.participants.all()],
        "citations": citations_data(event, links),
        "url": links.absolute(event.get_absolute_url()),
        "api_url": links.api("event", event.slug),
    }


def agreement_data(agreement: Agreement, links: Links) -> dict:
    return {
        "id": agreement.pk,
        "slug": agreement.slug,
        "title": agreement.title,
        "kind": agreement.kind,
        "date": iso(agreement.date),
        "precision": agreement.precision,
        "dates": agreement.display_date,
        "track": track_ref(agreement.track),
        "round": round_ref(agreement.round, links),
        "place": agreement.place,
        "summary": agreement.summary,
        "confidence": agreement.confidence,
        "signatories": [participant_ref(p, links) for p in agreement.signatories],
        "citations": citations_data(agreement, links),
        "url": links.absolute(agreement.get_absolute_url()),
        "api_url": links.api("agreement", agreement.slug),
    }


def tenure_data(tenure: EnvoyTenure, links: Links) -> dict:
    return {
        "id": tenure.pk,
        "slug": tenure.slug,
        "title": tenure.title,
        "envoy": participant_ref(tenure.envoy, links),
        "track": track_ref(tenure.track),
        "start_date": iso(tenure.start_date),
        "end_date": iso(tenure.end_date),
        "end_precision": tenure.end_precision,
        "dates": tenure.period,
        "summary": tenure.summary,
        "confidence": tenure.confidence,
        "citations": citations_data(tenure, links),
        "api_url": links.api("tenure", tenure.slug),
    }


def participant_data(participant: Participant, links: Links, *, detail: bool = False) -> dict:
    data = {
        "id": participant.pk,
        "slug": participant.slug,
        "name": participant.name,
        "kind": participant.kind,
        "represents": participant_ref(participant.represents, links),
        "aliases": [alias.name for alias in participant.aliases.all()],
        "description": participant.description,
        "url": links.absolute(participant.get_absolute_url()),
        "api_url": links.api("participant", participant.slug),
    }
    if detail:
        participations = list(participant.participations.all())
        data["participations"] = [
            {
                "round": round_ref(p.round, links),
                "role": p.role,
                "on_behalf_of": participant_ref(p.on_behalf_of, links),
                "title": p.title,
                "note": p.note,
            }
            for p in participations
            if p.round_id
        ]
        data["events"] = [
            {"slug": e.slug, "title": e.title, "api_url": links.api("event", e.slug)}
            for e in participant.events.all()
        ]
        data["agreements"] = [
            agreement_ref(p.agreement, links)
            for p in participations
            if p.role == Participation.Role.SIGNATORY and p.agreement_id
        ]
    return data


def cited_record(citation: Citation, links: Links) -> dict:
    """What a source supports: the one record its citation points at."""
    for kind in Citation.TARGETS:
        record = getattr(citation, kind)
        if record is not None:
            return {
                "type": kind,
                "slug": record.slug,
                "title": record.title,
                "api_url": links.api(kind, record.slug),
                "quote": citation.quote,
                "note": citation.note,
            }
    raise AssertionError("A citation supports exactly one record (citation_exactly_one_target).")


def source_data(source: Source, links: Links, *, detail: bool = False) -> dict:
    data = {
        **source_ref(source, links),
        # The list annotates has_text rather than reading every text.
        "has_text": source.has_text if hasattr(source, "has_text") else bool(source.text),
        "added_at": source.added_at.isoformat(),
        "supports": [cited_record(c, links) for c in source.citations.all()],
    }
    if detail:
        data["text"] = source.text
    return data


# -- the timeline's items (exports and /api/timeline) ----------------------


def item_participants(item) -> list[Participant]:
    """Who an item involves: a round's participants (each once), an event's
    participants, an agreement's signatories, a tenure's envoy."""
    record = item.record
    if item.kind == "round":
        seen: dict[int, Participant] = {}
        for participation in record.participations.all():
            seen.setdefault(participation.participant_id, participation.participant)
        return list(seen.values())
    if item.kind == "event":
        return list(record.participants.all())
    if item.kind == "agreement":
        return record.signatories
    return [record.envoy]


def item_round(item) -> Round | None:
    if item.kind == "round":
        return item.record
    if item.kind in ("event", "agreement"):
        return item.record.round
    return None


def item_end(item):
    """The last day an item covers, at its precision: an event in May 2017 ends on
    31 May 2017. None for an envoy still in office."""
    if item.kind == "tenure":
        return period_last_day(item.end, item.end_precision) if item.end else None
    last = item.end or item.start
    return period_last_day(last, item.end_precision if item.end else item.precision)


def item_data(item, links: Links) -> dict:
    record = item.record
    return {
        "type": item.kind,
        "id": record.pk,
        "slug": record.slug,
        "title": item.title,
        "kind": getattr(record, "kind", item.kind),
        "track": track_ref(item.track),
        "round": round_ref(item_round(item), links),
        "start_date": iso(item.start),
        "end_date": iso(item.end),
        "precision": item.precision,
        "end_precision": item.end_precision,
        "dates": item.dates,
        "place": item.place,
        "summary": item.summary,
        "participants": [participant_ref(p, links) for p in item_participants(item)],
        "citations": [citation_data(c, links) for c in item.citations],
        "url": links.absolute(item.url) if item.url else None,
        "api_url": links.api(item.kind, record.slug),
    }
