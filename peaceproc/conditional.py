"""ETags and 304s for HEAD as for GET (RFC 9110, 13.2.1: If-None-Match and
If-Modified-Since apply to both).

Django's ConditionalGetMiddleware leaves HEAD alone, reasoning that its body is empty so
no ETag can be computed. Here HEAD reaches this layer with the GET answer's body
(HeadWithoutBodyMiddleware, further out, drops it afterwards), so its ETag is the GET
answer's and the same validators give the same 304.
"""

import time

from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGet
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_etags, parse_http_date_safe


def none_match(header: str, etag: str) -> bool:
    """Whether an If-None-Match `header` matches a representation's `etag` (RFC 9110,
    13.1.2), so that a GET or HEAD is answered 304: `*` matches any current
    representation, and a list of tags matches by weak comparison (each tag without its
    `W/`). The header is read by Django's parser, the one its conditional responses use;
    a header it cannot read matches nothing."""
    tags = parse_etags(header)
    if tags == ["*"]:
        return True
    return opaque(etag) in {opaque(tag) for tag in tags}


def modified_since(header: str | None) -> str | None:
    """An If-Modified-Since `header` to act on, else None: one naming a time later than
    the server's clock is not a valid date (RFC 9110, 13.1.3) and is ignored, as one
    Django cannot read is (outside tester t12a, finding 12: `Mon, 31 Dec 9999` got a 304
    from every page and feed, whatever changed after the time it was sent)."""
    since = parse_http_date_safe(header) if header else None
    return header if since is not None and since <= time.time() else None


def opaque(etag: str) -> str:
    """An entity tag without its weakness indicator: `W/"x"` and `"x"` compare equal."""
    return etag.removeprefix("W/")


class ConditionalGetMiddleware(DjangoConditionalGet):
    def process_response(self, request, response):
        if request.method not in ("GET", "HEAD"):
            return response
        if self.needs_etag(response) and not response.has_header("ETag"):
            set_response_etag(response)
        etag = response.get("ETag")
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        if "HTTP_IF_MODIFIED_SINCE" in request.META and not modified_since(
            request.META["HTTP_IF_MODIFIED_SINCE"]
        ):
            del request.META["HTTP_IF_MODIFIED_SINCE"]
        if etag or last_modified:
            return get_conditional_response(
                request, etag=etag, last_modified=last_modified, response=response
            )
        return response
