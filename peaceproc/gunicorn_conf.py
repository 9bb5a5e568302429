"""gunicorn settings for `make serve` and `make loadtest` (gunicorn -c peaceproc/gunicorn_conf.py).

A process per core (WEB_CONCURRENCY): every page is short, CPU-bound template work, so
processes, not threads, give the throughput under the GIL. Each worker still runs a few
threads (gthread): a sync worker is held by one client that sends a request slowly or
not at all, so two such connections froze two sync workers until `timeout` killed
them. With threads, a connection that sends nothing is parked in the worker's poller,
and one that stops half-way holds one thread, not the worker. That is a mitigation, not
a defence: production needs a proxy that buffers whole requests (docs/deploy.md).
Thread safety: Django's connections are per thread; the per-process caches
(chronology/catalogue.py, links.py) are replaced whole or filled idempotently.
"""

import os

bind = os.getenv("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.getenv("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.getenv("GUNICORN_THREADS", "8"))
# A request that takes longer than this is stuck (a page renders in milliseconds).
timeout = int(os.getenv("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Seconds an idle kept-alive (or silent new) connection is kept before it is closed.
keepalive = 2
# Recycle workers now and then so that a slow leak never grows without bound.
max_requests = int(os.getenv("GUNICORN_MAX_REQUESTS", "5000"))
# Jitter spreads the restarts so that the workers are never all recycled at once.
max_requests_jitter = int(os.getenv("GUNICORN_MAX_REQUESTS_JITTER", str(max_requests // 10)))
# Django writes one JSON line per request (peaceproc.requestlog); gunicorn's own access log
# would duplicate it. Errors still go to stderr.
accesslog = None
errorlog = "-"
# Which peers may set X-Forwarded-Proto (and the other secure-scheme headers): none
# unless FORWARDED_ALLOW_IPS names them, e.g. the proxy's address. gunicorn's own default
# trusts 127.0.0.1, so any local process could make a plain request pass for https
# (docs/deploy.md, "The proxy in front").
forwarded_allow_ips = os.getenv("FORWARDED_ALLOW_IPS", "")
# Header sizes: refuse absurd request lines and headers before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# The app is loaded once in the master and warmed (peaceproc/site/warmup.py) before the
# workers are forked: a new worker, at boot or recycled after max_requests, answers its
# first request at once instead of importing Django and the app (seconds) first. The
# warm-up closes its database connections before the fork, so no worker shares one.
preload_app = True


def when_ready(server):
    # In the master, before the workers are forked: the warm-up and the collector's
    # set-up (site/warmup.py: the same as bench/run.py measures), which the workers
    # inherit.
    from peaceproc.site.warmup import ready_process

    ready_process()
