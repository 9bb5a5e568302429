"""What outside tester t10a found on the timeline's form and header (issue #11, finding
3 c, d, f): the header names every part of the process the record covers, a zoom level is
marked as the one shown only when the window is its whole length, and the Other (no
track) box is offered only when some item has no track."""

import re
from datetime import date

from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import Event
from peaceproc.site.filters import Window

from .base import SeededTestCase

CURRENT_ZOOM = re.compile(r'<a [^>]*aria-current="true"[^>]*>([^<]+)</a>')


class HeaderTests(SeededTestCase):
    def test_the_tagline_names_what_the_record_covers(self):
        page = self.client.get("/about/").content.decode()
        tagline = re.search(r'<span class="tagline">([^<]+)</span>', page)[1]
        for part in ("Astana", "Geneva", "Sochi", "Constitutional Committee",
                     "Security Council", "transition"):  # fmt: skip
            self.assertIn(part, tagline)


class ZoomMarkTests(SeededTestCase):
    def current_zooms(self, **params) -> list[str]:
        return CURRENT_ZOOM.findall(self.client.get("/", params).content.decode())

    def test_a_window_cut_to_the_dates_marks_no_zoom(self):
        self.assertEqual(self.current_zooms(**{"from": "2024-01-01", "to": "2026-12-31"}), [])

    def test_a_window_of_a_zooms_length_marks_it(self):
        self.assertEqual(self.current_zooms(zoom="year", at="2019-01-01"), ["One year"])
        self.assertEqual(self.current_zooms(zoom="4y", at="2016-01-01"), ["Four years"])
        self.assertEqual(self.current_zooms(), ["Whole period"])
        self.assertEqual(
            self.current_zooms(**{"from": "2020-01-01", "to": "2020-12-31"}), ["One year"]
        )

    def test_spans_zoom(self):
        today = date(2026, 11, 30)
        self.assertTrue(Window.at_zoom("month", date(2021, 1, 31)).spans_zoom(today))
        self.assertTrue(Window.whole_period(today).spans_zoom(today))
        self.assertFalse(Window("all", date(2013, 1, 1), date(2026, 12, 31)).spans_zoom(today))
        self.assertFalse(Window("4y", date(2024, 1, 1), date(2026, 12, 31)).spans_zoom(today))


class OtherBoxTests(SeededTestCase):
    def test_the_other_box_only_when_an_item_has_no_track(self):
        self.assertFalse(Event.objects.filter(track=None).exists())
        self.assertNotIn('id="f-track-other"', self.client.get("/").content.decode())
        Event.objects.create(
            slug="trackless", title="A meeting of no track", kind=Event.Kind.values[0],
            start_date=date(2020, 5, 1), precision=Precision.DAY, track=None, place="Here",
        )  # fmt: skip
        self.assertIn('id="f-track-other"', self.client.get("/").content.decode())
