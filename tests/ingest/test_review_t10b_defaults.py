"""Outside tester t10b, 1-3: what the review proposes for a sentence dated by its year or
month, for a sentence naming what happened without a track, and for a city that is where
a speaker is. The shapes are the tester's; the sentences and records are the tests' own.
The admin flows go through the test Client as the named editor."""

from datetime import date

from peaceproc.chronology.models import Citation, Event, Participant, Track
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.review import default_for, find_matches, load_lookups
from peaceproc.ingest.titles import cities_named

from .test_admin import Counts, IngestTestCase, candidate, formset_data, make_pending


class DefaultsTestCase(IngestTestCase):
    def default(self, c, **kw):
        lookups = load_lookups([c], **kw)
        return default_for(c, find_matches(c, lookups), lookups)

    def event(self, slug, title, day, *, kind="meeting", track=None, place="", people=()):
        event = Event.objects.create(
            slug=slug, title=title, kind=kind, start_date=day, precision="day",
            track=Track.objects.get(slug=track) if track else None, place=place,
        )  # fmt: skip
        event.participants.add(*Participant.objects.filter(slug__in=people))
        return event


class YearDatedSentenceTests(DefaultsTestCase):
    """Finding 1: a year-dated sentence defaulted to cite an unrelated record of that year
    on one shared participant (and two words of a body's name)."""

    QUOTE = "Ministers expect the first Security Council meeting of 2031 to take up the file."

    def setUp(self):
        super().setUp()
        self.tour = self.event(
            "council-tour-2031-11-20", "First Security Council field tour", date(2031, 11, 20),
            track="un-envoys", people=["un-security-council"],
        )  # fmt: skip

    def year_candidate(self, **fields):
        values = {"quote": self.QUOTE, "date_text": "2031", "date": "2031-01-01",
                  "precision": "year", "participants": ["un-security-council"],
                  "track": "un-envoys"}  # fmt: skip
        return candidate(**{**values, **fields})

    def test_one_shared_participant_in_a_year_is_no_default_citation(self):
        proposal = self.default(self.year_candidate())
        self.assertNotEqual(proposal.action, "cite")
        # Named, with why it is not the default.
        self.assertEqual(proposal.target.record, self.tour)
        self.assertIn("a year holds many happenings", proposal.target.reason)

    def test_nor_in_a_month_without_its_track(self):
        # (Of the track, the track's one record of the month is its default, as before.)
        c = self.year_candidate(date="2031-11-01", precision="month", track=None,
                                quote=self.QUOTE.replace("of 2031", "in November 2031"),
                                date_text="November 2031")  # fmt: skip
        proposal = self.default(c)
        self.assertNotEqual(proposal.action, "cite")
        self.assertIn("a month holds many happenings", proposal.target.reason)

    def test_the_same_kind_with_two_people_in_common_is_still_cited(self):
        self.tour.participants.add(Participant.objects.get(slug="geir-pedersen"))
        c = self.year_candidate(participants=["un-security-council", "geir-pedersen"])
        proposal = self.default(c)
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.tour))

    def test_the_same_sentence_cited_before_is_still_cited(self):
        source = Citation.objects.filter(source__isnull=False).first().source
        Citation.objects.create(source=source, event=self.tour, quote=self.QUOTE)
        proposal = self.default(self.year_candidate())
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.tour))

    def test_a_day_sentence_is_unchanged(self):
        quote = "The Security Council began a field tour on 20 November."
        c = self.year_candidate(date="2031-11-20", precision="day", date_text="20 November",
                                quote=quote)  # fmt: skip
        proposal = self.default(c)
        self.assertEqual((proposal.action, proposal.target.record), ("cite", self.tour))

    def test_the_review_page_skips_it_with_the_reason(self):
        pending = make_pending([self.year_candidate()], published_on=date(2031, 1, 3))
        response = self.client.get(pending.get_absolute_url())
        form = response.context["formset"].forms[0]
        self.assertEqual(form.initial["action"], "skip")
        self.assertContains(response, "a year holds many happenings: nothing tells this one")
        before = Counts()
        response = self.client.post(
            pending.get_absolute_url(), formset_data(response.context["formset"])
        )
        self.assertEqual(response.status_code, 302)
        pending.refresh_from_db()
        self.assertEqual(pending.status, PendingArticle.Status.ACCEPTED)
        self.assertEqual(Counts().values["Citation"], before.values["Citation"])
        self.assertFalse(self.tour.citations.exists())


