"""The admin's form renderer writes, in Python, the same bytes as Django's templates
(peaceproc/chronology/admin_render.py): whole change forms compared both ways."""

import re
from unittest import mock

from django.test import SimpleTestCase
from django.urls import reverse

from peaceproc.chronology.admin_render import RENDERER, AdminFormRenderer
from peaceproc.chronology.models import Agreement, Event, Participant, Round, Source

from .base import SeededAdminTestCase
from .test_admin_queries import add_rows

# What differs between two requests for the same page whatever renders it.
PER_REQUEST = re.compile(r'(nonce|name="csrfmiddlewaretoken" value)="[^"]*"')


class SameBytesTests(SeededAdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Text the templates escape, in labels, titles and values.
        Participant.objects.filter(pk__in=Participant.objects.order_by("pk")[:40]).update(
            name='Al <b>"Front"</b> & Co\'s'
        )
        Source.objects.update(title="<i>Title</i> & 'quotes' \"here\"")
        add_rows(Round.objects.get(slug="astana-4"), rows=3)
        add_rows(Event.objects.order_by("pk").first(), rows=2)

    def both_ways(self, method: str, url: str, data=None) -> tuple[str, str]:
        RENDERER.written  # noqa: B018 - filled before it is emptied below
        fast = getattr(self.client, method)(url, data).content.decode()
        with mock.patch.dict(RENDERER.written, clear=True):
            slow = getattr(self.client, method)(url, data).content.decode()
        return PER_REQUEST.sub("", fast), PER_REQUEST.sub("", slow)

    def test_change_and_add_forms_are_the_same_bytes(self):
        records = [
            Round.objects.get(slug="astana-4"),
            Event.objects.order_by("pk").first(),
            Agreement.objects.order_by("pk").first(),
            Participant.objects.order_by("pk").first(),
        ]
        for record in records:
            name = record._meta.model_name
            with self.subTest(name):
                fast, slow = self.both_ways(
                    "get", reverse(f"admin:chronology_{name}_change", args=[record.pk])
                )
                self.assertIn("&lt;b&gt;&quot;Front&quot;", fast)
                self.assertEqual(fast, slow)
                fast, slow = self.both_ways("get", reverse(f"admin:chronology_{name}_add"))
                self.assertEqual(fast, slow)

    def test_a_refused_form_with_its_errors_is_the_same_bytes(self):
        round_ = Round.objects.get(slug="astana-4")
        url = reverse("admin:chronology_round_change", args=[round_.pk])
        data = {
            "track": round_.track_id, "number": 4, "title": "", "slug": round_.slug,
            "status": "held", "start_date": "2017-05-03", "end_date": "2017-05-01",
            "city": "Astana <b>", "summary": "<p>a & b</p>", "confidence": "high",
            "outcome_kind": "unknown", "next_date": "", "next_precision": "day",
            "participations-TOTAL_FORMS": 1, "participations-INITIAL_FORMS": 0,
            "participations-0-role": "nonsense", "participations-0-title": '"x" & <y>',
            "citations-TOTAL_FORMS": 0, "citations-INITIAL_FORMS": 0,
            "conflicts-TOTAL_FORMS": 0, "conflicts-INITIAL_FORMS": 0,
        }  # fmt: skip
        fast, slow = self.both_ways("post", url, data)
        self.assertIn("errorlist", fast)
        self.assertEqual(fast, slow)


class OverriddenTemplateTests(SimpleTestCase):
    def test_all_are_rendered_as_templates_when_one_is_overridden(self):
        self.assertIn("django/forms/widgets/select.html", AdminFormRenderer().written)
        with mock.patch.object(
            AdminFormRenderer,
            "_is_djangos",
            lambda self, name, own: name != "django/forms/widgets/attrs.html",
        ):
            self.assertEqual(AdminFormRenderer().written, {})
