"""One JSON line per request: what was asked, what was answered, and how long it took.

A line per request (not per event) is what log tools aggregate best: status counts,
slow paths and error rates come out of one `jq` or one query without joining lines.
"""

import json
import logging
import time
from datetime import UTC, datetime

from django.conf import settings

logger = logging.getLogger("peaceproc.requests")
# The most characters of a query string a line holds (a search is at most 200; a longer
# query is cut and ends with "…"), so that one request cannot write a huge line.
QUERY_LOG_CHARS = 1000


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the header a trusted proxy sets.

    Only a proxy that overwrites the header may be trusted with it (CLIENT_IP_HEADER);
    for a list such as X-Forwarded-For the last entry is the one the proxy added.
    """
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header and header != "REMOTE_ADDR" and (value := request.META.get(header, "").strip()):
        return value.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def logged_query(query: str) -> str | None:
    """The query string as a line holds it: None without one, cut at QUERY_LOG_CHARS."""
    if not query:
        return None
    return query if len(query) <= QUERY_LOG_CHARS else query[:QUERY_LOG_CHARS] + "…"


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        if logger.isEnabledFor(logging.INFO):
            user = getattr(request, "user", None)
            record = {
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "method": request.method,
                "path": request.path,
                # As sent (percent-encoded); the encoder escapes control characters.
                "query": logged_query(request.META.get("QUERY_STRING", "")),
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "ip": client_ip(request),
                "user": user.pk if user is not None and user.is_authenticated else None,
                "htmx": request.headers.get("HX-Request") == "true",
                # "hit" or "miss" for the public page cache, null when it did not apply.
                "cache": response.get("X-Page-Cache"),
            }
            logger.info(json.dumps(record, separators=(",", ":")))
        return response
