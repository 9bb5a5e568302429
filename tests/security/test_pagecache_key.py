"""Issue 13, findings 3 and 4: what the page-cache key holds, and a bound on the cache.

The key holds the scheme and host (absolute links in the API differ by host) and only the
parameters the view reads, normalised: order and values that
mean the same as no value. Parameters a view accepts and ignores (the exports' `page`, `zoom`,
`at`) are left out, and a request with any other parameter is answered but not stored. The
cache holds at most PAGE_CACHE_SLOTS pages of at most PAGE_CACHE_MAX_PAGE_BYTES each."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import resolve

from peaceproc.api.openapi import generated
from peaceproc.chronology.models import Round, Track
from peaceproc.pagecache import HX_TARGETS, NO_PARAMS, TIMELINE_TARGET

from .people import make_record

# The stated bound (docs/deploy.md): slots x (the largest page kept, base64-encoded as the
# database cache stores it, plus its key and headers). The flood test sets its own slots.
PAGE_BYTES = getattr(settings, "PAGE_CACHE_MAX_PAGE_BYTES", 128 * 1024)
FLOOD_SLOTS = 50


def entries() -> tuple[int, int]:
    """The page cache's entries in the shared cache: how many, and their stored bytes."""
    if "redis" in settings.CACHES["default"]["BACKEND"].lower():
        client = cache._cache.get_client()
        keys = [k for k in client.scan_iter(match="*pagecache:*") if b"generation" not in k]
        return len(keys), sum(client.strlen(k) for k in keys)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(value)), 0) FROM peaceproc_cache "
            "WHERE cache_key LIKE %s AND cache_key NOT LIKE %s",
            ["%pagecache:%", "%generation"],
        )
        return cursor.fetchone()


