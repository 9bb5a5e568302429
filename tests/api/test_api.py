from datetime import date, timedelta

from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)

from .base import ARABIC, ARTICLE, CYRILLIC, SeededTestCase

ITEM_TYPES = ("round", "event", "agreement", "tenure")


class RoundsTests(SeededTestCase):
    def test_astana_rounds_all_22_in_order_with_dates_city_and_citations(self):
        response = self.client.get("/api/rounds?track=astana")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        data = response.json()
        self.assertEqual(data["count"], 22)
        self.assertIsNone(data["next"])
        rounds = data["results"]
        self.assertEqual([r["slug"] for r in rounds], [f"astana-{n}" for n in range(1, 23)])
        self.assertEqual([r["number"] for r in rounds], list(range(1, 23)))
        starts = [r["start_date"] for r in rounds]
        self.assertEqual(starts, sorted(starts))
        first, last = rounds[0], rounds[-1]
        self.assertEqual((first["start_date"], first["end_date"]), ("2017-01-23", "2017-01-24"))
        self.assertEqual(first["dates"], "23–24 January 2017")
        self.assertEqual((last["start_date"], last["end_date"]), ("2024-11-11", "2024-11-12"))
        for r in rounds:
            with self.subTest(r["slug"]):
                self.assertTrue(r["city"])
                self.assertEqual(r["track"], {"slug": "astana", "name": "Astana"})
                self.assertTrue(r["citations"], "every seeded round cites its source")
                self.assertTrue(r["citations"][0]["source"]["url"].startswith("http"))
                self.assertTrue(r["url"].endswith(f"/rounds/{r['slug']}/"))
                self.assertTrue(r["api_url"].endswith(f"/api/rounds/{r['slug']}"))

    def test_round_detail_has_participations_and_inline_citations(self):
        data = self.client.get("/api/rounds/astana-4").json()
        self.assertEqual(data["title"], "Astana 4")
        names = {p["participant"]["name"] for p in data["participations"]}
        self.assertIn(ARABIC, names)
        urls = [c["source"]["url"] for c in data["citations"]]
        self.assertIn("http://tass.com/world/944616", urls)

    def test_a_round_lists_what_it_produced_in_its_detail_and_the_list(self):
        memorandum = Agreement.objects.get(round__slug="astana-4")
        later = Agreement.objects.create(
            slug="astana-4-second-text",
            title="A second text of Astana 4",
            kind=Agreement.Kind.JOINT_STATEMENT,
            date=memorandum.date + timedelta(days=1),
            round=memorandum.round,
        )
        produced = [
            {
                "slug": a.slug,
                "title": a.title,
                "api_url": f"http://testserver/api/agreements/{a.slug}",
            }
            for a in (memorandum, later)
        ]
        self.assertEqual(self.client.get("/api/rounds/astana-4").json()["agreements"], produced)
        listed = {
            r["slug"]: r for r in self.client.get("/api/rounds?track=astana").json()["results"]
        }
        self.assertEqual(listed["astana-4"]["agreements"], produced)
        self.assertEqual(listed["astana-3"]["agreements"], [])

    def test_issue_10_fields_are_optional_extensions_read_from_the_record(self):
        """Beyond the old shape: a participation's title and source, a round's outcome and
        the next date it announced; signatories from the signatory participations."""
        round_ = Round.objects.get(slug="astana-4")
        Round.objects.filter(pk=round_.pk).update(
            outcome_kind="agreement", next_date=date(2017, 7, 1), next_precision="month"
        )
        participation = round_.participations.first()
        participation.title = "Deputy Foreign Minister"
        participation.source = self.extras["source"]
        participation.save()
        data = self.client.get("/api/rounds/astana-4").json()
        self.assertEqual(
            (data["outcome_kind"], data["next_date"], data["next_date_precision"]),
            ("agreement", "2017-07-01", "month"),
        )
        self.assertEqual(data["next_dates"], "July 2017")
        shown = next(p for p in data["participations"] if p["title"])
        self.assertEqual(shown["title"], "Deputy Foreign Minister")
        self.assertEqual(shown["source"]["id"], self.extras["source"].pk)
        self.assertTrue(all("source" in p for p in data["participations"]))

        agreement = Agreement.objects.filter(round=round_).first()
        signed = Participation.objects.filter(agreement=agreement, role="signatory")
        data = self.client.get(f"/api/agreements/{agreement.slug}").json()
        self.assertEqual(
            sorted(p["slug"] for p in data["signatories"]),
            sorted(signed.values_list("participant__slug", flat=True)),
        )
        self.assertTrue(data["signatories"], "the seeded memorandum has its signatories")
        signer = signed.first().participant
        detail = self.client.get(f"/api/participants/{signer.slug}").json()
        self.assertIn(agreement.slug, [a["slug"] for a in detail["agreements"]])
        self.assertTrue(all(p["round"] for p in detail["participations"]))

    def test_round_filter_is_the_timelines_the_round_and_what_is_tied_to_it(self):
        """Issue 12's semantics, through the timeline's own selection: `round` alone is the
        round with its events and agreements; `nearby=1` adds the month around it."""
        round_ = Round.objects.get(slug="astana-4")
        alone = self.client.get("/api/timeline?round=astana-4&limit=500").json()["results"]
        tied = {("round", round_.slug)}
        tied |= {("event", e.slug) for e in round_.events.all()}
        tied |= {("agreement", a.slug) for a in round_.agreements.all()}
        self.assertEqual({(i["type"], i["slug"]) for i in alone}, tied)
        near = self.client.get("/api/timeline?round=astana-4&nearby=1&limit=500").json()
        self.assertLess(tied, {(i["type"], i["slug"]) for i in near["results"]})

    def test_without_track_every_track_is_listed(self):
        # The page starts with a few lanes; the API answers for the whole record.
        data = self.client.get("/api/rounds").json()
        self.assertEqual(data["count"], Round.objects.count())
        tracks = {r["track"]["slug"] for r in data["results"]}
        self.assertIn("constitutional-committee", tracks)

    def test_several_tracks(self):
        data = self.client.get("/api/rounds?track=astana&track=geneva").json()
        expected = Round.objects.filter(track__slug__in=["astana", "geneva"]).count()
        self.assertEqual(data["count"], expected)

    def test_date_range_and_text(self):
        data = self.client.get("/api/rounds?track=astana&from=2017-01-01&to=2017-12-31").json()
        # Astana 1 (January) to Astana 8 (21–22 December).
        self.assertEqual([r["number"] for r in data["results"]], list(range(1, 9)))
        data = self.client.get("/api/rounds?q=astana 2").json()
        self.assertIn("astana-2", [r["slug"] for r in data["results"]])

    def test_participant_filter(self):
        data = self.client.get("/api/rounds?participant=syrian-negotiation-commission-ar").json()
        self.assertEqual([r["slug"] for r in data["results"]], ["astana-4"])


