"""Issue 13, finding 12: Redis as a real option for the shared cache.

`.ci/run` starts a Redis server and runs the cache and page-cache tests again with
REDIS_URL set (tests.security.test_pagecache, test_pagecache_key and this module); then the
tests marked "with REDIS_URL" below run against it, two processes sharing it included."""

import json
import os
import subprocess
import sys
import unittest
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.cache import cache
from django.test import SimpleTestCase, TestCase, override_settings

from peaceproc import pagecache

from .people import make_record

ROOT = Path(settings.BASE_DIR)
REDIS_URL = os.getenv("REDIS_URL", "")


class RedisIsAnOptionTests(SimpleTestCase):
    def test_the_redis_client_is_pinned_with_the_runtime_requirements(self):
        pins = (ROOT / "requirements.txt").read_text().splitlines()
        self.assertTrue(any(line.startswith("redis==") for line in pins), "redis is not pinned")

    def test_ci_starts_a_redis_server_and_runs_the_cache_tests_against_it(self):
        script = (ROOT / ".ci" / "run").read_text()
        self.assertIn("redis-server", script)
        self.assertIn("REDIS_URL=", script)
        self.assertIn("tests.security.test_redis", script)


@override_settings(
    PAGE_CACHE=True,
    # A Redis nobody listens on: port 9 (discard) on loopback refuses at once.
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    },
)
class RedisDownTests(TestCase):
    """The cache is an optimisation: with Redis down the site still answers."""

    @classmethod
    def setUpTestData(cls):
        with mock.patch.object(pagecache, "invalidate"):
            cls.record = make_record()

    def test_pages_are_answered_while_redis_is_down(self):
        with self.assertLogs("peaceproc.pagecache", "ERROR"):
            response = self.client.get(self.record["round"].get_absolute_url())
        self.assertEqual(response.status_code, 200)

    def test_an_edit_still_saves_while_redis_is_down(self):
        event = self.record["event"]
        event.title = "Edited while the cache is down"
        # The on-commit callbacks (the invalidation) run inside assertLogs.
        with self.assertLogs("peaceproc.pagecache", "ERROR"):  # noqa: SIM117 (order matters)
            with self.captureOnCommitCallbacks(execute=True):
                event.save()
        event.refresh_from_db()
        self.assertEqual(event.title, "Edited while the cache is down")


def in_another_process(code: str) -> dict:
    """Run `code` in a new Django process with the same REDIS_URL; it prints one JSON line."""
    env = {**os.environ, "PEACEPROC_COMMAND_LINE": "1"}
    env["DJANGO_SETTINGS_MODULE"] = "peaceproc.settings"
    program = "import django, json; django.setup()\n" + code
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    if result.returncode:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


@unittest.skipUnless(REDIS_URL, "with REDIS_URL (.ci/run starts a Redis server for these)")
@override_settings(PAGE_CACHE=True)
class TwoProcessesShareRedisTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.record = make_record()

    def setUp(self):
        self.assertIn("redis", settings.CACHES["default"]["BACKEND"].lower())
        cache.clear()

    def test_a_page_cached_here_is_read_there(self):
        url = self.record["round"].get_absolute_url()
        self.assertEqual(self.client.get(url)["X-Page-Cache"], "miss")
        seen = in_another_process(
            "from django.core.cache import cache\n"
            "client = cache._cache.get_client()\n"
            "keys = list(client.scan_iter('*pagecache:slot:*'))\n"
            "print(json.dumps({'slots': len(keys)}))"
        )
        self.assertEqual(seen["slots"], 1)

    def test_an_invalidation_there_makes_every_page_here_stale(self):
        url = self.record["round"].get_absolute_url()
        self.client.get(url)
        self.assertEqual(self.client.get(url)["X-Page-Cache"], "hit")
        new = in_another_process(
            "from peaceproc import pagecache\n"
            "from django.core.cache import cache\n"
            "pagecache.invalidate()\n"
            "print(json.dumps({'generation': cache.get(pagecache.GENERATION_KEY)}))"
        )
        self.assertEqual(cache.get(pagecache.GENERATION_KEY), new["generation"])
        self.assertEqual(self.client.get(url)["X-Page-Cache"], "miss")
