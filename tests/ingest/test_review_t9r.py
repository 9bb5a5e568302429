"""Outside re-tester t9r (issue 9): what a review sends to a cited record and how its
defaults are chosen. Texts are the tests' own."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from peaceproc.chronology import services as chronology
from peaceproc.chronology.models import (
    Citation,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import (
    automatic_decisions,
    default_for,
    find_matches,
    load_lookups,
)
from peaceproc.ingest.views import UNDATED_FILE_HINT

from .reviews import ReviewTestCase, accord, envoy_visit_matches, happening
from .test_admin import INDEX, IngestTestCase, candidate, formset_data, make_pending


class FoundParticipantsOnACitedRecordTests(ReviewTestCase):
    """Finding 2: the participants ticked under 'Participants found' join the record a
    candidate cites, as the typed and the new ones do."""

    def accept_as_proposed(self, c, **changes):
        pending, _ = self.post_review([c], published_on=date(2026, 10, 20), proposed="cite",
                                      changes={0: changes})  # fmt: skip
        self.assertAccepted(pending)
        return pending

    def hama_talks(self) -> Event:
        return happening("hama-talks-2026-10-12", "Hama talks", date(2026, 10, 12),
                         people=["geir-pedersen"])  # fmt: skip

    def test_ticked_found_participants_join_the_cited_event(self):
        record = self.hama_talks()
        pedersen = Participant.objects.get(slug="geir-pedersen")
        sharaa = Participant.objects.get(slug="ahmed-al-sharaa")
        c = candidate(quote="Pedersen and al-Sharaa met in Hama on 12 October 2026.",
                      date_text="12 October 2026", date="2026-10-12",
                      participants=["geir-pedersen", "ahmed-al-sharaa"])  # fmt: skip
        self.accept_as_proposed(c)
        self.assertEqual(set(record.participants.all()), {pedersen, sharaa})

    def test_an_unticked_found_participant_stays_out(self):
        record = self.hama_talks()
        pedersen = Participant.objects.get(slug="geir-pedersen")
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
        agreement = accord("hama-accord-2026-10-14", "Hama accord", date(2026, 10, 14))
        c = candidate(quote="Pedersen saw the Hama accord signed on 14 October 2026.",
                      date_text="14 October 2026", date="2026-10-14", kind="agreement",
                      participants=["geir-pedersen"])  # fmt: skip
        changes = {0: {"action": "cite", "target": f"agreement:{agreement.pk}"}}
        pending, _ = self.post_review([c], published_on=date(2026, 10, 20), changes=changes)
        self.assertAccepted(pending)
        source = Source.objects.get(content_hash=pending.content_hash)
        self.assertTrue(agreement.citations.filter(source=source).exists())

    def test_the_found_participants_say_where_they_go(self):
        c = candidate(quote="Pedersen met in Hama on 12 October 2026.",
                      date_text="12 October 2026", date="2026-10-12",
                      participants=["geir-pedersen"])  # fmt: skip
        pending = make_pending([c], published_on=date(2026, 10, 20))
        response = self.client.get(pending.get_absolute_url())
        self.assertContains(response, "Ticked ones are added to the new event, or to the record")


KNOWN_URL = "https://wire.example.net/2026/10/hama-talks"


class TextOfAKnownUrlTests(IngestTestCase):
    """Finding 3: an article accepted into the source already stored for its URL gives
    that source its text when it has none, so the same text uploaded again is known."""

    def setUp(self):
        super().setUp()
        self.record = happening("hama-talks-2026-10-12", "Hama talks", date(2026, 10, 12),
                                people=["geir-pedersen"])  # fmt: skip
        self.source = chronology.create_source(url=KNOWN_URL)  # a reference: no text
        Citation.objects.create(source=self.source, event=self.record)
        self.c = candidate(quote="Pedersen met delegates in Hama on 12 October 2026.",
                           date_text="12 October 2026", date="2026-10-12",
                           participants=["geir-pedersen"])  # fmt: skip

    def accept(self, pending):
        response = self.client.get(pending.get_absolute_url())
        self.client.post(pending.get_absolute_url(), formset_data(response.context["formset"]))
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
        return response

    def test_the_source_keeps_the_text_and_a_second_upload_is_refused(self):
        pending = make_pending([self.c], url=KNOWN_URL, published_on=date(2026, 10, 13))
        response = self.accept(pending)
        self.assertContains(response, "That source has no text: it keeps this article's")
        self.source.refresh_from_db()
        self.assertEqual(self.source.text, pending.text)
        self.assertEqual(self.source.content_hash, chronology.text_hash(pending.text))
        self.assertEqual(Source.objects.filter(url=KNOWN_URL).count(), 1)
        response = self.paste(pending.text, published="2026-10-13")
        self.assertContains(response, f"already in the record as source #{self.source.pk}")
        self.assertEqual(PendingArticle.objects.waiting().count(), 0)

    def test_a_text_stored_already_is_not_replaced_nor_taken_twice(self):
        pending = make_pending([self.c], url=KNOWN_URL, published_on=date(2026, 10, 13))
        other = Source.objects.create(
            url="https://other.example.org/a", text=pending.text,
            content_hash=chronology.text_hash(pending.text),
        )  # fmt: skip
        response = self.accept(pending)
        self.assertNotContains(response, "it keeps this article's")
        self.source.refresh_from_db()
        self.assertEqual((self.source.text, self.source.content_hash), ("", ""))
        Source.objects.filter(pk=other.pk).delete()
        Source.objects.filter(pk=self.source.pk).update(text="Its own text.", content_hash="x")
        again = make_pending([self.c], text="Pedersen met delegates in Hama on 12 October 2026. "
                             "A second telling.", url=KNOWN_URL)  # fmt: skip
        self.accept(again)
        self.source.refresh_from_db()
        self.assertEqual(self.source.text, "Its own text.")


class CitedSentenceOfAnotherDateTests(IngestTestCase):
    """Finding 3: a sentence already cited for a record of another date is offered with
    the dates apart, never cited by default over the date that disagrees."""

    QUOTE = "The council met in Idlib in December 2024, the ministry said."

    def setUp(self):
        super().setUp()
        self.later = happening("idlib-council-2025-10-05", "Idlib council", date(2025, 10, 5))
        source = chronology.create_source(url="https://wire.example.net/idlib")
        Citation.objects.create(source=source, event=self.later, quote=self.QUOTE)

    def test_a_date_that_disagrees_wins_over_the_sentence(self):
        c = candidate(quote=self.QUOTE, date_text="December 2024", date="2024-12-01",
                      precision="month")  # fmt: skip
        lookups = load_lookups([c])
        matches = find_matches(c, lookups)
        match = next(m for m in matches if m.record == self.later)
        self.assertFalse(match.strong)
        self.assertIn("already cited with this sentence, but", match.reason)
        self.assertIn("days from its date", match.reason)
        self.assertNotEqual(default_for(c, matches, lookups).action, "cite")

    def test_a_date_that_agrees_is_cited(self):
        c = candidate(quote=self.QUOTE, date_text="October 2025", date="2025-10-01",
                      precision="month")  # fmt: skip
        lookups = load_lookups([c])
        default = default_for(c, find_matches(c, lookups), lookups)
        self.assertEqual(default.action, "cite")
        self.assertEqual(default.target.record, self.later)


class TypedUrlOfAnotherSourceTests(IngestTestCase):
    """Finding 4: a URL typed on the review that is another source's is refused, naming
    that source and what it supports, unless the editor says this article is it; that
    source's date, publisher and title are never filled from this article."""

    def setUp(self):
        super().setUp()
        self.record = happening("hama-talks-2026-10-12", "Hama talks", date(2026, 10, 12))
        self.other = chronology.create_source(url=KNOWN_URL)  # no date, publisher or title
        Citation.objects.create(source=self.other, event=self.record)
        c = candidate(quote="Envoys met in Latakia on 2 October 2026.",
                      date_text="2 October 2026", date="2026-10-02")  # fmt: skip
        self.pending = make_pending([c], published_on=date(2026, 10, 3), title="Latakia")
        response = self.client.get(self.pending.get_absolute_url())
        self.assertNotContains(response, "This article is that source")
        self.data = formset_data(response.context["formset"])
        self.data.update({"source-url": KNOWN_URL, "source-publisher": "Coast Wire"})

    def test_it_is_refused_naming_that_source_and_its_records(self):
        sources = Source.objects.count()
        response = self.client.post(self.pending.get_absolute_url(), self.data)
        self.assertContains(response, f"This URL is already source #{self.other.pk}")
        self.assertContains(response, "which supports: Event: Hama talks")
        self.assertContains(response, "This article is that source: add it there")
        self.assertEqual(Source.objects.count(), sources)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)
        self.other.refresh_from_db()
        self.assertEqual((self.other.publisher, self.other.title), ("", ""))

    def test_confirmed_it_joins_that_source_and_fills_none_of_its_details(self):
        self.data["source-same_source"] = "on"
        self.client.post(self.pending.get_absolute_url(), self.data)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.ACCEPTED)
        self.other.refresh_from_db()
        self.assertEqual((self.other.publisher, self.other.title), ("", ""))
        self.assertIsNone(self.other.published_on)
        self.assertEqual(self.other.text, self.pending.text)  # (it had none: finding 3)
        self.assertEqual(Source.objects.filter(url=KNOWN_URL).count(), 1)