class PaginationTests(SeededTestCase):
    def test_timeline_pages_are_slices_of_the_whole_list(self):
        # /api/timeline orders light rows and reads whole records for its page only; the
        # export reads every item whole. Their orders must agree, ties on a day included.
        call_command("generate_events", count=300, verbosity=0)
        tracks = "&".join(f"track={slug}" for slug in Track.objects.values_list("slug", flat=True))
        for filters in (tracks, f"{tracks}&kind=round&kind=event", f"{tracks}&from=2017-01-01&q=a"):
            whole = self.client.get(f"/api/export.json?{filters}").json()["items"]
            self.assertGreater(len(whole), 20)
            for offset, limit in ((0, 500), (0, 7), (13, 50), (len(whole) - 3, 10)):
                with self.subTest(filters=filters, offset=offset):
                    data = self.client.get(
                        f"/api/timeline?{filters}&offset={offset}&limit={limit}"
                    ).json()
                    self.assertEqual(data["count"], len(whole))
                    self.assertEqual(data["results"], whole[offset : offset + limit])

    def test_pages_walk_the_whole_list_without_gaps_or_repeats(self):
        seen, url = [], "/api/rounds?limit=5"
        while url:
            data = self.client.get(url).json()
            self.assertLessEqual(len(data["results"]), 5)
            seen += [r["slug"] for r in data["results"]]
            url = data["next"]
        self.assertEqual(len(seen), Round.objects.count())
        self.assertEqual(len(set(seen)), len(seen))

    def test_default_page_holds_at_least_fifty(self):
        data = self.client.get("/api/participants").json()
        self.assertGreaterEqual(data["limit"], 50)
        self.assertEqual(len(data["results"]), min(data["count"], data["limit"]))

    def test_previous_link_and_offset_past_the_end(self):
        data = self.client.get("/api/events?limit=2&offset=2").json()
        self.assertIn("offset=0", data["previous"])
        data = self.client.get("/api/events?offset=100000").json()
        self.assertEqual(data["results"], [])
        self.assertIsNone(data["next"])
        # Its previous page is the last one with records, not an empty one before it.
        last = self.client.get(data["previous"]).json()
        self.assertEqual(len(last["results"]), min(data["count"], data["limit"]))
        self.assertIsNone(last["next"])
        self.assertEqual(last["offset"] + len(last["results"]), data["count"])

    def test_limit_above_the_maximum_is_refused(self):
        response = self.client.get("/api/rounds?limit=501")
        self.assertEqual(response.status_code, 400)
        self.assertIn("limit", response.json()["error"]["details"])