class HappeningNamedWithoutTrackTests(DefaultsTestCase):
    """Finding 2: 'the fall of the former regime just one month ago' in an article of 8
    January 2025 was created as a trackless 'Milestone in Syria' of December 2024 beside
    'Fall of the Assad government' (8 December 2024)."""

    def month_candidate(self, quote, **fields):
        return candidate(quote=quote, date_text="one month ago", date="2024-12-01",
                         precision="month", kind="milestone", place="Syria",
                         **fields)  # fmt: skip

    def test_what_happened_named_in_the_month_is_cited(self):
        fall = Event.objects.get(slug="fall-of-the-assad-government-2024-12-08")
        c = self.month_candidate("The new authorities took over after the fall of the old "
                                 "government one month ago.")  # fmt: skip
        proposal = self.default(c, headline="Envoy urges an inclusive transition")
        self.assertEqual((proposal.action, proposal.target.record), ("cite", fall), proposal)

    def test_two_records_named_alike_are_skipped_with_the_match_named(self):
        other = self.event("fall-of-a-town-2024-12-05", "Fall of Hama to the opposition",
                           date(2024, 12, 5), kind="milestone", place="Hama")  # fmt: skip
        c = self.month_candidate("Everything changed with the fall of the regime one month ago.")
        proposal = self.default(c)
        self.assertEqual(proposal.action, "skip")
        self.assertIn(proposal.target.record.slug,
                      {other.slug, "fall-of-the-assad-government-2024-12-08"})  # fmt: skip

    def test_words_that_name_no_happening_tie_nothing(self):
        c = self.month_candidate("The former government's ministers left the country one "
                                 "month ago, officials said.")  # fmt: skip
        # No record named; nothing names the happening either ('Milestone' of no track
        # nor place): skipped, saying why (rules12c).
        self.assertIsNone(self.default(c).target, self.default(c))
        self.assertIn("names no track", self.default(c).reason)

    def test_the_review_cites_it_through_the_client(self):
        fall = Event.objects.get(slug="fall-of-the-assad-government-2024-12-08")
        c = self.month_candidate("Syria is charting a new course after the fall of the former "
                                 "regime just one month ago.")  # fmt: skip
        pending = make_pending([c], published_on=date(2025, 1, 8))
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        self.assertEqual(formset.forms[0].initial["action"], "cite")
        before = Event.objects.count()
        response = self.client.post(pending.get_absolute_url(), formset_data(formset))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Event.objects.count(), before)
        self.assertTrue(fall.citations.filter(quote=c["quote"]).exists())


class WhereTheSpeakerIsTests(DefaultsTestCase):
    """Finding 3: 'will brief the Council by video from Damascus' placed the briefing in
    Damascus, and 'same place' made an unrelated Damascus record a likely repeat."""

    def setUp(self):
        super().setUp()
        self.fair = self.event("damascus-fair-2031-03-12", "Reconstruction fair opens",
                               date(2031, 3, 12), kind="announcement",
                               place="Damascus")  # fmt: skip

    def test_a_speakers_city_is_not_where_it_happens(self):
        for quote, language in (
            ("The envoy will brief the Council by video from Damascus on 12 March.", "en"),
            ("The envoy spoke from his office in Damascus on 12 March.", "en"),
            ("L'envoyé s'exprimera depuis son bureau à Damas le 12 mars.", "fr"),
            ("Посланник выступит по видеосвязи из Дамаска 12 марта.", "ru"),
            ("Посланник выступил из своего офиса в Дамаске 12 марта.", "ru"),
            ("وسيتحدث المبعوث عبر الفيديو من دمشق يوم 12 آذار.", "ar"),
            ("فرستاده از دفتر خود در دمشق سخن گفت.", "fa"),
            ("Temsilci Şam'daki ofisinden konuştu.", "tr"),
        ):
            with self.subTest(quote=quote):
                self.assertEqual(cities_named(quote, language), ([], {"Damascus"}))

    def test_the_briefing_is_no_repeat_of_a_damascus_record(self):
        c = candidate(quote="The envoy will brief the Council by video from Damascus on 12 "
                      "March 2031.", date_text="12 March 2031", date="2031-03-12",
                      place="Damascus", participants=["geir-pedersen"])  # fmt: skip
        lookups = load_lookups([c])
        matches = find_matches(c, lookups)
        self.assertNotIn(self.fair, [m.record for m in matches])
        self.assertEqual(default_for(c, matches, lookups).action, "create")

    def test_the_same_place_alone_ties_nothing_in_a_month(self):
        c = candidate(quote="A delegation was in Damascus in March 2031.", date_text="March 2031",
                      date="2031-03-01", precision="month", place="Damascus",
                      kind="meeting")  # fmt: skip
        lookups = load_lookups([c])
        self.assertNotIn(self.fair, [m.record for m in find_matches(c, lookups)])

    def test_the_same_place_and_kind_is_still_offered(self):
        c = candidate(quote="A fair was opened in Damascus in March 2031.", date_text="March 2031",
                      date="2031-03-01", precision="month", place="Damascus",
                      kind="announcement")  # fmt: skip
        lookups = load_lookups([c])
        self.assertIn(self.fair, [m.record for m in find_matches(c, lookups)])
