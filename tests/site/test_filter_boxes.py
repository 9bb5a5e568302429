"""The timeline's filter checkboxes and axis labels, each list built in one template tag
(templatetags/filter_options.py, axis_row.py): what they check and link."""

import re

from .base import SeededTestCase

HTMX_TIMELINE = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline"}


def checked(page: str, name: str) -> list[str]:
    return re.findall(rf'id="f-{name}-([a-z-]+)" checked>', page)


class FilterBoxesTests(SeededTestCase):
    def test_the_kinds_filtered_on_are_checked_none_when_refused(self):
        for query, kinds in (
            ("kind=statement&kind=round", ["round", "statement"]),  # in the choices' order
            ("", []),
            ("kind=round&kind=bogus", []),  # refused: the page says so, no box checked
        ):
            with self.subTest(query):
                page = self.client.get(f"/?{query}", **HTMX_TIMELINE).content.decode()
                self.assertEqual(checked(page, "kind"), kinds)
                self.assertEqual(page.count('<input type="checkbox" name="kind"'), 13)
                self.assertIn(
                    '<label class="check"><input type="checkbox" name="kind" value="meeting"'
                    ' id="f-kind-meeting"> Events: Meeting</label>',
                    page,
                )

    def test_the_tracks_shown_are_checked(self):
        for query, tracks in (
            ("", ["astana", "geneva", "transition"]),  # the default lanes
            ("track=un-envoys", ["un-envoys"]),
            ("track=geneva&round=astana-4", ["astana", "geneva"]),  # the round's own track too
        ):
            with self.subTest(query):
                page = self.client.get(f"/?{query}").content.decode()
                self.assertEqual(checked(page, "track"), tracks)
                self.assertIn(
                    '<label class="check track-related"><input type="checkbox" name="track"'
                    ' value="related" id="f-track-related"',
                    page,
                )


class AxisRowTests(SeededTestCase):
    def test_years_link_to_their_window_on_long_windows_months_are_text(self):
        page = self.client.get("/", **HTMX_TIMELINE).content.decode()
        self.assertIn(
            '<a class="tick gs-1 " href="/?zoom=year&amp;at=2012-01-01"'
            ' hx-get="/?zoom=year&amp;at=2012-01-01" tabindex="-1" rel="nofollow">2012</a>',
            page,
        )
        # A year that may read "’14" on a phone: its century apart (site.css).
        self.assertRegex(page, r'rel="nofollow"><span class="century">20</span>14</a>')
        page = self.client.get("/?zoom=year&at=2017-01-01", **HTMX_TIMELINE).content.decode()
        self.assertIn('<span class="tick gs-1 ">Jan 2017</span>', page)
        self.assertNotIn('<a class="tick', page)
