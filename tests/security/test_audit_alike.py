"""A revert from a record's History passes the look-alike checks an admin save passes
(outside tester t12a, 3b): a participant renamed, another added under its old name, then
the first reverted to that name would be two participants of one name. The preview names
and links the stored record and offers the box the admin form offers; the confirmation
without it restores nothing; with it, the version is restored."""

from datetime import date

from django.urls import reverse

from peaceproc.audit import services
from peaceproc.audit.models import AuditEntry
from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    ParticipantAlias,
    Round,
)
from tests.chronology.test_alike_records import (
    agreement_data,
    event_data,
    participant_data,
    round_data,
    tenure_data,
)

from .adminforms import confirm_delete, confirm_revert, drawn_form_data
from .test_audit import AdminEditTestCase


class RevertLookAlikeTests(AdminEditTestCase):
    def add(self, model, data):
        url = reverse(f"admin:chronology_{model._meta.model_name}_add")
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        return model.objects.get(slug=data["slug"])

    def revert_url(self, obj_or_model, pk, entry):
        opts = obj_or_model._meta
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_audit_revert", args=[pk, entry.pk]
        )

    def deleted(self, participant):
        """`participant` deleted through the admin: its deletion's entry."""
        delete = reverse("admin:chronology_participant_delete", args=[participant.pk])
        pk = participant.pk
        self.assertEqual(confirm_delete(self.client, delete).status_code, 302)
        return services.history(Participant, pk).get(action="delete")

    def renamed_and_copied(self, copy: str = "Qwerty Alphaperson"):
        """'Qwerty Alphaperson' renamed 'Qwerty Betaperson', then a second participant
        added as `copy` (the tester's steps)."""
        first = self.add(Participant, participant_data("Qwerty Alphaperson", "qa-1"))
        self.edit(first, name="Qwerty Betaperson")
        second = self.add(Participant, participant_data(copy, "qa-2"))
        return first, second

    def assert_refused_then_confirmed(self, url, copied, check):
        """The preview names and links `copied`; confirmed as drawn, nothing is restored
        and the preview is shown again with the refusal; ticked, it is restored."""
        link = reverse(f"admin:chronology_{copied._meta.model_name}_change", args=[copied.pk])
        preview = self.client.get(url)
        self.assertContains(preview, 'id="revert-alike"')
        self.assertContains(preview, f'<a href="{link}">')
        entries = AuditEntry.objects.count()
        refused = confirm_revert(self.client, url)  # the preview again, a 409 (t12c, 3)
        self.assertContains(refused, "Could not restore", status_code=409)
        self.assertContains(
            refused, "would store a copy of a record stored already", status_code=409
        )
        self.assertEqual(AuditEntry.objects.count(), entries)
        check(restored=False)
        again = drawn_form_data(refused, button="_audit_version", different="on")
        done = self.client.post(url, again, follow=True)
        self.assertContains(done, "restored to the version of")
        check(restored=True)

    def test_a_participant_reverted_to_another_participant_s_name(self):
        first, second = self.renamed_and_copied()
        created = services.history(first).get(action="create")

        def check(*, restored):
            first.refresh_from_db()
            name = "Qwerty Alphaperson" if restored else "Qwerty Betaperson"
            self.assertEqual(first.name, name)

        url = self.revert_url(Participant, first.pk, created)
        preview = self.client.get(url)
        self.assertContains(preview, "Another participant is known by this name")
        self.assertContains(
            preview,
            '<label for="revert-different" class="vCheckboxLabel">A different participant</label>',
            html=True,
        )
        self.assert_refused_then_confirmed(url, second, check)

    def test_a_deleted_participant_recreated_under_another_participant_s_name(self):
        first = self.add(Participant, participant_data("Qwerty Alphaperson", "qa-1"))
        pk, deletion = first.pk, self.deleted(first)
        second = self.add(Participant, participant_data("Qwerty Alphaperson", "qa-2"))

        def check(*, restored):
            self.assertEqual(Participant.objects.filter(pk=pk).exists(), restored)

        url = self.revert_url(Participant, pk, deletion)
        self.assert_refused_then_confirmed(url, second, check)

    def test_an_event_reverted_to_another_event_s_title_track_and_date(self):
        stored = self.record["event"]
        first = self.add(Event, event_data(stored, title="Revert clash meeting", slug="rc-1"))
        # (renamed to a title of other words: one holding the first's words on its day is
        # a look-alike of the second, refused before the revert is tried)
        self.edit(first, title="Another gathering, renamed")
        second = self.add(Event, event_data(stored, title="Revert clash meeting", slug="rc-2"))
        created = services.history(first).get(action="create")

        def check(*, restored):
            first.refresh_from_db()
            self.assertEqual(first.title.endswith("renamed"), not restored)

        url = self.revert_url(Event, first.pk, created)
        self.assert_refused_then_confirmed(url, second, check)

    def assert_round_revert_refused(self, title: str, copy_title: str) -> None:
        """A round titled `title`, renamed, then another of its track added as
        `copy_title` at other dates: reverting the first to `title` is refused."""
        stored = self.record["round"]
        year = stored.start_date.year

        def dates(years: int) -> dict:
            day = str(stored.start_date.replace(year=year + years))
            return {"start_date": day, "end_date": day}

        first = self.add(Round, round_data(stored, title=title, **dates(30)))
        self.edit(first, title="Revert clash, renamed")
        copy = round_data(stored, title=copy_title, slug="rr-2", **dates(31))
        second = self.add(Round, copy)
        created = services.history(first).get(action="create")

        def check(*, restored):
            first.refresh_from_db()
            self.assertEqual(first.title.endswith("renamed"), not restored)

        url = self.revert_url(Round, first.pk, created)
        self.assertContains(self.client.get(url), "A round of this track at these dates")
        self.assert_refused_then_confirmed(url, second, check)

    def renamed_and_reverted(self, model, data, changes, copy_changes):
        """A record added from `data`, edited with `changes`, then another added from
        `data` with `copy_changes`: reverting the first to its first version is refused
        as a copy of the second until confirmed."""
        first = self.add(model, data)
        self.edit(first, **changes)
        second = self.add(model, {**data, **copy_changes})
        created = services.history(first).get(action="create")

        def check(*, restored):
            first.refresh_from_db()
            field = next(iter(changes))
            self.assertEqual(str(getattr(first, field)) == str(changes[field]), not restored)

        url = self.revert_url(model, first.pk, created)
        self.assert_refused_then_confirmed(url, second, check)

    def test_an_agreement_reverted_to_another_agreement_s_title(self):
        data = agreement_data(Agreement.objects.first(), title="Revert clash accord", slug="ra-1")
        changes = {"title": "Revert clash accord, renamed"}
        self.renamed_and_reverted(Agreement, data, changes, {"slug": "ra-2", "date": "2031-01-01"})

    def test_a_tenure_reverted_to_dates_of_another_tenure_of_its_envoy(self):
        envoy = Participant.objects.create(name="Qwerty Envoyperson", slug="qe", kind="person")
        model = EnvoyTenure(
            envoy=envoy, track=self.record["round"].track, title="Qwerty office",
            start_date=date(2030, 1, 1), end_date=date(2030, 12, 31),
        )  # fmt: skip
        data = tenure_data(model, slug="rt-1")
        changes = {"start_date": "2032-01-01", "end_date": "2032-12-31"}
        self.renamed_and_reverted(EnvoyTenure, data, changes, {"slug": "rt-2"})

    # Outside tester t12b, F2: rounds are checked as the admin form checks them.
    def test_a_round_reverted_to_another_round_s_title_on_its_track(self):
        self.assert_round_revert_refused("Revert clash round", "Revert clash round")

    # Outside tester t12c, 2: and by the number their titles name.
    def test_a_round_reverted_to_the_number_another_round_s_title_names(self):
        self.assert_round_revert_refused("Round XXXI", "31st round")

    def test_a_version_whose_checked_fields_do_not_change_is_not_checked(self):
        # As an admin save: a stored copy confirmed as another participant, reverted to
        # an earlier description, keeps its name and is not refused for it.
        first = self.add(Participant, participant_data("Qwerty Alphaperson", "qa-1"))
        data = participant_data("Qwerty Alphaperson", "qa-2", different="on")
        second = self.add(Participant, data)
        self.edit(second, description="Another person of that name.")
        created = services.history(second).get(action="create")
        url = self.revert_url(Participant, second.pk, created)
        self.assertNotContains(self.client.get(url), 'id="revert-alike"')
        self.assertContains(confirm_revert(self.client, url, follow=True), "restored to the")
        self.assertEqual(Participant.objects.filter(name=first.name).count(), 2)

    def test_the_service_refuses_unless_confirmed(self):
        first, second = self.renamed_and_copied()
        created = services.history(first).get(action="create")
        with self.assertRaises(services.LooksAlike) as refused:
            services.revert_change(created, user=self.alice)
        (clash,) = refused.exception.clashes
        self.assertEqual(clash.records, [second])
        services.revert_change(created, user=self.alice, alike_confirmed=True)
        first.refresh_from_db()
        self.assertEqual(first.name, "Qwerty Alphaperson")

    def test_a_round_reverted_to_a_number_another_round_took_is_refused(self):
        # A round's track and number are a named constraint, which the revert's
        # validation reads as the form's does (its dates and title, which the look-alike
        # check reads, are the same in both versions).
        round_ = self.record["round"]
        self.edit(round_, number="5")
        version = services.history(round_).get()
        self.edit(round_, number="6")
        Round.objects.create(
            track=round_.track, number=5, slug="astana-5", title="Astana 5",
            start_date=round_.start_date, end_date=round_.end_date,
        )  # fmt: skip
        url = self.revert_url(Round, round_.pk, version)
        response = confirm_revert(self.client, url)
        self.assertContains(response, "Could not restore", status_code=409)
        round_.refresh_from_db()
        self.assertEqual(round_.number, 6)

    def test_a_deletion_s_revert_checks_the_rows_it_brings_back(self):
        # The participant is no copy; the alias deleted with it now names another.
        first = self.add(Participant, participant_data("Qwerty Alphaperson", "qa-1"))
        ParticipantAlias.objects.create(participant=first, name="Zyxwv Omeganame")
        services.record_change(first.aliases.get(), user=self.alice)
        pk, deletion = first.pk, self.deleted(first)
        second = self.add(Participant, participant_data("Zyxwv Omeganame", "zo"))

        def check(*, restored):
            aliases = ParticipantAlias.objects.filter(participant_id=pk)
            self.assertEqual(
                list(aliases.values_list("name", flat=True)), ["Zyxwv Omeganame"] * restored
            )

        url = self.revert_url(Participant, pk, deletion)
        self.assertContains(self.client.get(url), "This alias already names another participant")
        self.assert_refused_then_confirmed(url, second, check)

    def test_the_revert_reads_names_as_the_admin_form_does(self):
        # A Cyrillic 'е' in a Latin name, a mathematical bold name: the same key.
        for copy in ("Qw\u0435rty Alphaperson", "\U0001d410werty Alphaperson"):
            with self.subTest(copy=copy):
                first, second = self.renamed_and_copied(copy)
                created = services.history(first).get(action="create")
                with self.assertRaises(services.LooksAlike):
                    services.revert_change(created, user=self.alice)
                Participant.objects.filter(pk__in=[first.pk, second.pk]).delete()
