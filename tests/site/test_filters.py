"""TimelineFilters and the items it selects (`filtered_querysets`, read as the page's
ordered items by `api.queries.timeline_items`): what each parameter selects, and clear
errors."""

from datetime import date

from django.http import QueryDict

from peaceproc.api.queries import timeline_items
from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Event, Track
from peaceproc.site.filters import (
    CONTEXT_DAYS,
    TimelineFilters,
    Window,
    add_months,
    filtered_querysets,
)

from .base import SeededTestCase


def items(query: str = ""):
    filters = TimelineFilters(QueryDict(query))
    filters.is_valid()
    return filters, timeline_items(filters)


def keys(found) -> set[str]:
    return {item.key for item in found}


class ValidationTests(SeededTestCase):
    def test_no_parameters_is_valid_and_shows_the_default_tracks(self):
        filters, found = items()
        self.assertTrue(filters.is_valid())
        # The default lanes come from the data (Astana, Geneva and the transition).
        defaults = list(Track.objects.filter(shown_by_default=True).values_list("slug", flat=True))
        self.assertIn("transition", defaults)
        self.assertEqual([t.slug for t in filters.selected_tracks], defaults)
        self.assertEqual({i.track.slug for i in found}, set(defaults))

    def test_an_unknown_round_is_an_error_naming_it(self):
        filters, found = items("round=astana-99")
        self.assertFalse(filters.is_valid())
        self.assertIn("There is no round “astana-99”", str(filters.errors["round"]))
        # The other, valid parameters still apply: here, none, so the default view.
        self.assertEqual(keys(found), keys(items()[1]))

    def test_a_date_that_is_not_yyyy_mm_dd_is_an_error(self):
        for value in ("yesterday", "01/05/2017", "2017-05"):
            with self.subTest(value):
                filters, _ = items(f"from={value}")
                self.assertIn("YYYY-MM-DD", str(filters.errors["from"]))

    def test_to_before_from_is_an_error_and_neither_applies(self):
        filters, found = items("from=2017-05-01&to=2017-01-01")
        self.assertIn("before the start date", str(filters.errors["to"]))
        self.assertEqual(filters.date_range, (None, None))
        self.assertEqual(len(found), len(items()[1]))

    def test_unknown_track_kind_participant_and_bad_page_are_errors(self):
        filters, _ = items("track=mars&kind=picnic&participant=nobody&page=0&zoom=week")
        self.assertEqual(set(filters.errors), {"track", "kind", "participant", "page", "zoom"})

    def test_valid_values_survive_next_to_invalid_ones(self):
        filters, found = items("track=astana&round=nope")
        self.assertEqual({i.track.slug for i in found}, {"astana"})
        self.assertEqual(filters.query(), "?track=astana")


