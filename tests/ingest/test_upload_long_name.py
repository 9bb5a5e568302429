"""Outside tester t11b, finding 14: a file whose name runs to a thousand characters made
the whole upload unreadable to Django (one file's headers hold at most 1,024 bytes) and
the editor got a bare 400, "The request could not be understood". The upload page comes
back instead, saying the name is too long and what to do; nothing is stored."""

from .test_admin import INDEX, Counts, IngestTestCase

TEXT = b"Talks in Geneva\n\nThe envoys met in Geneva on 3 March 2017 to discuss Syria.\n"


class LongFileNameTests(IngestTestCase):
    def upload(self, name: str):
        """The POST a browser sends for the file called `name` (built here: the test
        client's files cut their names to 255 characters)."""
        boundary = "t11b-boundary"
        head = f'Content-Disposition: form-data; name="files"; filename="{name}"'
        body = b"".join(
            [
                f"--{boundary}\r\n".encode(),
                b'Content-Disposition: form-data; name="published"\r\n\r\n2017-03-04\r\n',
                f"--{boundary}\r\n{head}\r\nContent-Type: text/plain\r\n\r\n".encode(),
                TEXT,
                f"\r\n--{boundary}--\r\n".encode(),
            ]
        )
        content_type = f"multipart/form-data; boundary={boundary}"
        return self.client.generic("POST", INDEX, body, content_type=content_type)

    def test_a_name_too_long_to_read_is_said_on_the_upload_page(self):
        before = Counts()
        for name in ("r" * 1200 + ".txt", "доклад" * 200 + ".txt"):
            with self.subTest(name=name[:10]), self.assertLogs("django.request", "WARNING"):
                response = self.upload(name)
                self.assertEqual(response.status_code, 400)
                self.assertContains(
                    response, "the upload could not be read, as a file&#x27;s name is too long",
                    status_code=400,
                )  # fmt: skip
                self.assertContains(response, "Rename the file", status_code=400)
                # The upload form itself, to select the file again.
                self.assertContains(response, 'name="files"', status_code=400)
        self.assertEqual(Counts(), before)

    def test_a_long_name_that_can_be_read_is_uploaded(self):
        response = self.upload("r" * 300 + ".txt")
        self.assertEqual(response.status_code, 302)
