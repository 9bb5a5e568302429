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

What is cached: GET answers (and HEAD answers, which are GET answers whose body the
server leaves out: peaceproc/head.py) with status 200 to requests carrying no session cookie,
outside /admin/, whose response sets no cookie, allows caching, has no CSP nonce (a nonce
must not be replayed) and varies on no header beyond those in the key.

What the key holds (issue 13): the scheme and host (absolute links differ by host), the
path, the headers in KEY_HEADERS as the views read them (not Accept: no answer varies on
it) and only the query parameters the view reads, as its `key_params` declaration names
them, normalised: sorted, list parameters without repeats,
values that mean the same as no value dropped. Parameters a view accepts and ignores are
left out of the key. A request with any other parameter, with a single-valued one given
twice or with a value of a list parameter repeated, is answered but neither looked up nor
stored: nobody can make new entries by adding parameters, and a page whose links carry a
visitor's repeats is never served for the canonical query.

The bound (docs/deploy.md): the shared cache holds at most PAGE_CACHE_SLOTS pages. A key
picks its slot by its hash and a page overwrites whatever held the slot (the slot's value
names its key, so a page is never served for another key). A page is kept compressed, and
only up to PAGE_CACHE_MAX_PAGE_BYTES compressed; so the page cache never holds more than
PAGE_CACHE_SLOTS x PAGE_CACHE_MAX_PAGE_BYTES (x 4/3 in the database cache, which stores
base64), whatever the requests, on every cache backend.

Compression and validators (issue 11, tester findings 1, 3, 4): a page is kept gzipped,
so a hit for a client that accepts gzip is sent as stored, without compressing it again
(the outer PublicGZipMiddleware compresses the pages rendered afresh, and the misses). A
stored page carries its ETag, so ConditionalGetMiddleware answers If-None-Match (and
If-Modified-Since, where the view sends Last-Modified) with a 304 without hashing it.

