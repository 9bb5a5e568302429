"""Outside tester t6i, finding 7: a candidate whose date or track the editor changed was
created beside the record it then repeated. Accept matches the edited reading again; a
likely repeat is refused, naming the record, until the editor cites it or confirms."""

from collections import Counter

from django.utils.html import escape

from peaceproc.chronology.models import Citation, Event
from peaceproc.ingest.models import PendingArticle

from .test_admin import IngestTestCase, formset_data

TEXT = "Talks in Geneva\n\nDelegations held consultations in Geneva on 3 February 1999.\n"


class EditedRepeatTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        days = Counter(
            Event.objects.filter(precision="day", track__isnull=False).values_list(
                "track_id", "start_date"
            )
        )
        # An event alone on its day and track: the same day and track is a likely repeat.
        self.record = Event.objects.filter(
            precision="day", end_date__isnull=True, participants__isnull=True
        ).filter(pk__in=[e.pk for e in Event.objects.filter(precision="day")
                         if days[(e.track_id, e.start_date)] == 1]).first()  # fmt: skip
        # Held in the sentence's city (one told of another city is another happening:
        # outside re-tester t9r, 7).
        Event.objects.filter(pk=self.record.pk).update(place="Geneva")
        self.paste(TEXT, published="1999-02-10")
        self.pending = PendingArticle.objects.waiting().get()
        # A sentence of the article stating the record's date, for the edited candidate to
        # quote: an edited date must be stated by its quote (review9l).
        self.stating = f"The previous talks were held on {self.record.start_date:%-d %B %Y}."
        self.pending.text += f"\n{self.stating}\n"
        self.pending.save(update_fields=["text"])
        self.form = self.client.get(self.pending.get_absolute_url()).context["formset"]

    def post(self, **changes):
        edited = {
            "action": "create",
            "date": self.record.start_date.isoformat(),
            "track": str(self.record.track_id),
            "kind": self.record.kind,
            "quote": self.stating,
            **changes,
        }
        return self.client.post(
            self.pending.get_absolute_url(), formset_data(self.form, {0: edited})
        )

    def test_an_edit_that_repeats_a_record_is_refused_naming_it(self):
        self.assertEqual(self.form.forms[0].matches, {})  # 1999: nothing matched as proposed
        events = Event.objects.count()
        response = self.post()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "As you edited it, this candidate repeats a stored record")
        self.assertContains(response, escape(str(self.record)))
        self.assertContains(response, "Create it all the same")
        self.assertEqual(Event.objects.count(), events)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)
        # The record is offered to cite.
        form = response.context["formset"].forms[0]
        self.assertIn(f"event:{self.record.pk}", dict(form.fields["target"].choices))

    def test_the_editor_may_cite_the_record_instead(self):
        events = Event.objects.count()
        self.post(action="cite", target=f"event:{self.record.pk}")
        self.assertEqual(Event.objects.count(), events)
        self.assertTrue(Citation.objects.filter(event=self.record).exists())
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.ACCEPTED)

    def test_the_editor_may_confirm_creating_it(self):
        events = Event.objects.count()
        self.post(confirm_create="on")
        self.assertEqual(Event.objects.count(), events + 1)

    def test_an_unedited_candidate_is_accepted_as_before(self):
        events = Event.objects.count()
        self.client.post(self.pending.get_absolute_url(), formset_data(self.form))
        self.assertEqual(Event.objects.count(), events + 1)
