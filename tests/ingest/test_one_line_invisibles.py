"""Every one-line text an editor or the ingestion stores (a place, a city, a note, a
source's title and publisher, a role's title, a conflict's values), not titles and names
alone, holds no character drawn as nothing inside a word or as a word of its own (note13,
#11; outside testers t11d, 3 and t13a, 12). The joiners of Persian spelling between
letters and the directional marks are text. What the ingestion takes from an article is
cleaned of the others (validators.without_unseen), so a real Persian article with stray
non-joiners, zero-width spaces and marks is stored, never refused."""

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase
from django.urls import reverse

from peaceproc.chronology.models import (
    Agreement,
    Citation,
    Conflict,
    Event,
    Participant,
    Participation,
    Round,
    Source,
)
from peaceproc.chronology.validators import without_unseen
from peaceproc.ingest.models import PendingArticle
from tests.chronology.base import SeededAdminTestCase
from tests.chronology.test_alike_records import event_data

from .test_admin import IngestTestCase, formset_data

ZWSP, ZWNJ, RLM, SHY, HANGUL_FILLER = "\u200b", "\u200c", "\u200f", "\u00ad", "\u3164"
ONE_LINE_FIELDS = [
    (Event, "place"),
    (Agreement, "place"),
    (Round, "city"),
    (Source, "title"),
    (Source, "publisher"),
    (Citation, "note"),
    (Participation, "title"),
    (Participation, "note"),
    (Conflict, "field"),
    (Conflict, "value_a"),
    (Conflict, "value_b"),
]


class OneLineFieldTests(SimpleTestCase):
    def test_an_invisible_character_inside_a_word_is_refused_in_every_field(self):
        for model, name in ONE_LINE_FIELDS:
            for mark in (ZWSP, SHY, HANGUL_FILLER):
                with self.subTest(field=f"{model.__name__}.{name}", mark=hex(ord(mark))):
                    with self.assertRaises(ValidationError) as caught:
                        model._meta.get_field(name).clean(f"Gene{mark}va talks", None)
                    self.assertEqual(caught.exception.error_list[0].code, "invisible_inside_word")

    def test_persian_joiners_and_directional_marks_are_text(self):
        for model, name in ONE_LINE_FIELDS:
            for value in (f"خان{ZWNJ}شیخون", f"{RLM}دمشق", f"گفت{ZWNJ}وگوهای ژنو {RLM}(2)"):
                with self.subTest(field=f"{model.__name__}.{name}", value=value):
                    model._meta.get_field(name).clean(value, None)


class WithoutUnseenTests(SimpleTestCase):
    def test_it_keeps_what_shows_and_the_spelling(self):
        cases = {
            f"Gene{ZWSP}va": "Geneva",
            f"ژنو{ZWNJ} ": "ژنو",
            f"هیئت{ZWNJ}های ضامن{ZWSP} در آستانه{ZWNJ}": f"هیئت{ZWNJ}های ضامن در آستانه",
            f"{RLM}دمشق": f"{RLM}دمشق",
            f"Astana {HANGUL_FILLER} talks": "Astana talks",
            f"Soft{SHY}hyphen": "Softhyphen",
        }
        for value, shown in cases.items():
            with self.subTest(value=value):
                self.assertEqual(without_unseen(value), shown)


class AdminOneLineFieldTests(SeededAdminTestCase):
    def test_an_event_place_with_a_zero_width_space_is_refused_and_named(self):
        event = Event.objects.order_by("pk").first()
        data = event_data(
            event, title="A new meeting", start_date="2041-05-01", place="Gene\u200bva"
        )
        response = self.client.post(reverse("admin:chronology_event_add"), data)
        self.assertContains(response, "Remove the invisible character U+200B")
        self.assertFalse(Event.objects.filter(title="A new meeting").exists())


# Written for this test: a Persian report with the stray marks pasted Persian text
# carries (a zero-width space, a non-joiner at a word's end, a right-to-left mark).
PERSIAN = (
    f"هیئت{ZWNJ}های ضامن{ZWSP} در آستانه{ZWNJ} دیدار کردند\n\n"
    f"هیئت{ZWNJ}های ایران، روسیه و ترکیه روز ۲۳ بهمن ۱۳۹۹ در نور{ZWSP}سلطان{ZWNJ} با "
    f"الکساندر لاورنتیف{ZWNJ} و {RLM}تیمور نظربایف{ZWNJ}، نماینده قزاقستان، دیدار کردند و "
    f"درباره سوریه گفت{ZWNJ}وگو کردند.\n"
)


class PersianArticleTests(IngestTestCase):
    def test_a_persian_article_with_stray_marks_is_stored_as_it_shows(self):
        self.paste(PERSIAN, published="2021-02-15")
        pending = PendingArticle.objects.waiting().get()
        formset = self.client.get(pending.get_absolute_url()).context["formset"]
        data = formset_data(formset, {0: {"action": "create"}})
        response = self.client.post(pending.get_absolute_url(), data, follow=True)
        self.assertEqual(response.status_code, 200)
        source = Source.objects.get(content_hash=pending.content_hash)
        self.assertEqual(source.title, f"هیئت{ZWNJ}های ضامن در آستانه دیدار کردند")
        event = Event.objects.get(citations__source=source)
        stored = [source, event, *Participant.objects.filter(slug__in=self.new_slugs(event))]
        for record in stored:
            with self.subTest(record=str(record)):
                record.full_clean(validate_unique=False, validate_constraints=False)
        self.assertNotIn(ZWSP, event.title + event.place)

    def new_slugs(self, event: Event) -> list[str]:
        return list(event.participants.filter(kind="person").values_list("slug", flat=True))
