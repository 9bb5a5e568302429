"""`make loadtest`: the production-like server on loopback, driven by wrk.

gunicorn (2 workers, gunicorn_conf.py, DEBUG off, hashed static files) serves a freshly migrated and
seeded SQLite copy in a temporary folder. wrk (Debian's; installed with apt-get when
missing) loads each scenario for a bounded time: the timeline, a filtered htmx request, a
round page, the API, and /_ping (a trivial Django view through the whole middleware
stack: the ceiling). The timeline is then loaded again while `manage.py ingest` stores
articles in a loop, as an editor's batch would. Every request goes to 127.0.0.1 only.

Prints requests per second, latency percentiles and errors per scenario, each
scenario's throughput as a share of the ceiling, and the server's CPU time per request
and requests per CPU-second (gunicorn's processes, from /proc: what a busy machine's
waiting does not inflate). The verdict on `/`: no errors and at least 300 req/s with the
page cache on (issue 6), 100 with PAGE_CACHE=0 (issue 11); read on the measured req/s, or,
when the load average is above the core count, on what the CPU time per request allows
on the workers' cores (bench/verdict.py); the basis and the load are printed. Figures,
not a gate: the exit status is 0 unless the command itself failed (as `make bench`,
`make eval-ingest`).

    python bench/loadtest.py [--seconds 10] [--connections 8] [--workers 2]
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from verdict import basis_for, throughput, throughput_met  # noqa: E402

PY = sys.executable
# On `/`, two workers, this machine: from the page cache (issue 6), and rendered on every
# request with PAGE_CACHE=0 (issue 11). The environment reaches the server's settings.
TARGET_RPS = 300
TARGET_RPS_UNCACHED = 100


def page_cache_on() -> bool:
    """What settings.PAGE_CACHE will be for the server (DEBUG off, not testing)."""
    return os.getenv("PAGE_CACHE", "1").strip().lower() not in ("0", "false", "no", "off", "")


SCENARIOS = [
    # name, path, extra headers
    ("timeline /", "/", {}),
    ("htmx /?round=astana-4", "/?round=astana-4", {"HX-Request": "true"}),
    ("round page", "/rounds/astana-4/", {}),
    ("API /api/rounds", "/api/rounds?track=astana", {}),
    ("API /api/timeline", "/api/timeline?round=astana-4", {}),
    ("ceiling /_ping", "/_ping", {}),
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ensure_wrk() -> str:
    if path := shutil.which("wrk"):
        return path
    log("wrk is missing: installing Debian's package")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env).returncode:
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, check=True)
    return shutil.which("wrk") or sys.exit("wrk could not be installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run([PY, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, **kwargs)


def prepare(tmp: Path) -> dict:
    """A seeded SQLite copy and collected static files, all inside `tmp`."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DEBUG", "SECRET_KEY")}
    env.update(
        SQLITE_PATH=str(tmp / "db.sqlite3"),
        STATIC_ROOT=str(tmp / "static"),
        PEACEPROC_COMMAND_LINE="1",
    )
    log("Preparing a seeded SQLite copy and the static files ...")
    for args in (
        ("migrate", "--no-input", "-v0"),
        ("loadseeds", "-v0"),
        ("collectstatic", "--no-input", "-v0"),
    ):
        manage(env, *args, check=True, stdout=subprocess.DEVNULL)
    return env


