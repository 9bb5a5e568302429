"""Tester 12, finding 8: gunicorn loads the app once and warms it before forking, so a
recycled worker answers its first request without importing and compiling first."""

import runpy
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.template import engines
from django.test import SimpleTestCase

from peaceproc.ingest.pipeline import people
from peaceproc.site import warmup

CONF = Path(settings.BASE_DIR) / "peaceproc" / "gunicorn_conf.py"


class WarmUpTests(SimpleTestCase):
    databases = {"default"}

    def test_gunicorn_preloads_and_warms_in_the_master(self):
        conf = runpy.run_path(str(CONF))
        self.assertTrue(conf["preload_app"])
        self.assertGreater(conf["max_requests_jitter"], 0)
        # The warmed objects are then frozen (kept out of the workers' collections) and the
        # youngest generation's threshold raised: not in this test process, whose objects
        # would never be collected after it.
        calls = mock.Mock()
        with (
            mock.patch.object(warmup, "warm", calls.warm),
            mock.patch("gc.freeze", calls.freeze),
            mock.patch("gc.set_threshold", calls.set_threshold),
        ):
            conf["when_ready"](server=None)
        self.assertEqual(
            [call[0] for call in calls.mock_calls], ["warm", "freeze", "set_threshold"]
        )
        self.assertEqual(calls.set_threshold.call_args.args[0], warmup.GC_YOUNG_THRESHOLD)

    def test_the_benchmark_sets_its_process_up_as_the_server_does(self):
        # bench/run.py measures the process gunicorn runs (issue 11): the same set-up.
        run = (Path(settings.BASE_DIR) / "bench" / "run.py").read_text()
        self.assertIn("ready_process()", run)

    def test_warm_compiles_the_templates_and_closes_the_connections(self):
        loader = engines["django"].engine.template_loaders[0]
        loader.reset()
        with mock.patch.object(warmup.connections, "close_all") as close_all:
            warmup.warm()
        close_all.assert_called_once_with()  # (an in-memory test database stays open)
        cached = set(loader.get_template_cache)
        for name in ("site/index.html", "site/round.html", "base.html"):
            self.assertIn(name, cached)
        self.assertEqual(len(cached), len(warmup.project_templates()))


class PipelineWarmUpTests(SimpleTestCase):
    """Outside tester t6i, finding 8: the first ingestion after a start was slow (5 s);
    the master now loads what the pipeline loads on first use."""

    databases = {"default"}

    def test_warm_loads_the_pipeline(self):
        # pymorphy3's dictionary, loaded on first use; and the per-word answers, which an
        # earlier test in this process may hold for the warm-up's own words.
        for cached in (
            people._morph,
            people._nominative,
            people._said_nominative,
            people._given_case,
            people._surname_nominative,
        ):
            cached.cache_clear()
        with mock.patch.object(warmup.connections, "close_all"):
            warmup.warm()
        self.assertEqual(people._morph.cache_info().currsize, 1)
