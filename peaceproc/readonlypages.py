"""The public site is read-only: a request with any other method than GET or HEAD to
one of its pages answers 405 with `Allow: GET, HEAD` (an OPTIONS request included),
before the CSRF check, which would otherwise answer a POST with its 403 page as if the
page took a form (tester finding 7 of issue 11: the feed). The views still refuse
other methods themselves (require_safe); this only decides before the CSRF check.
"""

from django.http import HttpResponseNotAllowed

SAFE = ("GET", "HEAD")


class ReadOnlyPublicPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        match = request.resolver_match
        if request.method not in SAFE and match is not None and match.namespace == "site":
            return HttpResponseNotAllowed(SAFE)
        return None
