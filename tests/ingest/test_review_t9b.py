"""Outside tester t9b (issue 9, review defaults): a candidate of an article whose URL is
already a source cites what that source supports; a possible match is skipped, never
created; a sentence of a round cites the round; one happening told twice gives one
record; ticked new names reach a cited record; the source's details can be given on the
review; values too long are cut at a word with '…' and said so. Texts are the tests' own."""

from datetime import date

from django.urls import reverse

from peaceproc.chronology import services as chronology
from peaceproc.chronology.models import (
    Citation,
    Event,
    Participant,
    Round,
    Source,
    Track,
)
from peaceproc.ingest.analysis import quote_cut
from peaceproc.ingest.forms import new_name_choices
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline.text import MAX_SENTENCE_CHARS
from peaceproc.ingest.review import (
    automatic_decisions,
    citation_quote,
    default_for,
    find_matches,
    load_lookups,
)
from peaceproc.ingest.services import NAME_CHARS, cut_at_word, participant_name
from peaceproc.ingest.titles import title_for

from .reviews import ReviewTestCase, accord, happening
from .test_admin import IngestTestCase, candidate, formset_data, make_pending

URL = "https://wire.example.net/2026/09/homs-council-vote"
VOTE_QUOTE = "Voters in Homs chose a new council on Sunday, 6 September 2026, officials said."


def vote(**fields) -> dict:
    return candidate(
        **{
            "quote": VOTE_QUOTE,
            "date_text": "6 September 2026",
            "date": "2026-09-06",
            "kind": "milestone",
            "place": "Homs",
            **fields,
        }
    )


class SourceOfTheUrlTests(IngestTestCase):
    """Finding 2: the URL is a source already, which supports a record of that day."""

    def setUp(self):
        super().setUp()
        self.record = Event.objects.create(
            slug="homs-council-vote-2026-09-06",
            title="Homs council vote",
            kind=Event.Kind.ANNOUNCEMENT,
            start_date=date(2026, 9, 6),
            precision="day",
            track=Track.objects.get(slug="transition"),
            place="Syria",
        )
        self.record.participants.add(Participant.objects.get(slug="ahmed-al-sharaa"))
        self.source = chronology.create_source(url=URL)  # no date, publisher or title
        Citation.objects.create(source=self.source, event=self.record)

    def pending(self, *candidates, **fields):
        return make_pending(
            list(candidates),
            url=URL,
            publisher="Example Wire",
            title="Homs votes",
            published_on=date(2026, 9, 7),
            **fields,
        )

    def test_its_record_is_cited_by_default_and_the_source_filled(self):
        pending = self.pending(vote())
        response = self.client.get(reverse("ingest:review", args=[pending.pk]))
        (form,) = response.context["formset"].forms
        self.assertEqual(form.initial["action"], "cite")
        self.assertEqual(form.initial["target"], f"event:{self.record.pk}")
        self.assertIn("the article's source already cites it", form.default.target.reason)
        self.assertContains(response, "fills what that source lacks")
        self.assertContains(response, "7 September 2026")
        events = Event.objects.count()

        self.client.post(pending.get_absolute_url(), formset_data(response.context["formset"]))
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
        self.assertEqual(Event.objects.count(), events)
        self.assertEqual(Source.objects.filter(url=URL).count(), 1)
        self.source.refresh_from_db()
        self.assertEqual(self.source.published_on, date(2026, 9, 7))
        self.assertEqual(self.source.publisher, "Example Wire")
        self.assertEqual(self.source.title, "Homs votes")
        citation = Citation.objects.get(source=self.source, event=self.record)
        self.assertIn(VOTE_QUOTE, citation.quote)

    def test_an_editors_values_of_the_source_are_kept(self):
        Source.objects.filter(pk=self.source.pk).update(publisher="Kept Publisher")
        pending = self.pending(vote())
        response = self.client.get(reverse("ingest:review", args=[pending.pk]))
        self.client.post(pending.get_absolute_url(), formset_data(response.context["formset"]))
        self.source.refresh_from_db()
        self.assertEqual(self.source.publisher, "Kept Publisher")
        self.assertEqual(self.source.published_on, date(2026, 9, 7))

    def test_another_day_or_other_people_are_not_its_record(self):
        later = vote(date="2026-09-09", date_text="9 September 2026",
                     quote="The count in Homs ended on 9 September 2026.")  # fmt: skip
        others = vote(participants=["geir-pedersen"])
        source = Source.objects.get(pk=self.source.pk)
        lookups = load_lookups([later, others], source=source)
        for c in (later, others):
            reasons = " ".join(m.reason for m in find_matches(c, lookups))
            self.assertNotIn("the article's source already cites it", reasons)

    def test_the_command_reads_the_source_of_its_url_too(self):
        (reading,) = automatic_decisions([vote()], source=self.source)
        self.assertEqual(reading.default.action, "cite")
        self.assertEqual(reading.decision.cite, self.record)