class SelectionTests(SeededTestCase):
    def test_round_shows_itself_and_what_is_tied_to_it(self):
        _, found = items("round=astana-4")
        self.assertEqual(
            keys(found),
            {"round-astana-4", "agreement-astana-memorandum-de-escalation-areas-2017"},
        )

    def test_round_with_nearby_adds_what_happened_around_it(self):
        filters, found = items("round=astana-4&nearby=1")
        self.assertIn("round-astana-4", keys(found))
        self.assertIn("agreement-astana-memorandum-de-escalation-areas-2017", keys(found))
        # Geneva VI (16–19 May 2017) is within CONTEXT_DAYS of Astana 4 (3–4 May 2017).
        self.assertIn("round-geneva-6", keys(found))
        astana_4 = filters.value("round")
        for item in found:
            if getattr(item.record, "round_id", None) is None:  # not tied to the round
                self.assertLessEqual((item.start - astana_4.end_date).days, CONTEXT_DAYS)
                self.assertLessEqual((astana_4.start_date - item.last_day()).days, CONTEXT_DAYS)
        self.assertNotIn("round-astana-3", keys(found))
        self.assertNotIn("round-astana-5", keys(found))

    def test_round_of_a_hidden_track_brings_its_lane(self):
        filters, found = items("round=constitutional-committee-3")
        self.assertIn("constitutional-committee", [t.slug for t in filters.selected_tracks])
        self.assertIn("round-constitutional-committee-3", keys(found))

    def test_participant_selects_rounds_events_and_agreements_on_every_track(self):
        every = "&".join(f"track={t.slug}" for t in Track.objects.all())
        _, found = items(f"participant=russia&{every}")
        kinds = {item.kind for item in found}
        self.assertEqual(kinds, {"round", "event", "agreement"})
        self.assertIn("round-astana-4", keys(found))
        self.assertIn("agreement-astana-memorandum-de-escalation-areas-2017", keys(found))
        self.assertIn("related", {i.track.slug for i in found})

    def test_participant_through_their_delegation(self):
        _, found = items("participant=syrian-opposition")
        self.assertIn("round-astana-4", keys(found))

    def test_envoy_participant_finds_the_tenure(self):
        _, found = items("participant=staffan-de-mistura&track=un-envoys")
        self.assertIn("tenure-envoy-staffan-de-mistura", keys(found))

    def test_kind_takes_item_kinds_and_event_kinds(self):
        _, rounds_only = items("kind=round")
        self.assertEqual({i.kind for i in rounds_only}, {"round"})
        _, summits = items("kind=summit")
        self.assertTrue(summits)
        self.assertTrue(all(i.kind == "event" and i.record.kind == "summit" for i in summits))
        _, both = items("kind=agreement&kind=summit")
        self.assertEqual({i.kind for i in both}, {"agreement", "event"})

    def test_date_range_keeps_overlapping_items_and_fuzzy_dates_as_whole_periods(self):
        _, found = items("from=2017-01-15&to=2017-01-31&track=astana")
        # Astana 1 (23–24 January 2017) and the month-precision "January 2017" event.
        self.assertIn("round-astana-1", keys(found))
        self.assertIn("event-astana-process-begins-2017-01", keys(found))
        self.assertNotIn("round-astana-2", keys(found))
        _, year = items("from=2016-06-01&to=2016-06-30&track=related")
        self.assertIn("event-all-syria-ceasefire-late-2016", keys(year))  # known as "2016"

    def test_an_ongoing_tenure_overlaps_any_later_date(self):
        _, found = items("track=un-envoys&from=2025-01-01")
        self.assertEqual(keys(found), {"tenure-envoy-geir-pedersen"})

    def test_free_text_searches_titles_summaries_and_places(self):
        _, found = items("q=sochi")
        self.assertIn("round-astana-10", keys(found))  # "Astana 10 (Sochi)"
        self.assertTrue(all("sochi" in (i.title + i.summary + i.place).lower() for i in found))
        _, nothing = items("q=zzzz-nothing")
        self.assertEqual(nothing, [])

    def test_items_are_in_date_order(self):
        _, found = items("track=astana&track=geneva&track=related")
        self.assertEqual(found, sorted(found, key=lambda i: i.sort_key))

    def test_query_count_is_fixed(self):
        # (A search of two letters: a single letter is no search, search/limits.py.)
        filters = TimelineFilters(QueryDict("participant=russia&q=as"))
        filters.is_valid()  # reads the form's lists: tracks, rounds, participants
        # One read per kind of item, and the sources of the three kinds found (Russia
        # holds no envoy tenure), the participations of its rounds and agreements and
        # the participants of its events, whatever the number of items.
        # The search reads the participants' names and aliases once, to match them.
        with self.assertNumQueries(11):
            found = timeline_items(filters)
        self.assertGreater(len(found), 20)

    def test_items_with_no_track_show_by_default_but_not_with_explicit_tracks(self):
        Event.objects.create(slug="loose", title="Loose", kind="other", start_date=date(2017, 1, 1))
        self.assertIn("event-loose", keys(items()[1]))
        self.assertNotIn("event-loose", keys(items("track=astana&track=geneva")[1]))

    def test_querysets_are_lazy_and_filterable(self):
        filters = TimelineFilters(QueryDict("track=astana"))
        filters.is_valid()
        sets = filtered_querysets(filters)
        self.assertEqual(sets.rounds.filter(number__lte=3).count(), 3)


