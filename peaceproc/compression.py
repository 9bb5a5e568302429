"""gzip for the anonymous public pages, the API and the exports; never for the admin.

BREACH: a compressed page that reflects what an attacker sends beside a secret (a CSRF
token, a session's data) leaks the secret through its length. The public pages and the
API hold no secret: they are the same for every anonymous visitor and set no cookie.
The admin and the ingestion pages (under /admin/) carry CSRF tokens and editors' data,
so they, and any answer to a request with a session cookie or setting a cookie, are
sent uncompressed (Django also masks its CSRF token per response; this does not rely
on it). Static files are compressed ahead of time by WhiteNoise, which is handed this
module's reading of the header (peaceproc.staticfiles).

Whether a client takes gzip is read from Accept-Encoding as RFC 9110 (12.5.3) writes it:
coding names in any case, `q=0` refusing one, `*` standing for any coding not named.
Django's own check looks for the lower-case word "gzip" anywhere in the header.
"""

import re
from types import SimpleNamespace

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

QVALUE = re.compile(r"0(\.\d{0,3})?|1(\.0{0,3})?")


def codings(header: str) -> dict[str, float]:
    """Each content coding an Accept-Encoding header names (lower case) with its
    quality; a malformed quality counts as 0 (not acceptable)."""
    qualities: dict[str, float] = {}
    for part in header.split(","):
        coding, *params = (piece.strip() for piece in part.split(";"))
        if not coding:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                quality = float(value) if QVALUE.fullmatch(value) else 0.0
        qualities.setdefault(coding.lower(), quality)
    return qualities


# The names a coding may be asked for by (RFC 9110, 18.6: x-gzip for gzip).
ALIASES = {"gzip": ("gzip", "x-gzip")}


def accepts(header: str, coding: str) -> bool:
    """Whether an Accept-Encoding header takes `coding`: by its own quality when it names
    it, else by the quality of `*`."""
    qualities = codings(header)
    for name in ALIASES.get(coding, (coding,)):
        if name in qualities:
            return qualities[name] > 0
    return qualities.get("*", 0.0) > 0


def accepts_gzip(header: str) -> bool:
    return accepts(header, "gzip")


class PublicGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if (
            request.path.startswith("/admin/")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or response.cookies
        ):
            return response
        if response.status_code == 304:
            # A 304 stands for the answer it validates, which varies on Accept-Encoding
            # (RFC 9110, 15.4.5); Django's middleware leaves a body this short alone.
            patch_vary_headers(response, ("Accept-Encoding",))
            return response
        # Django's middleware reads only the header, with its own check: it is handed
        # this module's answer instead ("gzip", or nothing).
        taken = accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        decided = SimpleNamespace(META={"HTTP_ACCEPT_ENCODING": "gzip" if taken else ""})
        return super().process_response(decided, response)