class PossibleMatchTests(IngestTestCase):
    """Finding 2: a weak match is skipped with the match named, never created."""

    def test_a_possible_match_is_skipped_and_named_on_the_page(self):
        record = Event.objects.create(
            slug="damascus-forum-2026-09-10",
            title="Damascus forum",
            kind=Event.Kind.MEETING,
            start_date=date(2026, 9, 10),
            precision="day",
            track=Track.objects.get(slug="transition"),
        )
        c = candidate(quote="Traders met in Aleppo on 10 September 2026.",
                      date_text="10 September 2026", date="2026-09-10", kind="meeting",
                      track="astana")  # fmt: skip
        pending = make_pending([c], published_on=date(2026, 9, 11))
        response = self.client.get(reverse("ingest:review", args=[pending.pk]))
        (form,) = response.context["formset"].forms
        self.assertEqual(form.initial["action"], "skip")
        self.assertEqual(form.default.target.target, f"event:{record.pk}")
        self.assertFalse(form.default.target.strong)
        self.assertContains(response, "Set to Skip: it may repeat")
        self.assertContains(response, "Damascus forum")


class ElectionTitleTests(IngestTestCase):
    def test_a_vote_for_a_parliament_is_titled_as_elections(self):
        quote = "Delegates of the electoral colleges voted for a new parliament on Sunday."
        title = title_for({"quote": quote, "place": "Hama"}, kind="milestone", names=[],
                          round_=None, language="en")  # fmt: skip
        self.assertEqual(title, "Parliamentary elections in Hama")
        # A body that votes on something else is no election.
        quote = "The Security Council voted on Monday to renew the mission."
        title = title_for({"quote": quote}, kind="statement", names=[], round_=None,
                          language="en")  # fmt: skip
        self.assertNotIn("election", title.lower())


class RoundFirstTests(IngestTestCase):
    """Finding 8: a gathering the sentence ties to a round, on the round's dates, cites
    the round, not a meeting of the same day in the same city."""

    def test_the_round_before_a_same_day_meeting(self):
        astana = Track.objects.get(slug="astana")
        the_round = Round.objects.create(
            track=astana, number=99, slug="astana-99", title="Astana 99",
            start_date=date(2026, 9, 14), end_date=date(2026, 9, 15), city="Astana",
        )  # fmt: skip
        Event.objects.create(
            slug="deputies-meet-2026-09-14", title="Deputy ministers meet", kind="meeting",
            start_date=date(2026, 9, 14), precision="day", track=astana, place="Astana",
        )  # fmt: skip
        c = candidate(quote="Talks in the Astana format opened on 14 September 2026.",
                      date_text="14 September 2026", date="2026-09-14", kind="meeting",
                      track="astana", round_slug="astana-99", place="Astana")  # fmt: skip
        lookups = load_lookups([c])
        matches = find_matches(c, lookups)
        default = default_for(c, matches, lookups)
        self.assertEqual(default.action, "cite")
        self.assertEqual(default.target.record, the_round)


