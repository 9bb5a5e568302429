"""Outside re-tester t10r (issue 9), review and accept: an out-of-date review refused
rather than creating a happening twice, a meeting on the day of an address by one of its
people, and the wording of the review. The shapes are the tester's; the sentences and
records are the tests' own. Admin flows go through the test Client as the named editor."""

from datetime import date
from functools import partial

from peaceproc.chronology.models import Event, Participant
from peaceproc.ingest import intake, rematch, services
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.reading import RawArticle
from peaceproc.ingest.review import default_for, find_matches, load_lookups
from peaceproc.ingest.services import cut_at_word
from peaceproc.ingest.titles import candidate_place

from .reviews import happening
from .test_admin import Counts, IngestTestCase, candidate, formset_data, make_pending

QUOTE = "Delegates of the two committees met in Valletta on 14 June 2032."
# Another report of it, in other words: the record the first one stores is only a
# possible match of this one (the same day and place), which the form lets be created.
OTHER = "Officials held talks in Valletta on 14 June 2032."


def meeting(quote=QUOTE, **fields) -> dict:
    return candidate(quote=quote, date_text="14 June 2032", date="2032-06-14",
                     place="Valletta", **fields)  # fmt: skip


class OutOfDateReviewTests(IngestTestCase):
    """Finding 1: two reviews of one new happening each created it."""

    # (A title of no name the second report writes: that report only may repeat it.)
    TITLED = {0: {"title": "Committee delegates meet"}}

    def setUp(self):
        super().setUp()
        self.first = make_pending([meeting()], title="First report", text=f"First report. {QUOTE}")
        self.second = make_pending(
            [meeting(OTHER)], title="Second report", text=f"Second report. {OTHER}"
        )

    def page(self, pending: PendingArticle, changes=None) -> dict:
        """The POST of the review page as drawn now, left as proposed (Create), with
        `changes`."""
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        self.assertEqual(formset.forms[0].initial["action"], "create")
        data = formset_data(formset, changes)
        data["form-0-shown"] = formset.forms[0].shown_value
        return data

    def test_the_second_page_posted_as_first_drawn_is_refused(self):
        first, second = self.page(self.first, self.TITLED), self.page(self.second)
        self.client.post(self.first.get_absolute_url(), first)
        created = Event.objects.get(start_date=date(2032, 6, 14))
        before = Counts()
        response = self.client.post(self.second.get_absolute_url(), second)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "since this page was drawn, a record was stored that "
                                      "candidate 1 may repeat")  # fmt: skip
        self.assertContains(response, created.title)
        self.assertEqual(Counts(), before)
        self.second.refresh_from_db()
        self.assertEqual(self.second.status, PendingArticle.Status.WAITING)
        # The editor's choice is kept, the new record offered to cite.
        form = response.context["formset"].forms[0]
        self.assertEqual(form["action"].value(), "create")
        self.assertIn(f"event:{created.pk}", form.offered)
        # Sent again from the page drawn now, their choice is theirs.
        again = {**second, "form-0-shown": form.shown_value, "form-0-confirm_create": "on"}
        self.client.post(self.second.get_absolute_url(), again)
        self.second.refresh_from_db()
        self.assertEqual(self.second.status, PendingArticle.Status.ACCEPTED)
        self.assertEqual(Event.objects.filter(start_date=date(2032, 6, 14)).count(), 2)

    def test_citing_the_new_record_from_the_refused_page_stores_one_event(self):
        first, second = self.page(self.first, self.TITLED), self.page(self.second)
        self.client.post(self.first.get_absolute_url(), first)
        created = Event.objects.get(start_date=date(2032, 6, 14))
        response = self.client.post(self.second.get_absolute_url(), second)
        form = response.context["formset"].forms[0]
        cite = {**second, "form-0-shown": form.shown_value, "form-0-action": "cite",
                "form-0-target": f"event:{created.pk}"}  # fmt: skip
        self.client.post(self.second.get_absolute_url(), cite)
        self.assertEqual(Event.objects.filter(start_date=date(2032, 6, 14)).count(), 1)
        self.assertEqual(created.citations.count(), 2)

    def test_two_accepts_at_once_match_inside_the_transaction(self):
        # The second review's forms were read before the first accept stored its event
        # (two editors pressing Accept together): the accept's own check finds it.
        formset = self.client.get(self.second.get_absolute_url()).context["formset"]
        bound = type(formset)(
            formset_data(formset), candidates=formset.candidates,
            matches=formset.candidate_matches, lookups=formset.lookups, quotes=formset.quotes,
        )  # fmt: skip
        self.assertTrue(bound.is_valid())
        self.client.post(self.first.get_absolute_url(), self.page(self.first, self.TITLED))
        before = Counts()
        with self.assertRaises(rematch.StaleReviewError) as refused:
            services.accept_pending(
                pending=self.second,
                decisions=bound.decisions(),
                user=self.editor,
                check=partial(rematch.check_creates, pending=self.second, formset=bound),
            )
        self.assertEqual([u.number for u in refused.exception.unseen], [1])
        self.assertEqual(Counts(), before)

    def test_a_match_the_page_showed_is_the_editors_to_create_beside(self):
        happening("valletta-talks-2032", "Talks in Valletta", date(2032, 6, 14),
                  place="Valletta")  # fmt: skip
        pending = make_pending([meeting()], title="Third report", text=f"Third report. {QUOTE}")
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = formset_data(formset, {0: {"action": "create", "confirm_create": "on"}})
        data["form-0-shown"] = formset.forms[0].shown_value
        self.client.post(pending.get_absolute_url(), data)
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)


