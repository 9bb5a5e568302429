"""The review page for an article the pipeline dated nothing in (outside tester t6i): what
the article names is shown, and the editor adds a happening by hand, which becomes one more
candidate and is accepted through the same service as the pipeline's own. And a quote the
editor edits: the article's text, stating the event's date (issue 9, review9l)."""

from datetime import date
from unittest import mock

from django.contrib.auth.models import Permission, User
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.chronology.models import Citation, Event, Participant
from peaceproc.ingest import by_hand, intake, services
from peaceproc.ingest.found import places_named, text_readings
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline.text import fold
from peaceproc.ingest.quotes import QuoteChecker, date_error

from .test_admin import Counts, IngestTestCase, candidate, formset_data, make_pending

# No sentence the pipeline reads as a dated happening: the date is in the photo's caption.
UNDATED = (
    "Envoys meet in Tehran\n\n"
    "Alexander Lavrentiev discussed the de-escalation zones with Hossein Jaberi Ansari in "
    "Tehran, ahead of the sixth Astana round.\n\n"
    "Photo: Lavrentiev and Jaberi Ansari in Tehran, 22 August 2017\n"
)
CAPTION = "Photo: Lavrentiev and Jaberi Ansari in Tehran, 22 August 2017"


def hand_data(**fields) -> dict:
    """The add-by-hand fields of a review POST."""
    values = {
        "date": "2017-08-22",
        "precision": "day",
        "title": "Lavrentiev and Jaberi Ansari meet in Tehran",
        "kind": "meeting",
        "quote": CAPTION,
        "place": "Tehran",
        **fields,
    }
    return {f"hand-{name}": value for name, value in values.items()}


class ByHandTestCase(IngestTestCase):
    def undated(self, **fields) -> PendingArticle:
        self.paste(UNDATED, published="2017-08-23", **fields)
        return PendingArticle.objects.waiting().get()

    def add(self, pending, data=None, **fields):
        data = data if data is not None else self.review_data(pending)
        return self.client.post(
            reverse("ingest:add", args=[pending.pk]), {**data, **hand_data(**fields)}
        )

    def review_data(self, pending, changes=None) -> dict:
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        return formset_data(formset, changes)


class FoundTests(ByHandTestCase):
    def test_an_undated_article_shows_its_people_places_and_rounds(self):
        pending = self.undated()
        self.assertEqual(pending.candidates, [])
        response = self.client.get(pending.get_absolute_url())
        found = response.context["found"]
        self.assertEqual(
            [p.participant.slug for p in found.people if p.participant],
            ["alexander-lavrentiev", "hossein-jaberi-ansari"],
        )
        self.assertIn("Tehran", found.places)
        self.assertEqual(found.round_numbers, [6])
        self.assertIn("astana-6", [r.slug for r in found.rounds])
        self.assertContains(response, "Named in the article")
        self.assertContains(response, "Add a happening by hand")
        self.assertContains(
            response, 'formaction="{}"'.format(reverse("ingest:add", args=[pending.pk]))
        )

    def test_a_name_the_record_does_not_know_is_new_and_escaped(self):
        pending = make_pending([], text="Talks on <b>peace</b>.", people=[{"name": "<b>Ali</b>"}])
        response = self.client.get(pending.get_absolute_url())
        self.assertContains(response, "&lt;b&gt;Ali&lt;/b&gt;")
        self.assertNotContains(response, "<b>Ali</b>")
        self.assertContains(response, '<span class="ingest-tag ingest-new">new</span>', html=True)

    def test_places_in_inflected_and_other_scripts(self):
        self.assertEqual(places_named(fold("Переговоры в Астане и в Женеве")), ["Astana", "Geneva"])
        self.assertEqual(places_named(fold("Heyet Astana'ya gitti")), ["Astana"])
        self.assertEqual(places_named(fold("Nothing here")), [])

    def test_the_whole_text_is_read_once_per_article(self):
        text_readings.cache_clear()
        pending = make_pending([candidate()])
        self.client.get(pending.get_absolute_url())
        self.client.get(pending.get_absolute_url())
        self.assertEqual(text_readings.cache_info().hits, 1)


