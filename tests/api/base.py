"""The record the API tests read: the shipped seeds, plus a few things the seeds lack
(names in Arabic and Cyrillic, an ingested article with its full text, a record
whose text would be dangerous unescaped)."""

import datetime

from django.test import TestCase

from peaceproc.audit import services as audit
from peaceproc.chronology import services
from peaceproc.chronology.models import Event, Participant, Participation, Round
from tests.seeds import load_shipped_seeds

ARABIC = "هيئة التفاوض السورية"
CYRILLIC = "Александр Лаврентьев"
ARTICLE = (
    "ASTANA — Delegations met again on Thursday. Российская делегация заявила о поддержке. "
    "وقال المتحدث إن المحادثات ستستمر."
)


def add_extras() -> dict:
    """Non-Latin participants at Astana 4 and an ingested source cited by a new event."""
    astana_4 = Round.objects.get(slug="astana-4")
    negotiators = Participant.objects.create(
        slug="syrian-negotiation-commission-ar", name=ARABIC, kind=Participant.Kind.PARTY
    )
    envoy = Participant.objects.create(
        slug="lavrentiev-cyrillic", name=CYRILLIC, kind=Participant.Kind.PERSON
    )
    Participation.objects.create(
        round=astana_4, participant=negotiators, role=Participation.Role.OPPOSITION
    )
    source = services.create_source(
        url="https://example.org/astana-4-report",
        publisher="Example Wire",
        title="Talks resume in Astana",
        published_on=datetime.date(2017, 5, 5),
        language="ru",
        text=ARTICLE,
    )
    event = Event.objects.create(
        slug="astana-4-press-briefing",
        title="Press briefing after Astana 4",
        kind=Event.Kind.STATEMENT,
        start_date=datetime.date(2017, 5, 4),
        track=astana_4.track,
        round=astana_4,
        place="Astana",
        summary="Delegations spoke to the press.",
    )
    event.participants.add(envoy, negotiators)
    services.cite(source=source, target=event, quote="Delegations met again on Thursday.")
    return {"round": astana_4, "source": source, "event": event, "arabic": negotiators}


class SeededTestCase(TestCase):
    """The shipped record plus `add_extras()`, loaded once per class."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.extras = add_extras()
        # The extras are made past the services; give them the starting version every
        # record made through the admin, the services or loadseeds has.
        audit.record_starting_versions(via="seed")
