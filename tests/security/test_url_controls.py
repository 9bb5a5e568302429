"""A web address with a control character (outside tester t10a, finding 3): Admin ->
Sources -> Add took a URL holding a right-to-left override (U+202E), which every other
text field refuses, and the API returned it. Every place a URL is typed refuses it."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from peaceproc.chronology.models import Source
from peaceproc.ingest.forms import SourceDetailsForm
from tests.ingest.test_admin import ARTICLE, Counts, IngestTestCase

# Each address and what the admin answers it.
REFUSED = {
    "https://example.org/news/\u202etxt.exe": "Remove the control character U+202E",
    "https://example.org/\u2066talks\u2069": "Remove the control character U+2066",
    "https://example.org/a\x1bb": "Remove the control character U+001B",
    # Django's URLValidator refuses a line separator first, as whitespace.
    "https://example.org/a\u2028b": "Enter a valid URL.",
    # Format characters (re-tester t10s): invisible, and IDNA drops some from a host.
    "https://exa\u200bmple.org/x": "Remove the format character U+200B",
    "https://example.org/a\u2060b": "Remove the format character U+2060",
    "https://\ufeffexample.org/x": "Remove the format character U+FEFF",
    "https://example.org/talks\u00ad2026": "Remove the format character U+00AD",
    # An unassigned code point, an empty box in the address (re-tester t16c, 5).
    "http://example.org/a\u0378y": "Remove the character U+0378",
}
BAD_URL = "https://example.org/news/\u202etxt.exe"


class UrlControlCharacterTests(IngestTestCase):
    def test_the_admins_source_form_refuses_it_and_stores_nothing(self):
        before = Source.objects.count()
        for url, message in REFUSED.items():
            with self.subTest(url=url):
                response = self.client.post(
                    reverse("admin:chronology_source_add"),
                    {"url": url, "publisher": "Someone", "title": "", "published_on": "",
                     "language": "en", "text": ""},
                )  # fmt: skip
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
        self.assertEqual(Source.objects.count(), before)

    def test_the_model_refuses_it(self):
        with self.assertRaises(ValidationError) as caught:
            Source(url=BAD_URL, publisher="Someone").full_clean()
        self.assertIn("url", caught.exception.message_dict)

    def test_the_model_refuses_any_format_character(self):
        for char in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\U000e0001"):
            with self.subTest(code=f"U+{ord(char):04X}"):
                with self.assertRaises(ValidationError) as caught:
                    Source(url=f"https://exa{char}mple.org/x", publisher="Someone").full_clean()
                self.assertIn(
                    f"Remove the format character U+{ord(char):04X}: a web address holds no",
                    " ".join(caught.exception.message_dict["url"]),
                )

    def test_a_url_of_letters_of_any_script_is_still_taken(self):
        Source(url="https://example.org/سوريا/محادثات", publisher="Someone").full_clean()

    def test_the_paste_refuses_it(self):
        before = Counts()
        response = self.paste(ARTICLE, url=BAD_URL)
        self.assertContains(
            response, "Remove the control character U+202E: a web address holds no control"
        )
        self.assertEqual(Counts(), before)

    def test_the_reviews_source_details_refuse_it(self):
        form = SourceDetailsForm(
            {f"{SourceDetailsForm.prefix}-{name}": value
             for name, value in (("url", BAD_URL), ("publisher", "Someone"), ("title", ""))}
        )  # fmt: skip
        self.assertFalse(form.is_valid())
        self.assertIn("Remove the control character U+202E", str(form.errors["url"]))

    def test_the_paste_refuses_a_format_character_in_the_host(self):
        before = Counts()
        response = self.paste(ARTICLE, url="https://exa\u200bmple.org/x")
        self.assertContains(response, "Remove the format character U+200B: a web address holds")
        self.assertEqual(Counts(), before)

    def test_every_url_box_refuses_an_unassigned_code_point(self):
        url = "http://example.org/a\u0378y"
        before = Counts()
        self.assertContains(self.paste(ARTICLE, url=url), "Remove the character U+0378")
        self.assertEqual(Counts(), before)
        form = SourceDetailsForm(
            {f"{SourceDetailsForm.prefix}-{name}": value
             for name, value in (("url", url), ("publisher", "Someone"), ("title", ""))}
        )  # fmt: skip
        self.assertFalse(form.is_valid())
        self.assertIn("Remove the character U+0378", str(form.errors["url"]))


# Outside tester t16d, 13: the same characters written as percent-escapes (UTF-8 bytes).
ESCAPED = {
    "http://example.org/adm%CD%B8z": "Remove the character U+0378",
    "http://example.org/adm%cd%b8z": "Remove the character U+0378",
    "https://example.org/icon%EE%80%80": "Remove the private-use character U+E000",
    "https://example.org/news/%E2%80%AEtxt.exe": "Remove the format character U+202E",
    "https://example.org/?q=a%EF%BF%BFb": "Remove the character U+FFFF",
}


class PercentEscapedCharacterTests(IngestTestCase):
    def test_every_url_box_refuses_an_escaped_unreadable_character(self):
        before, sources = Counts(), Source.objects.count()
        for url, message in ESCAPED.items():
            with self.subTest(url=url):
                escape = url[url.index("%") : url.rindex("%") + 3]
                response = self.client.post(
                    reverse("admin:chronology_source_add"),
                    {"url": url, "publisher": "Someone", "title": "", "published_on": "",
                     "language": "en", "text": ""},
                )  # fmt: skip
                self.assertContains(response, message)
                self.assertContains(response, f"percent-escaped in the address, as {escape}")
                self.assertContains(self.paste(ARTICLE, url=url), message)
                form = SourceDetailsForm(
                    {f"{SourceDetailsForm.prefix}-{name}": value
                     for name, value in (("url", url), ("publisher", "Someone"), ("title", ""))}
                )  # fmt: skip
                self.assertFalse(form.is_valid())
                self.assertIn(message, str(form.errors["url"]))
        self.assertEqual(Counts(), before)
        self.assertEqual(Source.objects.count(), sources)

    def test_ordinary_escapes_are_still_taken(self):
        for url in (
            "https://example.org/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7?q=a%20b",
            "https://example.org/search?q=line%0Abreak&x=%25",
            "https://example.org/broken%FFbyte",
            "https://example.org/100%",
        ):
            with self.subTest(url=url):
                Source(url=url, publisher="Someone").full_clean()