def start_server(env: dict, port: int, workers: int, tmp: Path) -> subprocess.Popen:
    server_env = {**env, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50)}
    server_env.pop("PEACEPROC_COMMAND_LINE")  # served: the production rules apply
    server_env.update(GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY=str(workers))
    logfile = open(tmp / "server.log", "w")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "peaceproc.wsgi", "-c", "peaceproc/gunicorn_conf.py"],
        env=server_env,
        cwd=ROOT,
        stdout=logfile,
        stderr=logfile,
        start_new_session=True,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.3)
    stop(proc)
    sys.exit(f"gunicorn did not become healthy; see {tmp / 'server.log'}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def process_cpu_ticks(group: int) -> dict[int, int]:
    """CPU ticks (user + system) so far of each live process in process group `group`,
    read from /proc (Linux)."""
    ticks = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The fields after the command's closing parenthesis: pgrp is the 3rd, utime
            # and stime the 12th and 13th.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[2]) == group:
            ticks[int(stat.parent.name)] = int(fields[11]) + int(fields[12])
    return ticks


class ServerCpu:
    """The CPU time gunicorn's master and workers spend while a scenario runs.

    Each process is sampled every SAMPLE_SECONDS and its own ticks since the start are
    summed (a worker started meanwhile from zero). The reaped children's times (cutime)
    are not used: a worker recycled after max_requests drops out of /proc before or
    after its master reaps it, and the difference of totals taken around that moment
    came out negative. A worker that ends loses at most its last interval's time."""

    SAMPLE_SECONDS = 0.2

    def __init__(self, server: subprocess.Popen):
        self.group = server.pid
        self.start = process_cpu_ticks(self.group)
        self.last = dict(self.start)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self) -> None:
        while not self.stopped.wait(self.SAMPLE_SECONDS):
            self.last.update(process_cpu_ticks(self.group))

    def seconds(self) -> float:
        self.stopped.set()
        self.thread.join()
        self.last.update(process_cpu_ticks(self.group))
        ticks = sum(now - self.start.get(pid, 0) for pid, now in self.last.items())
        return ticks / os.sysconf("SC_CLK_TCK")


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def run_wrk(wrk, url, headers, seconds, connections) -> dict:
    cmd = [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        cmd += ["-H", f"{name}: {value}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "non2xx": 0,
        "socket_errors": 0,
    }
    for pct in ("50", "75", "90", "99"):
        result[f"p{pct}"] = to_ms(re.search(rf"\s{pct}%\s+([\d.]+\w+)", out).group(1))
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        result["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        result["socket_errors"] = sum(int(g) for g in m.groups())
    return result


def articles(tmp: Path) -> list[Path]:
    """Distinct copies of the ingestion development set (the same text twice would be
    refused as a duplicate, and the point is to write)."""
    folder = tmp / "articles"
    folder.mkdir()
    paths = []
    for i, source in enumerate(sorted((ROOT / "bench" / "ingest_devset").glob("en*.txt"))):
        path = folder / f"load{i:02d}.txt"
        path.write_text(f"Load test article {i}.\n\n" + source.read_text(encoding="utf-8"))
        paths.append(path)
    return paths


def ingestion_loop(env: dict, tmp: Path) -> subprocess.Popen:
    files = " ".join(str(p) for p in articles(tmp))
    script = (
        f'for f in {files}; do {PY} {ROOT / "manage.py"} ingest "$f" '
        f'--published 2017-08-01 >/dev/null 2>>{tmp / "ingest.log"} && echo "stored $f" '
        f'>>{tmp / "ingest.log"} || echo "failed $f" >>{tmp / "ingest.log"}; done'
    )
    return subprocess.Popen(["bash", "-c", script], env=env, cwd=ROOT, start_new_session=True)


def ingest_outcomes(path: Path) -> dict[str, int]:
    """How many articles the ingestion loop has stored and failed so far (its log)."""
    lines = path.read_text().splitlines() if path.exists() else []
    return {
        outcome: sum(line.startswith(outcome) for line in lines) for outcome in ("stored", "failed")
    }


def wait_for_first_article(path: Path, loop: subprocess.Popen, timeout: float = 300) -> None:
    """Until the loop has stored an article, ended or `timeout` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and loop.poll() is None:
        if ingest_outcomes(path)["stored"]:
            return
        time.sleep(0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the folder with the logs")
    args = parser.parse_args()

    wrk = ensure_wrk()
    with tempfile.TemporaryDirectory(prefix="peaceproc-load-", delete=not args.keep) as tmpname:
        if args.keep:
            log(f"Keeping {tmpname}")
        tmp = Path(tmpname)
        env = prepare(tmp)
        port = free_port()
        server = start_server(env, port, args.workers, tmp)
        base = f"http://127.0.0.1:{port}"
        results = []
        try:
            for name, path, headers in SCENARIOS:
                # Warm up: the first request of each worker loads templates and caches.
                for _ in range(2 * args.workers):
                    urllib.request.urlopen(
                        urllib.request.Request(base + path, headers=headers), timeout=30
                    ).read()
                log(f"Loading {name} for {args.seconds} s ...")
                meter = ServerCpu(server)
                result = run_wrk(wrk, base + path, headers, args.seconds, args.connections)
                cpu = meter.seconds()
                result["cpu_ms"] = 1000 * cpu / max(result["requests"], 1)
                result["load"] = os.getloadavg()[0]
                results.append((name, result))
            ingest = ingestion_loop(env, tmp)
            try:
                # On a busy machine the first `manage.py ingest` takes a while to start:
                # the load begins once one article is stored, so it overlaps writes.
                log("Waiting for the first article to be stored ...")
                wait_for_first_article(tmp / "ingest.log", ingest)
                before = ingest_outcomes(tmp / "ingest.log")
                log(f"Loading timeline / for {args.seconds} s while ingestion runs ...")
                meter = ServerCpu(server)
                result = run_wrk(wrk, base + "/", {}, args.seconds, args.connections)
                cpu = meter.seconds()
                during = ingest_outcomes(tmp / "ingest.log")
            finally:
                stop(ingest)
            result["cpu_ms"] = 1000 * cpu / max(result["requests"], 1)
            result["load"] = os.getloadavg()[0]
            stored = during["stored"] - before["stored"]
            failed_runs = during["failed"] - before["failed"]
            # Nothing ingested while loading: the row would be a plain timeline figure.
            result["invalid"] = stored + failed_runs == 0
            results.append(("timeline / + ingestion", result))
            server_log = (tmp / "server.log").read_text()
        finally:
            stop(server)

    ceiling = next(r["rps"] for n, r in results if n.startswith("ceiling"))
    cached = page_cache_on()
    target = TARGET_RPS if cached else TARGET_RPS_UNCACHED
    print(
        f"\npeaceproc load test: gunicorn, {args.workers} gthread workers, SQLite, "
        f"wrk {args.connections} connections x {args.seconds} s, loopback, {os.cpu_count()} cores, "
        f"page cache {'on' if cached else 'off'}, load average {os.getloadavg()[0]:.1f}\n"
    )
    header = (
        f"{'scenario':26} {'req/s':>8} {'p50 ms':>8} {'p75 ms':>8} {'p90 ms':>8} "
        f"{'p99 ms':>8} {'errors':>7} {'x ceiling':>9} {'cpu ms/req':>10} {'req/cpu-s':>9}"
    )
    print(header)
    print("-" * len(header))
    errors = 0
    for name, r in results:
        if r.get("invalid"):
            print(f"{name:26} invalid: no article was ingested while loading (not a figure)")
            continue
        failed = r["non2xx"] + r["socket_errors"]
        errors += failed
        print(
            f"{name:26} {r['rps']:8.0f} {r['p50']:8.1f} {r['p75']:8.1f} {r['p90']:8.1f} "
            f"{r['p99']:8.1f} {failed:7d} {r['rps'] / ceiling:9.2f} {r['cpu_ms']:10.1f} "
            f"{1000 / r['cpu_ms'] if r['cpu_ms'] > 0 else 0:9.0f}"
        )
    server_errors = server_log.count('"status":5')
    print(
        f"\nserver log: {server_errors} responses with status 5xx; "
        f"ingestion: {stored} article(s) stored, {failed_runs} failed "
        f"(of {stored + failed_runs} run while loading)"
    )
    home = next(r for n, r in results if n == "timeline /")
    basis = basis_for(home["load"])
    reading = dict(basis=basis, rps=home["rps"], cpu_ms=home["cpu_ms"], workers=args.workers)
    ok = throughput_met(**reading, target=target, errors=errors + server_errors)
    print(
        f"target: >= {target} req/s on / with no errors: {'met' if ok else 'NOT met'} "
        f"({throughput(**reading):.0f} req/s read on {basis.describe()}; figures, not a gate)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
