"""WhiteNoise with Accept-Encoding, the validators and OPTIONS read as RFC 9110 writes them.

WhiteNoise 6.12 serves a precompressed file when the coding's name appears anywhere in
the header, so `gzip;q=0` (gzip refused) got the .gz file, and `GZIP` did not. It is
handed the codings the header takes, by this project's one parser, and chooses among
those as before (the smallest file); its `Vary: Accept-Encoding` is unchanged.

WhiteNoise gives a file and its .gz copy one strong ETag and serves byte ranges of both,
though a strong validator names one sequence of bytes (RFC 9110, 8.8.1; outside tester
t7s, issue 11). Here each copy is a representation with its own validator, the file's tag
with the coding's name added (`"6b0cfe54-6f0b-gzip"`). If-None-Match is matched against
the chosen copy's tag as for every other answer (peaceproc.conditional.none_match: weak
comparison, lists, `*`); WhiteNoise answered 304 only to its ETag written exactly as it
sent it. If-Range (which WhiteNoise ignored, sending a range of whatever file it now
held) keeps the Range only when it names the chosen copy: its strong tag, or its
Last-Modified date (13.1.5). OPTIONS answers 204 with Allow, as every page does
(peaceproc.readonlypages); any method but GET, HEAD and OPTIONS, 405 with the same Allow.
"""

from email.utils import parsedate
from http import HTTPStatus
from types import SimpleNamespace

from whitenoise.middleware import WhiteNoiseMiddleware
from whitenoise.responders import NOT_MODIFIED_HEADERS, Response, StaticFile

from peaceproc.compression import accepts
from peaceproc.conditional import modified_since, none_match
from peaceproc.readonlypages import ALLOWED, SAFE

# The precompressed files WhiteNoise looks for beside a static file (.br, .gz).
CODINGS = ("br", "gzip")
ALLOW = ", ".join(ALLOWED)
OPTIONS_RESPONSE = Response(HTTPStatus.NO_CONTENT, [("Allow", ALLOW)], None)
NOT_ALLOWED_RESPONSE = Response(HTTPStatus.METHOD_NOT_ALLOWED, [("Allow", ALLOW)], None)


class Variant:
    """One copy of a static file: its coding (None for the file itself), path, headers
    (its own ETag among them) and the 304 that stands for it."""

    def __init__(self, coding: str | None, path: str, headers: list[tuple[str, str]]):
        self.coding = coding
        self.path = path
        if coding:
            headers = [
                (name, f'{value[:-1]}-{coding}"' if name == "ETag" else value)
                for name, value in headers
            ]
        self.headers = headers
        self.etag = dict(headers).get("ETag")
        self.not_modified = Response(
            HTTPStatus.NOT_MODIFIED,
            [(name, value) for name, value in headers if name in NOT_MODIFIED_HEADERS],
            None,
        )


class Variants:
    """A static file and its precompressed copies, each answered as its own
    representation. `codings` in a request's META: the codings the client takes, as the
    middleware wrote them ("br, gzip", "gzip" or "")."""

    def __init__(self, static_file: StaticFile):
        self.file = static_file
        # WhiteNoise's alternatives, smallest first: (pattern, path, headers).
        self.variants = [
            Variant(dict(headers).get("Content-Encoding"), path, list(headers))
            for _pattern, path, headers in static_file.alternatives
        ]

    def chosen(self, taken: set[str]) -> Variant:
        return next(v for v in self.variants if v.coding is None or v.coding in taken)

    def get_response(self, method: str, request_headers) -> Response:
        if method == "OPTIONS":
            return OPTIONS_RESPONSE
        if method not in SAFE:
            return NOT_ALLOWED_RESPONSE
        taken = {c.strip() for c in request_headers.get("HTTP_ACCEPT_ENCODING", "").split(",")}
        variant = self.chosen(taken)
        if self.not_modified(request_headers, variant):
            return variant.not_modified
        file_handle = open(variant.path, "rb") if method == "GET" else None  # noqa: SIM115
        range_header = request_headers.get("HTTP_RANGE")
        if range_header and self.range_applies(request_headers.get("HTTP_IF_RANGE"), variant):
            try:
                return self.file.get_range_response(range_header, variant.headers, file_handle)
            except ValueError:
                pass  # a Range it cannot read: the whole file, as WhiteNoise does
        return Response(HTTPStatus.OK, variant.headers, file_handle)

    def not_modified(self, request_headers, variant: Variant) -> bool:
        validators = request_headers.get("HTTP_IF_NONE_MATCH")
        if validators is not None:
            # If-Modified-Since is not looked at beside it (RFC 9110, 13.2.2).
            return variant.etag is not None and none_match(validators, variant.etag)
        since = modified_since(request_headers.get("HTTP_IF_MODIFIED_SINCE"))
        return self.file.is_not_modified({"HTTP_IF_MODIFIED_SINCE": since} if since else {})

    def range_applies(self, if_range: str | None, variant: Variant) -> bool:
        """Whether a Range is to be served: no If-Range, or one that names `variant`
        (its strong ETag compared strongly, or its Last-Modified date exactly)."""
        if if_range is None:
            return True
        if_range = if_range.strip()
        if if_range.startswith(('"', "W/")):
            return variant.etag is not None and if_range == variant.etag
        date = parsedate(if_range)
        return date is not None and date == self.file.last_modified


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    def get_static_file(self, path, url, stat_cache=None):
        return Variants(super().get_static_file(path, url, stat_cache=stat_cache))

    @staticmethod
    def serve(static_file, request):
        header = request.META.get("HTTP_ACCEPT_ENCODING", "")
        taken = ", ".join(coding for coding in CODINGS if accepts(header, coding))
        meta = {**request.META, "HTTP_ACCEPT_ENCODING": taken}
        # WhiteNoise reads the method and the headers only; the request is left as it is.
        decided = SimpleNamespace(method=request.method, META=meta)
        return WhiteNoiseMiddleware.serve(static_file, decided)
