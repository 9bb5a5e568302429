"""Tester 12, finding 21: a HEAD request gets the GET answer's headers and no body, through
the WSGI handler a server such as gunicorn calls (the test client drops the body itself)."""

import io

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import TestCase


def wsgi(method: str, path: str) -> tuple[str, dict[str, str], bytes]:
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=dict(headers))

    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
    }
    # As the test client does: a request's end must not close the test's connection,
    # which holds the test's transaction (on PostgreSQL the next request got a closed
    # connection and both GET and HEAD answered 500, alike).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = WSGIHandler()(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"], answer["headers"], body


class HeadTests(TestCase):
    def test_head_has_the_get_headers_and_no_body(self):
        pages = {"/about/": "200 OK", "/agreements/": "200 OK", "/no-such-page/": "404 Not Found"}
        for path, expected in pages.items():
            with self.subTest(path):
                status, headers, body = wsgi("GET", path)
                self.assertEqual(status, expected)
                head_status, head_headers, head_body = wsgi("HEAD", path)
                self.assertTrue(body)
                self.assertEqual(head_body, b"")
                self.assertEqual(head_status, status)
                self.assertEqual(head_headers["Content-Type"], headers["Content-Type"])
                self.assertEqual(head_headers.get("Content-Length"), str(len(body)))
