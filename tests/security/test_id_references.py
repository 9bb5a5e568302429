"""Every id an element names (aria-describedby, aria-labelledby, aria-controls, a label's
`for`, a list attribute) is the id of an element of the same page, on the admin's pages,
the ingestion's review and the public pages (outside tester t9a, finding 9: the review's
help texts were named by ids no element had), the tabular inlines' rows included (a
record's citations and participations: Django's template showed
their help in the column's head only; templates/admin/edit_inline/tabular.html)."""

import re
from html.parser import HTMLParser

from django.urls import reverse

from peaceproc.chronology.models import Agreement, EnvoyTenure, Event, Participant, Round
from peaceproc.ingest.models import PendingArticle
from tests.ingest.test_admin import ARTICLE, IngestTestCase

# An id of a tabular inline's row (`id_citations-0-quote_helptext`).
INLINE_ROW_ID = re.compile(r"^id_[a-z_]+-\d+-[a-z_]+_helptext$")
REFERRING = ("aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "for", "list")
# The admin's date and time widgets' timezone warning, which Django's script writes with
# that id when the browser's timezone is not the server's.
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


def dangling(html: str) -> list[tuple[str, str, str]]:
    """The ids named and not on the page."""
    parser = Ids()
    parser.feed(html)
    return [n for n in parser.named if n[2] not in parser.ids and not TIMEZONE_WARNING.search(n[2])]


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
                self.assertEqual(dangling(response.content.decode()), [], path)

    def test_the_tabular_inlines_rows_name_their_help_and_hold_it(self):
        # A record of each kind with rows in its tabular inlines whose fields have help
        # (citations, participations), as the shipped seeds have them.
        for model, rows in (
            (Round, "citations"),
            (Round, "participations"),
            (Event, "citations"),
            (Event, "participations"),
            (Agreement, "citations"),
            (EnvoyTenure, "citations"),
        ):
            record = model.objects.filter(**{f"{rows}__isnull": False}).order_by("pk").first()
            self.assertIsNotNone(record, f"no {model.__name__} with {rows} in the seeds")
            path = reverse(f"admin:chronology_{model._meta.model_name}_change", args=[record.pk])
            with self.subTest(path=path, rows=rows):
                parser = Ids()
                parser.feed(self.client.get(path).content.decode())
                named = {ref for _, _, ref in parser.named if INLINE_ROW_ID.match(ref)}
                self.assertTrue(
                    any(ref.startswith(f"id_{rows}-0-") for ref in named), sorted(named)
                )
                self.assertLessEqual(named, parser.ids)

    def test_a_review_with_errors_names_its_error_lists(self):
        self.paste(ARTICLE)
        pending = PendingArticle.objects.waiting().get()
        response = self.client.post(
            reverse("ingest:reread", args=[pending.pk]), {"published": "not a date"}
        )
        self.assertLess(response.status_code, 500)
        if response.status_code == 200:
            self.assertEqual(dangling(response.content.decode()), [])
