"""Search: the database's full-text index over the items' own text, and participants'
names and aliases in every script, case and accents folded; highlighting; the hint about
matches on tracks not shown. Runs on SQLite (FTS5) and PostgreSQL (tsvector + unaccent)."""

from datetime import date

from django.db import connection
from django.http import QueryDict
from django.test import SimpleTestCase

from peaceproc.chronology.models import Event, Participation, Round, Track
from peaceproc.search import folding, fulltext
from peaceproc.search.folding import fold, highlight, unmarked, words
from peaceproc.search.people import participants_matching
from peaceproc.site.filters import TimelineFilters, filtered_querysets
from peaceproc.site.layout import build_timeline
from peaceproc.site.navigation import hidden_tracks

from .base import SeededTestCase


def keys(query: str) -> set[str]:
    filters = TimelineFilters(QueryDict(query))
    filters.is_valid()
    sets = filtered_querysets(filters)
    return {
        *(f"round-{r.slug}" for r in sets.rounds),
        *(f"event-{e.slug}" for e in sets.events),
        *(f"agreement-{a.slug}" for a in sets.agreements),
        *(f"tenure-{t.slug}" for t in sets.tenures),
    }


class FoldingTests(SimpleTestCase):
    def test_folds_case_and_accents_one_character_for_one(self):
        self.assertEqual(fold("Jâberi ANSÂRI"), "jaberi ansari")
        self.assertEqual(fold("ЛАВРЕНТЬЕВ"), "лаврентьев")
        self.assertEqual(len(fold("Straße Ǆ")), len("Straße Ǆ"))

    def test_every_word_must_start_a_word(self):
        names = [(1, fold("Alexander Lavrentiev")), (2, fold("Лаврентьев"))]
        self.assertEqual(participants_matching("lavr", names), [1])
        self.assertEqual(participants_matching("ЛАВР", names), [2])
        self.assertEqual(participants_matching("rentiev", names), [])
        self.assertEqual(participants_matching("lavrentiev putin", names), [])
        self.assertEqual(participants_matching(" ,. ", names), [])

    def test_a_query_with_decomposed_accents_reads_as_composed(self):
        names = [(1, fold("Sedat Önal"))]
        self.assertEqual(words("O\u0308nal"), ["onal"])
        self.assertEqual(participants_matching("O\u0308NAL", names), [1])

    def test_arabic_vowel_marks_and_the_tatweel_are_read_past(self):
        self.assertEqual(unmarked("أَسْتانا ۖجِنيـف"), "أستانا جنيف")
        self.assertEqual(words("أَسْتانا"), words("أستانا"))
        self.assertEqual(words("لافْرَنتـييف"), ["لافرنتييف"])
        names = [(1, fold(unmarked("لافْرَنتييف")))]
        self.assertEqual(participants_matching("لافرنتييف", names), [1])
        # A text's marks stay where they are; the match still covers the whole word.
        self.assertEqual(
            highlight("محادثات أَسْتانا اليوم", words("استانا")),
            "محادثات <mark>أَسْتانا</mark> اليوم",
        )

    def test_highlight_escapes_and_marks_word_starts(self):
        self.assertEqual(
            highlight("<b>Sóchi</b> talks in sochi", words("SOCHI")),
            "&lt;b&gt;<mark>Sóchi</mark>&lt;/b&gt; talks in <mark>sochi</mark>",
        )

    def test_a_text_without_silent_characters_is_marked_as_one_with_them_would_be(self):
        # Such a text is matched by the plain words (cheap to compile for a new search),
        # the others by the pattern reading past the silent characters: on a text with
        # none, both find the same spans.
        texts = (
            "Astana-4: talks_on the de-escalation zones, 4 May 2017 (Astana)",
            "Лаврентьев и Лавров; ЛАВРЕНТЬЕВ-младший",
            "Réunion à Genève — sochi2 «Sochi» Sochi's",
            "محادثات أستانا اليوم، لافرنتييف في أستانا",
            "مذاکرات آستانه ۴ و ژنو",
            "Ceasefire ceasefires re-ceasefire xceasefire",
        )
        for query in ("Astana 4", "Lavr", "sochi", "Женева", "أستانا", "ceasefire", "de-esc"):
            query_words = tuple(words(query))
            plain = folding._word_starts(query_words, False)
            silent = folding._word_starts(query_words, True)
            for text in texts:
                folded = fold(text)
                with self.subTest(query=query, text=text):
                    self.assertIsNone(folding._SILENT.search(folded))
                    self.assertEqual(
                        [m.span() for m in plain.finditer(folded)],
                        [m.span() for m in silent.finditer(folded)],
                    )

    def test_a_word_is_marked_across_the_silent_characters_in_it(self):
        self.assertEqual(
            highlight("وفد لافرنتـييف وأَسْتانا", words("لافرنتييف استانا")),
            "وفد <mark>لافرنتـييف</mark> وأَسْتانا",
        )
        self.assertEqual(
            highlight("وفد لافرنتـييف في أَسْتانا", words("استانا")),
            "وفد لافرنتـييف في <mark>أَسْتانا</mark>",
        )


