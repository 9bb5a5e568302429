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
"""

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
