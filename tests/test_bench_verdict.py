"""The benchmarks' verdicts (bench/verdict.py) and the load test's ingestion row: read
on CPU when the machine is busy, so the load does not flip them."""

import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import loadtest  # noqa: E402
from verdict import CPU, WALL, basis_for, page_aim_met, page_reading, throughput_met  # noqa: E402

PAGE = dict(ratio=5, fast_ms=5)


def met(load: float, limit_ms: float | None = None, **figures) -> bool:
    reading = page_reading(basis=basis_for(load, 2), **figures)
    return page_aim_met(reading=reading, **PAGE, limit_ms=limit_ms)


class BasisTests(SimpleTestCase):
    def test_wall_clock_up_to_the_core_count_cpu_above(self):
        self.assertEqual(basis_for(2.0, 2).name, WALL)
        self.assertEqual(basis_for(15.0, 2).name, CPU)
        self.assertIn("load 15.0 on 2 cores", basis_for(15.0, 2).describe())


class PageAimTests(SimpleTestCase):
    # At load 15 the wall clock is 8x the floor's while the CPU ratio holds at 2x.
    busy_reading = dict(median_ms=80.0, floor_ms=10.0, cpu_ms=20.0, floor_cpu_ms=10.0)

    def test_busy_machine_reads_cpu(self):
        self.assertTrue(met(15.0, **self.busy_reading))

    def test_the_reading_printed_is_the_one_the_verdict_read(self):
        busy = page_reading(basis=basis_for(15.0, 2), **self.busy_reading)
        self.assertEqual((busy.page_ms, busy.ratio), (20.0, 2.0))
        self.assertEqual(busy.describe(), "cpu: 20.0 ms, 2.0x its floor")
        free = page_reading(basis=basis_for(1.0, 2), **self.busy_reading)
        self.assertEqual((free.page_ms, free.ratio), (80.0, 8.0))
        self.assertEqual(free.describe(), "wall-clock: 80.0 ms, 8.0x its floor")

    def test_free_machine_reads_the_wall_clock(self):
        self.assertFalse(met(1.0, **self.busy_reading))

    def test_cpu_basis_still_misses_a_slow_page(self):
        slow = dict(median_ms=80.0, floor_ms=10.0, cpu_ms=70.0, floor_cpu_ms=10.0)
        self.assertFalse(met(15.0, **slow))

    def test_fast_pages_and_the_home_limit(self):
        fast = dict(median_ms=4.0, floor_ms=0.1, cpu_ms=4.0, floor_cpu_ms=0.1)
        self.assertTrue(met(1.0, **fast))
        self.assertFalse(met(1.0, **fast, limit_ms=3))


class ThroughputTests(SimpleTestCase):
    # 40 req/s measured at load 15, 8 ms of server CPU per request on 2 workers.
    reading = dict(rps=40.0, cpu_ms=8.0, workers=2, target=100)

    def test_busy_machine_reads_requests_per_cpu_second(self):
        self.assertTrue(throughput_met(basis=basis_for(15.0, 2), **self.reading, errors=0))

    def test_free_machine_reads_requests_per_second(self):
        self.assertFalse(throughput_met(basis=basis_for(1.0, 2), **self.reading, errors=0))

    def test_errors_miss_on_any_basis(self):
        self.assertFalse(throughput_met(basis=basis_for(15.0, 2), **self.reading, errors=1))

    def test_workers_beyond_the_cores_add_nothing(self):
        reading = dict(self.reading, cpu_ms=25.0, workers=8)
        self.assertFalse(throughput_met(basis=basis_for(15.0, 2), **reading, errors=0))


class IngestionRowTests(SimpleTestCase):
    def test_waits_for_the_first_stored_article(self):
        with tempfile.TemporaryDirectory() as tmp:
            log = Path(tmp) / "ingest.log"
            loop = subprocess.Popen(
                ["bash", "-c", f"sleep 1; echo 'failed a' >>{log}; echo 'stored b' >>{log}"]
            )
            loadtest.wait_for_first_article(log, loop, timeout=30)
            self.assertEqual(loadtest.ingest_outcomes(log), {"stored": 1, "failed": 1})
            loop.wait()

    def test_stops_waiting_when_the_loop_ends(self):
        with tempfile.TemporaryDirectory() as tmp:
            log = Path(tmp) / "ingest.log"
            loop = subprocess.Popen(["true"])
            loop.wait()
            loadtest.wait_for_first_article(log, loop, timeout=30)
            self.assertEqual(loadtest.ingest_outcomes(log), {"stored": 0, "failed": 0})
