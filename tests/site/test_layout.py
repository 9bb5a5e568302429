"""The lanes read from the database: tracks, clusters, counts; and the grid CSS."""

from datetime import date

from django.conf import settings
from django.http import QueryDict
from django.test import SimpleTestCase
from django.utils.html import escape
from django.utils.text import slugify

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Agreement, Event, Track
from peaceproc.site import gridcss
from peaceproc.site.filters import ZOOM_LEVELS, TimelineFilters
from peaceproc.site.geometry import NONE
from peaceproc.site.gridcss import MAX_ROWS, TIERS
from peaceproc.site.lanes import EventRow, event_mark
from peaceproc.site.layout import build_timeline

from .base import SeededTestCase, make_events


class GridStylesheetTests(SimpleTestCase):
    def test_grid_stylesheet_is_up_to_date(self):
        path = settings.BASE_DIR / "static" / "css" / "timeline-grid.css"
        self.assertEqual(
            path.read_text(),
            gridcss.render(),
            "Run: .venv/bin/python -m peaceproc.site.gridcss > static/css/timeline-grid.css",
        )
        self.assertIn(f".r-{MAX_ROWS} {{", path.read_text())


class EventRankTests(SimpleTestCase):
    def test_an_event_the_record_calls_a_milestone_gets_its_label_first(self):
        row = EventRow(1, "Fall", Event.Kind.MILESTONE, date(2024, 12, 8), None, "day", None)
        ranks = {
            kind: event_mark(row._replace(kind=kind), "/events/0/").rank for kind in Event.Kind
        }
        self.assertEqual(min(ranks, key=ranks.get), Event.Kind.MILESTONE)
        others = {rank for kind, rank in ranks.items() if kind != Event.Kind.MILESTONE}
        self.assertEqual(others, {ranks[Event.Kind.MILESTONE] + 1})