@override_settings(PAGE_CACHE=True)
class PageCacheKeyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.record = make_record()
        track = cls.record["round"].track
        for number in range(5, 10):
            Round.objects.create(
                track=track, number=number, slug=f"astana-{number}", title=f"Astana {number}",
                start_date=datetime.date(2017, number, 1), end_date=datetime.date(2017, number, 2),
            )  # fmt: skip

    def setUp(self):
        cache.clear()

    def test_the_key_holds_the_host(self):
        url = "/api/rounds?limit=1&offset=3"
        other = self.client.get(url, headers={"host": "localhost:8123"})
        self.assertIn("http://localhost:8123/", other.json()["next"])
        plain = self.client.get(url)
        self.assertNotEqual(plain["X-Page-Cache"], "hit")
        self.assertIn("http://testserver/", plain.json()["next"])
        self.assertEqual(self.client.get(url)["X-Page-Cache"], "hit")

    def test_requests_sharing_an_entry_get_the_same_links(self):
        """Outside tester t13a, finding 8: `?participant=` and `?round=` share the entry of
        the unfiltered list (an empty value is no value), and the one answered second got
        the first one's parameters in its `next` link. The links now leave out what the key
        leaves out, so every request sharing an entry gets the links its answer states."""
        first = self.client.get("/api/timeline?round=&limit=2")
        self.assertEqual(first["X-Page-Cache"], "miss")
        second = self.client.get("/api/timeline?participant=&limit=2&nearby=")
        self.assertEqual(second["X-Page-Cache"], "hit")
        for answer in (first, second):
            self.assertEqual(
                answer.json()["next"], "http://testserver/api/timeline?offset=2&limit=2"
            )
        # A value that filters stays in the link, its empty neighbours do not.
        searched = self.client.get("/api/timeline?q=Astana&from=&limit=1").json()
        self.assertEqual(
            searched["next"], "http://testserver/api/timeline?q=Astana&offset=1&limit=1"
        )

    @override_settings(PAGE_CACHE=False)
    def test_queries_sharing_an_entry_are_rendered_alike(self):
        """What makes finding 8 impossible anywhere: every query the key holds as the same
        is answered, rendered afresh, with the same body, on the site and the API."""
        record = self.record["round"]
        for plain, variant in (
            ("/?track=astana&kind=round&kind=event",
             "/?kind=event&track=astana&kind=round&page=1&round=&participant=&from=&to=&q="),
            (f"/rounds/{record.slug}/", f"/rounds/{record.slug}/?"),
            ("/api/timeline?limit=3", "/api/timeline?round=&limit=3&participant=&from=&offset=0"),
            ("/api/rounds?limit=2", "/api/rounds?offset=&limit=2"),
        ):  # fmt: skip
            with self.subTest(variant):
                self.assertEqual(self.client.get(plain).content, self.client.get(variant).content)

    def test_headers_no_answer_varies_on_make_no_new_entries(self):
        """Outside tester t7s (issue 11): `Accept: foo/bar123` always missed, so any client
        could bypass the cache. No answer varies on Accept (nor on HX-Boosted), and the
        htmx headers count as the views read them: HX-Request "true" or not, HX-Target
        only on an htmx request."""
        self.assertEqual(self.client.get("/api/rounds")["X-Page-Cache"], "miss")
        for headers in (
            {"Accept": "foo/bar123"},
            {"Accept": "application/json"},
            {"HX-Boosted": "x1"},
            {"HX-Request": "false"},
            {"HX-Target": "anything"},
            {"HX-History-Restore-Request": "maybe"},
        ):
            with self.subTest(headers=headers):
                response = self.client.get("/api/rounds", headers=headers)
                self.assertEqual(response["X-Page-Cache"], "hit")
        self.assertEqual(entries()[0], 1)
        # What does change the answer still has its own entry.
        part = self.client.get("/", headers={"HX-Request": "true", "HX-Target": "timeline"})
        self.assertEqual(part["X-Page-Cache"], "miss")
        whole = self.client.get("/", headers={"HX-Target": "timeline"})
        self.assertEqual(whole["X-Page-Cache"], "miss")
        self.assertNotEqual(part.content, whole.content)

    def test_a_made_up_target_gets_the_whole_pages_entry(self):
        """Tester finding 3 (issue 11): every HX-Target value had an entry of its own. The
        key holds a target only when it is one the templates swap (HX_TARGETS); the views
        answer any other with the whole page, which is what the cache serves it."""
        record = self.record["round"]
        for url in ("/", f"/rounds/{record.slug}/"):
            with self.subTest(url):
                cache.clear()
                htmx = {"HX-Request": "true"}
                whole = self.client.get(url, headers=htmx)
                self.assertEqual(whole["X-Page-Cache"], "miss")
                for target in ("junk-1", "junk-2", "<x>", "Timeline", "detail-body "):
                    response = self.client.get(url, headers={**htmx, "HX-Target": target})
                    self.assertEqual(response["X-Page-Cache"], "hit", target)
                    self.assertEqual(response.content, whole.content)
                self.assertEqual(entries()[0], 1)
                # The view answers a made-up target with the whole page too.
                with self.settings(PAGE_CACHE=False):
                    fresh = self.client.get(url, headers={**htmx, "HX-Target": "junk-3"})
                self.assertEqual(fresh.content, whole.content)

    def test_each_target_the_templates_swap_has_its_own_entry(self):
        page = self.client.get("/", {"open": f"/rounds/{self.record['round'].slug}/"})
        for target in HX_TARGETS:
            with self.subTest(target):
                self.assertContains(page, f'id="{target}"')
                url = "/" if target == TIMELINE_TARGET else f"/rounds/{self.record['round'].slug}/"
                whole = self.client.get(url, headers={"HX-Request": "true"})
                part = self.client.get(url, headers={"HX-Request": "true", "HX-Target": target})
                self.assertEqual(part["X-Page-Cache"], "miss")
                self.assertNotEqual(part.content, whole.content)
                again = self.client.get(url, headers={"HX-Request": "true", "HX-Target": target})
                self.assertEqual(again["X-Page-Cache"], "hit")
                self.assertEqual(again.content, part.content)

    def test_ignored_parameters_make_no_new_entries(self):
        first = self.client.get("/api/export.json")
        self.assertEqual(first["X-Page-Cache"], "miss")
        for query in ("page=2", "zoom=year&at=2017-01-01", "page=7&zoom=month"):
            with self.subTest(query):
                response = self.client.get(f"/api/export.json?{query}")
                self.assertEqual(response["X-Page-Cache"], "hit")
        self.assertEqual(entries()[0], 1)

    def test_unknown_parameters_are_answered_but_never_stored(self):
        url = self.record["round"].get_absolute_url()
        for n in range(20):
            response = self.client.get(f"{url}?utm_source={n}")
            self.assertEqual(response.status_code, 200)
            self.assertFalse(response.has_header("X-Page-Cache"))
        self.assertEqual(self.client.get("/api/rounds?nope=1").status_code, 400)
        self.assertEqual(entries()[0], 0)

    def test_order_repeats_and_defaults_are_normalised(self):
        self.client.get("/?track=astana&kind=round&kind=event")
        for query in ("kind=event&track=astana&kind=round", "kind=round&kind=event&"
                      "track=astana&page=1&round=&participant=&from=&to=&q="):  # fmt: skip
            with self.subTest(query):
                self.assertEqual(self.client.get(f"/?{query}")["X-Page-Cache"], "hit")
        self.client.get("/api/rounds?track=astana")
        hit = self.client.get("/api/rounds?offset=0&limit=100&track=astana")
        self.assertEqual(hit["X-Page-Cache"], "hit")

    def test_repeated_list_values_are_answered_but_never_stored_or_served(self):
        """Tester 12, finding 2: a page whose links carry a visitor's repeats must not be
        served for the canonical query, nor the canonical page for the repeats."""
        Track.objects.create(slug="geneva", name="Geneva", colour="#b3541e")
        for query in ("kind=summit&kind=summit&kind=summit&q=Ankara",
                      "track=astana&track=geneva" + "&track=geneva" * 60):  # fmt: skip
            with self.subTest(query):
                response = self.client.get(f"/?{query}")
                self.assertEqual(response.status_code, 200)
                self.assertFalse(response.has_header("X-Page-Cache"))
        self.assertEqual(entries()[0], 0)
        canonical = self.client.get("/?kind=summit&q=Ankara")
        self.assertEqual(canonical["X-Page-Cache"], "miss")
        self.assertNotIn("kind=summit&amp;kind=summit", canonical.content.decode())
        self.assertFalse(self.client.get("/?kind=summit&kind=summit&q=Ankara").has_header(
            "X-Page-Cache"))  # fmt: skip

    def test_a_page_served_for_another_order_is_the_page_built_for_it(self):
        Track.objects.create(slug="geneva", name="Geneva", colour="#b3541e")
        first = self.client.get("/?kind=event&kind=round&track=geneva&track=astana")
        self.assertEqual(first["X-Page-Cache"], "miss")
        url = "/?track=astana&track=geneva&kind=round&kind=event"
        hit = self.client.get(url)
        self.assertEqual(hit["X-Page-Cache"], "hit")
        with self.settings(PAGE_CACHE=False):
            fresh = self.client.get(url)
        self.assertEqual(hit.content.decode(), fresh.content.decode())

    def test_a_repeated_single_parameter_keeps_its_own_answer(self):
        self.assertEqual(self.client.get("/api/rounds?round=astana-4").status_code, 200)
        twice = self.client.get("/api/rounds?round=astana-4&round=astana-4")
        self.assertEqual(twice.status_code, 400)
        twice = self.client.get("/api/export.json?round=astana-4&round=astana-4")
        self.assertEqual(twice.status_code, 400)

    # The flood is sized to the slots (twice as many keys read as there are slots, as many
    # requests again with ignored parameters), not to the default 500 slots: every request
    # renders a page, and the slots are chosen the same way whatever their number.
    @override_settings(PAGE_CACHE_SLOTS=FLOOD_SLOTS)
    def test_a_flood_of_more_keys_than_slots_stays_within_the_stated_bound(self):
        for n in range(4 * FLOOD_SLOTS):
            if n % 2:  # parameters the exports accept and ignore
                url = f"/api/export.json?page={n}&zoom=year&at=2017-01-{n % 28 + 1:02d}"
            else:  # a parameter the view reads, with a new value every time
                url = f"/api/rounds?q=flood{n}"
            self.assertEqual(self.client.get(url).status_code, 200)
        count, stored = entries()
        # The flood filled most slots, and never more than there are.
        self.assertGreater(count, FLOOD_SLOTS // 2)
        self.assertLessEqual(count, FLOOD_SLOTS)
        self.assertLessEqual(stored, FLOOD_SLOTS * (PAGE_BYTES * 4 // 3 + 2048))


class ApiKeyDeclarationTests(SimpleTestCase):
    """Every API operation's key declaration reaches the view the URL resolver calls, and
    names every query parameter the operation documents: one left out would keep its
    answers out of the cache, one read but declared ignored would serve a wrong page."""

    def test_each_operation_keys_the_parameters_it_takes(self):
        page_only = {"zoom", "at", "page", "open"}
        for path, methods in generated()["paths"].items():
            with self.subTest(path):
                taken = {p["name"] for p in methods["get"]["parameters"] if p["in"] == "query"}
                view = resolve(path.replace("{slug}", "x").replace("{id}", "1")).func
                declared = getattr(view, "page_cache_params", NO_PARAMS)
                self.assertLessEqual(taken, {*declared.single, *declared.multi, *declared.ignored})
                self.assertLessEqual(set(declared.ignored), page_only & taken)