class MeetingOnTheDayOfAnAddressTests(IngestTestCase):
    """Finding 2: one participant in common on the day, and another sort of happening."""

    QUOTE = "Ahmed al-Sharaa received the envoy in Damascus on 30 January 2031."

    def setUp(self):
        super().setUp()
        self.address = happening(
            "sharaa-address-2031", "Al-Sharaa's first address as president",
            date(2031, 1, 30), kind=Event.Kind.STATEMENT, people=["ahmed-al-sharaa"],
        )  # fmt: skip

    def default(self, **fields):
        c = candidate(quote=self.QUOTE, date_text="30 January 2031", date="2031-01-30",
                      participants=["ahmed-al-sharaa"], **fields)  # fmt: skip
        lookups = load_lookups([c])
        return default_for(c, find_matches(c, lookups), lookups)

    def test_a_meeting_is_not_the_address(self):
        proposal = self.default()
        self.assertEqual(proposal.action, "skip")
        self.assertEqual(proposal.target.record, self.address)
        self.assertFalse(proposal.target.strong)
        # Nor is the president's name in its title the sentence naming it.
        self.assertNotIn("names it", proposal.target.reason)

    def test_the_same_sort_of_happening_is_still_cited(self):
        proposal = self.default(kind="statement")
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.address))


class TitleRefusalTests(IngestTestCase):
    """Finding 5: a title beginning with combining marks was taken, and a title's control
    characters were removed unsaid."""

    def post_title(self, title: str):
        pending = make_pending([meeting()])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = formset_data(formset, {0: {"action": "create", "title": title}})
        before = Counts()
        response = self.client.post(pending.get_absolute_url(), data)
        self.assertEqual(Counts(), before)
        return pending, response

    def test_leading_combining_marks_are_refused(self):
        _, response = self.post_title("\u0301\u0301abc")
        errors = response.context["formset"].forms[0].errors["title"]
        self.assertIn("cannot begin with an accent or other combining mark (U+0301)", errors[0])

    def test_control_characters_are_refused_and_named(self):
        pending, response = self.post_title("Draft\x07 review\x1b[31m")
        errors = response.context["formset"].forms[0].errors["title"]
        self.assertIn("“DraftU+0007 reviewU+001B[31m”", errors[0])
        self.assertNotIn("\x1b", response.content.decode())
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.WAITING)

    def test_the_source_title_is_refused_too(self):
        pending = make_pending([meeting()])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = {**formset_data(formset), "source-title": "Wire\x1b[0m report"}
        response = self.client.post(pending.get_absolute_url(), data)
        self.assertContains(response, "A title holds no control characters")
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.WAITING)


# Written for these tests: an English sentence of many given names, few of the small words
# by which the language guess knows English.
GIVEN = (
    "Karim Tariq Salim Nabil Walid Jamal Faisal Ziad Bassam Adnan Ghassan Hisham Imad Marwan "
    "Nizar Rami "
) * 2
MANY_NAMES = (
    "Envoys in Muscat\n\nMuscat — Special Envoy Tobias Wendell Harrington met negotiator "
    f"Samir {GIVEN}in Muscat on 4 October 2025.\n"
)


