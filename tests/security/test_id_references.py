"""Every id an element names (aria-describedby, aria-labelledby, aria-controls, a label's
`for`, a list attribute) is the id of an element of the same page, on the admin's pages,
the ingestion's review and the public pages (outside tester t9a, finding 9: the review's
help texts were named by ids no element had). The inlines' tabular rows of Django's own
template (a round's or an event's citations) show their help in the column's head, and
are left out: see the report of fix11r."""

import re
from html.parser import HTMLParser

from django.urls import reverse

from peaceproc.chronology.models import Agreement, Participant, Round
from peaceproc.ingest.models import PendingArticle
from tests.ingest.test_admin import ARTICLE, IngestTestCase

REFERRING = ("aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "for", "list")
# Django's tabular inline rows (`citations-0-quote`, and the empty row its script copies):
# their help is in the column head.
# And the admin's date and time widgets' timezone warning, which Django's script writes
# with that id when the browser's timezone is not the server's.
INLINE_ROW = re.compile(r"^id_[a-z_]+-(\d+|__prefix__)-")
TIMEZONE_WARNING = re.compile(r"_timezone_warning_helptext$")


class Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.named: list[tuple[str, str, str]] = []  # (tag, attribute, id)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name in REFERRING and value and not (tag == "link" and name == "for"):
                self.named += [(tag, name, ref) for ref in value.split()]


def dangling(html: str, *, inlines: bool = False) -> list[tuple[str, str, str]]:
    """The ids named and not on the page; with `inlines`, not those of inline rows."""
    parser = Ids()
    parser.feed(html)
    return [
        n
        for n in parser.named
        if n[2] not in parser.ids
        and not TIMEZONE_WARNING.search(n[2])
        and not (inlines and INLINE_ROW.match(n[2]))
    ]


class IdReferenceTests(IngestTestCase):
    def pages(self):
        round_ = Round.objects.order_by("pk").first()
        self.paste(ARTICLE)
        pending = PendingArticle.objects.waiting().first()
        yield from (
            "/",
            "/?round=astana-4",
            "/agreements/",
            "/participants/",
            "/who-attended/",
            "/about/",
            round_.get_absolute_url(),
            Agreement.objects.order_by("pk").first().get_absolute_url(),
            Participant.objects.order_by("pk").first().get_absolute_url(),
            "/admin/",
            reverse("ingest:index"),
            pending.get_absolute_url(),
            reverse("admin:chronology_round_change", args=[round_.pk]),
            reverse("admin:chronology_round_add"),
            reverse("admin:chronology_event_add"),
            reverse("admin:chronology_participant_add"),
            reverse("admin:chronology_source_add"),
        )

    def test_every_named_id_is_on_the_page(self):
        for path in self.pages():
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                inlines = path.startswith("/admin/chronology/")
                self.assertEqual(dangling(response.content.decode(), inlines=inlines), [], path)

    def test_a_review_with_errors_names_its_error_lists(self):
        self.paste(ARTICLE)
        pending = PendingArticle.objects.waiting().get()
        response = self.client.post(
            reverse("ingest:reread", args=[pending.pk]), {"published": "not a date"}
        )
        self.assertLess(response.status_code, 500)
        if response.status_code == 200:
            self.assertEqual(dangling(response.content.decode()), [])
