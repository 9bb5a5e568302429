"""A revert and an admin save that would make two participants of one name, at the same
moment (outside tester t12a, 3b): the revert's look-alike check holds the lock the admin
form's holds, so the second of the two is checked against the first one's row. Two admin
adds of one round at once alike (outside tester t12b, F2), of one agreement or envoy
tenure too."""

import threading
import unittest
from contextlib import ExitStack
from datetime import date
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.chronology.admin_alike import AlikeConfirmedForm
from peaceproc.chronology.models import Agreement, EnvoyTenure, Participant, Round, Track
from tests.chronology.test_alike_records import (
    agreement_data,
    participant_data,
    round_data,
    tenure_data,
)

from .adminforms import drawn_form_data


def _meet(barrier, real):
    """`real`, called once every thread has reached it."""

    def met(*args, **kwargs):
        barrier.wait()
        return real(*args, **kwargs)

    return met


def post_at_once(editors, posts, *, checks=()) -> None:
    """Each (url, data) of `posts` sent by its editor in a thread of its own, all past
    the start of their look-alike check (`AlikeConfirmedForm.clean`, and `checks`: the
    (owner, name) of other checks) before any checks."""
    barrier = threading.Barrier(len(posts), timeout=10)

    def post(i, url, data):
        other = Client()
        other.force_login(editors[i])
        try:
            other.post(url, data)
        finally:
            connection.close()

    with ExitStack() as stack:
        for owner, name in [(AlikeConfirmedForm, "clean"), *checks]:
            met = _meet(barrier, getattr(owner, name))
            stack.enter_context(mock.patch.object(owner, name, met))
        threads = [threading.Thread(target=post, args=(i, *p)) for i, p in enumerate(posts)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class RevertAndAddAtOnceTests(TransactionTestCase):
    def setUp(self):
        self.editors = [
            User.objects.create_superuser(f"ed{i}", f"ed{i}@example.org", f"pw-ed{i}-001")
            for i in (1, 2)
        ]

    def test_one_name_is_stored_once(self):
        first = Participant.objects.create(name="Qwerty Alphaperson", slug="qa-1", kind="person")
        created = services.record_change(first, user=self.editors[0])
        before = services.snapshot(first)
        first.name = "Qwerty Betaperson"
        first.save()
        services.record_change(first, user=self.editors[0], before=before)
        revert = reverse("admin:chronology_participant_audit_revert", args=[first.pk, created.pk])
        add = reverse("admin:chronology_participant_add")
        client = Client()
        client.force_login(self.editors[1])
        confirmation = drawn_form_data(client.get(revert), button="_audit_version")
        posts = [(add, participant_data("Qwerty Alphaperson", "qa-2")), (revert, confirmation)]
        post_at_once(self.editors, posts, checks=[(services, "clash_of")])
        self.assertEqual(Participant.objects.filter(name="Qwerty Alphaperson").count(), 1)

    def test_one_round_added_twice_at_once_is_stored_once(self):
        track = Track.objects.create(name="Qwerty talks", slug="qwerty", colour="#123456")
        model = Round(
            track=track, title="Qwerty IV", start_date=date(2031, 2, 23), end_date=date(2031, 3, 3)
        )
        add = reverse("admin:chronology_round_add")
        posts = [(add, round_data(model, slug=f"qwerty-4-{i}")) for i in (1, 2)]
        post_at_once(self.editors, posts)
        self.assertEqual(Round.objects.filter(track=track).count(), 1)

    def test_one_agreement_added_twice_at_once_is_stored_once(self):
        model = Agreement(title="Qwerty accord", kind="agreement", date=date(2031, 2, 23))
        add = reverse("admin:chronology_agreement_add")
        posts = [(add, agreement_data(model, slug=f"qwerty-accord-{i}")) for i in (1, 2)]
        post_at_once(self.editors, posts)
        self.assertEqual(Agreement.objects.filter(title="Qwerty accord").count(), 1)

    def test_one_tenure_added_twice_at_once_is_stored_once(self):
        track = Track.objects.create(name="Qwerty envoys", slug="qwerty", colour="#123456")
        envoy = Participant.objects.create(name="Qwerty Envoyperson", slug="qe", kind="person")
        model = EnvoyTenure(
            envoy=envoy, track=track, title="Qwerty office", start_date=date(2031, 2, 23)
        )
        add = reverse("admin:chronology_envoytenure_add")
        posts = [(add, tenure_data(model, slug=f"qwerty-office-{i}")) for i in (1, 2)]
        post_at_once(self.editors, posts)
        self.assertEqual(EnvoyTenure.objects.filter(envoy=envoy).count(), 1)
