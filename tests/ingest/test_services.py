"""The Django side's building blocks: the gazetteer, duplicate matching, highlighting and
accept_article's all-or-nothing write."""

from datetime import date
from unittest import mock

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services as chronology
from peaceproc.chronology.models import Citation, Event, Participant, Round, Source, Track
from peaceproc.ingest import services
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.review import (
    automatic_decisions,
    find_matches,
    highlight,
    load_lookups,
    suggest_title,
)
from tests.seeds import load_shipped_seeds

from .test_admin import candidate


class SeededTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()


class GazetteerTests(SeededTestCase):
    def test_fixed_number_of_queries(self):
        # Four, and four for the slugs the tracks are known by (chronology.slug_names).
        with self.assertNumQueries(8):
            gazetteer = build_gazetteer()
        self.assertEqual(len(gazetteer.participants), Participant.objects.count())
        self.assertEqual(len(gazetteer.rounds), Round.objects.count())
        # Still eight queries with more of everything.
        for n in range(5):
            person = Participant.objects.create(slug=f"extra-{n}", name=f"Extra {n}", kind="person")
            person.aliases.create(name=f"Extra Alias {n}")
            Track.objects.create(slug=f"extra-{n}", name=f"Extra {n}", colour="#123456")
        with self.assertNumQueries(8):
            build_gazetteer()

    def test_names_aliases_rounds_and_places(self):
        gazetteer = build_gazetteer()
        people = {p.slug: p.names for p in gazetteer.participants}
        self.assertEqual(people["russia"][0], "Russia")
        self.assertIn("Россия", people["russia"])
        astana4 = next(r for r in gazetteer.rounds if r.slug == "astana-4")
        self.assertEqual(
            (astana4.track, astana4.number, astana4.start, astana4.end),
            ("astana", 4, date(2017, 5, 3), date(2017, 5, 4)),
        )
        self.assertIn("Astana", gazetteer.places)
        self.assertIn("Moscow", gazetteer.places)  # an event's place
        self.assertEqual(list(gazetteer.places), sorted(set(gazetteer.places)))
        hash(gazetteer)  # the pipeline caches its index on the gazetteer

    def test_only_persons_lend_a_surname(self):
        # A body's or a state's last word ('... العربية', '... Committee') is no surname.
        kinds = {p.slug: p.person for p in build_gazetteer().participants}
        self.assertTrue(kinds["geir-pedersen"])
        self.assertFalse(kinds["arab-league"])
        self.assertFalse(kinds["russia"])


class HighlightTests(SimpleTestCase):
    def test_escapes_then_marks(self):
        html = highlight("<i>Talks</i> on 3 May & after", [[13, 18]])
        self.assertEqual(html, "&lt;i&gt;Talks&lt;/i&gt; <mark>on 3 </mark>May &amp; after")

    def test_several_spans_in_order(self):
        self.assertEqual(
            highlight("From 3 May to 4 May", [[14, 19], [5, 10]]),
            "From <mark>3 May</mark> to <mark>4 May</mark>",
        )

    def test_a_marked_span_is_escaped_too(self):
        self.assertEqual(highlight("a <b> c", [[2, 5]]), "a <mark>&lt;b&gt;</mark> c")

    def test_bad_spans_are_dropped(self):
        self.assertEqual(highlight("abc", [[2, 1], [0, 9], [1, 2], [1, 3]]), "a<mark>b</mark>c")
        self.assertEqual(highlight("abc", None), "abc")


