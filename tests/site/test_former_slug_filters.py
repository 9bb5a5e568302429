"""A saved filter link keeps working after a rename (outside tester t10a, issue 11,
findings 2-4): `?round=astana-4` once Astana 4 is `astana-four` gave 400 on the API and
its exports and "Some filters could not be used" on the page. A round or participant
filter given by a former slug now answers one 301 to the same URL with the slug now,
the rest of the query kept, on the page, the API's lists and every export. An event is
found on the site by its slug, current or former, as the API finds it (one 301 to its
page by number), and `kind` is read in any case and spacing as the slugs are."""

from urllib.parse import quote

from django.test import TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import Event, Participant, Round
from tests.seeds import load_shipped_seeds

DECREE = "peoples-assembly-electoral-decree-2025-08-20"
DECREE_BEFORE = "peoples-assembly-electoral-decree-2025-08-27"
# Every URL that reads the timeline's filters from its query string.
FILTERED = (
    "/",
    "/api/timeline",
    "/api/rounds",
    "/api/events",
    "/api/agreements",
    "/api/tenures",
    "/api/export.csv",
    "/api/export.json",
    "/api/export.ics",
)


class FormerSlugFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        services.rename_slug(record=Round.objects.get(slug="astana-4"), slug="astana-four")
        cls.person = Participant.objects.filter(participations__isnull=False).first()
        cls.former = cls.person.slug
        services.rename_slug(record=cls.person, slug=f"{cls.former}-renamed")

    def assertMovedTo(self, url: str, target: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 301, url)
        self.assertEqual(response["Location"], target)
        self.assertEqual(self.client.get(target).status_code, 200, target)

    def test_a_former_round_slug_is_sent_on_to_the_current_one_everywhere(self):
        for path in FILTERED:
            with self.subTest(path=path):
                self.assertMovedTo(f"{path}?round=astana-4", f"{path}?round=astana-four")
                # In other case and spacing too, the other parameters kept, in one hop.
                self.assertMovedTo(
                    f"{path}?q=memorandum&round=Astana%204&nearby=1",
                    f"{path}?q=memorandum&round=astana-four&nearby=1",
                )

    def test_a_former_participant_slug_is_sent_on_to_the_current_one(self):
        now = self.person.slug
        for path in FILTERED:
            with self.subTest(path=path):
                self.assertMovedTo(f"{path}?participant={self.former}", f"{path}?participant={now}")

    def test_the_page_then_uses_the_filter(self):
        response = self.client.get("/?round=astana-four")
        self.assertNotContains(response, "Some filters could not be used")
        self.assertContains(response, "Astana 4")

    def test_a_current_slug_or_an_unknown_one_is_not_moved(self):
        self.assertEqual(self.client.get("/api/timeline?round=ASTANA-FOUR").status_code, 200)
        self.assertEqual(self.client.get("/?round=astana-four").status_code, 200)
        self.assertEqual(self.client.get("/api/timeline?round=astana-99").status_code, 400)
        self.assertEqual(self.client.get("/api/export.csv?round=astana-99").status_code, 400)
        self.assertContains(self.client.get("/?round=astana-99"), "Some filters could not be used")
        # A value no slug can be never reaches the database (a NUL is an error on PostgreSQL).
        self.assertEqual(self.client.get("/api/timeline?round=a%00b").status_code, 400)
        self.assertEqual(self.client.get(f"/api/timeline?round={'a' * 500}").status_code, 400)


class EventBySlugTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_an_events_slug_current_or_former_leads_to_its_page(self):
        decree = Event.objects.get(slug=DECREE)
        for written in (DECREE, DECREE_BEFORE, DECREE.upper(), quote(DECREE.replace("-", " "))):
            for url in (
                f"/events/{written}/",
                f"/events/{written}",
                f"/events/{written}/?zoom=year",
            ):
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 301)
                    query = "?zoom=year" if "?" in url else ""
                    self.assertEqual(response["Location"], f"/events/{decree.pk}/{query}")
        self.assertEqual(self.client.get(f"/events/{decree.pk}/").status_code, 200)

    def test_a_slug_no_event_has_is_a_404(self):
        for url in ("/events/no-such-event/", "/events/no-such-event", "/events/1-2-3/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)


class KindCaseTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def test_kind_is_read_in_any_case_and_spacing(self):
        for path, kind, folded in (
            ("/api/timeline", "ROUND", "round"),
            ("/api/timeline", "%20Summit%20", "summit"),
            ("/api/events", "SUMMIT", "summit"),
            ("/api/export.csv", "Round", "round"),
            ("/api/participants", "STATE", "state"),
        ):
            with self.subTest(path=path, kind=kind):
                response = self.client.get(f"{path}?kind={kind}")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.content, self.client.get(f"{path}?kind={folded}").content)
        for url in ("/agreements/?kind=MEMORANDUM", "/who-attended/?kind=State%20"):
            with self.subTest(url=url):
                self.assertNotContains(self.client.get(url), "Some filters could not be used")
        self.assertContains(self.client.get("/agreements/?kind=zzz"), "could not be used")
        page = self.client.get("/?kind=ROUND")
        self.assertNotContains(page, "Some filters could not be used")
        self.assertEqual(self.client.get("/api/events?kind=ROUND").status_code, 400)
        self.assertEqual(self.client.get("/api/participants?kind=nobody").status_code, 400)
