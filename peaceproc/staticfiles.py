"""WhiteNoise with Accept-Encoding and If-None-Match read as RFC 9110 writes them.

WhiteNoise 6.12 serves a precompressed file when the coding's name appears anywhere in
the header, so `gzip;q=0` (gzip refused) got the .gz file, and `GZIP` did not. It is
handed the codings the header takes, by this project's one parser, and chooses among
those as before (the smallest file); its `Vary: Accept-Encoding` is unchanged.

It also answers If-None-Match with a 304 only when the header is its ETag, character for
character, so a weak validator (`W/"..."`, what a cache that recompressed the file sends
back), a list of tags, or `*` got the whole file again. Whether the header matches is
decided as for every other answer (peaceproc.conditional.none_match), and WhiteNoise is
handed its own ETag when it does, so that it answers 304 with its usual headers.
"""

from types import SimpleNamespace

from whitenoise.middleware import WhiteNoiseMiddleware

from peaceproc.compression import accepts
from peaceproc.conditional import none_match

# The precompressed files WhiteNoise looks for beside a static file (.br, .gz).
CODINGS = ("br", "gzip")


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    @staticmethod
    def serve(static_file, request):
        header = request.META.get("HTTP_ACCEPT_ENCODING", "")
        taken = ", ".join(coding for coding in CODINGS if accepts(header, coding))
        meta = {**request.META, "HTTP_ACCEPT_ENCODING": taken}
        validators = request.META.get("HTTP_IF_NONE_MATCH")
        if validators is not None and none_match(validators, static_file.etag):
            meta["HTTP_IF_NONE_MATCH"] = static_file.etag
        # WhiteNoise reads the method and the headers only; the request is left as it is.
        decided = SimpleNamespace(method=request.method, META=meta)
        return WhiteNoiseMiddleware.serve(static_file, decided)