class LanesTests(SeededTestCase):
    def build(self, query: str = ""):
        filters = TimelineFilters(QueryDict(query))
        filters.is_valid()
        return build_timeline(filters, today=date(2025, 6, 1))

    def test_lanes_follow_the_selected_tracks(self):
        timeline = self.build("track=geneva&track=un-envoys")
        self.assertEqual([lane.slug for lane in timeline.lanes], ["geneva", "un-envoys"])

    def test_few_events_are_drawn_one_by_one_many_as_clusters(self):
        timeline = self.build("zoom=year&at=2017-01-01")  # a year of the shipped record
        keys = [m.key for lane in timeline.lanes for m in lane.marks]
        self.assertFalse([key for key in keys if key.startswith("cluster-")])
        make_events(1000)
        timeline = self.build()
        astana = timeline.lanes[0]
        self.assertTrue(astana.clustered)
        clusters = [m for m in astana.marks if m.key.startswith("cluster-")]
        rounds = [m for m in astana.marks if m.kind == "round"]
        self.assertEqual(len(rounds), 22)  # rounds are drawn one by one
        agreements = Agreement.objects.filter(track__slug="astana").count()
        events_in_lane = astana.item_count - len(rounds) - agreements
        self.assertEqual(sum(c.count for c in clusters), events_in_lane)
        self.assertLessEqual(max(astana.rows.values()), MAX_ROWS)
        self.assert_each_item_drawn_once(astana)

    def test_a_cluster_opens_a_closer_view_of_its_days_inside_the_dates_filtered_on(self):
        make_events(1000)
        timeline = self.build("from=2013-03-01&to=2022-10-31")
        closer_zoom = ZOOM_LEVELS.index(timeline.window.zoom) + 1
        targets: dict[tuple[date, date], str] = {}
        shared = 0  # spans clustered in more than one lane
        for lane in timeline.lanes:
            for cluster in (m for m in lane.marks if m.key.startswith("cluster-")):
                # Every lane clusters by the same spans: the same span, the same link.
                shared += (cluster.first, cluster.last) in targets
                url = targets.setdefault((cluster.first, cluster.last), cluster.url)
                self.assertEqual(cluster.url, url)
                params = QueryDict(url.partition("?")[2])
                self.assertEqual((params["from"], params["to"]), ("2013-03-01", "2022-10-31"))
                closer = TimelineFilters(params)
                self.assertTrue(closer.is_valid(), url)
                window = closer.window(today=date(2025, 6, 1))
                self.assertEqual(ZOOM_LEVELS.index(window.zoom), closer_zoom)
                middle = cluster.first + (cluster.last - cluster.first) / 2
                self.assertTrue(window.start <= middle <= window.end, (url, cluster.dates))
                # The link itself starts inside the dates filtered on.
                self.assertTrue(date(2013, 3, 1) <= date.fromisoformat(params["at"]) <= middle)
        self.assertGreater(len(targets), 10)
        self.assertGreater(shared, 0)

    def test_a_light_lane_draws_its_events_one_by_one_with_or_without_a_search(self):
        # A search reads the light lanes' events by their ids (eventreads.light_rows), a plain
        # view by the track's index: both draw the same events, those with no track too.
        astana = Track.objects.get(slug="astana")
        day = date(2017, 3, 10)
        for title, track in (("Zeugma talks", astana), ("Zeugma call", None), ("Quiet", None)):
            Event.objects.create(
                title=title, slug=slugify(title), kind="meeting", start_date=day, track=track
            )
        for query, expected in (
            ("zoom=month&at=2017-03-01&q=zeugma", {"Zeugma talks", "Zeugma call"}),
            ("zoom=month&at=2017-03-01", {"Zeugma talks", "Zeugma call", "Quiet"}),
        ):
            with self.subTest(query=query):
                lanes = self.build(query).lanes
                drawn = {m.title for lane in lanes for m in lane.marks if m.kind == "event"}
                self.assertLessEqual(expected, drawn)
                self.assertEqual(drawn & {"Quiet"}, expected & {"Quiet"})
                other = next(lane for lane in lanes if lane.track is None)
                trackless = {m.title for m in other.marks if m.kind == "event"}
                self.assertEqual(trackless, expected - {"Zeugma talks"})
                self.assertFalse(other.clustered)

    def test_a_group_of_one_is_drawn_as_its_event_and_badges_count_the_rest(self):
        # A light lane (under 80 events) too crowded to draw one by one: 30 events on
        # one day stack past the rows a lane may use, so the lane groups them; one event
        # alone, years away, is no group.
        geneva = Track.objects.get(slug="geneva")
        Event.objects.bulk_create(
            Event(slug=f"crowd-{n}", title=f"Crowd {n}", kind=Event.Kind.MEETING,
                  start_date=date(2019, 3, 4), precision=Precision.DAY, track=geneva)
            for n in range(30)
        )  # fmt: skip
        alone = Event.objects.create(
            slug="alone", title="Alone", kind=Event.Kind.MEETING, start_date=date(2013, 6, 1),
            precision=Precision.DAY, track=geneva,
        )  # fmt: skip
        lane = next(lane for lane in self.build().lanes if lane.slug == "geneva")
        self.assertTrue(lane.clustered)
        clusters = [m for m in lane.marks if m.kind == "cluster"]
        self.assertTrue(clusters)
        for cluster in clusters:
            self.assertGreater(cluster.count, 1)
            self.assertEqual(cluster.short, f"+{cluster.count}")
        self.assertIn(f"event-{alone.pk}", [m.key for m in lane.marks])
        self.assert_each_item_drawn_once(lane)

    def test_marks_counted_in_badges_at_every_width_are_not_written(self):
        # 30 events on one day: at both widths most are counted in a badge, and the
        # stylesheet would hide their links at every width; the badges are written.
        geneva = Track.objects.get(slug="geneva")
        Event.objects.bulk_create(
            Event(slug=f"crowd-{n}", title=f"Crowd {n}", kind=Event.Kind.MEETING,
                  start_date=date(2019, 3, 4), precision=Precision.DAY, track=geneva)
            for n in range(30)
        )  # fmt: skip
        lane = next(lane for lane in self.build().lanes if lane.slug == "geneva")
        html = lane.marks_html
        unseen = [m for m in lane.marks if all(p.hidden for p in m.tiers.values())]
        self.assertTrue(unseen)
        for mark in lane.marks:
            with self.subTest(mark=mark.key):
                self.assertEqual(f'href="{escape(mark.url)}"' in html, mark not in unseen)
        self.assertEqual(html.count('<a class="mark '), len(lane.marks) - len(unseen))

    def assert_each_item_drawn_once(self, lane):
        """In each layout tier, every item of the lane is one visible mark or is counted
        in one visible badge."""
        for tier in TIERS:
            visible = [m for m in lane.marks if not m.tiers[tier].hidden]
            self.assertEqual(sum(m.count for m in visible), lane.item_count, tier)

    def test_a_group_of_one_beside_a_round_opens_its_item(self):
        # On a phone the memorandum signed at Astana 4 has no room for its title; it is not
        # counted with the round (which keeps its label) but alone, and its badge opens it.
        astana = next(lane for lane in self.build("round=astana-4").lanes if lane.slug == "astana")
        shown = {m.key: m for m in astana.marks if not m.tiers["n"].hidden}
        self.assertEqual(shown["round-astana-4"].tiers["n"].label, "full")
        badge = next(m for m in shown.values() if m.kind == "cluster")
        self.assertEqual((badge.short, badge.count), ("+1", 1))
        self.assertEqual(badge.url, "/agreements/astana-memorandum-de-escalation-areas-2017/")
        self.assertTrue(badge.opens_panel)
        self.assertIn("Memorandum on the creation of de-escalation areas", badge.html())
        self.assertTrue(badge.tiers["w"].hidden)  # on a desktop the memorandum shows its title

    def test_marks_left_without_a_label_are_counted_in_a_badge(self):
        for query in ("", "from=2025-01-01&to=2026-12-31", "zoom=year&at=2025-01-01"):
            for lane in self.build(query).lanes:
                with self.subTest(query=query, lane=lane.slug):
                    self.assert_each_item_drawn_once(lane)
                    for mark in lane.marks:
                        for tier, placement in mark.tiers.items():
                            if not placement.hidden:
                                self.assertNotEqual(placement.label, "none", (mark.title, tier))
        transition = next(lane for lane in self.build("zoom=year&at=2025-01-01").lanes
                          if lane.slug == "transition")  # fmt: skip
        self.assertTrue(
            [m for m in transition.marks if m.kind == "event" and m.tiers["w"].label != NONE]
        )

    def test_counts_agree_between_lanes_list_and_totals(self):
        make_events(300)
        timeline = self.build("zoom=year&at=2017-01-01")
        self.assertEqual(sum(lane.item_count for lane in timeline.lanes), timeline.in_window)
        self.assertGreater(timeline.matching, timeline.in_window)

    def test_today_line_only_inside_the_window(self):
        self.assertIsNotNone(self.build().today_line)
        self.assertIsNone(self.build("zoom=year&at=2017-01-01").today_line)