class ConstantQueriesTests(SeededTestCase):
    """A page of any size costs the same number of queries."""

    def assert_constant(self, path: str):
        with CaptureQueriesContext(connection) as small:
            self.assertEqual(self.client.get(f"{path}?limit=1").status_code, 200)
        with self.assertNumQueries(len(small.captured_queries)):
            data = self.client.get(f"{path}?limit=500").json()
        self.assertGreater(len(data["results"]), 1, path)

    def test_every_list(self):
        for path in (
            "/api/rounds",
            "/api/events",
            "/api/agreements",
            "/api/tenures",
            "/api/participants",
            "/api/sources",
        ):
            with self.subTest(path):
                self.assert_constant(path)

    def test_timeline_reads_whole_records_for_its_page_only(self):
        # Three for the filter form's lists, one per kind for the order, then per kind on
        # the page: the records, their citations and their people (tenures: the envoy
        # comes with the record). The same 18 for 500 items of every kind whatever the
        # size of the record; a page holding fewer kinds reads fewer.
        url = "/api/timeline?limit=500"
        with self.assertNumQueries(18):
            before = self.client.get(url).json()
        call_command("generate_events", count=600, verbosity=0)
        with self.assertNumQueries(18):
            after = self.client.get(url).json()
        self.assertEqual(after["count"], before["count"] + 600)
        for data in (before, after):
            self.assertEqual({item["type"] for item in data["results"]}, set(ITEM_TYPES))
        with CaptureQueriesContext(connection) as one:
            self.client.get("/api/timeline?limit=1")
        self.assertLessEqual(len(one.captured_queries), 18)

    def test_details_in_a_handful_of_queries(self):
        source = self.extras["source"].pk
        for url, queries in (
            ("/api/rounds/astana-4", 4),  # the round with its track, citations, participations,
            # the agreements it produced
            ("/api/agreements/moscow-declaration-2016-12-20", 3),  # and participations
            ("/api/events/astana-4-press-briefing", 3),  # and participants
            ("/api/participants/sergey-lavrov", 4),  # aliases, participations (rounds and
            # agreements signed), events
            (f"/api/sources/{source}", 2),  # the source, its citations with what they support
        ):
            with self.subTest(url), self.assertNumQueries(queries):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_rounds_page_in_a_handful_of_queries(self):
        # Three for the filter form's lists, a count, the page, citations, participations,
        # agreements produced.
        with self.assertNumQueries(8):
            self.client.get("/api/rounds?track=astana")

    def test_exports_do_not_grow_with_the_record(self):
        with CaptureQueriesContext(connection) as few:
            self.client.get("/api/export.json?round=astana-4&nearby=1")
        with self.assertNumQueries(len(few.captured_queries)):
            self.client.get("/api/export.json?track=astana&track=geneva&track=related")


