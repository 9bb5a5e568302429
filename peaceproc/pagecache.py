"""A cache of the public pages for anonymous visitors, shared by every worker and machine,
and emptied by every change to the record.

Why a page cache: the timeline is the same for every anonymous visitor and costs tens of
milliseconds of queries and template work; from the cache it costs two cache reads.

Why it is never stale: every key holds a *generation*, a random token stored in the
shared cache. Any save, delete or many-to-many change of a chronology model (the admin,
ingestion, services, loadseeds) replaces the token once its transaction has committed,
so every worker on every machine misses from then on and renders afresh. Code that
writes past the ORM's signals (bulk_create, QuerySet.update, raw SQL, a restore) calls
`invalidate()` itself. The token is replaced only after commit: a page rendered under the
new token can only have read committed data. PAGE_CACHE_SECONDS bounds what any missed
path could leave behind.

What is cached: GET answers with status 200 to requests carrying no session cookie,
outside /admin/, whose response sets no cookie, allows caching, has no CSP nonce (a nonce
must not be replayed) and varies on no header beyond those in the key.
"""

import hashlib
import logging
import secrets
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.http import HttpResponse

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Request headers that may change a public page; a response varying on any other header
# is not cached.
KEY_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request", "HX-Boosted", "Accept")
EXCLUDED_PREFIXES = ("/admin/", "/healthz", "/_ping")
MAX_BYTES = 2 * 1024 * 1024


def invalidate() -> None:
    """Make every cached page stale, on every worker, now."""
    try:
        cache.set(GENERATION_KEY, secrets.token_hex(8), None)
    except DatabaseError:
        logger.exception("Page cache: could not replace the generation")


def invalidate_on_commit(**kwargs) -> None:
    transaction.on_commit(invalidate, using=kwargs.get("using"))


def _generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _key(request, generation: str) -> str:
    parts = [request.get_full_path(), *(request.headers.get(h, "") for h in KEY_HEADERS)]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"pagecache:{generation}:{digest}"


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(EXCLUDED_PREFIXES)
    )


def _cacheable_response(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("no-store", "no-cache", "private")):
        return False
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return False
    varies = {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}
    if not varies <= {h.lower() for h in KEY_HEADERS}:
        return False
    return len(response.content) <= MAX_BYTES


class LocalPages:
    """The pages this worker has served lately, by their full key (generation included).

    A key names one generation's page, which never changes, so keeping a copy in the
    worker cannot make it stale: the generation is still read from the shared cache on
    every request. It saves fetching and decoding the page (80 kB for the timeline) each
    time. Bounded in bytes, least recently used first out.
    """

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        self.pages: OrderedDict[str, tuple] = OrderedDict()

    def get(self, key):
        page = self.pages.get(key)
        if page is not None:
            self.pages.move_to_end(key)
        return page

    def put(self, key, page) -> None:
        size = len(page[2])
        if size > self.budget or key in self.pages:
            return
        self.pages[key] = page
        self.used += size
        while self.used > self.budget:
            _, old = self.pages.popitem(last=False)
            self.used -= len(old[2])


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # The generation this worker saw last: a guess that lets a hit cost one cache
        # read (the generation and the page together). It is always checked against
        # the shared generation, never trusted on its own.
        self.last_generation = None
        self.local = LocalPages(settings.PAGE_CACHE_LOCAL_BYTES)

    def lookup(self, request) -> tuple[str, object]:
        if self.last_generation is not None:
            guess = _key(request, self.last_generation)
            if (page := self.local.get(guess)) is not None:
                # Only the (small) generation is read; the page is the worker's copy.
                if cache.get(GENERATION_KEY) == self.last_generation:
                    return guess, page
            else:
                found = cache.get_many([GENERATION_KEY, guess])
                if found.get(GENERATION_KEY) == self.last_generation:
                    return guess, self.remember(guess, found.get(guess))
        self.last_generation = _generation()
        key = _key(request, self.last_generation)
        return key, self.remember(key, cache.get(key))

    def remember(self, key, page):
        if page is not None:
            self.local.put(key, page)
        return page

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        try:
            key, hit = self.lookup(request)
        except DatabaseError:
            # The cache is an optimisation: without it the site still answers.
            logger.exception("Page cache: read failed")
            return self.get_response(request)
        if hit is not None:
            status, headers, content = hit
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            headers = [(k, v) for k, v in response.items() if k.lower() != "x-page-cache"]
            page = (response.status_code, headers, response.content)
            try:
                cache.set(key, page, settings.PAGE_CACHE_SECONDS)
                self.local.put(key, page)
            except DatabaseError:
                logger.exception("Page cache: write failed")
            response["X-Page-Cache"] = "miss"
        return response


def connect_signals() -> None:
    """Invalidate on every change to the record (and after migrate or flush)."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    for model in apps.get_app_config("chronology").get_models():
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(invalidate_on_commit, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(invalidate_on_commit, sender=model, dispatch_uid=f"{uid}:delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                invalidate_on_commit,
                sender=field.remote_field.through,
                dispatch_uid=f"{uid}:{field.name}",
            )
    post_migrate.connect(
        lambda **kwargs: invalidate(), dispatch_uid="pagecache:migrate", weak=False
    )
