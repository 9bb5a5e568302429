"""The timeline form's track and kind checkboxes (filter_options.track_boxes, kind_boxes):
one per track and kind, those the filters choose checked, every text escaped."""

import re

from django.core.cache import cache

from peaceproc.chronology.models import Track

from .base import SeededTestCase

BOX = re.compile(
    r'<input type="checkbox" name="(track|kind)" value="([^"]*)" id="f-\1-\2"( checked)?>'
)


class FilterBoxesTests(SeededTestCase):
    def boxes(self, query: str) -> dict[str, dict[str, bool]]:
        html = self.client.get(f"/{query}").content.decode()
        found: dict[str, dict[str, bool]] = {"track": {}, "kind": {}}
        for name, value, checked in BOX.findall(html):
            found[name][value] = bool(checked)
        return found

    def test_the_chosen_ones_checked(self):
        boxes = self.boxes("?track=geneva&kind=agreement&kind=ceasefire&kind=bogus")
        self.assertIn("astana", boxes["track"])
        self.assertEqual([slug for slug, on in boxes["track"].items() if on], ["geneva"])
        self.assertEqual(len(boxes["kind"]), 13)  # four kinds of item, nine of event
        # An unknown kind is refused (the form says so); the others stay checked.
        self.assertEqual([k for k, on in boxes["kind"].items() if on], ["agreement", "ceasefire"])
        boxes = self.boxes("?kind=tenure")
        self.assertEqual([k for k, on in boxes["kind"].items() if on], ["tenure"])
        default = self.boxes("")
        shown = Track.objects.filter(shown_by_default=True).values_list("slug", flat=True)
        checked = [slug for slug, on in default["track"].items() if on]
        self.assertLessEqual(set(shown), set(checked))  # the default lanes (and Other's)
        self.assertLess(len(checked), len(default["track"]))

    def test_texts_escaped(self):
        Track.objects.filter(slug="geneva").update(name='Geneva <b>"&"</b>')
        cache.clear()
        html = self.client.get("/").content.decode()
        escaped = "Geneva &lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;"
        self.assertIn(f'<span class="swatch" aria-hidden="true"></span>{escaped}</label>', html)
        self.assertNotIn('Geneva <b>"&"</b>', html)