class RecordsTests(SeededTestCase):
    def test_event_detail_by_slug_with_participants_round_and_quote(self):
        data = self.client.get("/api/events/astana-4-press-briefing").json()
        self.assertEqual(data["round"]["slug"], "astana-4")
        self.assertEqual({p["name"] for p in data["participants"]}, {ARABIC, CYRILLIC})
        self.assertEqual(data["citations"][0]["quote"], "Delegations met again on Thursday.")
        self.assertTrue(data["url"].endswith(f"/events/{self.extras['event'].pk}/"))

    def test_event_kinds_filter(self):
        data = self.client.get("/api/events?kind=summit").json()
        self.assertEqual(data["count"], Event.objects.filter(kind="summit").count())
        self.assertTrue(all(e["kind"] == "summit" for e in data["results"]))
        self.assertEqual(self.client.get("/api/events?kind=round").status_code, 400)

    def test_month_precision_is_kept(self):
        data = self.client.get("/api/events/astana-process-begins-2017-01").json()
        self.assertEqual(data["precision"], "month")
        self.assertEqual(data["dates"], "January 2017")

    def test_agreements_and_tenures(self):
        agreements = self.client.get("/api/agreements").json()
        self.assertEqual(agreements["count"], Agreement.objects.count())
        slug = agreements["results"][0]["slug"]
        self.assertEqual(self.client.get(f"/api/agreements/{slug}").json()["slug"], slug)
        tenures = self.client.get("/api/tenures").json()
        self.assertEqual(tenures["count"], EnvoyTenure.objects.count())
        tenure = tenures["results"][-1]
        self.assertEqual(self.client.get(tenure["api_url"]).json()["envoy"], tenure["envoy"])

    def test_an_agreement_lists_everyone_at_it_with_their_role(self):
        # t14c: the page named who attended the Moscow Declaration; the API only its
        # signatory states, so an API user could not tell why Lavrov's timeline holds it.
        agreement = Agreement.objects.get(slug="moscow-declaration-2016-12-20")
        expected = sorted((p.role, p.participant.slug) for p in agreement.participations.all())
        data = self.client.get(f"/api/agreements/{agreement.slug}").json()
        listed = [(p["role"], p["participant"]["slug"]) for p in data["participations"]]
        self.assertEqual(sorted(listed), expected)
        self.assertIn(("attendee", "sergey-lavrov"), listed)
        signatories = {
            p["participant"]["slug"] for p in data["participations"] if p["role"] == "signatory"
        }
        self.assertEqual(signatories, {p["slug"] for p in data["signatories"]})
        in_list = self.client.get("/api/agreements?limit=500").json()["results"]
        self.assertEqual(
            next(a for a in in_list if a["slug"] == agreement.slug)["participations"],
            data["participations"],
        )

    def test_participants_found_by_alias_in_any_script(self):
        for q, slug in (("Лавров", "sergey-lavrov"), ("لافروف", "sergey-lavrov")):
            with self.subTest(q):
                data = self.client.get("/api/participants", {"q": q}).json()
                self.assertIn(slug, [p["slug"] for p in data["results"]])
        data = self.client.get("/api/participants?kind=state").json()
        self.assertEqual(data["count"], Participant.objects.filter(kind="state").count())

    def test_participants_by_name_fold_case_and_accents_in_every_script(self):
        def slugs(q: str) -> list[str]:
            return [
                p["slug"] for p in self.client.get("/api/participants", {"q": q}).json()["results"]
            ]

        lavrov = slugs("Лавров")
        self.assertIn("sergey-lavrov", lavrov)
        for q in ("лавров", "ЛАВРОВ", "LAVROV", "avrov", "lavrov sergey"):
            with self.subTest(q):
                self.assertEqual(slugs(q), lavrov)
        onal = slugs("Önal")
        self.assertTrue(onal)
        for q in ("önal", "ÖNAL", "O\u0308nal"):
            with self.subTest(q):
                self.assertEqual(slugs(q), onal)
        for q in ("onal", "sedat"):  # accents folded; a part of a name, as documented
            with self.subTest(q):
                self.assertIn("sedat-onal", slugs(q))
        self.assertIn("russia", slugs("россия"))
        self.assertEqual(slugs("россия"), slugs("РОССИЯ"))

    def test_participant_detail_lists_rounds(self):
        data = self.client.get("/api/participants/syrian-negotiation-commission-ar").json()
        self.assertEqual(data["name"], ARABIC)
        self.assertEqual([p["round"]["slug"] for p in data["participations"]], ["astana-4"])
        self.assertEqual([e["slug"] for e in data["events"]], ["astana-4-press-briefing"])

    def test_sources_list_without_texts_and_detail_with_text(self):
        source = self.extras["source"]
        listing = self.client.get("/api/sources?limit=500").json()
        self.assertEqual(listing["count"], Source.objects.count())
        row = next(s for s in listing["results"] if s["id"] == source.pk)
        self.assertTrue(row["has_text"])
        self.assertNotIn("text", row)
        self.assertEqual(row["supports"][0]["slug"], "astana-4-press-briefing")
        detail = self.client.get(f"/api/sources/{source.pk}").json()
        # A third party's article is not republished: only the passage the record cites.
        self.assertEqual(detail["text"], "Delegations met again on Thursday.")
        staff = User.objects.create_user("editor", password="x" * 20, is_staff=True)
        self.client.force_login(staff)
        self.assertEqual(self.client.get(f"/api/sources/{source.pk}").json()["text"], ARTICLE)

    def test_non_latin_text_is_sent_as_is(self):
        body = self.client.get("/api/participants/syrian-negotiation-commission-ar").content
        self.assertIn(ARABIC.encode(), body)

    def test_index_links_every_endpoint(self):
        data = self.client.get("/api/").json()
        for name in ("rounds", "events", "agreements", "participants", "sources", "openapi"):
            self.assertEqual(self.client.get(data[name]).status_code, 200, name)


