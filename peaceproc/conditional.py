"""ETags and 304s for HEAD as for GET (RFC 9110, 13.2.1: If-None-Match and
If-Modified-Since apply to both).

Django's ConditionalGetMiddleware leaves HEAD alone, reasoning that its body is empty so
no ETag can be computed. Here HEAD reaches this layer with the GET answer's body
(HeadWithoutBodyMiddleware, further out, drops it afterwards), so its ETag is the GET
answer's and the same validators give the same 304.
"""

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
        if etag or last_modified:
            return get_conditional_response(
                request, etag=etag, last_modified=last_modified, response=response
            )
        return response
