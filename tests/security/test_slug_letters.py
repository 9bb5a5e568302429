"""A slug needs a letter or digit (re-tester t9s, finding 13: a participant's slug of just
'-' was accepted in the admin, its page then at /participants/-/). Every slugged model's
field, its admin form and the services refuse one of only hyphens and underscores."""

from django.contrib import admin
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.test import RequestFactory, TestCase

from peaceproc.chronology import services
from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Event,
    Participant,
    Round,
    Track,
)
from peaceproc.ingest.services import SlugBook
from tests.seeds import load_shipped_seeds

SLUGGED = (Track, Round, Participant, Agreement, Event, EnvoyTenure)
LETTERLESS = ("-", "_", "--", "-_-", "___")
MESSAGE = "A slug needs at least one letter or digit, not only hyphens or underscores."


class SlugLetterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.superuser = User.objects.create_superuser("root", "r@example.org", "pw-root-1")

    def admin_form(self, model, slug: str):
        record = model.objects.order_by("pk").first()
        request = RequestFactory().post("/")
        request.user = self.superuser
        form_class = admin.site._registry[model].get_form(request, obj=record, change=True)
        data = {k: v for k, v in model_to_dict(record).items() if v is not None}
        return form_class(data={**data, "slug": slug}, instance=record)

    def test_every_slugged_admin_form_refuses_a_slug_without_letter_or_digit(self):
        for model in SLUGGED:
            for slug in LETTERLESS:
                with self.subTest(model=model.__name__, slug=slug):
                    form = self.admin_form(model, slug)
                    self.assertFalse(form.is_valid())
                    self.assertIn(MESSAGE, form.errors.get("slug", []))
            with self.subTest(model=model.__name__, slug="ok"):
                for slug in ("x-1", "-4-", "_a"):
                    form = self.admin_form(model, slug)
                    form.is_valid()
                    self.assertNotIn(MESSAGE, form.errors.get("slug", []), slug)

    def test_the_services_refuse_it_and_store_nothing(self):
        participant = Participant.objects.order_by("pk").first()
        slug = participant.slug
        with self.assertRaises(ValidationError):
            services.rename_slug(record=participant, slug="-")
        participant.refresh_from_db()
        self.assertEqual(participant.slug, slug)

    def test_ingestion_never_makes_one(self):
        book = SlugBook(Participant, ["_", "-_-"], max_length=100)
        self.assertEqual(book.take("_"), "item")
        self.assertEqual(book.take("-_-"), "item-2")
        self.assertEqual(book.take("-a_-"), "a_")