class SearchTests(SeededTestCase):
    def attended_by_lavrentiev(self) -> set[str]:
        shown = Track.objects.filter(shown_by_default=True)
        rounds = Round.objects.filter(
            participations__participant__slug="alexander-lavrentiev", track__in=shown
        ).distinct()
        return {f"round-{r.slug}" for r in rounds}

    def test_a_person_by_any_spelling_or_script_lists_the_rounds_he_attended(self):
        attended = self.attended_by_lavrentiev()
        self.assertGreaterEqual(len(attended), 15)
        for query in ("Lavrentiev", "lavrentyev", "Лаврентьев", "ЛАВРЕНТЬЕВ", "لافرنتييف"):
            with self.subTest(query):
                found = {k for k in keys(f"q={query}") if k.startswith("round-")}
                self.assertEqual(found, attended)

    def test_a_delegation_by_name_lists_the_rounds_it_attended(self):
        found = {k for k in keys("q=Russia") if k.startswith("round-")}
        attended = Participation.objects.filter(
            participant__slug="russia", round__track__shown_by_default=True
        ).values_list("round__slug", flat=True)
        self.assertTrue(found >= {f"round-{slug}" for slug in attended})

    def test_text_case_and_accents_are_folded_by_the_database(self):
        Event.objects.create(
            slug="accents", title="Réunion à Genève", kind="meeting",
            start_date=date(2017, 5, 4), track=Track.objects.get(slug="geneva"),
            place="Genève", summary="Une réunion préparatoire.",
        )  # fmt: skip
        for query in ("reunion", "GENEVE", "préparatoire", "geneve reunion"):
            with self.subTest(query):
                self.assertIn("event-accents", keys(f"q={query}"))
        self.assertNotIn("event-accents", keys("q=union"))  # word starts only

    def test_arabic_vowel_marks_are_ignored_in_the_query_and_the_text(self):
        for plain, marked in (("أستانا", "أَسْتانا"), ("جنيف", "جِنيف"), ("سوتشي", "سُوتشي")):
            with self.subTest(marked):
                expected = keys(f"q={plain}")
                self.assertTrue(expected)
                self.assertEqual(keys(f"q={marked}"), expected)
        lavrentiev = keys("q=لافرنتييف")
        self.assertTrue(lavrentiev)
        self.assertEqual(keys("q=لافْرَنتييف"), lavrentiev)
        event = Event.objects.create(
            slug="marked", title="اجتماعٌ تَحضيريّ", kind="meeting",
            start_date=date(2017, 5, 4), track=Track.objects.get(slug="geneva"),
        )  # fmt: skip
        for query in ("اجتماع", "تحضيري", "تَحْضِيريّ", "تحـضيري"):
            with self.subTest(query):
                self.assertIn("event-marked", keys(f"q={query}"))
        Event.objects.filter(pk=event.pk).update(title="لقاءٌ")  # the index follows
        self.assertNotIn("event-marked", keys("q=تحضيري"))
        self.assertIn("event-marked", keys("q=لقاء"))

    def test_an_index_made_by_an_older_version_is_made_again(self):
        Event.objects.create(
            slug="marked", title="اجتماعٌ تَحضيريّ", kind="meeting",
            start_date=date(2017, 5, 4), track=Track.objects.get(slug="geneva"),
        )  # fmt: skip
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":  # the table as it was: the text as written
                cursor.execute("DROP TABLE search_event")
                cursor.execute(
                    "CREATE VIRTUAL TABLE search_event USING fts5(title, summary, place, "
                    "content='chronology_event', content_rowid='id', "
                    "tokenize='unicode61 remove_diacritics 2')"
                )
                cursor.execute("INSERT INTO search_event(search_event) VALUES ('rebuild')")
            else:  # the function as it was, and an index of what it returned
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no REINDEX with checks pending
                cursor.execute(
                    "CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text LANGUAGE sql "
                    "IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower($1) $$"
                )
                cursor.execute("REINDEX INDEX search_event_fts")
                cursor.execute("SET LOCAL enable_seqscan = off")  # read the index
            self.assertNotIn("event-marked", keys("q=تحضيري"))
            fulltext.install()
            self.assertIn("event-marked", keys("q=تحضيري"))

    def test_decomposed_accents_match_as_composed_ones(self):
        composed = keys("q=Önal")
        self.assertTrue(composed)
        self.assertEqual(keys("q=O%CC%88nal"), composed)

    def test_the_index_follows_every_write(self):
        event = Event.objects.create(
            slug="fresh", title="Quintessential talks", kind="meeting",
            start_date=date(2017, 5, 4), track=Track.objects.get(slug="astana"),
        )  # fmt: skip
        self.assertIn("event-fresh", keys("q=quintessential"))
        Event.objects.filter(pk=event.pk).update(title="Other talks")  # past the ORM's signals
        self.assertNotIn("event-fresh", keys("q=quintessential"))
        self.assertIn("event-fresh", keys("q=other"))
        Event.objects.bulk_create(
            [
                Event(
                    slug="bulk",
                    title="Zanzibar meeting",
                    kind="meeting",
                    start_date=date(2018, 1, 1),
                )
            ]
        )
        self.assertIn("event-bulk", keys("q=zanzibar"))
        Event.objects.filter(slug="bulk").delete()
        self.assertNotIn("event-bulk", keys("q=zanzibar"))

    def test_punctuation_alone_matches_nothing_and_never_errors(self):
        for query in ('"', "*", "-", "AND", "a:*", "NEAR(", "'); DROP"):
            with self.subTest(query):
                self.assertEqual(self.client.get("/", {"q": query}).status_code, 200)

    def test_the_lanes_and_the_hidden_tracks_read_one_selection_alike(self):
        """A page narrows one selection (TimelineFilters.selection) to its lanes and to the
        tracks not shown: each as a form of its own would select it."""
        queries = ("q=session", "q=Лаврентьев", "q=astana&kind=round", "round=astana-4&nearby=1")
        for query in queries:
            with self.subTest(query):
                filters = TimelineFilters(QueryDict(query))
                filters.is_valid()
                hidden = [t for t in filters.tracks if t not in filters.selected_tracks]
                shared = (filtered_querysets(filters), filtered_querysets(filters, tracks=hidden))
                for sets, tracks in zip(shared, (None, hidden), strict=True):
                    fresh = TimelineFilters(QueryDict(query))
                    fresh.is_valid()
                    alone = filtered_querysets(fresh, tracks=tracks)
                    for name in ("rounds", "events", "agreements", "tenures"):
                        self.assertEqual(
                            sorted(getattr(sets, name).values_list("pk", flat=True)),
                            sorted(getattr(alone, name).values_list("pk", flat=True)),
                        )
                if query == "q=session":  # nine matches on the Constitutional Committee
                    self.assertEqual(shared[1].rounds.count() + shared[1].events.count(), 9)

    def test_the_hidden_matches_count_what_those_tracks_would_show(self):
        """build_timeline counts them with the lanes' items: the same as reading the
        selection on those tracks alone."""
        queries = ("q=session", "q=Лаврентьев", "q=de mistura", "participant=russia", "q=a")
        for query in queries:
            with self.subTest(query):
                filters = TimelineFilters(QueryDict(query))
                filters.is_valid()
                hidden = hidden_tracks(filters)
                sets = filtered_querysets(filters, tracks=hidden)
                expected: dict[str, int] = {}
                for queryset in (sets.rounds, sets.events, sets.agreements, sets.tenures):
                    for record in queryset:
                        expected[record.track.name] = expected.get(record.track.name, 0) + 1
                page = build_timeline(filters)
                found = page.hidden.tracks if page.hidden else []
                self.assertEqual(
                    found, [f"{t.name} ({expected[t.name]})" for t in hidden if t.name in expected]
                )
                self.assertEqual(page.hidden.count if page.hidden else 0, sum(expected.values()))
                # Counted apart: on neither the lanes nor the list.
                self.assertFalse([e for e in page.entries if e.track in hidden])
                lanes = filtered_querysets(filters)
                shown = (lanes.rounds, lanes.events, lanes.agreements, lanes.tenures)
                self.assertEqual(page.matching, sum(queryset.count() for queryset in shown))
                if query == "q=session":
                    self.assertEqual(found, ["Constitutional Committee (9)"])

    def test_the_page_highlights_matches_and_hints_at_hidden_tracks(self):
        page = self.client.get("/", {"q": "session"}).content.decode()
        self.assertIn('id="hidden-matches"', page)
        self.assertIn("Constitutional Committee (9)", page)
        self.assertIn("track=constitutional-committee", page)
        page = self.client.get("/", {"q": "sochi"}).content.decode()
        self.assertIn("<mark>Sochi</mark>", page)
        page = self.client.get("/", {"q": "Лаврентьев"}).content.decode()
        self.assertIn("Matching participant: <bdi>Alexander Lavrentiev</bdi>", page)
        every_track = [t.slug for t in Track.objects.all()]
        page = self.client.get("/", {"q": "astana", "track": every_track}).content.decode()
        self.assertFalse('id="hidden-matches"' in page, "a hint with every track shown")