class AnotherCityTests(IngestTestCase):
    """Finding 7: a happening told of another city is not a likely duplicate of a record
    a day off with the same people, and the sentence does not 'name' a record by its
    participants' names."""

    def setUp(self):
        super().setUp()
        self.visit = happening("envoy-in-homs-2026-11-03", "Meeting of Geir Pedersen in Homs",
                               date(2026, 11, 3), people=["geir-pedersen"],
                               place="Homs")  # fmt: skip

    def test_the_names_of_its_participants_alone_do_not_name_it(self):
        c = candidate(quote="Geir Pedersen spoke on 4 November 2026.",
                      date_text="4 November 2026", date="2026-11-04",
                      participants=["geir-pedersen"])  # fmt: skip
        lookups = load_lookups([c])
        (match,) = [m for m in find_matches(c, lookups) if m.record == self.visit]
        self.assertEqual(match.reason, "1 day apart, 1 shared participant")

    def test_another_city_is_skipped_at_most_with_the_true_reason(self):
        matches, default = envoy_visit_matches("Aleppo")
        (match,) = [m for m in matches if m.record == self.visit]
        self.assertFalse(match.strong)
        self.assertNotIn("the sentence names it", match.reason)
        self.assertIn("but in Aleppo, not Homs", match.reason)
        self.assertEqual(default.action, "skip")

    def test_the_same_city_a_day_off_is_still_proposed(self):
        matches, default = envoy_visit_matches("Homs")
        (match,) = [m for m in matches if m.record == self.visit]
        self.assertTrue(match.strong)
        self.assertEqual((default.action, default.target.record), ("cite", self.visit))


