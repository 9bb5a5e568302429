"""A parameter the page reads once, given more than once (`?q=a&q=b`): the page uses the
last value, as before, and names the values it dropped in its "Some filters could not be
used" notice, like an invalid value (outside tester t7s, issue 11: they were dropped
silently, while the API and the exports refuse them with a 400)."""

from .base import SeededTestCase


class RepeatedSingleParameterTests(SeededTestCase):
    def notice(self, query: str) -> str:
        page = self.client.get(f"/?{query}").content.decode()
        self.assertIn('id="filter-errors"', page)
        start = page.index('id="filter-errors"')
        return page[start : page.index("</div>", start)]

    def test_the_dropped_values_are_named(self):
        notice = self.notice("q=Sochi&q=Astana")
        self.assertIn("<strong>Search:</strong>", notice)
        self.assertIn("given 2 times", notice)
        self.assertIn("“Astana” is used", notice)
        self.assertIn("“Sochi” is dropped", notice)
        notice = self.notice("round=astana-4&round=astana-5&from=2017-01-01&from=2018-01-01")
        self.assertIn("<strong>Round:</strong>", notice)
        self.assertIn("“astana-4” is dropped", notice)
        self.assertIn("<strong>From:</strong>", notice)
        self.assertIn("“2017-01-01” is dropped", notice)

    def test_the_last_value_applies(self):
        page = self.client.get("/?q=Sochi&q=Astana").content.decode()
        self.assertIn("Search: <bdi>Astana</bdi>", page)
        self.assertNotIn("Search: <bdi>Sochi</bdi>", page)

    def test_values_are_escaped_and_cut(self):
        notice = self.notice("q=%3Cb%3Ex&q=" + "y" * 300 + "&q=Astana")
        self.assertIn("&lt;b&gt;x", notice)
        self.assertNotIn("<b>x", notice)
        self.assertNotIn("y" * 61, notice)

    def test_once_each_or_a_list_parameter_has_no_notice(self):
        for query in ("q=Astana", "track=astana&track=geneva", "q=&q=Astana"):
            with self.subTest(query):
                page = self.client.get(f"/?{query}").content.decode()
                self.assertNotIn('id="filter-errors"', page)