BRIEF = candidate(
    quote="The envoy briefs the Security Council (21 September 2026)",
    date_text="21 September 2026",
    date="2026-09-21",
    kind="meeting",
    track="un-envoys",
    participants=["geir-pedersen"],
)
TOLD = candidate(
    quote="The envoy told the Security Council on Monday that the talks must go on.",
    date_text="Monday",
    date="2026-09-21",
    kind="statement",
    track="transition",
    participants=["geir-pedersen"],
)


class SameHappeningTests(IngestTestCase):
    """Finding 10: a headline and a body sentence of one happening give one record."""

    def test_the_second_telling_follows_the_first(self):
        first, second = automatic_decisions([BRIEF, TOLD])
        self.assertIsNotNone(first.decision.create)
        self.assertIsNone(second.decision)
        self.assertEqual((second.default.action, second.default.same_as), ("skip", 0))

        pending = make_pending([BRIEF, TOLD], published_on=date(2026, 9, 22))
        response = self.client.get(reverse("ingest:review", args=[pending.pk]))
        actions = [f.initial["action"] for f in response.context["formset"].forms]
        self.assertEqual(actions, ["create", "skip"])
        self.assertContains(response, "The same happening as candidate 1")

    def test_it_cites_what_the_first_cites(self):
        record = happening("envoy-briefing-2026-09-21", "Envoy briefing", date(2026, 9, 21),
                           people=["geir-pedersen"],
                           track=Track.objects.get(slug="un-envoys"))  # fmt: skip
        first, second = automatic_decisions([BRIEF, TOLD])
        self.assertEqual(first.decision.cite, record)
        self.assertEqual(second.decision.cite, record)

    def test_another_subject_or_other_people_are_another_happening(self):
        other = {**TOLD, "quote": "The envoy told reporters on Monday that the talks go on."}
        _first, second = automatic_decisions([BRIEF, other])
        self.assertIsNone(second.default.same_as)
        self.assertIsNotNone(second.decision.create)
        others = {**TOLD, "participants": ["united-nations"]}
        self.assertIsNone(automatic_decisions([BRIEF, others])[1].default.same_as)


class NewNamesOnACitedRecordTests(ReviewTestCase):
    """Finding 7: names ticked under 'Add as new participants' are not dropped when the
    candidate cites a record."""

    def setUp(self):
        super().setUp()
        self.record = happening("homs-talks-2026-09-03", "Homs talks", date(2026, 9, 3),
                                people=["geir-pedersen"])  # fmt: skip

    def test_ticked_names_join_the_cited_event(self):
        c = candidate(quote="Pedersen and Marwan Qadiri met in Homs on 3 September 2026.",
                      date_text="3 September 2026", date="2026-09-03",
                      participants=["geir-pedersen"], new_names=["Marwan Qadiri"])  # fmt: skip
        changes = {0: {"new_names": ["Marwan Qadiri"]}}
        _, response = self.post_review([c], published_on=date(2026, 9, 4), proposed="cite",
                                       changes=changes)  # fmt: skip
        self.assertContains(response, "1 new participant")
        added = Participant.objects.get(name="Marwan Qadiri")
        self.assertIn(added, self.record.participants.all())

    def test_a_known_participant_typed_in_joins_the_cited_event(self):
        c = candidate(quote="Pedersen met in Homs on 3 September 2026.",
                      date_text="3 September 2026", date="2026-09-03",
                      participants=["geir-pedersen"])  # fmt: skip
        changes = {0: {"add_participants": "ahmed-al-sharaa"}}
        pending, _ = self.post_review([c], published_on=date(2026, 9, 4), proposed="cite",
                                      changes=changes)  # fmt: skip
        self.assertAccepted(pending)
        sharaa = Participant.objects.get(slug="ahmed-al-sharaa")
        self.assertIn(sharaa, self.record.participants.all())

    def test_names_for_a_cited_agreement_are_refused_with_the_reason(self):
        agreement = accord("homs-accord-2026-09-05", "Homs accord", date(2026, 9, 5))
        c = candidate(quote="The Homs accord was signed on 5 September 2026.",
                      date_text="5 September 2026", date="2026-09-05", kind="agreement",
                      new_names=["Marwan Qadiri"])  # fmt: skip
        target = f"agreement:{agreement.pk}"
        changes = {0: {"action": "cite", "target": target, "new_names": ["Marwan Qadiri"]}}
        pending, response = self.post_review([c], published_on=date(2026, 9, 6), changes=changes)
        self.assertIn(target, dict(response.context["formset"].forms[0].fields["target"].choices))
        self.assertContains(response, "signatories are added with their role in the admin")
        self.assertFalse(Participant.objects.filter(name="Marwan Qadiri").exists())
        self.assertEqual(pending.status, PendingArticle.Status.WAITING)