MET = candidate(
    quote="Geir Pedersen met Asaad al-Shaibani in Hama on 6 November 2026 and called it useful.",
    date_text="6 November 2026",
    date="2026-11-06",
    place="Hama",
    participants=["geir-pedersen", "asaad-al-shaibani"],
)
CONFIRMED = candidate(
    quote="Pedersen met al-Shaibani in Hama on 6 November 2026, the ministry confirmed.",
    date_text="6 November 2026",
    date="2026-11-06",
    kind="statement",
    place="Hama",
    participants=["geir-pedersen", "asaad-al-shaibani"],
)


class ToldTwiceWithAReportingClauseTests(IngestTestCase):
    """Finding 8: a happening told again with a reporting clause (read as a statement) is
    the same happening: one record, the second telling set to follow the first."""

    def test_the_second_telling_follows_the_first(self):
        first, second = automatic_decisions([MET, CONFIRMED])
        self.assertEqual(first.default.action, "create")
        self.assertEqual((second.default.action, second.default.same_as), ("skip", 0))

    def test_another_place_or_day_is_another_happening(self):
        for other in ({**CONFIRMED, "place": "Homs"}, {**CONFIRMED, "date": "2026-11-07"}):
            self.assertIsNone(automatic_decisions([MET, other])[1].default.same_as)


