from django.test import TestCase

from peaceproc.chronology.models import Event
from tests.seeds import load_shipped_seeds


class FirstPageTests(TestCase):
    """The chronology at / lists every Astana round and Geneva IV–VIII with dates and sources."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_lists_all_astana_rounds_and_geneva_iv_to_viii_with_dates(self):
        # The rounds of the default lanes fit on the list's first page.
        html = self.client.get("/?kind=round").content.decode()
        for number in range(1, 23):
            self.assertRegex(html, rf'href="/rounds/astana-{number}/">Astana {number}[< ]')
        self.assertIn("23–24 January 2017", html)  # Astana 1
        self.assertIn("11–12 November 2024", html)  # Astana 22
        for title, dates in [
            ("Geneva IV", "23 February – 3 March 2017"),
            ("Geneva V", "23–31 March 2017"),
            ("Geneva VI", "16–19 May 2017"),
            ("Geneva VII", "10–14 July 2017"),
            ("Geneva VIII", "28 November – 14 December 2017"),
        ]:
            self.assertIn(title, html)
            self.assertIn(dates, html)
        self.assertIn("http://tass.com/world/944616", html)

    def test_month_precision_is_shown_as_a_month(self):
        event = Event.objects.get(slug="astana-process-begins-2017-01")
        for url in ("/", event.get_absolute_url()):
            with self.subTest(url):
                html = self.client.get(url).content.decode()
                self.assertIn("January 2017", html)
                self.assertNotIn("1 January 2017", html)

    def test_year_precision_is_shown_as_a_year(self):
        event = Event.objects.get(slug="all-syria-ceasefire-late-2016")
        html = self.client.get(event.get_absolute_url()).content.decode()
        self.assertIn('<time datetime="2016-01-01">2016</time>', html)
        self.assertNotIn("1 January 2016", html)
