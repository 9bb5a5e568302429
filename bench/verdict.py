"""The benchmarks' verdicts against their aims, on a basis the machine's load does not flip.

On a free machine (1-minute load average at most the number of cores) a request's
wall-clock time is what a reader waits, and the verdict reads it. On a busy one the
wall clock mostly counts time spent waiting for a CPU, which says nothing about the
code: the verdict then reads CPU time (the page's CPU against its floor's CPU measured
in the same run; for throughput, requests per CPU-second times the cores the workers
can use). Both figures are printed either way; the figures the verdict read, the basis
and the load are printed with it. The verdicts are figures, not a gate: the commands
exit 0 unless they could not measure.
"""

import os
from dataclasses import dataclass

WALL = "wall-clock"
CPU = "cpu"


@dataclass(frozen=True)
class Basis:
    name: str
    load: float
    cores: int

    def describe(self) -> str:
        return f"{self.name} (load {self.load:.1f} on {self.cores} cores)"


def basis_for(load: float | None = None, cores: int | None = None) -> Basis:
    """CPU time when the load average is above the core count, else wall-clock time."""
    load = os.getloadavg()[0] if load is None else load
    cores = cores or os.cpu_count() or 1
    return Basis(CPU if load > cores else WALL, load, cores)


@dataclass(frozen=True)
class PageReading:
    """The page's and its floor's medians on the verdict's basis."""

    basis: Basis
    page_ms: float
    floor_ms: float

    @property
    def ratio(self) -> float:
        return self.page_ms / max(self.floor_ms, 0.01)

    def describe(self) -> str:
        return f"{self.basis.name}: {self.page_ms:.1f} ms, {self.ratio:.1f}x its floor"


def page_reading(
    *, basis: Basis, median_ms: float, floor_ms: float, cpu_ms: float, floor_cpu_ms: float
) -> PageReading:
    """What a page's verdict reads: wall-clock medians, or CPU medians when the machine
    is busy."""
    if basis.name == CPU:
        return PageReading(basis, cpu_ms, floor_cpu_ms)
    return PageReading(basis, median_ms, floor_ms)


def page_aim_met(
    *, reading: PageReading, ratio: float, fast_ms: float, limit_ms: float | None = None
) -> bool:
    """A page within `ratio` times its floor or under `fast_ms`, and under `limit_ms`
    when given, as `reading` has it."""
    within = reading.ratio <= ratio or reading.page_ms < fast_ms
    return within and (limit_ms is None or reading.page_ms < limit_ms)


def throughput(*, basis: Basis, rps: float, cpu_ms: float, workers: int) -> float:
    """The requests per second a verdict reads: measured, or on a busy machine what the
    server's CPU time per request allows on the cores its workers can use (one each)."""
    if basis.name == WALL:
        return rps
    if cpu_ms <= 0:
        return 0.0
    return 1000 / cpu_ms * min(workers, basis.cores)


def throughput_met(
    *, basis: Basis, rps: float, cpu_ms: float, workers: int, target: float, errors: int
) -> bool:
    return (
        errors == 0 and throughput(basis=basis, rps=rps, cpu_ms=cpu_ms, workers=workers) >= target
    )
