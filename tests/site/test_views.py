"""The timeline page and the permalink pages, through the test client: what they show,
how htmx requests are answered, and that bad input never breaks them."""

import json
import re

from django.template.loader import render_to_string
from django.test import override_settings

from peaceproc.chronology.models import Agreement, Event, Participant, Round, Source, Track
from peaceproc.search.folding import fold
from peaceproc.site.layout import PAGE_SIZE

from .base import SeededTestCase, make_events

HTMX_TIMELINE = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline"}
HTMX_PANEL = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "detail-body"}
CHART_DATA = re.compile(r'<script id="chart-data" type="application/json">(.*?)</script>')


def list_keys(html: str) -> list[str]:
    """The ids of the list view's entries, in order."""
    return re.findall(r'<li class="entry [^"]*" id="entry-([^"]+)"', html)


class TimelinePageTests(SeededTestCase):
    def test_default_page_has_filters_lanes_list_and_charts(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('<form id="filters"', html)
        self.assertIn('<section class="lane track-astana"', html)
        self.assertIn('<section class="lane track-geneva"', html)
        self.assertNotIn('<section class="lane track-un-envoys"', html)
        self.assertIn('id="chart-data"', html)
        self.assertIn("round-astana-4", list_keys(html))
        self.assertIn('<aside id="detail-panel"', html)

    def test_every_item_link_has_an_href_beside_its_hx_get(self):
        html = self.client.get("/?round=astana-4").content.decode()
        for tag in re.findall(r"<a [^>]*hx-get=[^>]*>", html):
            hx = re.search(r'hx-get="([^"]*)"', tag).group(1)
            href = re.search(r'href="([^"]*)"', tag).group(1)
            self.assertEqual(hx, href, tag)

    def test_round_filter_without_javascript_renders_the_filtered_page(self):
        html = self.client.get("/?round=astana-4").content.decode()
        self.assertEqual(
            list_keys(html),
            ["round-astana-4", "agreement-astana-memorandum-de-escalation-areas-2017"],
        )  # fmt: skip
        self.assertIn('<option value="astana-4" selected>Astana 4</option>', html)
        self.assertIn("Round: <bdi>Astana 4</bdi>", html)  # the active filter chip

    def test_htmx_request_gets_the_timeline_partial_and_a_canonical_url(self):
        response = self.client.get(
            "/?track=astana&track=geneva&track=transition&track=other&round=astana-4"
            "&participant=&q=&from=&to=",
            **HTMX_TIMELINE,
        )
        html = response.content.decode()
        self.assertTrue(html.lstrip().startswith('<div id="timeline"'))
        self.assertNotIn("<html", html)
        self.assertEqual(response.headers["HX-Push-Url"], "/?round=astana-4")
        self.assertIn("HX-Request", response.headers["Vary"])

    def test_history_restore_gets_the_whole_page(self):
        response = self.client.get(
            "/?round=astana-4", **HTMX_TIMELINE, HTTP_HX_HISTORY_RESTORE_REQUEST="true"
        )
        self.assertIn("<html", response.content.decode())

    def test_invalid_values_are_shown_as_messages_never_a_500(self):
        for query, message in [
            ("round=astana-99", "There is no round “astana-99”"),
            ("from=yesterday", "Enter the start date as YYYY-MM-DD"),
            ("from=2017-05-01&to=2017-01-01", "The end date (2017-01-01) is before"),
            ("participant=%3Cb%3E", "There is no participant “&lt;b&gt;”"),
            ("page=-3", "greater than or equal to 1"),
            ("at=2017-02-30&zoom=year", "February 2017 has no day 30"),
            ("at=2017-0x-30&zoom=year", "Enter the window&#x27;s first day as YYYY-MM-DD"),
        ]:
            with self.subTest(query):
                response = self.client.get(f"/?{query}")
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn('role="alert"', html)
                self.assertIn(message, html)
                self.assertIn("Clear all filters", html)

    def test_an_empty_result_says_so_and_offers_to_clear(self):
        html = self.client.get("/?q=nothing-matches-this").content.decode()
        self.assertIn("No items match these filters.", html)
        self.assertIn('<a href="/" hx-get="/">Clear filters</a>', html)
        html = self.client.get("/?track=astana&zoom=month&at=2013-01-01").content.decode()
        self.assertRegex(html, r"Nothing in 1–31 January 2013, but \d+ matching items lie outside")
        self.assertIn("Show the whole period", html)

    def test_fuzzy_dates_are_labelled_as_months_and_years(self):
        html = self.client.get("/?track=related&track=astana").content.decode()
        self.assertIn(">January 2017</time>", html)
        self.assertIn(">2016</time>", html)
        self.assertNotRegex(html, r"(?<!\d)1 January 2017")
        # Its mark is hatched; on the whole period it is counted in a badge at every
        # width (and not written), in its year it is drawn.
        html = self.client.get("/?track=related&track=astana&zoom=year&at=2017-01-01")
        self.assertRegex(html.content.decode(), r'class="mark mark-event [^"]*fuzzy')

    def test_zoom_and_pan_links_change_the_window_in_the_url(self):
        html = self.client.get("/?zoom=year&at=2017-01-01").content.decode()
        self.assertIn("1 January – 31 December 2017", html)
        self.assertIn('id="pan-earlier" rel="nofollow">', html)
        self.assertIn('href="/?zoom=year&amp;at=2016-07-01"', html)  # half a year earlier
        self.assertIn('href="/?zoom=quarter&amp;at=', html)  # zoom in
        self.assertIn('href="/?zoom=4y&amp;at=', html)  # zoom out
        self.assertIn('<span class="tick gs-', html)

    def test_the_participant_list_is_sorted_with_case_and_accents_folded(self):
        html = self.client.get("/").content.decode()
        menu = html[html.index('id="f-participant"') :]
        slugs = re.findall(r'<option value="([^"]+)"', menu[: menu.index("</select>")])
        names = dict(Participant.objects.values_list("slug", "name"))
        self.assertLess(slugs.index("ahmed-al-sharaa"), slugs.index("ahmed-berri"))
        self.assertLess(slugs.index("mustafa-yurdakul"), slugs.index("vladimir-putin"))
        folded = [fold(names[s]) for s in slugs]
        self.assertEqual(folded, sorted(folded))

    def test_with_dates_set_no_link_zooms_wider_than_them(self):
        html = self.client.get("/?from=2017-01-01&to=2017-12-31").content.decode()
        self.assertNotIn("zoom=all", html)
        self.assertNotIn("zoom=4y", html)
        self.assertNotIn('id="zoom-out"', html)
        self.assertIn('data-zoom-out=""', html)  # the keyboard and the wheel read this
        self.assertIn('aria-disabled="true" title="Wider than the dates filtered on">Four', html)
        self.assertIn('data-window-start="2017-01-01" data-window-end="2017-12-31"', html)
        # Followed anyway (an old link, a hand-edited URL): the window stays in the dates.
        html = self.client.get("/?from=2017-01-01&to=2017-12-31&zoom=all").content.decode()
        self.assertIn('data-window-start="2017-01-01" data-window-end="2017-12-31"', html)
        html = self.client.get("/?from=2017-03-15&to=2017-04-02").content.decode()
        self.assertIn('data-window-start="2017-03-15" data-window-end="2017-04-02"', html)
        self.assertNotIn("3 Apr", html)

    def test_the_list_pages_through_many_items(self):
        make_events(120)
        html = self.client.get("/").content.decode()
        self.assertEqual(len(list_keys(html)), PAGE_SIZE)
        self.assertIn('rel="next" href="/?page=2"', html)
        second = self.client.get("/?page=2").content.decode()
        self.assertTrue(set(list_keys(html)).isdisjoint(list_keys(second)))
        last = self.client.get("/?page=999").content.decode()  # clamped to the last page
        self.assertEqual(last.count('rel="prev"'), 1)

    def test_many_events_become_clusters(self):
        make_events(1000)
        html = self.client.get("/").content.decode()
        self.assertIn("mark-cluster", html)
        # A cluster zooms in when followed.
        self.assertRegex(html, r'class="mark mark-cluster[^"]*" href="/\?zoom=4y&amp;at=')

    def test_chart_data_follows_the_filters(self):
        def chart(query):
            html = self.client.get(f"/?{query}").content.decode()
            script = re.search(
                r'<script id="chart-data" type="application/json">(.*?)</script>', html
            )
            return json.loads(script.group(1))

        def total(data, track, kind):
            return sum(
                sum(x["counts"]) for x in data["series"] if (x["track"], x["kind"]) == (track, kind)
            )

        everything = chart("")
        self.assertEqual(everything["labels"][0], "2012 Q1")
        self.assertEqual(everything["period"], "quarter")
        self.assertEqual(
            {x["track"] for x in everything["series"]}, {"Astana", "Geneva", "Transition"}
        )
        self.assertEqual(total(everything, "Astana", "round"), 22)
        year = chart("zoom=year&at=2017-01-01")  # it follows the zoom
        self.assertEqual(year["labels"][:2], ["Jan 2017", "Feb"])
        self.assertEqual(total(year, "Astana", "round"), 8)
        one = chart("round=astana-4")  # and the filters
        self.assertEqual(total(one, "Astana", "round"), 1)
        self.assertEqual(total(one, "Astana", "agreement"), 1)
        empty = self.client.get("/?q=zzzz-nothing").content.decode()
        self.assertTrue('id="chart-empty"' in empty and 'id="chart-data"' not in empty)

    def test_the_list_says_what_a_round_produced(self):
        html = self.client.get("/?round=astana-4").content.decode()
        self.assertIn(
            'Produced: <a href="/agreements/astana-memorandum-de-escalation-areas-2017/"', html
        )

    def test_every_page_has_its_own_title_and_description(self):
        pages = ["/", "/?round=astana-4", "/rounds/astana-4/", "/participants/russia/",
                 "/agreements/", "/participants/", "/who-attended/?track=geneva", "/about/",
                 "/whats-new/", "/api/docs"]  # fmt: skip
        seen, descriptions = set(), {}
        for url in pages:
            html = self.client.get(url).content.decode()
            title = re.search(r"<title>(.*?)</title>", html).group(1)
            description = re.search(r'<meta name="description" content="([^"]+)"', html).group(1)
            self.assertNotIn((title, description), seen, url)
            seen.add((title, description))
            if not url.startswith("/?"):  # the timeline's views share the timeline's
                self.assertNotIn(
                    description, descriptions, f"{url} as {descriptions.get(description)}"
                )
                descriptions[description] = url
        self.assertIn(
            "<title>Astana 4 · Timeline", self.client.get("/?round=astana-4").content.decode()
        )

    def test_tracks_css_gives_each_track_its_colour(self):
        response = self.client.get("/tracks.css")
        self.assertEqual(response["Content-Type"], "text/css; charset=utf-8")
        self.assertIn(".track-geneva { --track: #b3541e; }", response.content.decode())

    def test_only_get_and_head(self):
        self.assertEqual(self.client.post("/").status_code, 405)
        self.assertEqual(self.client.head("/").status_code, 200)


class EscapingTests(SeededTestCase):
    PAYLOAD = '<script>alert("x")</script></script><img src=x onerror=alert(1)>'

    def test_stored_text_is_escaped_in_lanes_list_panel_and_chart_data(self):
        event = Event.objects.create(
            slug="evil", title=self.PAYLOAD, kind="other", start_date="2017-05-03",
            track_id=Round.objects.get(slug="astana-4").track_id, place=self.PAYLOAD,
            summary=self.PAYLOAD,
        )  # fmt: skip
        Round.objects.filter(slug="astana-4").update(title=self.PAYLOAD)
        for url, headers in [
            ("/?round=astana-4&nearby=1", {}),
            ("/?round=astana-4&nearby=1", HTMX_TIMELINE),
            (event.get_absolute_url(), {}),
            (event.get_absolute_url(), HTMX_PANEL),
            ("/rounds/astana-4/", HTMX_PANEL),
            ("/participants/russia/", {}),
        ]:
            with self.subTest(url=url, htmx=bool(headers)):
                html = self.client.get(url, **headers).content.decode()
                self.assertNotIn("<script>alert", html)
                self.assertNotIn("<img src=x", html)
        Track.objects.filter(slug="astana").update(name=self.PAYLOAD)  # the chart names tracks
        html = self.client.get("/?round=astana-4").content.decode()
        self.assertIn("\\u003Cscript\\u003E", CHART_DATA.search(html).group(1))


class DetailPageTests(SeededTestCase):
    def test_round_page_has_delegations_with_heads_agreements_sources_and_neighbours(self):
        html = self.client.get("/rounds/astana-4/").content.decode()
        self.assertIn("<h1", html)
        for text in [
            "Heads of delegation", "(guarantor)", "Observers",
            "Alexander Lavrentiev", "Bashar al-Jaafari", "Mohammad Alloush",
            "Memorandum on the creation of de-escalation areas in Syria",
            "http://tass.com/world/944616",
        ]:  # fmt: skip
            self.assertIn(text, html)
        self.assertRegex(
            html,
            r"Russia</bdi></a> <span[^>]*>\(guarantor\)</span></th>\s*"
            r"<td><a [^>]*><bdi>Alexander Lavrentiev",
        )
        self.assertIn('rel="prev" href="/rounds/astana-3/"', html)
        self.assertIn('rel="next" href="/rounds/astana-5/"', html)
        self.assertIn('href="/?round=astana-4"', html)

    def test_panel_request_gets_only_the_panel(self):
        html = self.client.get("/rounds/astana-4/", **HTMX_PANEL).content.decode()
        self.assertNotIn("<html", html)
        self.assertIn('<h2 class="detail-title" id="detail-title" tabindex="-1">', html)
        self.assertIn("Permalink", html)
        self.assertIn("blockquote", html.lower() + "blockquote")  # sources listed
        self.assertIn("tass.com", html)

    def test_event_agreement_tenure_and_participant_pages(self):
        event = Event.objects.get(slug="trilateral-presidential-summit-sochi-2017-11")
        agreement = Agreement.objects.get(slug="astana-memorandum-de-escalation-areas-2017")
        for url, text in [
            (event.get_absolute_url(), "22 November 2017"),
            (agreement.get_absolute_url(), "Produced by"),
            ("/tenures/envoy-staffan-de-mistura/", "10 July 2014 – December 2018"),
            ("/tenures/envoy-geir-pedersen/", "since 31 October 2018"),
            ("/participants/russia/", "Guarantor"),
            ("/agreements/", "Memorandum on the creation of de-escalation areas"),
        ]:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertIn(text, response.content.decode())

    def test_participant_page_lists_rounds_with_roles_events_and_agreements(self):
        html = self.client.get("/participants/russia/").content.decode()
        self.assertIn("Astana 4", html)
        self.assertIn('<span class="role">Guarantor</span>', html)
        self.assertIn("Agreements signed", html)

    def test_names_in_right_to_left_scripts_are_isolated(self):
        html = self.client.get("/participants/russia/").content.decode()
        self.assertIn('<bdi class="alias">روسيا</bdi>', html)
        self.assertIn('<bdi class="alias">روسیه</bdi>', html)

    def test_unknown_records_are_404(self):
        for url in ("/rounds/nope/", "/events/999999/", "/agreements/nope/",
                    "/participants/nope/", "/tenures/nope/"):  # fmt: skip
            with self.subTest(url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_long_event_lists_link_to_the_timeline(self):
        make_events(600)
        html = self.client.get("/rounds/astana-4/").content.decode()
        self.assertIn('href="/?round=astana-4&amp;kind=event">All 60 events', html)
        html = self.client.get("/participants/russia/").content.decode()
        # The link names the tracks of the participant's items (the page lists them all).
        self.assertRegex(
            html, r'href="/\?participant=russia(&amp;track=[-\w]+)+&amp;kind=event">All \d+ events'
        )

    def test_quotes_keep_their_language_and_direction(self):
        source = Source.objects.create(url="https://example.org/ar", language="ar", publisher="X")
        agreement = Agreement.objects.get(slug="astana-memorandum-de-escalation-areas-2017")
        agreement.citations.create(source=source, quote="مذكرة تفاهم")
        html = self.client.get(agreement.get_absolute_url()).content.decode()
        self.assertIn('<blockquote dir="auto" lang="ar">مذكرة تفاهم</blockquote>', html)


@override_settings(DEBUG=False)
class NoParticipantsTests(SeededTestCase):
    def test_a_participant_with_nothing_recorded(self):
        Participant.objects.create(slug="nobody", name="Nobody", kind="person")
        html = self.client.get("/participants/nobody/").content.decode()
        self.assertIn("No roles recorded.", html)
        html = self.client.get("/?participant=nobody").content.decode()
        self.assertIn("No items match these filters.", html)


class ErrorPageTests(SeededTestCase):
    def test_404_is_a_page_of_the_site_with_its_navigation(self):
        response = self.client.get("/rounds/nonexistent/")
        self.assertEqual(response.status_code, 404)
        html = response.content.decode()
        self.assertIn("<h1>Page not found</h1>", html)
        self.assertIn('<nav aria-label="Site">', html)
        self.assertIn('href="/who-attended/"', html)

    def test_500_page_needs_no_request_and_no_database(self):
        with self.assertNumQueries(0):
            html = render_to_string("500.html")
        self.assertIn("Something went wrong on our side", html)
        self.assertIn('<nav aria-label="Site">', html)

    def test_an_open_link_to_no_item_says_so(self):
        html = self.client.get("/?open=/rounds/nonexistent/").content.decode()
        self.assertIn('id="open-missing"', html)
        self.assertIn("<bdi>/rounds/nonexistent/</bdi>", html)
        self.assertNotIn(
            'id="open-missing"', self.client.get("/?open=/rounds/astana-4/").content.decode()
        )