class MatchTests(SeededTestCase):
    def matches(self, **fields):
        c = candidate(**fields)
        return [m.target for m in find_matches(c, load_lookups([c]))]

    def test_same_round(self):
        round_ = Round.objects.get(slug="astana-1")
        event = Event.objects.get(slug="astana-process-begins-2017-01")
        self.assertEqual(event.round, round_)
        self.assertIn(
            f"event:{event.pk}",
            self.matches(date="2017-01-01", precision="month", round_slug="astana-1"),
        )

    def test_near_dates_and_shared_participants(self):
        event = Event.objects.get(slug="moscow-consultations-2017-08-01")
        target = f"event:{event.pk}"
        self.assertIn(target, self.matches(date="2017-08-04", participants=["mikhail-bogdanov"]))
        # Too far apart, or nobody in common: not the same event.
        self.assertNotIn(target, self.matches(date="2017-08-05", participants=["mikhail-bogdanov"]))
        self.assertNotIn(target, self.matches(date="2017-08-01", participants=["vladimir-putin"]))

    def test_a_year_precision_event_covers_its_whole_year(self):
        event = Event.objects.get(slug="all-syria-ceasefire-late-2016")
        found = self.matches(
            date="2016-10-01",
            end_date="2016-12-01",
            precision="month",
            kind="ceasefire",
            participants=["russia", "turkey"],
        )
        self.assertEqual(found[0], f"event:{event.pk}")

    def test_the_very_day_and_a_name_of_its_title(self):
        # No track, nobody the record knows: the day and 'Assad' tell which record it is.
        fall = Event.objects.get(slug="fall-of-the-assad-government-2024-12-08")
        fields = {
            "quote": "Bachar al-Assad a été chassé du pouvoir le 8 décembre dernier.",
            "date_text": "8 décembre dernier",
            "date": "2024-12-08",
            "kind": "milestone",
        }
        c = candidate(**fields)
        found = find_matches(c, load_lookups([c]))
        self.assertEqual((found[0].target, found[0].strong), (f"event:{fall.pk}", True))
        # A word of the title that is no name, or another day, is not enough.
        other = candidate(**{**fields, "quote": "Le gouvernement est tombé le 8 décembre dernier."})
        self.assertNotIn(
            f"event:{fall.pk}", [m.target for m in find_matches(other, load_lookups([other]))]
        )
        self.assertNotIn(f"event:{fall.pk}", self.matches(**{**fields, "date": "2024-12-07"}))

    def test_a_round_candidate_matches_the_round(self):
        round_ = Round.objects.get(slug="astana-4")
        found = self.matches(
            date="2017-05-01", precision="month", kind="round", round_slug="astana-4"
        )
        self.assertIn(f"round:{round_.pk}", found)

    def test_title_suggestion(self):
        c = candidate(participants=["sergey-lavrov", "mevlut-cavusoglu"], place="Moscow")
        self.assertEqual(
            suggest_title(c, load_lookups([c])),
            "Meeting of Sergey Lavrov and Mevlüt Çavuşoğlu in Moscow",
        )