class ChosenLanguageTests(IngestTestCase):
    """Finding 4: the language an editor chose lost to the guess; finding 6: the review
    named the language without saying the text does not read like it."""

    def read(self, language):
        return intake.Reader(language=language).analyse(
            RawArticle(name="muscat.txt", text=MANY_NAMES), published=date(2025, 10, 5)
        )

    def test_the_chosen_language_reads_the_names_the_guess_may_warn(self):
        chosen = self.read("en")
        self.assertEqual(chosen.language, "en")
        self.assertFalse(chosen.language_supported)  # the warning, kept
        self.assertEqual(chosen.candidates[0]["new_names"], ["Tobias Wendell Harrington"])
        # Guessed, the names of a text that reads like no language are not taken.
        self.assertEqual(self.read(None).candidates[0]["new_names"], [])

    def test_the_review_says_the_text_does_not_read_like_its_language(self):
        sentence = MANY_NAMES.split("\n\n")[1].strip()
        c = candidate(quote=sentence, date_text="4 October 2025", date="2025-10-04")
        pending = make_pending([c], text=MANY_NAMES)
        response = self.client.get(pending.get_absolute_url())
        self.assertContains(response, "read as English, but the text does not read like English")
        plain = make_pending([meeting()], title="Plain", text=f"Plain. {QUOTE}")
        response = self.client.get(plain.get_absolute_url())
        self.assertContains(response, "<dt>Language</dt><dd>English</dd>", html=True)


class ReviewWordingTests(IngestTestCase):
    """Finding 6: empty date words of a happening added by hand, and names cut short."""

    def test_a_happening_added_by_hand_shows_no_empty_date_words(self):
        hand = candidate(quote=QUOTE, date_text="", date="2032-06-14", by_hand=True)
        pending = make_pending([hand])
        response = self.client.get(pending.get_absolute_url())
        self.assertNotContains(response, "Date words: “<bdi></bdi>”", html=False)
        self.assertContains(response, "Date: as the editor gave it")

    def test_a_long_word_after_a_short_one_is_cut_inside(self):
        name = "Johnathan " + "Q" * 234
        cut = cut_at_word(name, 200)
        self.assertEqual(len(cut), 200)
        self.assertTrue(cut.startswith("Johnathan QQQ") and cut.endswith("Q…"))
        # Cut at a word when that keeps most of what fits.
        words = "Mohammed Abdullah " * 15
        self.assertEqual(cut_at_word(words, 200), words[:198].rsplit(" ", 1)[0] + "…")

    def test_the_success_message_names_the_names_cut(self):
        name = "Johnathan " + "Q" * 234
        pending = make_pending([meeting(new_names=[name])])
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        # (The box holds the name as it would be cut; left so.)
        box = formset.forms[0].fields["spelt_1"].initial
        data = formset_data(formset, {0: {"new_names": [name], "spelt_1": box}})
        response = self.client.post(pending.get_absolute_url(), data, follow=True)
        stored = cut_at_word(name, 200)
        self.assertTrue(Participant.objects.filter(name=stored).exists())
        self.assertContains(response, f"The name of 244 characters “{cut_at_word(name, 40)}” of "
                                      f"candidate 1 was stored as “{stored}”.")  # fmt: skip


class PartyCountryIsNoPlaceTests(IngestTestCase):
    """Finding 3: a city the places table does not know, and the country of a party read
    as the place."""

    def test_a_partys_country_is_not_the_place(self):
        quote = "Lisbon-born envoys of Oman and Syria held talks on 2 May 2031, aides said."
        self.assertEqual(candidate_place({"quote": quote, "place": "Syria"}), "")

    def test_the_dateline_city_the_sentence_names_again_is(self):
        quote = "Salalah — Envoys of Oman and Syria met in Salalah on 2 May 2031, aides said."
        self.assertEqual(candidate_place({"quote": quote, "place": "Syria"}), "Salalah")

    def test_a_place_the_sentence_puts_it_in_stays(self):
        cases = [
            ("en", "Envoys of the two states met in Syria on 2 May 2031.", "Syria"),
            ("ru", "Посланники встретились в Сирии 2 мая 2031 года.", "Сирия"),
        ]
        for language, quote, place in cases:
            with self.subTest(language=language):
                c = {"quote": quote, "place": place}
                self.assertEqual(candidate_place(c, language), place)

    def test_the_review_proposes_the_dateline_city(self):
        quote = "Salalah — Envoys of Oman and Syria met in Salalah on 2 May 2031."
        c = candidate(quote=quote, date_text="2 May 2031", date="2031-05-02", place="Syria")
        pending = make_pending([c])
        form = self.client.get(pending.get_absolute_url()).context["formset"].forms[0]
        self.assertEqual(form.initial["place"], "Salalah")
