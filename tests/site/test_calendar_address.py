"""Subscribing to the calendar (outside tester t13a, 13): the feed's address is in a
read-only field to select or copy (a button, wired by a static script), beside a
`webcal:` link that opens it in a calendar app; no inline script or style."""

import html
import re

from .base import SeededTestCase


class CalendarAddressTests(SeededTestCase):
    def test_each_page_with_exports_offers_the_feed_address_and_a_webcal_link(self):
        for path, query in [("/rounds/astana-4/", "?round=astana-4"),
                            ("/participants/russia/", "?participant=russia"),
                            ("/?track=geneva", "?track=geneva")]:  # fmt: skip
            with self.subTest(path):
                page = self.client.get(path).content.decode()
                download = re.search(r'href="(/api/export\.ics[^"]*)"', page).group(1)
                self.assertIn(query, html.unescape(download))
                address = re.search(
                    r'id="calendar-address" type="text" readonly value="([^"]*)"', page
                )
                self.assertEqual(
                    html.unescape(address.group(1)), f"http://testserver{html.unescape(download)}"
                )
                self.assertIn(f'href="webcal://testserver{download}"', page)
                self.assertIn(f'data-citation="http://testserver{download}"', page)
                self.assertIn('<label for="calendar-address">', page)
                self.assertRegex(page, r'<script src="[^"]*api-cite[^"]*\.js" defer></script>')
                self.assertNotIn("<script>", page)
                self.assertNotRegex(page, r"<[^>]+\s(style|on\w+)=")

    def test_the_address_is_a_working_feed(self):
        page = self.client.get("/rounds/astana-4/").content.decode()
        address = re.search(r'id="calendar-address" type="text" readonly value="([^"]*)"', page)
        path = html.unescape(address.group(1)).removeprefix("http://testserver")
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"BEGIN:VCALENDAR", response.content)