class AcceptArticleTests(SeededTestCase):
    article = services.Article(
        text="Lavrov met Cavusoglu in Moscow on 3 March 2017. They met again on 9 March 2017.",
        title="Two meetings",
        publisher="Test",
        published_on=date(2017, 3, 10),
        language="en",
    )

    def spec(self, **fields):
        return services.NewEvent(
            **{
                "title": "Lavrov meets Cavusoglu",
                "kind": "meeting",
                "start_date": date(2017, 3, 3),
                "precision": "day",
                "participants": tuple(Participant.objects.filter(slug="sergey-lavrov")),
                "place": "Moscow",
                **fields,
            }
        )

    def counts(self):
        return [m.objects.count() for m in (Source, Event, Citation, Participant)]

    def test_source_events_and_citations(self):
        round_ = Round.objects.get(slug="astana-4")
        result = services.accept_article(
            article=self.article,
            decisions=[
                services.Decision(quote="Lavrov met Cavusoglu.", create=self.spec()),
                services.Decision(quote="Again.", create=self.spec(start_date=date(2017, 3, 9))),
                services.Decision(quote="Round.", cite=round_),
                services.Decision(quote="Round again.", cite=round_),
            ],
        )
        self.assertEqual(result.source.content_hash, chronology.text_hash(self.article.text))
        first, second = result.events
        self.assertEqual(first.slug, "lavrov-meets-cavusoglu-2017-03-03")
        self.assertEqual(second.slug, "lavrov-meets-cavusoglu-2017-03-09")
        self.assertEqual([p.slug for p in first.participants.all()], ["sergey-lavrov"])
        self.assertEqual(first.citations.get().quote, "Lavrov met Cavusoglu.")
        # One citation per source and record: the second quote joins the first.
        self.assertEqual(round_.citations.get(source=result.source).quote, "Round.\nRound again.")

    def test_same_title_and_date_get_distinct_slugs(self):
        result = services.accept_article(
            article=self.article,
            decisions=[services.Decision(quote="q", create=self.spec()) for _ in range(3)],
        )
        self.assertEqual(
            [e.slug for e in result.events],
            [
                "lavrov-meets-cavusoglu-2017-03-03",
                "lavrov-meets-cavusoglu-2017-03-03-2",
                "lavrov-meets-cavusoglu-2017-03-03-3",
            ],
        )

    def test_the_track_follows_the_round(self):
        round_ = Round.objects.get(slug="astana-4")
        result = services.accept_article(
            article=self.article,
            decisions=[services.Decision(quote="q", create=self.spec(round=round_))],
        )
        self.assertEqual(result.events[0].track.slug, "astana")

    def test_new_participants_are_created_once(self):
        result = services.accept_article(
            article=self.article,
            decisions=[
                services.Decision(
                    quote="q", create=self.spec(new_participant_names=("Nadia Testova",))
                ),
                services.Decision(
                    quote="q2", create=self.spec(new_participant_names=("nadia  testova",))
                ),
                # A name the record already knows by an alias is not created again.
                services.Decision(quote="q3", create=self.spec(new_participant_names=("Россия",))),
            ],
        )
        self.assertEqual([p.name for p in result.participants], ["Nadia Testova"])
        self.assertEqual(Participant.objects.filter(name__iexact="nadia testova").count(), 1)
        self.assertIn("russia", [p.slug for p in result.events[2].participants.all()])

    def test_duplicate_text_stores_nothing(self):
        chronology.create_source(text=self.article.text)
        before = self.counts()
        with self.assertRaises(chronology.DuplicateSourceError):
            services.accept_article(
                article=self.article, decisions=[services.Decision(quote="q", create=self.spec())]
            )
        self.assertEqual(self.counts(), before)

    def test_an_invalid_event_half_way_stores_nothing(self):
        before = self.counts()
        with self.assertRaises(ValidationError):
            services.accept_article(
                article=self.article,
                decisions=[
                    services.Decision(quote="q", create=self.spec()),
                    services.Decision(
                        quote="q", create=self.spec(end_date=date(2017, 1, 1), title="Bad")
                    ),
                ],
            )
        self.assertEqual(self.counts(), before)

    def test_a_constraint_the_database_refuses_is_explained(self):
        # Constraints are left to the database (no query each in Python); its refusal
        # still reaches the editor in the model's words, and nothing is stored.
        before = self.counts()
        with self.assertRaisesMessage(ValidationError, "An event cannot end before it starts."):
            services.accept_article(
                article=self.article,
                decisions=[
                    services.Decision(quote="q", create=self.spec(end_date=date(2017, 1, 1)))
                ],
            )
        self.assertEqual(self.counts(), before)

    def test_queries_per_new_event_are_few_and_fixed(self):
        def queries(n: int, copy: int = 0) -> int:
            article = services.Article(text=f"{n}.{copy} {self.article.text}")
            decisions = [
                services.Decision(quote=f"q{i}", create=self.spec(start_date=date(2017, 3, 1 + i)))
                for i in range(n)
            ]
            with self.captureOnCommitCallbacks(), CaptureQueriesContext(connection) as captured:
                services.accept_article(article=article, decisions=decisions)
            return len(captured)

        two, six = queries(2), queries(6)
        # Per event: its savepoint, insert and release, and the trail's read of its
        # participants; slugs, participant links, citations and trail once for all.
        self.assertEqual(six - two, 4 * 4)
        # Slugs already taken (the first six) cost no more.
        self.assertEqual(queries(6, copy=1), six)

    def test_a_record_deleted_during_the_review_refuses_the_accept_storing_nothing(self):
        # The accept reads each record it cites again under its lock (audit.locks): one
        # deleted meanwhile is said so (the review shows it), not a 500 at the commit.
        round_ = Round.objects.get(slug="astana-4")
        Round.objects.filter(pk=round_.pk).delete()
        before = self.counts()
        with self.assertRaisesMessage(ValidationError, "was deleted while this article"):
            services.accept_article(
                article=self.article, decisions=[services.Decision(quote="R.", cite=round_)]
            )
        self.assertEqual(self.counts(), before)

    def test_a_crash_half_way_stores_nothing(self):
        before = self.counts()
        real = services.create_event
        calls = []

        def create_then_crash(**kwargs):
            calls.append(1)
            if len(calls) == 2:
                raise RuntimeError("disk full")
            return real(**kwargs)

        with (
            mock.patch.object(services, "create_event", side_effect=create_then_crash),
            self.assertRaises(RuntimeError),
        ):
            services.accept_article(
                article=self.article,
                decisions=[services.Decision(quote="q", create=self.spec()) for _ in range(3)],
            )
        self.assertEqual(len(calls), 2)
        self.assertEqual(self.counts(), before)

    def test_the_audit_trail_says_who_ingested_what(self):
        editor = User.objects.create_user("ed", password="pw-ed-123")
        round_ = Round.objects.get(slug="astana-4")
        result = services.accept_article(
            article=self.article,
            decisions=[
                services.Decision(
                    quote="q", create=self.spec(new_participant_names=("Nadia Testova",))
                ),
                services.Decision(quote="Round.", cite=round_),
                services.Decision(quote="Round again.", cite=round_),
            ],
            user=editor,
        )
        entries = AuditEntry.objects.filter(via="ingest", user=editor)
        event = result.events[0]
        self.assertEqual(
            entries.get(object_id=str(event.pk), content_type__model="event").action, "create"
        )
        self.assertEqual(len(entries.get(content_type__model="event").after["participants"]), 2)
        self.assertTrue(entries.filter(content_type__model="participant").exists())
        # The new source's first version, so that an editor's later edit can be reverted.
        source_entry = entries.get(content_type__model="source")
        self.assertEqual(source_entry.object_id, str(result.source.pk))
        self.assertEqual(source_entry.after["url"], result.source.url)
        citation = round_.citations.get(source=result.source)
        versions = entries.filter(content_type__model="citation", object_id=str(citation.pk))
        self.assertEqual([v.action for v in versions.order_by("pk")], ["create", "change"])

    def test_a_decision_does_one_thing(self):
        with self.assertRaises(ValueError):
            services.Decision(quote="q")
        with self.assertRaises(ValueError):
            services.Decision(quote="q", create=self.spec(), cite=Round.objects.first())

    def test_automatic_decisions_cite_duplicates_and_create_the_rest(self):
        moscow = Event.objects.get(slug="moscow-consultations-2017-08-01")
        readings = automatic_decisions(
            [
                candidate(date="2017-08-01", participants=["mikhail-bogdanov"]),
                candidate(date="2017-03-03", participants=["sergey-lavrov"], place="Moscow"),
                candidate(date="2017-05-01", precision="month", kind="agreement"),
            ]
        )
        decisions = [reading.decision for reading in readings]
        self.assertEqual(decisions[0].cite, moscow)
        self.assertEqual(decisions[1].create.title, "Meeting of Sergey Lavrov in Moscow")
        self.assertEqual(decisions[2].create.kind, "milestone")
        self.assertEqual(decisions[2].create.start_date, date(2017, 5, 1))
        self.assertEqual([r.possible for r in readings], [None, None, None])

    def test_a_possible_match_gets_no_automatic_decision(self):
        summit = Event.objects.get(slug="trilateral-presidential-summit-tehran-2018-09")
        (reading,) = automatic_decisions(
            [candidate(date="2018-09-07", track="astana", participants=["sergey-lavrov"])]
        )
        self.assertIsNone(reading.decision)
        self.assertEqual(reading.possible.record, summit)
        self.assertFalse(reading.possible.strong)
