"""The timeline's `?open=` follows the record pages' redirect rule (re-tester t9r, issue 11
item 15): a round's, agreement's or tenure's page named by a former slug or in other case
or spacing opened nothing ("no such page"), where the page itself 301s to the record. The
index now 301s to itself with `open` naming the record's own page, the rest of the query
kept. An event's page named by its slug, former or not, or its number in other spelling
(/events/<slug>/, outside tester t10a, finding 3) is moved to its page by number alike."""

from urllib.parse import quote

from django.test import TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import Agreement, Event, Round
from tests.seeds import load_shipped_seeds

DECREE = "peoples-assembly-electoral-decree-2025-08-20"
DECREE_BEFORE = "peoples-assembly-electoral-decree-2025-08-27"


class OpenMovedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def assertMoved(self, open_path: str, target: str, extra: str = ""):
        response = self.client.get(f"/?{extra}open={quote(open_path)}")
        self.assertEqual(response.status_code, 301, open_path)
        self.assertEqual(response["Location"], f"/?{extra}open={target}")
        self.assertContains(self.client.get(response["Location"]), 'class="button panel-close"')

    def test_a_former_slug_or_another_case_opens_the_record(self):
        round_ = Round.objects.get(slug="astana-4")
        services.rename_slug(record=round_, slug="astana-4-may")
        agreement = Agreement.objects.order_by("pk").first()
        former = agreement.slug
        services.rename_slug(record=agreement, slug=f"{former}-b")
        self.assertMoved("/rounds/astana-4/", "/rounds/astana-4-may/", extra="q=memorandum&")
        self.assertMoved("/rounds/ASTANA-4-May/", "/rounds/astana-4-may/")
        self.assertMoved(f"/agreements/{former}/", f"/agreements/{former}-b/")

    def test_an_events_slug_current_or_former_or_its_number_opens_the_event(self):
        decree = Event.objects.get(slug=DECREE)
        for written in (DECREE, DECREE_BEFORE, f"0{decree.pk}"):
            self.assertMoved(f"/events/{written}/", f"/events/{decree.pk}/")
        self.assertMoved("/rounds/astana-4", "/rounds/astana-4/", extra="zoom=year&")

    def test_a_record_page_as_it_is_or_naming_nothing_is_not_moved(self):
        self.assertContains(
            self.client.get("/?open=/rounds/astana-4/"), 'class="button panel-close"'
        )
        for path in ("/rounds/no-such-round/", "/events/999999/", "/events/astana-4/"):
            with self.subTest(path=path):
                self.assertContains(self.client.get(f"/?open={quote(path)}"), 'id="open-missing"')

    def test_a_page_address_as_the_address_bar_writes_it_opens_the_record(self):
        """Issue 11: `?open=` took a page's path only as the timeline pushes it; the same
        page percent-encoded (as an address bar shows `/rounds/astana 4/`), with spaces
        around it, or as this site's whole address opened nothing."""
        decree = Event.objects.get(slug=DECREE)
        for written, target in (
            ("/rounds/astana%204/", "/rounds/astana-4/"),
            ("/rounds/ASTANA%2D4", "/rounds/astana-4/"),
            (f"/events/%30{decree.pk}/", f"/events/{decree.pk}/"),
            (f" /events/0{decree.pk}/ ", f"/events/{decree.pk}/"),
            ("http://testserver/rounds/Astana-4/", "/rounds/astana-4/"),
        ):
            with self.subTest(written=written):
                self.assertMoved(written, target)
        self.assertContains(
            self.client.get(f"/?open={quote('/rounds/astana%2D4/')}"), 'class="button panel-close"'
        )
        # A sign names no event (t12a, finding 12): as any number no event has.
        missing = self.client.get(f"/?open={quote(f'/events/%2B{decree.pk}/')}")
        self.assertContains(missing, 'id="open-missing"')

    def test_a_hostile_or_foreign_value_is_ignored_and_shown_escaped(self):
        for written in (
            "https://example.com/rounds/astana-4/",
            "//testserver/rounds/astana-4/",
            "javascript:alert(1)",
            "http://[::1",
            "/rounds/%ff/",
            "/rounds/%00/",
            "/events/" + "9" * 40 + "/",
            "/rounds/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
            "/<script>alert(1)</script>/",
            "/" + "a" * 400,
        ):
            with self.subTest(written=written):
                response = self.client.get(f"/?open={quote(written)}")
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>alert")
                self.assertNotContains(response, 'class="button panel-close"')
