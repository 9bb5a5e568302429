"""Issue 13, item 7: control characters (BEL, VT, ESC, CR/LF, U+2028, U+202E) are refused in
the record's single-line text (titles, places, names) through the admin, with a message;
the ingestion review removes them with a note (issue 9); multi-line text (summaries) keeps
line breaks and tabs."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from peaceproc.chronology.models import Event, Participant, Round, Source
from tests.ingest.test_admin import candidate, formset_data, make_pending
from tests.security.adminforms import form_data

from .base import SeededAdminTestCase

CONTROLS = ["\x07", "\x0b", "\x1b", "\u2028", "\u202e", "\r", "\n", "\x85"]
MESSAGE = "Remove the control character"


class ControlCharacterTests(SeededAdminTestCase):
    def test_single_line_fields_refuse_control_characters(self):
        fields = [(Event, "title"), (Event, "place"), (Round, "title"), (Round, "city"),
                  (Participant, "name"), (Source, "title"), (Source, "publisher")]  # fmt: skip
        for model, name in fields:
            field = model._meta.get_field(name)
            for control in CONTROLS:
                case = f"{model.__name__}.{name} {control!r}"
                with self.subTest(case), self.assertRaisesMessage(ValidationError, MESSAGE):
                    field.run_validators(f"Geneva{control}talks")
            field.run_validators("آستانه\u200cها talks \u200f")  # joiners and marks are text

    def test_summaries_keep_line_breaks_and_tabs_but_no_other_control(self):
        field = Event._meta.get_field("summary")
        field.run_validators("First line.\r\nSecond\tline.\n")
        for control in ("\x07", "\x1b", "\u202e", "\x00"):
            with self.subTest(control=control), self.assertRaisesMessage(ValidationError, MESSAGE):
                field.run_validators(f"A summary{control}.")

    def test_the_admin_refuses_a_title_with_a_control_character(self):
        event = Event.objects.order_by("pk").first()
        url = reverse("admin:chronology_event_change", args=[event.pk])
        page = self.client.get(url)
        response = self.client.post(url, form_data(page, title="Talks\x1b[31m in Geneva"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, MESSAGE)
        event.refresh_from_db()
        self.assertNotIn("\x1b", event.title)

    def test_the_review_cleans_a_place_and_refuses_a_title_with_a_control_character(self):
        # Issue 9 (outside tester's finding 3): the ingestion review applies the rule that
        # cleans the article's own text (a space between two words) to a place and says
        # so; a title is refused with the characters named, as a URL is (re-tester t10r,
        # 5). Nothing with a control character is stored.
        for field in ("title", "place"):
            with self.subTest(field):
                # (A sentence of its own: one already cited would repeat the first event.)
                quote = f"They met ({field}) on 3 March 2017."
                pending = make_pending([candidate(quote=quote)], text=quote)
                url = reverse("ingest:review", args=[pending.pk])
                formset = self.client.get(url).context["formset"]
                data = formset_data(formset, {0: {"action": "create", field: "Geneva\u202etalks"}})
                response = self.client.post(url, data, follow=True)
                stored = Event.objects.filter(citations__source__text__contains=f"({field})")
                if field == "title":
                    self.assertContains(response, "A title holds no control characters")
                    self.assertFalse(stored.exists())
                    continue
                self.assertContains(response, f"removed from the {field} of candidate 1")
                self.assertEqual(getattr(stored.get(), field), "Geneva talks")
