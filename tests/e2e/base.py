"""Playwright for Python driving Debian's Chromium against a live test server.

Skipped, loudly (see peaceproc.testing), when Chromium or Playwright is missing.
"""

import os
import shutil
import sqlite3
import unittest

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.servers.basehttp import WSGIServer
from django.db import connection
from django.test import tag
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler

from peaceproc.chronology.seeding import load_seeds
from peaceproc.testing import skip_without_browser_reason, when_tests_done

CHROMIUM = os.getenv("CHROMIUM_PATH", "/usr/bin/chromium")

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - only without the dev requirements
    sync_playwright = None

BROWSER_AVAILABLE = sync_playwright is not None and shutil.which(CHROMIUM) is not None

# True once the page has settled: site.js puts data-settled on <html> when nothing of its
# own is pending (no htmx request in flight or swap settling, no label fitting waiting for
# its idle callback). Where site.js never ran (JavaScript off, or the admin's pages, which
# do not load it: no "js" class on <html>) a loaded page has nothing more to wait for.
# Waiting for this replaces waiting for an idle network, which by definition costs half a
# second of nothing each time.
SETTLED = """() => document.documentElement.hasAttribute("data-settled")
  || (document.readyState === "complete" && !document.documentElement.classList.contains("js"))"""


# This process's test database just after the first load of the seeds (SQLite only).
_seeded: sqlite3.Connection | None = None


def load_the_shipped_record() -> None:
    """The shipped seeds in the test database.

    Browser tests are TransactionTestCases (the live server reads what they write), so
    the database is emptied after each one and the seeds, loaded anew, would cost each
    test a second or two. On SQLite the first load is copied aside and each later test
    restores that copy with SQLite's backup API, in milliseconds; on another database
    the seeds are loaded each time."""
    global _seeded
    if connection.vendor != "sqlite":
        load_seeds(settings.BASE_DIR / "seeds")
        return
    connection.ensure_connection()
    if _seeded is None:
        load_seeds(settings.BASE_DIR / "seeds")
        _seeded = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(_seeded)
    else:
        _seeded.backup(connection.connection)


# This process's Playwright and Chromium: launched by the first browser test class, shut
# when the process has run its last test.
_playwright = None
_browser = None


def shared_browser():
    """One Chromium per test process, shared by every browser test class.

    Launching Chromium costs about a second of CPU and more of wall time; per class,
    that was paid some twenty times. Tests stay apart: each gets its own browser
    context (cookies, storage, cache) and page. Playwright keeps an event loop marked
    as running in this thread, where Django's ORM would then refuse to run outside a
    browser test class; the test runner (peaceproc.testing) runs the browser classes
    after every other test, so no other test meets it."""
    global _playwright, _browser
    if _browser is None:
        _playwright = sync_playwright().start()
        _browser = _playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        when_tests_done(_close_browser)
    return _browser


def _close_browser() -> None:
    global _playwright, _browser
    if _browser is not None:
        _browser.close()
        _playwright.stop()
        _playwright = _browser = None


class OneRequestAtATimeServer(LiveServerThread):
    """The live server, serving one request at a time.

    The in-memory SQLite test database is one connection shared with the server's
    threads; two requests at once (a page and its htmx call) could use it together and
    fail with "bad parameter or other API misuse". One at a time, they cannot.
    """

    def _create_server(self, connections_override=None):
        # This thread already holds the overridden connections (see run()).
        return WSGIServer(
            (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
        )


@tag("browser")
@unittest.skipUnless(BROWSER_AVAILABLE, skip_without_browser_reason())
class BrowserTestCase(StaticLiveServerTestCase):
    """A live server per class, the process's Chromium, a fresh context and page per test.

    `self.console_errors` collects console errors and uncaught exceptions (CSP
    violations are reported there too); tests assert it is empty.
    """

    server_thread_class = OneRequestAtATimeServer
    viewport = {"width": 1280, "height": 900}
    java_script_enabled = True

    @classmethod
    def setUpClass(cls):
        # Playwright's sync API runs an event loop in this thread; Django's ORM
        # refuses to run inside one unless told it is safe (it is: one thread).
        # Restored afterwards: left set, it fails `check --deploy` (async.E001) later.
        cls._async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        super().setUpClass()
        cls.browser = shared_browser()

    @classmethod
    def tearDownClass(cls):
        if cls._async_unsafe is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = cls._async_unsafe
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        self.context = self.browser.new_context(
            viewport=self.viewport, java_script_enabled=self.java_script_enabled
        )
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page.on(
            "console",
            lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        self.page.on("pageerror", lambda exc: self.console_errors.append(str(exc)))

    def tearDown(self):
        self.context.close()
        super().tearDown()

    def __getstate__(self):
        """The case as a failed subtest sends it to the parallel run's parent (a subtest
        holds its case): without its Chromium context and page, which hold the event
        loop's objects and cannot be pickled. With them, one failing browser subtest
        stopped the whole run with a pickling error instead of reporting the failure."""
        state = self.__dict__.copy()
        for name in ("context", "page"):
            state.pop(name, None)
        return state

    def url(self, path: str) -> str:
        return f"{self.live_server_url}{path}"

    def wait_until_settled(self):
        """Wait until the page has settled (see SETTLED)."""
        self.page.wait_for_function(SETTLED)

    def screenshot(self, name: str) -> str:
        """Save a screenshot under test-artifacts/ (to look at) and return its path."""
        os.makedirs("test-artifacts", exist_ok=True)
        path = os.path.join("test-artifacts", f"{name}.png")
        self.page.screenshot(path=path, full_page=True)
        return path

    def submit_login(self, username: str, password: str, *, then: str):
        """Fill in and send the admin's sign-in form the page shows; wait for `then`."""
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        self.page.click("input[type=submit]")
        self.page.wait_for_url(self.url(then))


class EditorBrowserTestCase(BrowserTestCase):
    """The shipped record and `editor`, a member of Editors who signs in through the
    admin's own form."""

    username, password = "erin", "erin-password-1"

    def setUp(self):
        super().setUp()
        load_the_shipped_record()
        self.editor = User.objects.create_user(self.username, password=self.password, is_staff=True)
        self.editor.groups.add(Group.objects.get(name="Editors"))

    def log_in(self, then: str = "/admin/"):
        self.page.goto(self.url(f"/admin/login/?next={then}"))
        self.submit_login(self.username, self.password, then=then)
