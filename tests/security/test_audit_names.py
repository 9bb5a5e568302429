"""The revert page and an entry's page name the records a relation points to (re-tester
t9r, issue 11 item 11): "participants [14, 48, 65, 83] → [14, 48, 65]" told an editor
nothing. Names are escaped; a record deleted since is shown by its id."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.chronology.models import Participant

from .adminforms import form_data
from .people import PeopleAndRecordTestCase


class RelationNamesTests(PeopleAndRecordTestCase):
    def setUp(self):
        self.client.force_login(self.alice)

    def edit(self, obj, **changes):
        url = reverse("admin:chronology_event_change", args=[obj.pk])
        response = self.client.post(url, form_data(self.client.get(url), **changes))
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])

    def test_many_to_many_and_foreign_keys_are_shown_by_name(self):
        event, kept = self.record["event"], self.record["participant"]
        bold = Participant.objects.create(slug="bold", name="<b>Bold</b> state", kind="state")
        gone = Participant.objects.create(slug="gone", name="Gone state", kind="state")
        self.edit(event, participants=[str(kept.pk), str(bold.pk), str(gone.pk)])
        with_all = services.history(event).first()
        self.edit(event, participants=[str(kept.pk)], round="")
        gone_pk = gone.pk
        gone.delete()
        url = reverse("admin:chronology_event_audit_revert", args=[event.pk, with_all.pk])
        response = self.client.get(url)
        rows = {name: (now, after) for name, now, after in response.context["changes"]}
        self.assertEqual(rows["participants"][0], kept.name)
        self.assertEqual(
            rows["participants"][1], f"{kept.name}, <b>Bold</b> state, #{gone_pk} (deleted)"
        )
        self.assertEqual(rows["round"], ("(empty)", str(self.record["round"])))
        self.assertContains(response, "&lt;b&gt;Bold&lt;/b&gt; state")
        self.assertNotContains(response, "<b>Bold</b>")
        self.assertNotContains(response, f"[{kept.pk}")
        entry = services.history(event).first()
        page = self.client.get(reverse("admin:audit_auditentry_change", args=[entry.pk]))
        self.assertContains(
            page, f"{kept.name}, &lt;b&gt;Bold&lt;/b&gt; state, #{gone_pk} (deleted)"
        )

    def test_the_revert_page_reads_each_relation_once(self):
        # Six records named, then seven (one more named now): the same number of queries.
        event = self.record["event"]
        others = [
            Participant.objects.create(slug=f"p{i}", name=f"State {i}", kind="state")
            for i in range(6)
        ]
        self.edit(event, participants=[str(p.pk) for p in others])
        first = services.history(event).first()
        self.edit(event, participants=[str(others[0].pk)])
        url = reverse("admin:chronology_event_audit_revert", args=[event.pk, first.pk])
        with self.assertNumQueries(self.queries_for(url)):
            self.client.get(url)
        seventh = Participant.objects.create(slug="p6", name="State 6", kind="state")
        self.edit(event, participants=[str(seventh.pk)])
        with self.assertNumQueries(self.queries_for(url)):
            self.client.get(url)

    def queries_for(self, url) -> int:
        with CaptureQueriesContext(connection) as captured:
            self.client.get(url)
        return len(captured)