class QueryStringTests(SeededTestCase):
    def test_query_keeps_valid_values_in_a_stable_order(self):
        filters, _ = items("q=sochi&track=astana&track=geneva&from=2017-01-01&round=nope")
        self.assertEqual(filters.query(), "?track=astana&track=geneva&from=2017-01-01&q=sochi")
        self.assertEqual(filters.query(q=None), "?track=astana&track=geneva&from=2017-01-01")
        self.assertEqual(filters.query(track=["related"]), "?track=related&from=2017-01-01&q=sochi")

    def test_canonical_query_drops_tracks_that_are_the_default(self):
        defaults = "track=astana&track=geneva&track=transition&track=other"
        filters, _ = items(f"{defaults}&round=&participant=&q=")
        self.assertEqual(filters.canonical_query(), "?")
        filters, _ = items(f"{defaults}&track=constitutional-committee"
                           "&round=constitutional-committee-3")  # fmt: skip
        self.assertEqual(filters.canonical_query(), "?round=constitutional-committee-3")
        # Without the "Other" lane they are the default while no item lacks a track (the
        # form has no Other box then), and a filter once one does.
        filters, _ = items("track=astana&track=geneva&track=transition")
        self.assertEqual(filters.canonical_query(), "?")
        Event.objects.create(
            slug="trackless", title="No track", kind=Event.Kind.values[0],
            start_date=date(2020, 5, 1), precision=Precision.DAY, track=None, place="Here",
        )  # fmt: skip
        filters, _ = items("track=astana&track=geneva&track=transition")
        self.assertEqual(filters.canonical_query(), "?track=astana&track=geneva&track=transition")
        filters, _ = items("track=astana")
        self.assertEqual(filters.canonical_query(), "?track=astana")


class WindowTests(SeededTestCase):
    def test_whole_period_runs_from_2012_to_the_end_of_this_year(self):
        window = Window.whole_period(date(2025, 6, 1))
        self.assertEqual((window.start, window.end), (date(2012, 1, 1), date(2025, 12, 31)))

    def test_zoom_levels_and_their_spans(self):
        self.assertEqual(Window.at_zoom("year", date(2017, 3, 5)).start, date(2017, 3, 1))
        self.assertEqual(Window.at_zoom("year", date(2017, 3, 5)).end, date(2018, 2, 28))
        self.assertEqual(Window.at_zoom("month", date(2017, 5, 10)).end, date(2017, 6, 9))
        self.assertEqual(Window.at_zoom("quarter", date(2017, 11, 30)).end, date(2018, 2, 27))

    def test_zoom_in_and_out_keep_the_middle(self):
        window = Window.at_zoom("year", date(2017, 1, 1))
        inner = window.zoomed(1)
        self.assertEqual(inner.zoom, "quarter")
        self.assertTrue(inner.start <= window.middle() <= inner.end)
        self.assertEqual(window.zoomed(-5).zoom, "all")
        self.assertEqual(Window.at_zoom("month", date(2017, 1, 1)).zoomed(3).zoom, "month")

    def test_pan_moves_half_a_window(self):
        window = Window.at_zoom("year", date(2017, 1, 1))
        self.assertEqual(window.panned(1).start, date(2017, 7, 1))
        self.assertEqual(window.panned(-1).start, date(2016, 7, 1))
        whole = Window.whole_period()
        self.assertEqual(whole.panned(1), whole)

    def test_default_window_fits_the_round_or_the_dates(self):
        filters, _ = items("round=astana-4")
        window = filters.window()
        self.assertEqual(window.zoom, "month")
        self.assertTrue(window.start <= date(2017, 4, 26) and window.end >= date(2017, 5, 11))
        filters, _ = items("round=astana-4&nearby=1")
        window = filters.window()
        self.assertEqual(window.zoom, "quarter")
        self.assertTrue(window.start <= date(2017, 4, 2) and window.end >= date(2017, 6, 4))
        filters, _ = items("from=2017-01-01&to=2017-12-31")
        self.assertEqual(filters.window().zoom, "year")
        filters, _ = items("zoom=month&at=2019-02-10")
        self.assertEqual(filters.window(), Window("month", date(2019, 2, 10), date(2019, 3, 9)))

    def test_zoom_and_pan_never_leave_the_dates_filtered_on(self):
        today = date(2026, 11, 29)
        year_2017 = (date(2017, 1, 1), date(2017, 12, 31))
        for query in ("", "&zoom=all", "&zoom=4y&at=2017-01-01", "&zoom=year&at=2016-06-01"):
            filters, _ = items("from=2017-01-01&to=2017-12-31" + query)
            window = filters.window(today)
            self.assertEqual((window.zoom, window.start, window.end), ("year", *year_2017), query)
        filters, _ = items("from=2017-01-01&to=2017-12-31&zoom=month&at=2019-06-17")
        window = filters.window(today)
        self.assertEqual(window.end, date(2017, 12, 31))
        self.assertGreaterEqual(window.start, date(2017, 11, 30))
        for step in (-4, -1, 1, 4):  # pans and zooms from there stay inside too
            for moved in (window.panned(step), window.zoomed(step)):
                moved = filters.clamp(moved, today)
                self.assertTrue(year_2017[0] <= moved.start <= moved.end <= year_2017[1])
        # A range shorter than the narrowest level: the window is the range, not a month.
        filters, _ = items("from=2017-03-15&to=2017-04-02")
        window = filters.window(today)
        self.assertEqual((window.start, window.end), (date(2017, 3, 15), date(2017, 4, 2)))
        # A window of a year starts on the first of a month, but not before `from`.
        filters, _ = items("from=2017-03-15&to=2019-01-10&zoom=year&at=2017-03-01")
        self.assertEqual(filters.window(today).start, date(2017, 3, 15))
        # Only `from`: the window may run to the end of the whole period, not before it.
        filters, _ = items("from=2024-01-01&zoom=all")
        window = filters.window(today)
        self.assertEqual((window.start, window.end), (date(2024, 1, 1), date(2026, 12, 31)))

    def test_add_months_clamps_to_shorter_months(self):
        self.assertEqual(add_months(date(2017, 1, 31), 1), date(2017, 2, 28))
        self.assertEqual(add_months(date(2017, 3, 15), -3), date(2016, 12, 15))