class AddServiceTests(ByHandTestCase):
    def happening(self, **fields) -> by_hand.Happening:
        values = {
            "title": "Lavrentiev and Jaberi Ansari meet in Tehran",
            "kind": "meeting",
            "start_date": date(2017, 8, 22),
            "precision": "day",
            "quote": "  Photo: Lavrentiev and Jaberi Ansari\nin Tehran, 22 August 2017 ",
            "participants": (Participant.objects.get(slug="alexander-lavrentiev"),),
            **fields,
        }
        return by_hand.Happening(**values)

    def test_the_happening_becomes_the_last_candidate(self):
        pending = self.undated()
        number = by_hand.add_happening(
            pending=pending, happening=self.happening(), user=self.editor
        )
        self.assertEqual(number, 1)
        pending.refresh_from_db()
        [added] = pending.candidates
        self.assertEqual(added["quote"], CAPTION)
        self.assertEqual(pending.text[added["quote_start"] : added["quote_end"]], CAPTION)
        start, end = added["date_spans"][0]
        self.assertEqual(CAPTION[start:end], "22 August 2017")
        self.assertEqual(added["date_text"], "22 August 2017")
        self.assertEqual((added["date"], added["precision"]), ("2017-08-22", "day"))
        self.assertEqual(added["participants"], ["alexander-lavrentiev"])
        self.assertTrue(added["by_hand"])
        self.assertIn("by editor", added["date_reason"])

    def test_a_second_copy_is_refused(self):
        pending = self.undated()
        by_hand.add_happening(pending=pending, happening=self.happening(), user=self.editor)
        with self.assertRaisesMessage(by_hand.AlreadyACandidateError, "already candidate 1"):
            by_hand.add_happening(pending=pending, happening=self.happening(), user=self.editor)
        pending.refresh_from_db()
        self.assertEqual(len(pending.candidates), 1)

    def test_another_happening_of_the_same_sentence_is_added(self):
        # Outside tester t11b, 4: one sentence, two meetings (other people, another
        # title); the same people under the same title is still a copy.
        pending = self.undated()
        by_hand.add_happening(pending=pending, happening=self.happening(), user=self.editor)
        others = (Participant.objects.get(slug="hossein-jaberi-ansari"),)
        for changes in ({"participants": others}, {"title": "Lavrentiev visits Tehran"}):
            number = by_hand.add_happening(
                pending=pending, happening=self.happening(**changes), user=self.editor
            )
            self.assertEqual(number, len(pending.candidates))
        with self.assertRaisesMessage(by_hand.AlreadyACandidateError, "already candidate 3"):
            by_hand.add_happening(
                pending=pending, happening=self.happening(title="LAVRENTIEV  visits Tehran"),
                user=self.editor,
            )  # fmt: skip
        pending.refresh_from_db()
        self.assertEqual(len(pending.candidates), 3)

    def test_a_quote_from_elsewhere_is_refused(self):
        pending = self.undated()
        with self.assertRaises(ValidationError):
            by_hand.add_happening(
                pending=pending,
                happening=self.happening(quote="They met on 22 August 2017."),
                user=self.editor,
            )
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])

    def test_an_article_decided_meanwhile(self):
        pending = self.undated()
        services.discard_pending(pending=pending, user=self.editor)
        with self.assertRaises(services.AlreadyDecidedError):
            by_hand.add_happening(pending=pending, happening=self.happening(), user=self.editor)

    def test_no_more_than_one_review_holds(self):
        pending = make_pending([candidate()], text=f"They met in Vienna on 3 March 2017. {CAPTION}")
        with (
            mock.patch("peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP", 1),
            self.assertRaises(intake.NotReviewableError),
        ):
            by_hand.add_happening(pending=pending, happening=self.happening(), user=self.editor)
        pending.refresh_from_db()
        self.assertEqual(len(pending.candidates), 1)