class SourceDetailsTests(IngestTestCase):
    """Finding 6: an article with no URL or publisher (one of several files) gets them on
    the review page, checked as the upload checks them."""

    def setUp(self):
        super().setUp()
        c = candidate(quote="Envoys met in Homs on 2 September 2026.",
                      date_text="2 September 2026", date="2026-09-02")  # fmt: skip
        self.pending = make_pending([c], published_on=date(2026, 9, 3), title="")

    def test_missing_details_are_warned_of_and_can_be_given(self):
        response = self.client.get(self.pending.get_absolute_url())
        self.assertContains(response, "No URL or publisher")
        data = formset_data(response.context["formset"])
        data.update({"source-url": "wire.example.net/homs", "source-publisher": "Example Wire",
                     "source-title": "Envoys in Homs"})  # fmt: skip
        self.client.post(self.pending.get_absolute_url(), data)
        source = Source.objects.get(url="https://wire.example.net/homs")
        self.assertEqual((source.publisher, source.title), ("Example Wire", "Envoys in Homs"))

    def test_a_bad_url_is_refused_and_nothing_stored(self):
        response = self.client.get(self.pending.get_absolute_url())
        data = formset_data(response.context["formset"])
        data.update({"source-url": "not a url", "source-publisher": "P" * 201})
        sources = Source.objects.count()
        response = self.client.post(self.pending.get_absolute_url(), data)
        self.assertContains(response, "The source&#x27;s details need a correction")
        self.assertContains(response, "Enter a valid URL")
        self.assertEqual(Source.objects.count(), sources)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)


class CutValuesTests(IngestTestCase):
    """Finding 12: values too long are cut at a word, with '…', and the editor told."""

    def test_a_name_too_long_is_cut_at_a_word_and_labelled(self):
        name = "Spokesman " + " ".join(["Abdelrahman"] * 25)  # 309 characters
        stored = participant_name(name)
        self.assertLessEqual(len(stored), NAME_CHARS)
        self.assertTrue(stored.endswith("Abdelrahman…"))
        ((value, label),) = new_name_choices([name])
        self.assertEqual(value, name)
        self.assertIn(stored, label)
        self.assertIn(f"from {len(name)} characters", label)
        self.assertEqual(new_name_choices(["Nour Haddad"]), [("Nour Haddad", "Nour Haddad")])
        self.assertEqual(cut_at_word("abcdef", 4), "abc…")

    def test_a_quote_cut_from_a_long_sentence_ends_in_an_ellipsis(self):
        words = " ".join(["the delegates went over the wording of each clause again"] * 30)
        sentence = f"On 2 September 2026 in Homs {words} until late at night."
        self.assertGreater(len(sentence), MAX_SENTENCE_CHARS)
        cut = sentence[:MAX_SENTENCE_CHARS].rsplit(" ", 1)[0]
        record = {"quote": cut, "quote_start": 0, "quote_end": len(cut)}
        self.assertTrue(quote_cut(sentence, record))
        self.assertTrue(citation_quote({**record, "quote_cut": True}).endswith(cut[-10:] + "…"))
        # A whole sentence, or one whose paragraph ends there, is not cut.
        whole = {"quote": sentence, "quote_start": 0, "quote_end": len(sentence)}
        self.assertFalse(quote_cut(sentence, whole))
        self.assertFalse(quote_cut(cut + "\n\nNext paragraph.", record))
