"""The participants index and the who-attended matrix (HTML and CSV)."""

import csv
import io
import re
from urllib.parse import urlencode

from peaceproc.chronology.models import Participant, Participation
from peaceproc.search.folding import fold

from .base import SeededTestCase


class ParticipantsIndexTests(SeededTestCase):
    def test_grouped_by_kind_with_rounds_attended_and_linked_from_the_header(self):
        page = self.client.get("/participants/").content.decode()
        for heading in ("State", "Person", "International organisation"):
            self.assertTrue(f">{heading}</h2>" in page, heading)
        rounds = (
            Participation.objects.filter(participant__slug="russia", round__isnull=False)
            .values("round")
            .distinct()
        )
        self.assertTrue(f'Russia</bdi></a> <span class="muted">{rounds.count()} rounds' in page)
        self.assertTrue('href="/participants/"' in self.client.get("/").content.decode())

    def test_people_seen_only_at_summits_and_meetings_have_their_events_counted(self):
        page = self.client.get("/participants/").content.decode()
        for slug in ("sergey-lavrov", "vladimir-putin", "recep-tayyip-erdogan"):
            person = Participant.objects.get(slug=slug)
            events = person.events.count()
            self.assertGreater(events, 0, slug)
            entry = re.search(rf'href="/participants/{slug}/">.*?</li>', page).group(0)
            with self.subTest(slug=slug):
                self.assertIn(f"{events} event{'s' if events > 1 else ''}", entry)
                self.assertNotIn("no rounds", entry)
        self.assertEqual(
            "no rounds or events" in page,
            Participant.objects.filter(participations__isnull=True, events__isnull=True).exists(),
        )

    def test_a_constant_number_of_queries(self):
        with self.assertNumQueries(1):
            self.client.get("/participants/")