class ErrorsTests(SeededTestCase):
    """Bad input answers a JSON error naming the parameter; never a 500 or an HTML page."""

    def assert_error(self, path: str, status: int = 400, param: str | None = None) -> dict:
        response = self.client.get(path)
        self.assertEqual(response.status_code, status, path)
        self.assertTrue(response["Content-Type"].startswith("application/json"), path)
        error = response.json()["error"]
        self.assertEqual(error["status"], status)
        self.assertTrue(error["message"])
        if param:
            self.assertIn(param, error["details"], path)
        return error

    def test_invalid_parameters(self):
        cases = [
            ("/api/rounds?track=atlantis", "track"),
            ("/api/rounds?round=astana-99", "round"),
            ("/api/rounds?participant=nobody", "participant"),
            ("/api/rounds?from=yesterday", "from"),
            ("/api/rounds?from=2018-01-01&to=2017-01-01", "to"),
            ("/api/rounds?q=" + "x" * 201, "q"),
            ("/api/rounds?q=%00", "q"),
            ("/api/rounds?limit=ten", "limit"),
            ("/api/rounds?limit=-1", "limit"),
            ("/api/rounds?limit=1&limit=2", "limit"),
            ("/api/rounds?offset=99999999999999999999", "offset"),
            ("/api/rounds?color=red", "color"),
            ("/api/rounds?kind=round", "kind"),
            ("/api/events?kind=parade", "kind"),
            ("/api/participants?kind=planet", "kind"),
            ("/api/sources?track=astana", "track"),
            ("/api/timeline?kind=unicorn", "kind"),
            ("/api/rounds/astana-4?expand=1", "expand"),
            ("/api/export.csv?round=nowhere", "round"),
            ("/api/export.ics?from=2017-13-01", "from"),
        ]
        for path, param in cases:
            with self.subTest(path):
                self.assert_error(path, 400, param)

    def test_unknown_records_and_paths(self):
        for path in (
            "/api/rounds/astana-99",
            "/api/events/nothing",
            "/api/agreements/nothing",
            "/api/tenures/nothing",
            "/api/participants/nobody",
            "/api/sources/999999",
            "/api/sources/99999999999999999999999",
            "/api/sources/-1",
            "/api/nothing/here",
            "/api/nothing/here/",  # no endpoint without the slash either (see test_http_findings)
        ):
            with self.subTest(path):
                self.assert_error(path, 404)

    def test_repeats_only_of_the_repeatable_parameters(self):
        self.assertEqual(self.client.get("/api/timeline?kind=round&kind=summit").status_code, 200)
        self.assertEqual(self.client.get("/api/events?track=astana&track=geneva").status_code, 200)
        for path, param in (
            ("/api/timeline?q=a&q=b", "q"),
            ("/api/events?round=astana-4&round=astana-5", "round"),
            ("/api/export.csv?from=2017-01-01&from=2018-01-01", "from"),
            ("/api/participants?kind=state&kind=person", "kind"),
        ):
            with self.subTest(path):
                error = self.assert_error(path, 400, param)
                self.assertIn("once", error["message"])

    def test_an_unknown_slug_is_answered_in_the_apis_words_not_the_forms(self):
        for path, param, listing in (
            ("/api/rounds?round=nope", "round", "/api/rounds"),
            ("/api/export.csv?participant=nope", "participant", "/api/participants"),
        ):
            with self.subTest(path):
                error = self.assert_error(path, 400, param)
                self.assertNotIn("Choose one from the list", error["message"])
                self.assertIn("“nope”", error["message"])
                self.assertIn(listing, error["details"][param][0])

    def test_unknown_parameters_are_named_with_what_is_accepted(self):
        error = self.assert_error("/api/tenures?color=red&limt=5", 400, "color")
        self.assertIn("limt", error["details"])
        self.assertIn(
            "This endpoint accepts: from, limit, nearby, offset, participant, q, round, to, track.",
            error["message"],
        )
        error = self.assert_error("/api/openapi.json?x=1", 400, "x")
        self.assertIn("no parameters", error["message"])

    def test_writes_are_refused(self):
        for method in ("post", "put", "patch", "delete"):
            with self.subTest(method):
                response = getattr(self.client, method)("/api/rounds")
                self.assertEqual(response.status_code, 405)
                self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
                self.assertEqual(response.json()["error"]["status"], 405)

    def test_writes_to_the_schema_and_docs_get_the_json_405_not_a_csrf_403(self):
        client = Client(enforce_csrf_checks=True)
        for path in ("/api/openapi.json", "/api/docs", "/api/rounds", "/api/nowhere"):
            for method in ("post", "put", "patch", "delete"):
                with self.subTest(path=path, method=method):
                    response = getattr(client, method)(path)
                    self.assertEqual(response.status_code, 405)
                    self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
                    self.assertEqual(response.json()["error"]["status"], 405)

    def test_options_answers_the_cors_preflight(self):
        for path in ("/api/rounds", "/api/rounds/astana-4", "/api/openapi.json", "/api/docs"):
            with self.subTest(path):
                response = self.client.options(
                    path,
                    headers={
                        "Origin": "https://elsewhere.example",
                        "Access-Control-Request-Method": "GET",
                    },
                )
                self.assertEqual(response.status_code, 204)
                self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")
                self.assertEqual(response["Access-Control-Allow-Origin"], "*")
                self.assertEqual(response["Access-Control-Allow-Methods"], "GET, HEAD")
                self.assertIn("Accept", response["Access-Control-Allow-Headers"])
                self.assertEqual(response.content, b"")

    def test_head_and_cors(self):
        for path in (
            "/api/rounds?track=astana",
            "/api/rounds/astana-4",
            "/api/export.ics",
            "/api/",
        ):
            with self.subTest(path):
                response = self.client.head(path)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Access-Control-Allow-Origin"], "*")
                self.assertEqual(response.content, b"")
        for method in ("post", "delete"):
            response = getattr(self.client, method)("/api/export.csv")
            self.assertEqual(response.status_code, 405)
            self.assertEqual(response["Access-Control-Allow-Origin"], "*")


