"""What a web process loads before its first request: gunicorn calls `warm()` in the
master (peaceproc/gunicorn_conf.py), once the app is loaded and before it forks the
workers, so a new worker (at boot, or recycled after max_requests) starts with it done.

Warmed: the URL resolver, every project template compiled (the cached loader keeps them),
and every list of the catalogue (chronology/catalogue.py; a worker checks them against the
record's generation on every request, so a copy made here is never served stale): a
worker's first page makes the queries of its thousandth (the agreements by round were not
warmed before, one more query on a new worker's first round page). And the ingest
pipeline (peaceproc/ingest/warmup.py): a worker's first ingestion took ~0.5 s of CPU more
than the next (5 s of wall at load 10, outside tester t6i). The database
connections opened here are closed before the fork: no worker shares a socket.

`ready_process()` is the whole set-up of a serving process: the warm-up, then the
collector's (below). gunicorn's master calls it, and so does bench/run.py, so the
benchmark measures the process the server runs.
"""

import gc
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template.loader import get_template
from django.urls import get_resolver

from peaceproc.chronology.catalogue import Catalogue, catalogue
from peaceproc.ingest.warmup import warm_pipeline


def project_templates() -> list[str]:
    """The names of the project's own templates (not those of Django's apps)."""
    names = []
    for directory in settings.TEMPLATES[0]["DIRS"]:
        root = Path(directory)
        names += sorted(str(p.relative_to(root)) for p in root.rglob("*.html"))
    return names


# The collector's youngest generation is collected once this many more container objects
# are alive than at its last collection (CPython's default: 700). A timeline page holds a
# few thousand at once, most freed as soon as it is sent: at 700 a worker collected its
# youngest generation ~1.5 times and its middle one every ~7 requests, each time walking
# the page in progress. Process CPU over 360 mixed pages (bench DB, after warm() and
# gc.freeze(), load 6-7): collector 0.61-0.74 ms a page at 700, 0.56-0.59 at 5,000 (no
# full collection in 360 pages), 0.67-0.72 at 10,000-20,000, 1.6-1.7 at 50,000 (each
# collection then walks several pages' survivors). Memory: see the commit.
GC_YOUNG_THRESHOLD = 5_000


def ready_process() -> None:
    """Make this process ready to serve: warm it, then move everything it holds (Django,
    the app, the compiled templates: about 150,000 objects, alive as long as the process)
    out of the collector's reach, so that its collections walk only what pages make, and
    the pages a fork shares stay shared (gc.freeze()); and collect the youngest objects
    less often (GC_YOUNG_THRESHOLD)."""
    warm()
    gc.collect()  # what the warm-up left in cycles is freed, not frozen
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def warm() -> None:
    try:
        get_resolver().check()  # imports every view module
        for name in project_templates():
            get_template(name)
        lists = catalogue()
        for name in Catalogue.LISTS:
            getattr(lists, name)
        warm_pipeline()
    finally:
        connections.close_all()