class TrackDefaultsTests(SeededTestCase):
    def test_tracks_shown_by_default_come_from_the_database(self):
        Track.objects.filter(slug="related").update(shown_by_default=True)
        filters, _ = items()
        self.assertIn("related", [t.slug for t in filters.selected_tracks])

    def test_precision_constants_stay_in_step(self):
        self.assertEqual(Precision.MONTH, "month")


class FormAndUrlTests(SeededTestCase):
    """Each filter means the same whether the form sent it (with the track boxes it always
    sends: the lanes shown) or a link gave it alone."""

    FILTERS = {
        "round": "round=constitutional-committee-3",
        "round, nearby": "round=astana-4&nearby=1",
        "participant": "participant=hossein-jaberi-ansari",
        "kind": "kind=agreement&kind=summit",
        "from/to": "from=2017-01-01&to=2017-12-31",
        "q": "q=Lavrentiev",
        "track": "track=astana&track=related",
    }

    def form_query(self, query: str) -> str:
        """What the form sends: its boxes for the tracks the page shows (and the "Other"
        lane's, when shown), then the filter."""
        shown, _ = items(query)
        slugs = [t.slug for t in shown.selected_tracks] + ["other"] * shown.other_lane
        boxes = "&".join(f"track={slug}" for slug in slugs)
        return f"{boxes}&{query}" if "track=" not in query else query

    def test_each_filter_gives_the_same_items_by_form_and_by_url(self):
        for name, query in self.FILTERS.items():
            with self.subTest(name):
                by_url, by_form = items(query), items(self.form_query(query))
                self.assertTrue(by_url[1])
                self.assertEqual(keys(by_url[1]), keys(by_form[1]))
                self.assertEqual(by_url[0].canonical_query(), by_form[0].canonical_query())

    def test_a_participants_items_on_tracks_not_shown_are_announced(self):
        page = self.client.get("/", {"participant": "hossein-jaberi-ansari"}).content.decode()
        self.assertTrue('id="hidden-matches"' in page, "no hint about the hidden tracks")
