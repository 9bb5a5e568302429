"""The people the security tests speak of.

alice is an editor: staff, in the Editors group. bob is a viewer: staff, in the Viewers
group, so he may read the admin but change nothing. Anyone else is an anonymous visitor.
"""

import datetime

from django.contrib.auth.models import Group, User
from django.test import TestCase

from peaceproc.accounts.roles import EDITORS, VIEWERS
from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)

PASSWORD = "correct horse battery staple"


def make_people():
    alice = User.objects.create_user("alice", "alice@example.org", PASSWORD, is_staff=True)
    alice.groups.add(Group.objects.get(name=EDITORS))
    bob = User.objects.create_user("bob", "bob@example.org", PASSWORD, is_staff=True)
    bob.groups.add(Group.objects.get(name=VIEWERS))
    return alice, bob


def fit(model, field: str, value: str) -> str:
    """`value` cut to the field's max_length (PostgreSQL refuses longer; SQLite does not)."""
    limit = model._meta.get_field(field).max_length
    return value[:limit] if limit else value


def make_record(text: str = "") -> dict:
    """A small record: one track, round, participant, event and agreement, each cited.

    `text` is added to every free-text field (the XSS tests pass payloads through it),
    cut to the field's length.
    """
    track = Track.objects.create(
        slug="astana", name=fit(Track, "name", f"Astana{text}"), colour="#1f6fb2"
    )
    round_ = Round.objects.create(
        track=track,
        number=4,
        slug="astana-4",
        title=fit(Round, "title", f"Astana 4{text}"),
        start_date=datetime.date(2017, 5, 3),
        end_date=datetime.date(2017, 5, 4),
        city=fit(Round, "city", f"Astana{text}"),
        summary=f"The fourth round{text}",
    )
    participant = Participant.objects.create(
        slug="russia",
        name=fit(Participant, "name", f"Russia{text}"),
        kind=Participant.Kind.STATE,
        description=text,
    )
    Participation.objects.create(
        round=round_,
        participant=participant,
        role="guarantor",
        note=fit(Participation, "note", f"Guarantor{text}"),
    )
    agreement = Agreement.objects.create(
        slug="de-escalation-memorandum",
        title=fit(Agreement, "title", f"De-escalation memorandum{text}"),
        kind=Agreement.Kind.MEMORANDUM,
        date=datetime.date(2017, 5, 4),
        track=track,
        round=round_,
        place=fit(Agreement, "place", f"Astana{text}"),
        summary=f"Four zones{text}",
    )
    Participation.objects.create(
        agreement=agreement,
        participant=participant,
        role="signatory",
        title=fit(Participation, "title", f"Deputy Foreign Minister{text}"),
    )
    event = Event.objects.create(
        slug="memorandum-signed",
        title=fit(Event, "title", f"Memorandum signed{text}"),
        kind=Event.Kind.MEETING,
        start_date=datetime.date(2017, 5, 4),
        track=track,
        round=round_,
        agreement=agreement,
        place=fit(Event, "place", f"Astana{text}"),
        summary=f"Signed by the guarantors{text}",
    )
    event.participants.add(participant)
    source = services.create_source(
        url="https://example.org/astana-4",
        publisher=fit(Source, "publisher", f"Example News{text}"),
        title=fit(Source, "title", f"Astana talks end{text}"),
        text=f"The talks ended with a memorandum.{text}",
    )
    for target in (round_, event, agreement):
        services.cite(
            source=source,
            target=target,
            quote=f"The talks ended.{text}",
            note=fit(Citation, "note", text),
        )
    return {
        "track": track,
        "round": round_,
        "participant": participant,
        "agreement": agreement,
        "event": event,
        "source": source,
    }


class PeopleAndRecordTestCase(TestCase):
    """alice (an editor), bob (a viewer) and a small record, made once per class."""

    @classmethod
    def setUpTestData(cls):
        cls.alice, cls.bob = make_people()
        cls.record = make_record()