class AddViewTests(ByHandTestCase):
    def test_added_then_accepted_like_a_proposed_candidate(self):
        pending = self.undated()
        lavrentiev = Participant.objects.get(slug="alexander-lavrentiev")
        response = self.add(pending, **{"participants": "alexander-lavrentiev"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Added as")
        self.assertContains(response, "added by hand")
        pending.refresh_from_db()
        self.assertEqual(len(pending.candidates), 1)
        # The new candidate's form proposes it as typed; accepted as the others are.
        form = response.context["formset"].forms[0]
        self.assertEqual(form.initial["title"], "Lavrentiev and Jaberi Ansari meet in Tehran")
        self.assertEqual(form.initial["action"], "create")
        with mock.patch.object(services, "accept_pending", wraps=services.accept_pending) as accept:
            response = self.client.post(pending.get_absolute_url(), self.review_data(pending))
        self.assertEqual(response.status_code, 302)
        accept.assert_called_once()
        event = Event.objects.get(title="Lavrentiev and Jaberi Ansari meet in Tehran")
        self.assertEqual((event.start_date, event.precision), (date(2017, 8, 22), "day"))
        self.assertEqual(list(event.participants.all()), [lavrentiev])
        self.assertEqual(event.place, "Tehran")
        self.assertEqual(Citation.objects.get(event=event).quote, CAPTION)

    def test_a_quote_that_does_not_state_the_date_is_refused_and_kept(self):
        pending = self.undated()
        before = Counts()
        quote = "Alexander Lavrentiev discussed the de-escalation zones"
        response = self.add(pending, quote=quote)
        self.assertContains(response, "The quote does not state 22 August 2017")
        self.assertContains(response, "gives no date the ingestion can read")
        self.assertContains(response, "Lavrentiev and Jaberi Ansari meet in Tehran")  # kept
        self.assertContains(response, quote)
        self.assertEqual(Counts(), before)
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])

    def test_a_quote_not_in_the_article_is_refused(self):
        pending = self.undated()
        response = self.add(pending, quote="The envoys met on 22 August 2017.")
        self.assertContains(response, "This quote is not text of the article")
        self.assertContains(response, 'href="#add-happening"')

    def test_a_wrong_date_names_what_the_quote_says(self):
        pending = self.undated()
        response = self.add(pending, date="2017-08-21")
        self.assertContains(response, "does not state 21 August 2017: it reads “22 August 2017”")

    def test_the_candidates_edits_are_kept(self):
        text = f"They met in Vienna on 3 March 2017. {CAPTION}"
        pending = make_pending([candidate()], text=text)
        data = self.review_data(pending, {0: {"title": "Edited by the editor", "action": "skip"}})
        data.pop("form-0-participants", None)
        response = self.add(pending, data)
        forms = response.context["formset"].forms
        self.assertEqual(len(forms), 2)
        self.assertEqual(forms[0].initial["title"], "Edited by the editor")
        self.assertEqual(forms[0].initial["action"], "skip")
        self.assertContains(response, 'value="Edited by the editor"')

    def test_reading_the_article_again_keeps_what_was_added_by_hand(self):
        pending = self.undated()
        self.add(pending)
        response = self.client.post(
            reverse("ingest:reread", args=[pending.pk]), {"published": "2017-08-24"}
        )
        self.assertEqual(response.status_code, 302)
        pending.refresh_from_db()
        self.assertEqual(pending.published_on, date(2017, 8, 24))
        self.assertEqual([c["quote"] for c in pending.candidates if c.get("by_hand")], [CAPTION])

    def test_accepting_with_a_happening_typed_but_not_added_stores_nothing(self):
        pending = self.undated()
        before = Counts()
        data = {**self.review_data(pending), **hand_data()}
        response = self.client.post(pending.get_absolute_url(), data)
        self.assertContains(response, "was not added")
        self.assertContains(response, "Lavrentiev and Jaberi Ansari meet in Tehran")
        self.assertEqual(Counts(), before)
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.WAITING)


