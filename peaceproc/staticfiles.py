"""WhiteNoise with Accept-Encoding read as RFC 9110 writes it (peaceproc.compression).

WhiteNoise 6.12 serves a precompressed file when the coding's name appears anywhere in
the header, so `gzip;q=0` (gzip refused) got the .gz file, and `GZIP` did not. It is
handed the codings the header takes, by this project's one parser, and chooses among
those as before (the smallest file); its `Vary: Accept-Encoding` is unchanged.
"""

from types import SimpleNamespace

from whitenoise.middleware import WhiteNoiseMiddleware

from peaceproc.compression import accepts

# The precompressed files WhiteNoise looks for beside a static file (.br, .gz).
CODINGS = ("br", "gzip")


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    @staticmethod
    def serve(static_file, request):
        header = request.META.get("HTTP_ACCEPT_ENCODING", "")
        taken = ", ".join(coding for coding in CODINGS if accepts(header, coding))
        # WhiteNoise reads the method and the headers only; the request is left as it is.
        decided = SimpleNamespace(
            method=request.method, META={**request.META, "HTTP_ACCEPT_ENCODING": taken}
        )
        return WhiteNoiseMiddleware.serve(static_file, decided)
