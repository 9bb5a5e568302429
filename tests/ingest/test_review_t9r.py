"""Outside re-tester t9r (issue 9): what a review sends to a cited record and how its
defaults are chosen. Texts are the tests' own."""

from datetime import date

from peaceproc.chronology.models import (
    Agreement,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)
from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase, candidate, formset_data, make_pending


class FoundParticipantsOnACitedRecordTests(IngestTestCase):
    """Finding 2: the participants ticked under 'Participants found' join the record a
    candidate cites, as the typed and the new ones do."""

    def accept_as_proposed(self, c, **changes):
        pending = make_pending([c], published_on=date(2026, 10, 20))
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        self.assertEqual(formset.forms[0].initial["action"], "cite")
        self.client.post(pending.get_absolute_url(), formset_data(formset, {0: changes}))
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
        return pending

    def test_ticked_found_participants_join_the_cited_event(self):
        record = Event.objects.create(
            slug="hama-talks-2026-10-12", title="Hama talks", kind="meeting",
            start_date=date(2026, 10, 12), precision="day",
        )  # fmt: skip
        pedersen = Participant.objects.get(slug="geir-pedersen")
        sharaa = Participant.objects.get(slug="ahmed-al-sharaa")
        record.participants.add(pedersen)
        c = candidate(quote="Pedersen and al-Sharaa met in Hama on 12 October 2026.",
                      date_text="12 October 2026", date="2026-10-12",
                      participants=["geir-pedersen", "ahmed-al-sharaa"])  # fmt: skip
        self.accept_as_proposed(c)
        self.assertEqual(set(record.participants.all()), {pedersen, sharaa})

    def test_an_unticked_found_participant_stays_out(self):
        record = Event.objects.create(
            slug="hama-talks-2026-10-12", title="Hama talks", kind="meeting",
            start_date=date(2026, 10, 12), precision="day",
        )  # fmt: skip
        pedersen = Participant.objects.get(slug="geir-pedersen")
        record.participants.add(pedersen)
        c = candidate(quote="Pedersen and al-Sharaa met in Hama on 12 October 2026.",
                      date_text="12 October 2026", date="2026-10-12",
                      participants=["geir-pedersen", "ahmed-al-sharaa"])  # fmt: skip
        self.accept_as_proposed(c, participants=["geir-pedersen"])
        self.assertEqual(list(record.participants.all()), [pedersen])

    def test_ticked_found_participants_attend_the_cited_round_with_this_source(self):
        the_round = Round.objects.create(
            track=Track.objects.get(slug="astana"), number=98, slug="astana-98",
            title="Astana 98", start_date=date(2026, 10, 12), end_date=date(2026, 10, 13),
            city="Astana",
        )  # fmt: skip
        c = candidate(quote="Talks in the Astana format with Lavrentiev opened on 12 October 2026.",
                      date_text="12 October 2026", date="2026-10-12", track="astana",
                      round_slug="astana-98", place="Astana",
                      participants=["alexander-lavrentiev"])  # fmt: skip
        pending = self.accept_as_proposed(c)
        attendance = Participation.objects.get(
            round=the_round, participant__slug="alexander-lavrentiev"
        )
        self.assertEqual(attendance.role, Participation.Role.ATTENDEE)
        self.assertEqual(attendance.source, Source.objects.get(content_hash=pending.content_hash))

    def test_a_cited_agreement_is_cited_with_found_participants_ticked(self):
        agreement = Agreement.objects.create(
            slug="hama-accord-2026-10-14", title="Hama accord", kind=Agreement.Kind.AGREEMENT,
            date=date(2026, 10, 14),
        )  # fmt: skip
        c = candidate(quote="Pedersen saw the Hama accord signed on 14 October 2026.",
                      date_text="14 October 2026", date="2026-10-14", kind="agreement",
                      participants=["geir-pedersen"])  # fmt: skip
        pending = make_pending([c], published_on=date(2026, 10, 20))
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        target = f"agreement:{agreement.pk}"
        changes = {"action": "cite", "target": target}
        self.client.post(pending.get_absolute_url(), formset_data(formset, {0: changes}))
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
        source = Source.objects.get(content_hash=pending.content_hash)
        self.assertTrue(agreement.citations.filter(source=source).exists())

    def test_the_found_participants_say_where_they_go(self):
        c = candidate(quote="Pedersen met in Hama on 12 October 2026.",
                      date_text="12 October 2026", date="2026-10-12",
                      participants=["geir-pedersen"])  # fmt: skip
        pending = make_pending([c], published_on=date(2026, 10, 20))
        response = self.client.get(pending.get_absolute_url())
        self.assertContains(response, "Ticked ones are added to the new event, or to the record")
