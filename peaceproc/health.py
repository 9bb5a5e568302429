"""Probes for load balancers and the load test.

/healthz asks the database a question, so a worker that has lost its database is taken out
of rotation; /_ping touches nothing, so the load test can measure the server's ceiling
(routing, middleware, WSGI) apart from any page's own work.
"""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@never_cache
@require_safe
def ping(request):
    return HttpResponse("pong", content_type="text/plain")
