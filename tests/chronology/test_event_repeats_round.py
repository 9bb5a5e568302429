"""Outside tester t15a, finding 5: "Astana 4", "Fourth round of Astana talks" and "Geneva IV
talks" were saved as events on the very days of the rounds they name. An event whose title
is nothing but a round's name, on days that round was held, is refused as a look-alike of
the round (the "Not a copy" box still stores it); one that says more ("Astana 4 press
briefing"), or falls on other days, is saved."""

from datetime import timedelta

from django.urls import reverse

from peaceproc.chronology.models import Event, Round

from .base import SeededAdminTestCase
from .test_alike_records import event_data

ALIKE = "or the round the title names held on these days"


class EventRepeatingARoundTests(SeededAdminTestCase):
    def setUp(self):
        super().setUp()
        self.url = reverse("admin:chronology_event_add")
        self.template = Event.objects.filter(round__isnull=False).first()

    def added(self, round_: Round, title: str, day=None, **changes):
        day = day or round_.start_date
        changes = {"start_date": str(day), **changes}
        data = event_data(self.template, title=title, precision="day", track=round_.track_id,
                          **changes)  # fmt: skip
        return self.client.post(self.url, data)

    def test_a_title_that_is_only_the_rounds_name_on_its_days_is_refused(self):
        for slug, titles in (
            ("astana-4", ["Astana 4", "Fourth round of Astana talks", "Астана-4",
                          "Astana IV talks", "الجولة الرابعة من محادثات أستانا"]),
            ("geneva-4", ["Geneva IV talks", "Geneva 4", "Cenevre 4"]),
        ):  # fmt: skip
            round_ = Round.objects.get(slug=slug)
            link = reverse("admin:chronology_round_change", args=[round_.pk])
            for title in titles:
                with self.subTest(title):
                    response = self.added(round_, title, day=round_.end_date)
                    self.assertContains(response, ALIKE)
                    self.assertContains(response, f'<a href="{link}">')
        self.assertFalse(Event.objects.filter(slug="a-copy").exists())

    def test_a_happening_of_the_round_or_other_days_or_the_box_store_it(self):
        round_ = Round.objects.get(slug="astana-4")
        for title, changes in (
            ("Astana 4 press conference of the guarantors", {}),
            ("Astana 4", {"start_date": str(round_.end_date + timedelta(days=30))}),
            ("Astana 5", {}),
            ("Astana 4", {"different": "on"}),
        ):
            with self.subTest(title, **changes):
                response = self.added(round_, title, **changes)
                self.assertEqual(response.status_code, 302)
                Event.objects.filter(slug="a-copy").delete()