class UndatedFileOfSeveralTests(IngestTestCase):
    """Finding 13: a file of several that needs a publication date is refused in a
    sentence of its own, then the hint; the file's name as written."""

    def test_the_refusal_ends_before_the_hint(self):
        files = [
            SimpleUploadedFile("Rel_a.txt", b"Talks\n\nEnvoys met in Hama on Thursday.\n"),
            SimpleUploadedFile(
                "dated_b.txt", b"Talks\n\nHAMA, 9 March 2021 - Envoys met in Hama on Monday.\n"
            ),
        ]
        response = self.client.post(INDEX, {"files": files, "language": ""}, follow=True)
        self.assertContains(response, "Rel_a.txt: ")
        self.assertContains(response, f"to resolve it. {escape(UNDATED_FILE_HINT)}")
        self.assertContains(response, "“dated_b.txt”: published 2021-03-09")


class NulOnTheReviewTests(IngestTestCase):
    """Finding 12: one rule for a NUL sent on the review, and messages that say what was
    done: made a space between two words (and said so), never echoed raw into the page."""

    def setUp(self):
        super().setUp()
        c = candidate(quote="Envoys met in Latakia on 2 October 2026.",
                      date_text="2 October 2026", date="2026-10-02")  # fmt: skip
        self.pending = make_pending([c], published_on=date(2026, 10, 3))
        self.formset = self.client.get(self.pending.get_absolute_url()).context["formset"]

    def test_a_nul_in_the_publisher_is_a_space_and_said_so(self):
        data = formset_data(self.formset, {0: {"action": "create", "title": "Latakia talks"}})
        data["source-publisher"] = "Coast\x00Wire"
        response = self.client.post(self.pending.get_absolute_url(), data, follow=True)
        self.assertContains(
            response,
            "1 invisible control character (such as NUL or a right-to-left override) removed "
            "from the publisher of the source (a space left where one parted two words): "
            "“Coast Wire”.",
        )
        self.assertTrue(Event.objects.filter(title="Latakia talks").exists())
        self.assertTrue(Source.objects.filter(publisher="Coast Wire").exists())

    def test_a_nul_in_a_title_is_refused_and_named(self):
        # (Re-tester t10r, 5: a title's control characters are the editor's to remove.)
        for title in ("Latakia\x00talks", "Latakia talks\x00"):
            with self.subTest(title=title):
                data = formset_data(self.formset, {0: {"action": "create", "title": title}})
                response = self.client.post(self.pending.get_absolute_url(), data)
                (error, *_) = [e for e in response.context["formset"].forms[0].errors["title"]
                               if "control characters" in e]  # fmt: skip
                self.assertIn("U+0000", error)
                self.assertNotIn("\x00", response.content.decode())
                self.assertFalse(Event.objects.filter(title__startswith="Latakia").exists())

    def test_a_tampered_target_is_refused_without_a_raw_nul(self):
        for field, value in (("target", "event:\x0025"), ("participants", ["x\x00y"])):
            with self.subTest(field=field):
                changes = {"action": "cite", field: value}
                data = formset_data(self.formset, {0: changes})
                response = self.client.post(self.pending.get_absolute_url(), data)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("\x00", response.content.decode())
                (error,) = response.context["formset"].forms[0].errors[field]
                self.assertIn("U+0000", error)
                self.assertNotIn("\x00", error)
                self.pending.refresh_from_db()
                self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)