class AddAccessTests(ByHandTestCase):
    def test_anonymous_goes_to_the_login_and_nothing_is_added(self):
        pending = self.undated()
        self.client.logout()
        url = reverse("ingest:add", args=[pending.pk])
        response = self.client.post(url, hand_data())
        self.assertRedirects(response, f"{reverse('admin:login')}?next={url}")
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])

    def test_a_user_who_is_not_staff_goes_to_the_login(self):
        pending = self.undated()
        reader = User.objects.create_user("reader", password="pw-reader-1")
        reader.user_permissions.set(
            Permission.objects.filter(codename__in=["add_source", "add_event"])
        )
        self.client.force_login(reader)
        url = reverse("ingest:add", args=[pending.pk])
        self.assertRedirects(
            self.client.post(url, hand_data()), f"{reverse('admin:login')}?next={url}"
        )
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])

    def test_staff_without_the_rights_is_refused(self):
        pending = self.undated()
        self.client.force_login(User.objects.create_user("staff", password="pw", is_staff=True))
        response = self.client.post(reverse("ingest:add", args=[pending.pk]), hand_data())
        self.assertEqual(response.status_code, 403)

    def test_post_only_with_a_csrf_token(self):
        pending = self.undated()
        url = reverse("ingest:add", args=[pending.pk])
        self.assertEqual(self.client.get(url).status_code, 405)
        self.client.handler.enforce_csrf_checks = True
        self.assertEqual(self.client.post(url, hand_data()).status_code, 403)
        pending.refresh_from_db()
        self.assertEqual(pending.candidates, [])


class EditedQuoteTests(IngestTestCase):
    TEXT = (
        "Talks in Vienna\n\nThey met in Vienna on 3 March 2017. "
        "A second meeting was held on 5 March 2017 in the same hotel."
    )

    def setUp(self):
        super().setUp()
        self.pending = make_pending([candidate()], text=self.TEXT)

    def post(self, **changes):
        data = formset_data(
            self.client.get(self.pending.get_absolute_url()).context["formset"],
            {0: {"action": "create", **changes}},
        )
        return self.client.post(self.pending.get_absolute_url(), data)

    def test_an_edited_date_the_quote_does_not_state_asks_for_the_sentence(self):
        before = Counts()
        response = self.post(date="2017-03-05")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The quote does not state 5 March 2017")
        self.assertContains(response, "Put here the sentence of the article that states the date")
        self.assertContains(response, 'value="2017-03-05"')  # what the editor typed, kept
        self.assertEqual(Counts(), before)

    def test_the_sentence_that_states_it_is_cited(self):
        quote = "A second meeting was held on\n 5 March 2017 in the same hotel."
        response = self.post(date="2017-03-05", quote=quote)
        self.assertEqual(response.status_code, 302)
        event = Event.objects.get(start_date=date(2017, 3, 5), title=candidate_title(self))
        self.assertEqual(
            Citation.objects.get(event=event).quote,
            "A second meeting was held on 5 March 2017 in the same hotel.",
        )

    def test_a_quote_from_elsewhere_is_refused(self):
        before = Counts()
        response = self.post(quote="They met in Geneva on 3 March 2017.")
        self.assertContains(response, "This quote is not text of the article")
        self.assertEqual(Counts(), before)

    def test_a_skipped_candidates_quote_is_not_read(self):
        response = self.post(action="skip", quote="Whatever the editor left here.")
        self.assertEqual(response.status_code, 302)

    def test_the_month_a_day_states(self):
        response = self.post(date="2017-03-01", precision="month")
        self.assertEqual(response.status_code, 302)

    def test_unchanged_the_pipelines_reading_is_not_read_again(self):
        # (The pipeline may date a sentence from the dateline or the sentence before.)
        pending = make_pending(
            [candidate(quote="The talks then resumed.", date_text="")],
            text="They met in Vienna on 3 March 2017. The talks then resumed.",
        )
        data = formset_data(self.client.get(pending.get_absolute_url()).context["formset"])
        self.assertEqual(self.client.post(pending.get_absolute_url(), data).status_code, 302)


