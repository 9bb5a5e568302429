"""HEAD answered as GET without the body (RFC 9110, 9.3.2).

Django's views answer HEAD like GET, and only its development server and test client
drop the body; gunicorn sends it (and warns). The headers, Content-Length included, stay
those of the GET answer.
"""


class HeadWithoutBodyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "HEAD":
            if response.streaming:
                response.streaming_content = []
            else:
                response.content = b""
        return response