class DocsPageTests(SeededTestCase):
    def test_docs_page_lists_every_endpoint_without_inline_scripts_or_styles(self):
        response = self.client.get("/api/docs")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        for path in ("/api/rounds", "/api/events/{slug}", "/api/sources/{id}", "/api/export.ics"):
            self.assertIn(path, html)
        self.assertIn('href="/api/openapi.json"', html)
        self.assertNotIn("<script>", html)
        self.assertNotIn("style=", html)
        self.assertNotRegex(html, r"\son[a-z]+=")
        self.assertNotIn("cdn", html.lower())
        self.assertIn("Content-Security-Policy", response.headers)
        self.assertIn("<code>limit</code>", html)
        self.assertNotIn("`", html)

    def test_code_spans_are_the_only_markup_the_docs_add(self):
        from peaceproc.api.templatetags.api_docs import backticks

        self.assertEqual(
            backticks("<b>`x`</b> `<i>`"),
            "&lt;b&gt;<code>x</code>&lt;/b&gt; <code>&lt;i&gt;</code>",
        )


class EventByPageNumberTests(SeededTestCase):
    """/events/42/ is an event's page: /api/events/42 answers with that event, as its slug
    does (issue 12, tester finding 9)."""

    def test_the_page_number_names_the_event_as_its_slug_does(self):
        event = Event.objects.order_by("pk").last()
        self.assertEqual(self.client.get(event.get_absolute_url()).status_code, 200)
        by_slug = self.client.get(f"/api/events/{event.slug}")
        by_id = self.client.get(f"/api/events/{event.pk}")
        self.assertEqual(by_id.status_code, 200)
        self.assertEqual(by_id.json(), by_slug.json())

    def test_an_unknown_number_or_a_huge_one_is_a_404(self):
        # "None" is what str() of no number reads: it was looked up as an id (a 500).
        for key in ("999999", "9" * 40, "9" * 5000, "None", "none"):
            with self.subTest(key):
                response = self.client.get(f"/api/events/{key}")
                self.assertEqual(response.status_code, 404)
                self.assertEqual(response.json()["error"]["message"], f"There is no event '{key}'.")
        self.assertEqual(self.client.get("/api/rounds/1").status_code, 404)  # slugs only