class RoundNumberAndPlaceTests(SeededTestCase):
    """A round named by its word and number, in either notation, and places in every
    script (issue 12, tester findings 2 and 11)."""

    def test_a_round_named_with_its_number_finds_that_round_and_its_agreement(self):
        everything = keys("q=astana")
        for query in ("Astana 4", "Astana-4", '"Astana 4"', "astana iv", "Астана-4"):
            with self.subTest(query):
                found = keys(f"q={query}")
                self.assertIn("round-astana-4", found)
                self.assertIn("agreement-astana-memorandum-de-escalation-areas-2017", found)
                self.assertNotIn("round-astana-14", found)
                self.assertLess(len(found), len(everything) // 4, found)
        self.assertEqual(
            {k for k in keys("q=Astana 14") if k.startswith("round-")}, {"round-astana-14"}
        )

    def test_roman_and_arabic_numbers_name_the_same_round(self):
        every_track = "&".join(f"track={t.slug}" for t in Track.objects.all())
        for query in ("Geneva IV", "Geneva 4", "geneva iv"):
            with self.subTest(query):
                found = {k for k in keys(f"q={query}&{every_track}") if k.startswith("round-")}
                self.assertEqual(found, {"round-geneva-4"})

    def test_places_are_found_under_their_names_in_other_scripts(self):
        for latin, other in (("astana", "Астана"), ("astana", "أستانا"), ("sochi", "Сочи")):
            with self.subTest(other):
                expected = keys(f"q={latin}")
                self.assertTrue(expected)
                self.assertEqual(keys(f"q={other}"), expected)
        # Another script's name is a whole word: 'Soçi' must not find 'social'.
        self.assertEqual(keys("q=Soçi"), keys("q=sochi"))