class MatrixTests(SeededTestCase):
    def rows(self, query: str) -> list[dict]:
        response = self.client.get(f"/who-attended.csv?{query}")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    def test_roles_per_round_in_html_and_csv(self):
        page = self.client.get("/who-attended/?track=astana").content.decode()
        self.assertTrue('id="p-alexander-lavrentiev"' in page)
        self.assertTrue('<abbr title="Head of delegation, Russia">H</abbr>' in page)
        rows = {row["participant"]: row for row in self.rows("track=astana")}
        self.assertEqual(rows["Russia"]["Astana 4"], "G")
        self.assertEqual(rows["Alexander Lavrentiev"]["Astana 4"], "H")
        self.assertEqual(rows["Jordan"]["Astana 4"], "O")
        attended = (
            Participation.objects.filter(
                participant__slug="alexander-lavrentiev", round__track__slug="astana"
            )
            .values("round")
            .distinct()
            .count()
        )
        self.assertEqual(int(rows["Alexander Lavrentiev"]["rounds attended"]), attended)

    def test_filter_by_kind_and_name_and_sort(self):
        people = self.rows("track=astana&kind=person")
        self.assertTrue(people)
        self.assertEqual({row["kind"] for row in people}, {"Person"})
        self.assertEqual([r["participant"] for r in self.rows("track=astana&q=LAVRENTIEV")],
                         ["Alexander Lavrentiev"])  # fmt: skip
        by_name = [r["participant"] for r in self.rows("track=astana&sort=name")]
        self.assertEqual(by_name, sorted(by_name, key=fold))  # "İhsan" among the i's
        by_count = [int(r["rounds attended"]) for r in self.rows("track=astana")]
        self.assertEqual(by_count, sorted(by_count, reverse=True))

    def test_the_name_filter_reads_every_alias_in_every_script_as_search_does(self):
        # The seeded aliases: "Лаврентьев" (Russian), "لافرنتييف" (Arabic); the others are
        # the Latin name lower-cased or with accents the name does not have.
        for spelling in ("Лаврентьев", "лаврентьев", "لافرنتييف", "lavrentiev", "Lávrentiev",
                         "alexander lavr", "Александр"):  # fmt: skip
            with self.subTest(spelling=spelling):
                query = urlencode({"track": "astana", "q": spelling})
                self.assertEqual(
                    [r["participant"] for r in self.rows(query)], ["Alexander Lavrentiev"]
                )
                page = self.client.get(f"/who-attended/?{query}").content.decode()
                self.assertTrue('id="p-alexander-lavrentiev"' in page)
                self.assertEqual(page.count('<tr id="p-'), 1)
        # The timeline's search finds the same person by the same spellings.
        listed = self.client.get("/?" + urlencode({"q": "لافرنتييف"})).content.decode()
        self.assertTrue("/rounds/astana-4/" in listed)
        self.assertEqual(self.rows(urlencode({"track": "astana", "q": "Лаврентьевич"})), [])

    def test_the_legend_explains_every_mark_the_table_shows_and_no_other(self):
        for track in ("astana", "geneva", "constitutional-committee"):
            with self.subTest(track=track):
                page = self.client.get(f"/who-attended/?track={track}").content.decode()
                shown = set(re.findall(r'<abbr title="[^"]*">(\w)</abbr>', page))
                legend = re.search(r'<p class="legend-text" id="matrix-legend">(.*?)</p>', page)
                explained = re.findall(r"<strong>(\w)</strong> [^·<]+", legend.group(1))
                self.assertTrue(shown)
                self.assertEqual(set(explained), shown)
                self.assertEqual(len(explained), len(shown))  # each once

    def test_every_track_with_rounds_has_a_tab_and_a_bad_track_is_a_404(self):
        page = self.client.get("/who-attended/").content.decode()
        for slug in ("astana", "geneva", "constitutional-committee"):
            self.assertTrue(f'href="?track={slug}"' in page, slug)
        self.assertEqual(self.client.get("/who-attended/?track=mars").status_code, 404)

    def test_an_unknown_kind_or_sort_is_said_and_the_valid_filters_still_apply(self):
        response = self.client.get("/who-attended/?track=astana&kind=bogus&sort=bogus&q=Lavrentiev")
        self.assertEqual(response.status_code, 200)
        page = response.content.decode()
        self.assertIn('id="filter-errors"', page)
        errors = page[
            page.index('id="filter-errors"') : page.index(
                "</div>", page.index('id="filter-errors"')
            )
        ]
        self.assertIn("<strong>Kind:</strong>", errors)
        self.assertIn("<strong>Sort by:</strong>", errors)
        self.assertIn("bogus", errors)
        self.assertIn('id="p-alexander-lavrentiev"', page)  # the name filter applied
        self.assertEqual(page.count('<tr id="p-'), 1)
        valid = self.client.get("/who-attended/?track=astana&kind=person&sort=name").content
        self.assertNotIn(b'id="filter-errors"', valid)

    def test_the_csv_refuses_an_unknown_kind_or_sort_with_a_reason(self):
        for query in ("kind=bogus", "sort=bogus", "q=" + "x" * 201):
            with self.subTest(query=query):
                response = self.client.get(f"/who-attended.csv?track=astana&{query}")
                self.assertEqual(response.status_code, 400)
                self.assertTrue(response["Content-Type"].startswith("text/plain"))
                self.assertRegex(response.content.decode(), r"^Nothing to export: (kind|sort|Name)")

    def test_linked_from_every_round_and_participant_page(self):
        round_page = self.client.get("/rounds/geneva-6/").content.decode()
        self.assertTrue('href="/who-attended/?track=geneva"' in round_page)
        person = self.client.get("/participants/alexander-lavrentiev/").content.decode()
        self.assertTrue('href="/who-attended/?track=astana#p-alexander-lavrentiev"' in person)

    def test_a_constant_number_of_queries(self):
        with self.assertNumQueries(3):
            self.client.get("/who-attended/?track=astana")
        for name in ("Lavrentiev", "Лаврентьев Александр"):
            with self.subTest(name=name), self.assertNumQueries(4):
                self.client.get("/who-attended/?" + urlencode({"track": "astana", "q": name}))

    def test_the_sorted_column_says_so_to_screen_readers(self):
        by_name = self.client.get("/who-attended/?track=astana&sort=name").content.decode()
        self.assertIn('<th scope="col" aria-sort="ascending"><a href="?track=astana', by_name)
        self.assertEqual(by_name.count("aria-sort="), 1)
        by_rounds = self.client.get("/who-attended/?track=astana").content.decode()
        self.assertIn('<th scope="col" aria-sort="descending">', by_rounds)
        by_first = self.client.get("/who-attended/?track=astana&sort=first").content.decode()
        self.assertNotIn("aria-sort=", by_first)  # no column holds the first round attended


