"""The public site is read-only: OPTIONS answers 204 with `Allow: GET, HEAD, OPTIONS`
(RFC 9110, 9.3.7), and any other method than GET or HEAD to one of its pages answers 405
with the same Allow header, before the CSRF check, which would otherwise answer a POST
with its 403 page as if the page took a form (tester finding 7 of issue 11: the feed).
The views still refuse other methods themselves (require_safe); this only decides before
the CSRF check.
"""

from django.http import HttpResponse, HttpResponseNotAllowed

SAFE = ("GET", "HEAD")
ALLOWED = (*SAFE, "OPTIONS")


class ReadOnlyPublicPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        match = request.resolver_match
        if request.method in SAFE or match is None or match.namespace != "site":
            return None
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ", ".join(ALLOWED)
            return response
        return HttpResponseNotAllowed(ALLOWED)
