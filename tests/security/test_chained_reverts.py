"""A participant and an event it took part in are both deleted, by two editors, then both
restored from their trails: the link between them comes back whichever is restored first
and whichever was deleted first, and each revert preview says what it cannot bring back
and why (outside tester t16d, 9: the participant's revert linked nothing, since the
event was gone, and the event's revert restored it without the participant)."""

from django.urls import reverse
from django.utils.html import escape

from peaceproc.audit import services
from peaceproc.chronology.models import Citation, Event, Participant, Source
from tests.chronology.base import TwoEditorsAdminTestCase

from .adminforms import confirm_delete, confirm_revert, form_data


class ChainedRevertTests(TwoEditorsAdminTestCase):
    def setUp(self):
        super().setUp()
        self.person = Participant.objects.create(
            slug="youssef-qwerty", name="Youssef Qwerty", kind="person"
        )
        self.event = Event.objects.filter(participants__isnull=False).distinct().first()
        self.event_name = str(self.event)
        self.kept = set(self.event.participants.values_list("pk", flat=True))
        self.set_participants(self.kept | {self.person.pk})

    def set_participants(self, ids):
        url = reverse("admin:chronology_event_change", args=[self.event.pk])
        data = form_data(self.ed2c.get(url), participants=[str(pk) for pk in sorted(ids)])
        self.assertEqual(self.ed2c.post(url, data).status_code, 302)

    def delete(self, client, model, pk):
        url = reverse(f"admin:chronology_{model._meta.model_name}_delete", args=[pk])
        self.assertEqual(confirm_delete(client, url).status_code, 302)
        return services.history(model, pk).filter(action="delete").order_by("-pk").first()

    def delete_person(self):
        return self.delete(self.ed1c, Participant, self.person.pk)

    def delete_event(self):
        return self.delete(self.ed2c, Event, self.event.pk)

    def revert_url(self, model, deletion):
        name = f"admin:chronology_{model._meta.model_name}_audit_revert"
        return reverse(name, args=[deletion.object_id, deletion.pk])

    def revert(self, model, deletion):
        """The preview (as drawn before the revert), after the revert is confirmed."""
        url = self.revert_url(model, deletion)
        preview = self.ed1c.get(url)
        self.assertEqual(confirm_revert(self.ed1c, url).status_code, 302)
        self.assertTrue(model.objects.filter(pk=deletion.object_id).exists())
        return preview

    def linked(self) -> set:
        return set(Event.objects.get(pk=self.event.pk).participants.values_list("pk", flat=True))

    def assertRelinkedBy(self, username="ed1"):
        self.assertEqual(self.linked(), self.kept | {self.person.pk})
        newest = services.history(Event, self.event.pk).first()
        self.assertEqual((newest.action, newest.username), ("revert", username))
        self.assertIn(self.person.pk, newest.after["participants"])

    # The participant deleted first (its deletion unlinks the event), then the event.

    def test_participant_restored_first_then_event(self):
        """The tester's order: the participant's revert finds the event gone and says so;
        the event's revert links the participant back and says it will."""
        person_deletion, event_deletion = self.delete_person(), self.delete_event()
        preview = self.revert(Participant, person_deletion)
        self.assertContains(
            preview,
            f"Changed event “{escape(self.event_name)}”</a>: not linked back now: it has "
            "been deleted since; its link comes back when it is restored from its own history",
        )
        self.assertFalse(Event.objects.filter(pk=self.event.pk).exists())
        preview = self.revert(Event, event_deletion)
        self.assertContains(preview, 'id="revert-owed-links"')
        self.assertContains(preview, escape(f"{self.event_name} — {self.person.name}"))
        self.assertRelinkedBy()

    def test_event_restored_first_then_participant(self):
        person_deletion, event_deletion = self.delete_person(), self.delete_event()
        self.revert(Event, event_deletion)
        self.assertEqual(self.linked(), self.kept)
        preview = self.revert(Participant, person_deletion)
        self.assertContains(preview, f"Changed event “{escape(self.event_name)}”</a></li>")
        self.assertRelinkedBy()

    # The event deleted first (its snapshot holds the link), then the participant.

    def test_event_deleted_first_and_restored_first(self):
        """The event's revert leaves the participant out (gone) and says it comes back
        with it; the participant's revert then links the event back."""
        event_deletion, person_deletion = self.delete_event(), self.delete_person()
        preview = self.revert(Event, event_deletion)
        self.assertContains(preview, 'id="revert-links-left-out"')
        self.assertContains(preview, f"participants: #{self.person.pk}")
        self.assertContains(preview, "each comes back when its record is restored")
        self.assertEqual(self.linked(), self.kept)
        preview = self.revert(Participant, person_deletion)
        self.assertContains(preview, escape(f"{self.event_name} — {self.person.name}"))
        self.assertRelinkedBy()

    def test_event_deleted_first_and_restored_last(self):
        event_deletion, person_deletion = self.delete_event(), self.delete_person()
        self.revert(Participant, person_deletion)
        self.revert(Event, event_deletion)
        self.assertEqual(self.linked(), self.kept | {self.person.pk})

    # What is owed once is owed once: an editor's later choice is kept.

    def test_a_link_an_editor_removed_since_is_not_brought_back_again(self):
        person_deletion, event_deletion = self.delete_person(), self.delete_event()
        self.revert(Participant, person_deletion)
        self.revert(Event, event_deletion)
        self.set_participants(self.kept)  # ed2 takes the participant off the event
        self.revert(Event, self.delete_event())
        self.assertEqual(self.linked(), self.kept)
        self.assertTrue(Participant.objects.filter(pk=self.person.pk).exists())

    def test_an_event_still_deleted_is_named_by_the_participants_revert_message(self):
        person_deletion = self.delete_person()
        self.delete_event()
        url = self.revert_url(Participant, person_deletion)
        self.ed1c.get(url)
        response = confirm_revert(self.ed1c, url, follow=True)
        self.assertContains(response, "its link comes back when it is restored")

    def test_a_row_that_cannot_come_back_is_named_with_the_reason(self):
        """A citation deleted with the event cannot come back once its source has been
        deleted too: the event's preview says so beside that row."""
        source = Source.objects.create(url="https://example.org/only-here", publisher="Someone")
        citation = Citation.objects.create(source=source, event=self.event, quote="Quoted.")
        source_pk, cited = source.pk, services.history(Citation, citation.pk)
        event_deletion = self.delete_event()
        services.delete_recorded([source], user=self.ed1, via="admin")
        preview = self.ed1c.get(self.revert_url(Event, event_deletion))
        self.assertContains(
            preview,
            f"Deleted citation “{escape(cited.first().object_repr)}”</a>: cannot come back: "
            f"its source (#{source_pk}) has been deleted since; restore "
            "that record first, from its own history",
        )
        # The event the rows are stored under comes back first: no reason for any row.
        self.assertNotContains(preview, f"its event (#{self.event.pk}) has been deleted")
        self.revert(Event, event_deletion)
        self.assertFalse(Citation.objects.filter(pk=citation.pk).exists())