class MatrixCsvRefusalTests(SeededTestCase):
    """The CSV is read by programs: a value it does not know is a 400 that names it and
    the values it takes, never a 500, an HTML page or a file of something else."""

    def refusal(self, query: str) -> str:
        response = self.client.get(f"/who-attended.csv?{query}")
        self.assertEqual(response.status_code, 400, query)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        self.assertFalse(response.has_header("Content-Disposition"))
        return response.content.decode()

    def test_an_unknown_track_kind_or_sort_is_named(self):
        message = self.refusal("track=mars&kind=alien&sort=x")
        self.assertTrue(message.startswith("Nothing to export: track “mars” is not one of: "))
        self.assertIn("astana", message)
        self.assertIn("kind “alien” is not one of: person, state, ", message)
        self.assertIn("sort “x” is not one of: name, rounds, first.", message)
        self.assertNotIn(".;", message)

    def test_every_value_it_cannot_use_is_named_at_once(self):
        message = self.refusal("track=astana&kind=alien&q=" + "x" * 201)
        self.assertIn("Name: Ensure this value has at most 200 characters", message)
        self.assertIn("kind “alien” is not one of: ", message)

    def test_the_page_and_the_csv_judge_a_value_alike(self):
        # One check (the filters form): a value the page reports, the CSV refuses.
        for query in ("kind=alien", "sort=x", "q=" + "x" * 201, "kind=person&sort=name"):
            with self.subTest(query[:30]):
                page = self.client.get(f"/who-attended/?track=astana&{query}").content
                file = self.client.get(f"/who-attended.csv?track=astana&{query}")
                self.assertEqual(b'id="filter-errors"' in page, file.status_code == 400)

    def test_odd_values_are_refused_short_and_as_text(self):
        # (A control character, `track=%00`, is left out before the page reads the query:
        # tests/security/test_query_controls.py.)
        for query in (
            "track=%FF%FE",
            "kind=%3Cscript%3E",
            "sort=" + "z" * 5000,
            "track=transition",
        ):  # a track without rounds has no matrix
            with self.subTest(query[:30]):
                self.assertLess(len(self.refusal(query)), 400)

    def test_what_it_knows_is_answered(self):
        for query in ("", "track=geneva", "kind=person&sort=first", "q=" + "x" * 200):
            with self.subTest(query[:30]):
                response = self.client.get(f"/who-attended.csv?{query}")
                self.assertEqual(response.status_code, 200)
                self.assertIn("peaceproc-who-attended-", response["Content-Disposition"])


class RepeatedTrackTests(SeededTestCase):
    """Who attended shows one track: two say which is shown; the CSV refuses them (issue
    12, tester finding 8)."""

    def test_the_page_says_which_track_it_shows_and_an_unknown_kind_is_named(self):
        page = self.client.get("/who-attended/?track=astana&track=geneva").content.decode()
        self.assertIn('id="filter-errors"', page)
        self.assertIn("one track at a time (astana, geneva were given): showing Geneva", page)
        page = self.client.get("/who-attended/?track=astana&kind=bogus").content.decode()
        self.assertIn('id="filter-errors"', page)
        page = self.client.get("/who-attended/?track=astana&track=astana").content.decode()
        self.assertNotIn('id="filter-errors"', page)

    def test_the_csv_refuses_two_tracks(self):
        response = self.client.get("/who-attended.csv?track=astana&track=geneva")
        self.assertEqual(response.status_code, 400)
        self.assertIn("one track at a time, not astana, geneva", response.content.decode())


class MatrixDatesTests(SeededTestCase):
    """Outside tester t11a, finding 12: from/to were silently ignored."""

    def csv_rows(self, query: str) -> list[dict]:
        response = self.client.get(f"/who-attended.csv?{query}")
        self.assertEqual(response.status_code, 200)
        return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    def test_from_and_to_keep_the_rounds_that_meet_them(self):
        from peaceproc.chronology.models import Round

        within = Round.objects.filter(
            track__slug="geneva", end_date__gte="2017-01-01", start_date__lte="2017-12-31"
        )
        titles = set(within.values_list("title", flat=True))
        self.assertTrue(titles)
        self.assertLess(len(titles), Round.objects.filter(track__slug="geneva").count())
        query = "track=geneva&from=2017-01-01&to=2017-12-31"
        (row, *_rest) = self.csv_rows(query)
        self.assertEqual(set(row) - {"participant", "kind", "rounds attended"}, titles)
        page = self.client.get(f"/who-attended/?{query}").content.decode()
        self.assertIn(f"{len(titles)} rounds (from 2017-01-01 to 2017-12-31)", page)
        self.assertIn('value="2017-01-01"', page)
        self.assertIn("from=2017-01-01&amp;to=2017-12-31&amp;sort=name", page)  # kept in links

    def test_a_bad_or_reversed_date_is_said_never_ignored(self):
        page = self.client.get("/who-attended/?track=geneva&from=2017-13-45").content.decode()
        self.assertIn('id="filter-errors"', page)
        self.assertIn("<strong>From:</strong>", page)
        page = self.client.get(
            "/who-attended/?track=geneva&from=2018-01-01&to=2017-01-01"
        ).content.decode()
        self.assertIn("The end date (2017-01-01) is before the start date", page)
        response = self.client.get("/who-attended.csv?track=geneva&from=2018-01-01&to=2017-01-01")
        self.assertEqual(response.status_code, 400)
        self.assertIn("before the start date", response.content.decode())

    def test_dates_cost_no_query_more(self):
        with self.assertNumQueries(3):
            self.client.get("/who-attended/?track=astana&from=2018-01-01&to=2019-12-31")
