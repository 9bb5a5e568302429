"""A revert and an admin save that would make two participants of one name, at the same
moment (outside tester t12a, 3b): the revert's look-alike check holds the lock the admin
form's holds, so the second of the two is checked against the first one's row."""

import threading
import unittest
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from peaceproc.audit import services
from peaceproc.chronology.admin_alike import AlikeConfirmedForm
from peaceproc.chronology.models import Participant
from tests.chronology.test_alike_records import participant_data

from .adminforms import drawn_form_data


@unittest.skipUnless(connection.vendor == "postgresql", "real concurrent writers: PostgreSQL")
class RevertAndAddAtOnceTests(TransactionTestCase):
    def test_one_name_is_stored_once(self):
        editors = [
            User.objects.create_superuser(f"ed{i}", f"ed{i}@example.org", f"pw-ed{i}-001")
            for i in (1, 2)
        ]
        first = Participant.objects.create(name="Qwerty Alphaperson", slug="qa-1", kind="person")
        created = services.record_change(first, user=editors[0])
        before = services.snapshot(first)
        first.name = "Qwerty Betaperson"
        first.save()
        services.record_change(first, user=editors[0], before=before)
        revert = reverse("admin:chronology_participant_audit_revert", args=[first.pk, created.pk])
        add = reverse("admin:chronology_participant_add")
        client = Client()
        client.force_login(editors[1])
        confirmation = drawn_form_data(client.get(revert), button="_audit_version")
        posts = [(add, participant_data("Qwerty Alphaperson", "qa-2")), (revert, confirmation)]

        # Both past their look-alike check's start before either checks.
        barrier = threading.Barrier(2, timeout=10)
        clean, clash_of = AlikeConfirmedForm.clean, services.clash_of

        def meet(real):
            def met(*args, **kwargs):
                barrier.wait()
                return real(*args, **kwargs)

            return met

        def post(i, url, data):
            other = Client()
            other.force_login(editors[i])
            try:
                other.post(url, data)
            finally:
                connection.close()

        with (
            mock.patch.object(AlikeConfirmedForm, "clean", meet(clean)),
            mock.patch.object(services, "clash_of", meet(clash_of)),
        ):
            threads = [threading.Thread(target=post, args=(i, *p)) for i, p in enumerate(posts)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
        self.assertEqual(Participant.objects.filter(name="Qwerty Alphaperson").count(), 1)
