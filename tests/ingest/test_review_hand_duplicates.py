"""A happening an editor adds by hand with no track and no place is matched to the record of
that day whose participants it shares: the same date at its precision and people in common
are enough to offer, and default to, citing that record (issue 9, rules9k). Sentences and
records written for these tests."""

from datetime import date

from django.urls import reverse

from peaceproc.chronology.models import Event, Participant

from .test_admin import IngestTestCase, candidate, make_pending
from .test_review_by_hand import ByHandTestCase

QUOTE = "Lavrentiev and Jaberi Ansari talked about the ceasefire on 22 August."


class HandAddedDuplicateTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        self.people = list(
            Participant.objects.filter(slug__in=["alexander-lavrentiev", "hossein-jaberi-ansari"])
        )
        self.assertEqual(len(self.people), 2)
        self.record = Event.objects.create(
            slug="lavrentiev-jaberi-ansari-2017-08-22",
            title="Lavrentiev and Jaberi Ansari consult on de-escalation",
            kind="meeting",
            start_date=date(2017, 8, 22),
        )
        self.record.participants.set(self.people)

    def initial(self, **fields) -> tuple[str, str]:
        c = candidate(
            quote=QUOTE,
            date_text="22 August",
            date="2017-08-22",
            kind="meeting",
            participants=[p.slug for p in self.people],
            by_hand=True,
            **fields,
        )
        made = make_pending([c], published_on=date(2017, 8, 23))
        form = self.client.get(reverse("ingest:review", args=[made.pk])).context["formset"].forms[0]
        return form.initial["action"], form.initial["target"]

    def test_same_day_and_shared_participants_cite_the_record(self):
        self.assertEqual(self.initial(), ("cite", f"event:{self.record.pk}"))

    def test_one_shared_participant_of_a_record_with_a_track_cites_it_too(self):
        self.record.participants.set(self.people[:1])
        self.assertEqual(self.initial(), ("cite", f"event:{self.record.pk}"))

    def test_another_day_with_the_same_people_is_not_the_default(self):
        self.record.start_date = date(2017, 8, 18)
        self.record.save()
        action, _target = self.initial()
        self.assertEqual(action, "create")


class HandAddedThroughTheFormTests(ByHandTestCase):
    def test_the_added_happening_defaults_to_cite_its_same_day_record(self):
        people = Participant.objects.filter(
            slug__in=["alexander-lavrentiev", "hossein-jaberi-ansari"]
        )
        record = Event.objects.create(
            slug="lavrentiev-jaberi-ansari-tehran-consultations",
            title="Russian-Iranian consultations on Syria",
            kind="meeting",
            start_date=date(2017, 8, 22),
        )
        record.participants.set(people)
        pending = self.undated()
        response = self.add(pending, place="", participants="alexander-lavrentiev")
        self.assertContains(response, "Added as")
        form = response.context["formset"].forms[0]
        self.assertEqual(
            (form.initial["action"], form.initial["target"]), ("cite", f"event:{record.pk}")
        )
