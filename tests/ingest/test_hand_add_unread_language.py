"""Outside tester t10b, 4: in an article the ingestion cannot read (German, read "as
English" with a warning), adding a happening by hand was refused because "the quote does
not state" its date. There the editor's own date is taken, the quote kept, and the
candidate says the date was not checked against the text. Sentences are the tests' own."""

from datetime import date

from peaceproc.chronology.models import Citation, Event
from peaceproc.ingest.models import PendingArticle

from .test_admin import Counts
from .test_review_by_hand import ByHandTestCase

GERMAN = (
    "Neue Gespräche über Syrien in Kasachstan\n\n"
    "Die Vertreter Russlands, der Türkei und des Iran wollen sich Ende des Monats wieder "
    "in der kasachischen Hauptstadt treffen, teilte das Außenministerium am Dienstag mit.\n\n"
    "Die Delegationen kommen nach Angaben des Ministeriums an zwei Tagen zusammen, die "
    "Opposition soll ebenfalls eingeladen werden.\n"
)
QUOTE = (
    "Die Vertreter Russlands, der Türkei und des Iran wollen sich Ende des Monats wieder "
    "in der kasachischen Hauptstadt treffen"
)
UNCHECKED = "not checked against the text"


class UnreadLanguageHandAddTests(ByHandTestCase):
    def german(self) -> PendingArticle:
        self.paste(GERMAN, published="2019-04-02")
        pending = PendingArticle.objects.waiting().get()
        self.assertTrue(any("looks like none of the languages" in n for n in pending.notes))
        return pending

    def test_the_editors_date_is_taken_with_the_quote_and_a_note(self):
        pending = self.german()
        response = self.add(
            pending, date="2019-04-25", end_date="2019-04-26", title="Astana talks, April 2019",
            quote=QUOTE, place="Nur-Sultan",
        )  # fmt: skip
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Added as")
        self.assertContains(response, "not checked against its quote")
        pending.refresh_from_db()
        [added] = pending.candidates
        self.assertIn(UNCHECKED, added["date_reason"])
        self.assertIn(self.editor.get_username(), added["date_reason"])
        self.assertEqual((added["date"], added["end_date"]), ("2019-04-25", "2019-04-26"))
        self.assertContains(response, UNCHECKED)
        # Accepted as proposed: the round of those days in that city (Astana 12), cited
        # with the quote.
        formset = response.context["formset"]
        self.assertEqual(formset.forms[0].initial["action"], "cite")
        response = self.client.post(pending.get_absolute_url(), self.review_data(pending))
        self.assertEqual(response.status_code, 302)
        citation = Citation.objects.get(quote=" ".join(QUOTE.split()))
        self.assertEqual(citation.round.slug, "astana-12")

    def test_a_new_event_gets_the_editors_date(self):
        pending = self.german()
        self.add(pending, date="2019-04-09", title="Kazakh ministry announces talks", quote=QUOTE,
                 kind="statement", place="")  # fmt: skip
        data = self.review_data(pending, {0: {"action": "create"}})
        response = self.client.post(pending.get_absolute_url(), data)
        self.assertEqual(response.status_code, 302)
        event = Event.objects.get(title="Kazakh ministry announces talks")
        self.assertEqual((event.start_date, event.precision), (date(2019, 4, 9), "day"))
        self.assertEqual(Citation.objects.get(event=event).quote, " ".join(QUOTE.split()))

    def test_a_quote_from_elsewhere_is_still_refused(self):
        pending = self.german()
        before = Counts()
        response = self.add(pending, date="2019-04-25", quote="Die Gespräche enden am Freitag.")
        self.assertContains(response, "This quote is not text of the article")
        self.assertEqual(Counts(), before)

    def test_in_a_language_read_here_the_quote_must_still_state_the_date(self):
        pending = self.undated()
        response = self.add(pending, quote="Alexander Lavrentiev discussed the de-escalation zones")
        self.assertContains(response, "The quote does not state 22 August 2017")
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])
