"""Issue 9 leftovers (fix9z, 1): a new name found in an article longer than a participant's
name holds is never cut unsaid. The review marks it cut and offers a box holding the cut
name, which the editor may rewrite before accepting; nothing over-long reaches the
database, and an emptied or over-long box is refused with the editor's text kept. Names
are the tests' own."""

from datetime import date

from peaceproc.chronology.models import Event, Participant
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import review_field_count
from peaceproc.ingest.services import NAME_CHARS, participant_name

from .test_admin import IngestTestCase, candidate, formset_data, make_pending

# 25 words, 309 characters: more than the 200 a participant's name holds.
LONG = "Spokesman " + " ".join(["Abdelrahman"] * 25)
QUOTE = f"{LONG} and Nour Haddad met in Homs on 3 September 2026."


class LongNewNameTests(IngestTestCase):
    def setUp(self):
        super().setUp()
        c = candidate(quote=QUOTE, date_text="3 September 2026", date="2026-09-03",
                      new_names=[LONG, "Nour Haddad"])  # fmt: skip
        self.pending = make_pending([c], published_on=date(2026, 9, 4))
        self.url = self.pending.get_absolute_url()

    def post(self, **changes):
        formset = self.client.get(self.url).context["formset"]
        self.assertEqual(formset.forms[0].initial["action"], "create")
        data = formset_data(formset, {0: {"new_names": [LONG, "Nour Haddad"], **changes}})
        return self.client.post(self.url, data, follow=True)

    def test_the_review_marks_the_name_cut_and_offers_it_to_edit(self):
        response = self.client.get(self.url)
        form = response.context["formset"].forms[0]
        self.assertEqual(list(form.spelling), [LONG])
        box = form["spelt_1"]
        self.assertEqual(box.initial, participant_name(LONG))
        self.assertLessEqual(len(box.initial), NAME_CHARS)
        self.assertContains(response, f"cut at a word from {len(LONG)} characters")
        self.assertContains(response, "Store “Spokesman Abdelrahman Abdelrahman…” as")
        self.assertContains(response, f'value="{participant_name(LONG)}"')
        # The box comes right after the names it spells.
        names = list(form.fields)
        self.assertEqual(names.index("spelt_1"), names.index("new_names") + 1)

    def test_the_editors_spelling_is_the_name_stored(self):
        response = self.post(spelt_1="Abdelrahman Spokesman")
        self.assertContains(response, "2 new participants")
        self.assertTrue(Participant.objects.filter(name="Abdelrahman Spokesman").exists())
        self.assertTrue(Participant.objects.filter(name="Nour Haddad").exists())
        event = Event.objects.get(start_date=date(2026, 9, 3))
        self.assertEqual(
            sorted(p.name for p in event.participants.all()),
            ["Abdelrahman Spokesman", "Nour Haddad"],
        )

    def test_the_box_left_as_offered_stores_the_cut_name_it_shows(self):
        self.post(spelt_1=participant_name(LONG))
        stored = Participant.objects.get(name=participant_name(LONG))
        self.assertLessEqual(len(stored.name), NAME_CHARS)
        self.assertTrue(stored.name.endswith("…"))

    def test_a_spelling_too_long_is_refused_and_kept(self):
        before = Participant.objects.count()
        too_long = "Abdelrahman " * 20  # 240 characters
        response = self.post(spelt_1=too_long)
        self.assertContains(response, f"at most {NAME_CHARS} characters")
        self.assertContains(response, too_long.strip())
        self.assertEqual(Participant.objects.count(), before)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)

    def test_an_emptied_box_is_refused_while_its_name_is_ticked(self):
        before = Participant.objects.count()
        response = self.post(spelt_1="  ")
        self.assertContains(response, "Write the name to store, or untick it above.")
        self.assertEqual(Participant.objects.count(), before)

    def test_an_unticked_long_name_needs_no_spelling(self):
        formset = self.client.get(self.url).context["formset"]
        data = formset_data(formset, {0: {"new_names": ["Nour Haddad"], "spelt_1": ""}})
        self.client.post(self.url, data)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.ACCEPTED)
        self.assertFalse(Participant.objects.filter(name__startswith="Spokesman").exists())

    def test_the_box_counts_among_the_fields_a_review_sends(self):
        short = candidate(new_names=["Nour Haddad"])
        long = candidate(new_names=["Nour Haddad", LONG])
        self.assertEqual(
            review_field_count([long], people=[]) - review_field_count([short], people=[]), 2
        )
