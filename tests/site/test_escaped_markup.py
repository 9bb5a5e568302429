"""Stored text that tries to close an attribute or open an element is shown escaped where
the timeline's markup is built once for many items (templatetags/entries.py, marks.py,
participations.py, axis.py) and where the templates print it: lanes, list, legend,
search marks, round page. A payload left raw would be the exact string; escaped, only its
`&quot;`/`&lt;` form appears."""

from peaceproc.chronology.models import (
    Citation,
    Event,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)

from .base import SeededTestCase

HTMX_TIMELINE = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline"}
# Breaks out of a double-quoted attribute, then out of the element.
PAYLOAD = '"onmouseover="alert(1)" x="><script>alert(2)</script>'
ESCAPED = "&quot;onmouseover=&quot;alert(1)&quot; x=&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"


class EscapedMarkupTests(SeededTestCase):
    def setUp(self):
        astana_4 = Round.objects.get(slug="astana-4")
        event = Event.objects.create(
            slug="payload", title=f"Lavrentiev {PAYLOAD}", kind="other",
            start_date=astana_4.start_date, track_id=astana_4.track_id, place=PAYLOAD,
        )  # fmt: skip
        source = Source.objects.create(url="https://example.org/a", publisher=PAYLOAD)
        Citation.objects.create(source=source, event=event)
        Citation.objects.create(source=Source.objects.create(title=PAYLOAD), round=astana_4)
        Round.objects.filter(pk=astana_4.pk).update(title=f"Astana {PAYLOAD}", city=PAYLOAD)
        Track.objects.filter(pk=astana_4.track_id).update(name=PAYLOAD)
        person = Participant.objects.create(slug="payload-person", name=PAYLOAD, kind="person")
        Participation.objects.create(
            participant=person, round=astana_4, role="observer", title=PAYLOAD, note=PAYLOAD
        )

    def assert_escaped(self, url: str, headers: dict | None = None, *, times: int = 1) -> str:
        response = self.client.get(url, **(headers or {}))
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertNotIn(PAYLOAD, html)
        self.assertNotIn("<script>alert(2)", html)
        self.assertNotIn('"onmouseover="', html)
        self.assertGreaterEqual(html.count(ESCAPED), times, url)
        return html

    def test_the_timeline_lanes_list_and_legend(self):
        for headers in ({}, HTMX_TIMELINE):
            with self.subTest(htmx=bool(headers)):
                # The event's title (mark: label, hidden text, tooltip; list), its place,
                # its source's publisher, the round's title, the track's name (lane,
                # list, legend, filter form).
                html = self.assert_escaped("/?round=astana-4&nearby=1", headers, times=10)
                self.assertIn(f'<bdi class="full">Lavrentiev {ESCAPED}</bdi>', html)
                self.assertIn(f'<span class="key key-short">4</span> = Astana {ESCAPED}', html)
                self.assertIn(f'<span class="place">{ESCAPED}</span>', html)
                self.assertIn(f" · {ESCAPED}</span>", html)  # the list's track name

    def test_search_marks_keep_the_rest_escaped(self):
        html = self.assert_escaped("/?q=Lavrentiev&round=astana-4&nearby=1", HTMX_TIMELINE)
        self.assertIn(f"<mark>Lavrentiev</mark> {ESCAPED}", html)

    def test_the_round_page_and_its_panel(self):
        for headers in ({}, {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "detail-body"}):
            with self.subTest(htmx=bool(headers)):
                # Title, city, track, the observer's name, title and note, the source.
                self.assert_escaped("/rounds/astana-4/", headers, times=6)