Concurrent misses (issue 11, tester finding 2): the threads of one worker that miss the
same page at once render it once; the others wait for it, at most RENDER_WAIT_SECONDS,
and render it themselves only if it was not stored (class Rendering). Workers do not
wait for each other: with N workers a burst renders a page at most N times.
"""

import gzip
import hashlib
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers, set_response_etag
from redis.exceptions import RedisError

from .compression import accepts_gzip

logger = logging.getLogger(__name__)

# What a shared cache raises when it is down: the database's table, or Redis. The page
# cache is an optimisation, so these are logged and the page is rendered as if uncached.
CACHE_ERRORS = (DatabaseError, RedisError)

GENERATION_KEY = "pagecache:generation"
# Request headers that may change a public page (the htmx views answer a part of the
# page: site/views.py `wants`); a response varying on any other header is not cached.
# No answer varies on Accept or HX-Boosted, so they are not in the key: a client sending
# `Accept: foo/bar123` gets the cached page like any other (issue 11, tester t7s).
KEY_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request")
# The parts of a page an htmx request may ask for (HX-Target): the ids the templates swap,
# each answered with that part alone (site/views.py `wants`). The views answer any other
# target with the whole page, so the key holds it as no target: a made-up target gets the
# whole page's entry and never one of its own (issue 11, tester finding 3).
PANEL_TARGET = "detail-body"
TIMELINE_TARGET = "timeline"
HX_TARGETS = frozenset({PANEL_TARGET, TIMELINE_TARGET})
EXCLUDED_PREFIXES = ("/admin/", "/healthz", "/_ping")
# The slots' keys name the stored format (gzip since issue 11), so pages an older
# release stored in another format are never read.
SLOT_PREFIX = "pagecache:slot:gz:"
# GZipMiddleware leaves shorter bodies as they are; a hit does the same.
GZIP_MIN_BYTES = 200
# How long a request that missed waits for another thread of its worker already rendering
# the same page (see Rendering) before it renders the page itself.
RENDER_WAIT_SECONDS = 2.0


@dataclass(frozen=True)
class KeyParams:
    """The query parameters a view reads, as the page-cache key holds them.

    `single`: read once; `multi`: read as a list (order and repeats do not matter);
    `ignored`: accepted and ignored whatever their values, repeats included (left out of
    the key); `absent`: per parameter, the values that mean the same as not giving it (a
    form's empty field, a default page).
    """

    single: tuple[str, ...] = ()
    multi: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    absent: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def normalised(self, query) -> str | None:
        """The query as the key holds it; None when the request must not be cached."""
        parts: list[tuple[str, str]] = []
        for name in query:
            values = query.getlist(name)
            if name in self.ignored:
                continue
            if name in self.multi:
                if len(set(values)) < len(values):
                    return None  # a page echoes its links' parameters: not the canonical page
                values = sorted(set(values) - set(self.absent.get(name, ())))
            elif name in self.single:
                if len(values) > 1:
                    return None  # the page reads the last, the API refuses: not ours to guess
                if values[0] in self.absent.get(name, ()):
                    continue
            else:
                return None
            parts += [(name, value) for value in values]
        return "&".join(f"{name}={value}" for name, value in sorted(parts))

    def meaningful(self, query) -> QueryDict:
        """The query without what the key leaves out (ignored parameters, values that
        mean no value), in the key's order: what a cached answer may echo, since every
        request sharing its key has the same (tester t13a, finding 8: `?participant=`
        got the `next` link of `?round=`)."""
        kept = QueryDict(mutable=True)
        for name in sorted(set(query) - set(self.ignored)):
            absent = self.absent.get(name, ())
            values = sorted(value for value in query.getlist(name) if value not in absent)
            if values:
                kept.setlist(name, values)
        return kept


NO_PARAMS = KeyParams()


def declared_params(request) -> KeyParams:
    """The KeyParams of the view this request reached (NO_PARAMS if it declares none)."""
    match = request.resolver_match
    return getattr(match.func, "page_cache_params", NO_PARAMS) if match else NO_PARAMS


def key_params(**kwargs) -> Callable:
    """Declare the query parameters a public view reads (see KeyParams). A view without a
    declaration reads none: its pages are cached only when asked for without any."""
    declared = KeyParams(**kwargs)

    def decorate(view):
        view.page_cache_params = declared
        return view

    return decorate


def invalidate() -> None:
    """Make every cached page stale, on every worker, now."""
    try:
        cache.set(GENERATION_KEY, secrets.token_hex(8), None)
    except CACHE_ERRORS:
        logger.exception("Page cache: could not replace the generation")


class Invalidation:
    """`invalidate`, queued for a commit under each savepoint that writes, done by the
    first of them to run: the others of the same transaction share its `done` (a seed
    load writes in some 600 savepoints, one per citation, and its commit replaced the
    generation as many times, five queries each on the database's cache)."""

    def __init__(self, done: list[bool]):
        self.done = done

    def __call__(self) -> None:
        if not self.done[0]:
            self.done[0] = True
            invalidate()


def invalidate_on_commit(**kwargs) -> None:
    """Once per transaction, however many rows it writes: a restore of ~2,900 rows queued
    as many cache writes for its commit. A write queues an Invalidation unless the last
    one queued is under the same savepoints (one queued inside a savepoint is dropped if
    that savepoint is rolled back, and a write outside it must still invalidate); the
    ones a transaction queues share one `done`, so its commit invalidates once."""
    connection = transaction.get_connection(kwargs.get("using"))
    here = set(connection.savepoint_ids)
    done = [False]
    for savepoints, queued, _robust in reversed(connection.run_on_commit):
        if isinstance(queued, Invalidation):
            if savepoints == here and connection.in_atomic_block:
                return
            if not queued.done[0]:  # (a test may have run it already, inside its transaction)
                done = queued.done
            break
    transaction.on_commit(Invalidation(done), using=kwargs.get("using"))


def generation() -> str:
    """The record's current generation: a token replaced after every committed write
    (the page cache's keys hold it; chronology/catalogue.py files its lists under it)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _identity(request) -> str | None:
    """What tells this request's page from every other: None when it is not to be cached
    (a parameter its view does not read, or a host Django refuses)."""
    try:
        match = resolve(request.path_info)
        host = request.get_host()
    except (Resolver404, DisallowedHost):
        return None
    query = getattr(match.func, "page_cache_params", NO_PARAMS).normalised(request.GET)
    if query is None:
        return None
    parts = [request.scheme, host, request.path, query, *_header_part(request)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _header_part(request) -> tuple[str, str, str]:
    """KEY_HEADERS as the views read them (django-htmx): an htmx request or not, a
    history restore or not, and the target only of an htmx request and only when it is one
    of HX_TARGETS. Any other value (`HX-Request: false`, a target on a plain request, a
    target no template swaps) is the key of the page without it."""
    htmx = request.headers.get("HX-Request") == "true"
    restore = htmx and request.headers.get("HX-History-Restore-Request") == "true"
    target = request.headers.get("HX-Target", "") if htmx else ""
    target = target if target in HX_TARGETS else ""
    return ("1" if htmx else "", "1" if restore else "", target)


def _key(identity: str, generation: str) -> tuple[str, str]:
    """The cache key of the slot this page lives in, and the page's full name (which the
    slot's value holds, so that a slot is never read as another key's page)."""
    slot = int(identity[:12], 16) % settings.PAGE_CACHE_SLOTS
    return f"{SLOT_PREFIX}{slot}", f"{generation}:{identity}"


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE
        and request.method in ("GET", "HEAD")
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
    return varies <= {h.lower() for h in KEY_HEADERS}


def _gzipped(content: bytes) -> bytes:
    # mtime=0: the same page compresses to the same bytes on every worker.
    return gzip.compress(content, compresslevel=6, mtime=0)


def _accepts_gzip(request) -> bool:
    return accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", ""))


def _served(request, page) -> HttpResponse:
    """A stored page as the answer to `request`: gzipped as stored when the client takes
    gzip (with the headers GZipMiddleware would have set), else as rendered."""
    status, headers, content, compressed = page
    gzip_it = (
        len(content) >= GZIP_MIN_BYTES and len(compressed) < len(content) and _accepts_gzip(request)
    )
    response = HttpResponse(compressed if gzip_it else content, status=status)
    for name, value in headers:
        response[name] = value
    if gzip_it:
        response["Content-Length"] = str(len(compressed))
        response["Content-Encoding"] = "gzip"
        patch_vary_headers(response, ("Accept-Encoding",))
        if response.get("ETag", "").startswith('"'):
            response["ETag"] = "W/" + response["ETag"]
    response["X-Page-Cache"] = "hit"
    return response


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
        size = len(page[2]) + len(page[3])
        if size > self.budget or key in self.pages:
            return
        self.pages[key] = page
        self.used += size
        while self.used > self.budget:
            _, old = self.pages.popitem(last=False)
            self.used -= len(old[2]) + len(old[3])


class Rendering:
    """The pages a worker's threads are rendering now, so that concurrent misses of one
    page render it once per worker (issue 11, tester finding 2).

    Sixteen clients asking at once for a page the cache had just dropped (after any
    change to the record) rendered it about ten times on two workers, 315 ms of server
    CPU where one render costs 40. The first thread to miss a key renders it; the others
    wait for it, at most `wait` seconds, then take the page from the worker's copies or,
    if it was not stored (not cacheable, a cache error, the wait ran out), render it
    themselves: no request waits longer than that, nor fails because another did.
    """

    def __init__(self, wait: float):
        self.wait = wait
        self.guard = threading.Lock()
        self.running: dict[str, threading.Event] = {}

    def claim(self, name: str) -> threading.Event | None:
        """None when this thread is to render `name` (then `done` it), else the event
        the rendering thread will set."""
        with self.guard:
            running = self.running.get(name)
            if running is None:
                self.running[name] = threading.Event()
            return running

    def done(self, name: str) -> None:
        with self.guard:
            self.running.pop(name).set()


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # The generation this worker saw last: a guess that lets a hit cost one cache
        # read (the generation and the page together). It is always checked against
        # the shared generation, never trusted on its own.
        self.last_generation = None
        self.local = LocalPages(settings.PAGE_CACHE_LOCAL_BYTES)
        self.rendering = Rendering(RENDER_WAIT_SECONDS)

    def lookup(self, identity: str) -> tuple[tuple[str, str], object]:
        if self.last_generation is not None:
            guess = _key(identity, self.last_generation)
            if (page := self.local.get(guess[1])) is not None:
                # Only the (small) generation is read; the page is the worker's copy.
                if cache.get(GENERATION_KEY) == self.last_generation:
                    return guess, page
            else:
                found = cache.get_many([GENERATION_KEY, guess[0]])
                if found.get(GENERATION_KEY) == self.last_generation:
                    return guess, self.remember(guess, found.get(guess[0]))
        self.last_generation = generation()
        key = _key(identity, self.last_generation)
        return key, self.remember(key, cache.get(key[0]))

    def remember(self, key: tuple[str, str], stored):
        """The page in a slot's value, if the slot holds this key's page."""
        if stored is None or stored[0] != key[1]:
            return None
        status, headers, compressed = stored[1:]
        page = (status, headers, gzip.decompress(compressed), compressed)
        self.local.put(key[1], page)
        return page

    def __call__(self, request):
        if not _cacheable_request(request) or (identity := _identity(request)) is None:
            return self.get_response(request)
        try:
            key, hit = self.lookup(identity)
        except CACHE_ERRORS:
            # The cache is an optimisation: without it the site still answers.
            logger.exception("Page cache: read failed")
            return self.get_response(request)
        if hit is not None:
            return _served(request, hit)
        running = self.rendering.claim(key[1])
        if running is None:
            try:
                return self.render(request, key)
            finally:
                self.rendering.done(key[1])
        running.wait(self.rendering.wait)
        if (page := self.local.get(key[1])) is not None:
            return _served(request, page)
        return self.get_response(request)

    def render(self, request, key: tuple[str, str]):
        """The page rendered, and stored when it may be."""
        # A HEAD miss renders the GET answer (the body is dropped outside) and is stored
        # like one: HEAD costs no more than GET, and the next GET is a hit.
        response = self.get_response(request)
        if _cacheable_response(response):
            compressed = _gzipped(response.content)
            if len(compressed) > settings.PAGE_CACHE_MAX_PAGE_BYTES:
                return response
            if not response.has_header("ETag"):
                set_response_etag(response)
            headers = [(k, v) for k, v in response.items() if k.lower() != "x-page-cache"]
            try:
                cache.set(
                    key[0],
                    (key[1], response.status_code, headers, compressed),
                    settings.PAGE_CACHE_SECONDS,
                )
                self.local.put(
                    key[1], (response.status_code, headers, response.content, compressed)
                )
            except CACHE_ERRORS:
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
        for m2m in model._meta.local_many_to_many:
            m2m_changed.connect(
                invalidate_on_commit,
                sender=m2m.remote_field.through,
                dispatch_uid=f"{uid}:{m2m.name}",
            )
    post_migrate.connect(
        lambda **kwargs: invalidate(), dispatch_uid="pagecache:migrate", weak=False
    )
