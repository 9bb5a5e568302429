"""gzip for the anonymous public pages, the API and the exports; never for the admin.

BREACH: a compressed page that reflects what an attacker sends beside a secret (a CSRF
token, a session's data) leaks the secret through its length. The public pages and the
API hold no secret: they are the same for every anonymous visitor and set no cookie.
The admin and the ingestion pages (under /admin/) carry CSRF tokens and editors' data,
so they, and any answer to a request with a session cookie or setting a cookie, are
sent uncompressed (Django also masks its CSRF token per response; this does not rely
on it). Static files are compressed ahead of time by WhiteNoise.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware


class PublicGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if (
            request.path.startswith("/admin/")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or response.cookies
        ):
            return response
        return super().process_response(request, response)
