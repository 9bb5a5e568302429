"""Concurrent misses of one page render it once per worker (issue 11, tester finding 2),
and no request waits on another longer than the bound, nor fails because it did."""

import threading
import time

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, SimpleTestCase, override_settings

from peaceproc.pagecache import PublicPageCacheMiddleware, Rendering

CLIENTS = 8
# Long enough never to be reached when all goes well; the test of the bound sets its own.
PATIENCE = 10.0


class CountedRendering(Rendering):
    """Counts the threads that found the page being rendered and wait for it."""

    def __init__(self, wait: float):
        super().__init__(wait)
        self.waiting = threading.Semaphore(0)

    def claim(self, name):
        running = super().claim(name)
        if running is not None:
            self.waiting.release()
        return running


@override_settings(
    PAGE_CACHE=True,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)
class CoalescingTests(SimpleTestCase):
    def setUp(self):
        cache.clear()  # a page an earlier test stored would be a hit
        self.renders = 0
        self.release = threading.Event()
        self.counter = threading.Lock()

    def view(self, request, response_for=None):
        with self.counter:
            self.renders += 1
        self.release.wait(PATIENCE)
        response = HttpResponse("<p>the page</p>" * 40)
        return response_for(response) if response_for else response

    def burst(self, middleware, *, then=None) -> list:
        """CLIENTS requests for / at once: the first renders, and is let finish once the
        others are waiting for it (or `then` says so)."""
        results = [None] * CLIENTS

        def ask(i):
            results[i] = middleware(RequestFactory().get("/"))

        threads = [threading.Thread(target=ask, args=(i,)) for i in range(CLIENTS)]
        for thread in threads:
            thread.start()
        if then is None:
            for _ in range(CLIENTS - 1):
                self.assertTrue(middleware.rendering.waiting.acquire(timeout=PATIENCE))
        else:
            then()
        self.release.set()
        for thread in threads:
            thread.join(PATIENCE)
        self.assertEqual(middleware.rendering.running, {})
        return results

    def middleware(self, wait=PATIENCE, response_for=None):
        middleware = PublicPageCacheMiddleware(lambda r: self.view(r, response_for))
        middleware.rendering = CountedRendering(wait)
        return middleware

    def test_concurrent_misses_render_once(self):
        results = self.burst(self.middleware())
        self.assertEqual(self.renders, 1)
        self.assertEqual(sorted(r["X-Page-Cache"] for r in results), ["hit"] * 7 + ["miss"])
        self.assertEqual({r.status_code for r in results}, {200})
        self.assertEqual(len({r.content for r in results}), 1)

    def test_a_page_not_stored_is_rendered_by_each_waiting_request(self):
        def with_cookie(response):
            response.set_cookie("seen", "1")  # never cached
            return response

        results = self.burst(self.middleware(response_for=with_cookie))
        self.assertEqual(self.renders, CLIENTS)
        self.assertEqual({r.status_code for r in results}, {200})

    def test_no_request_waits_longer_than_the_bound(self):
        """The first render is held until every other request has given up waiting and
        rendered the page itself."""
        middleware = self.middleware(wait=0.05)

        def others_rendered():
            deadline = time.monotonic() + PATIENCE
            while time.monotonic() < deadline:
                with self.counter:
                    if self.renders == CLIENTS:
                        return
                time.sleep(0.01)

        # The others' renders are let through: only the first is held.
        first = threading.Event()
        view = self.view

        def hold_only_the_first(request, response_for=None):
            if not first.is_set():
                first.set()
                return view(request, response_for)
            with self.counter:
                self.renders += 1
            return HttpResponse("<p>the page</p>" * 40)

        self.view = hold_only_the_first
        results = self.burst(middleware, then=others_rendered)
        self.assertEqual(self.renders, CLIENTS)
        self.assertEqual({r.status_code for r in results}, {200})

    def test_a_failed_render_frees_its_page(self):
        middleware = PublicPageCacheMiddleware(lambda r: 1 / 0)
        with self.assertRaises(ZeroDivisionError):
            middleware(RequestFactory().get("/"))
        self.assertEqual(middleware.rendering.running, {})