def candidate_title(test) -> str:
    return Event.objects.filter(start_date=date(2017, 3, 5)).values_list("title", flat=True)[0]


class DateReadingTests(IngestTestCase):
    """The pipeline's own date reading, in the forms it reads (not a string match)."""

    def test_forms_of_a_date(self):
        cases = [
            ("Les pourparlers reprendront le 15 septembre.", "fr", date(2017, 9, 15), "day", None),
            (
                "Переговоры пройдут 14-15 сентября.",
                "ru",
                date(2017, 9, 14),
                "day",
                date(2017, 9, 15),
            ),
            ("The envoy spoke on Tuesday.", "en", date(2017, 8, 22), "day", None),
            ("They met in March 2017.", "en", date(2017, 3, 1), "month", None),
            ("They met on 3 March 2017.", "en", date(2017, 1, 1), "year", None),
        ]
        for quote, language, start, precision, end in cases:
            with self.subTest(quote=quote):
                self.assertEqual(
                    date_error(quote, start=start, precision=precision, end=end,
                               published=date(2017, 8, 23), language=language),
                    "",
                )  # fmt: skip

    def test_a_coarser_date_or_another_day_is_not_stated(self):
        cases = [
            ("They met in March 2017.", date(2017, 3, 3), "day", None, "3 March 2017"),
            ("They met on 3 March 2017.", date(2017, 3, 4), "day", None, "4 March 2017"),
            ("Переговоры пройдут 14-15 сентября.", date(2017, 9, 14), "day", date(2017, 9, 16),
             "the end date 16 September 2017"),
        ]  # fmt: skip
        for quote, start, precision, end, missing in cases:
            with self.subTest(quote=quote):
                language = "ru" if "сентября" in quote else "en"
                message = date_error(quote, start=start, precision=precision, end=end,
                                     published=date(2017, 8, 23), language=language)  # fmt: skip
                self.assertIn(f"does not state {missing}", message)

    def test_the_error_says_which_day_a_relative_word_is(self):
        message = date_error("The envoy spoke on Tuesday.", start=date(2017, 8, 21),
                             precision="day", end=None, published=date(2017, 8, 23),
                             language="en")  # fmt: skip
        self.assertIn("it reads “Tuesday” (22 August 2017)", message)

    def test_whitespace_does_not_matter_in_a_quote(self):
        checker = QuoteChecker("One  sentence\nhere. Two.")
        self.assertTrue(checker.contains(" One sentence here."))
        self.assertEqual(checker.span_of("sentence here."), (5, 19))
        self.assertFalse(checker.contains("One sentence there."))
        self.assertFalse(checker.contains("   "))


class ReviewQueriesTests(ByHandTestCase):
    def test_the_review_costs_as_many_queries_for_one_candidate_as_for_eight(self):
        def count(candidates) -> int:
            text = " ".join(c["quote"] for c in candidates)
            pending = make_pending(
                candidates, text=text, people=[{"slug": "russia"}, {"name": "Ali"}]
            )
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(pending.get_absolute_url())
            self.assertEqual(response.status_code, 200)
            pending.delete()
            return len(queries)

        one = count([candidate()])
        eight = [candidate(quote=f"They met in Vienna on {d} March 2017.", date=f"2017-03-0{d}",
                           date_text=f"{d} March 2017") for d in range(1, 9)]  # fmt: skip
        pending = make_pending(eight, people=[{"slug": "russia"}, {"name": "Ali"}])
        with self.assertNumQueries(one):
            self.client.get(pending.get_absolute_url())
