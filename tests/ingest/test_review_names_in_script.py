"""A record's title names someone in Latin letters ('Fall of the Assad government'); an
Arabic or Persian sentence of that very day writes the name in its own script ('الأسد',
'اسد'): the review cites the record by default instead of creating a second one (issue 9,
review defaults). Sentences written for these tests."""

from django.urls import reverse

from peaceproc.chronology.models import Event
from peaceproc.ingest.review import _arabic_script_keys, _spelt_alike, name_skeletons

from .test_admin import IngestTestCase, candidate, make_pending


def fall_day(quote: str, date_text: str, **fields) -> dict:
    return candidate(
        quote=quote, date_text=date_text, date="2024-12-08", kind="milestone", **fields
    )


class NameInArabicScriptTests(IngestTestCase):
    def initial(self, c: dict, language: str) -> tuple[str, str]:
        pending = make_pending([c], language=language)
        formset = self.client.get(reverse("ingest:review", args=[pending.pk])).context["formset"]
        return formset.forms[0].initial["action"], formset.forms[0].initial["target"]

    def test_the_arabic_spelling_of_a_name_in_the_title(self):
        fall = Event.objects.get(title="Fall of the Assad government")
        c = fall_day(
            "وفي 8 كانون الأول/ديسمبر 2024 انتهى حكم الأسد بعد دخول الفصائل إلى العاصمة.",
            "8 كانون الأول/ديسمبر 2024",
        )
        self.assertEqual(self.initial(c, "ar"), ("cite", f"event:{fall.pk}"))

    def test_the_persian_spelling_of_a_name_the_pipeline_found(self):
        fall = Event.objects.get(title="Fall of the Assad government")
        c = fall_day(
            "در ۸ دسامبر ۲۰۲۴ حکومت بشار اسد پس از ورود گروه‌های مسلح به پایتخت پایان یافت.",
            "۸ دسامبر ۲۰۲۴",
            new_names=["بشار اسد"],
        )
        self.assertEqual(self.initial(c, "fa"), ("cite", f"event:{fall.pk}"))

    def test_a_name_after_its_article_in_the_title(self):
        named = Event.objects.get(title__startswith="Ahmed al-Sharaa named president")
        c = candidate(
            quote="وفي 29 كانون الثاني/يناير 2025 جرى تعيين الشرع رئيساً للمرحلة الانتقالية.",
            date_text="29 كانون الثاني/يناير 2025",
            date="2025-01-29",
            kind="milestone",
        )
        self.assertEqual(self.initial(c, "ar"), ("cite", f"event:{named.pk}"))

    def test_another_latin_spelling_of_the_name(self):
        fall = Event.objects.get(title="Fall of the Assad government")
        c = fall_day(
            "Muhalefet güçleri 8 Aralık 2024'te başkente girince Esad yönetimi sona erdi.",
            "8 Aralık 2024",
        )
        self.assertEqual(self.initial(c, "tr"), ("cite", f"event:{fall.pk}"))

    def test_names_two_letters_apart_are_not_alike(self):
        self.assertTrue(_spelt_alike("esad", "asad"))
        self.assertFalse(_spelt_alike("said", "asad"))
        self.assertFalse(_spelt_alike("saudi", "asad"))

    def test_a_short_skeleton_of_an_ordinary_word_is_no_name(self):
        # 'شده' ('has been') has the consonants of 'Assad'; it is no name the sentence found.
        keys = _arabic_script_keys("این تصمیم در همان روز گرفته شده است", "fa", ())
        self.assertFalse(name_skeletons(frozenset({"assad"})) & keys)
        keys = _arabic_script_keys("قال بشار الأسد", "ar", ())
        self.assertTrue(name_skeletons(frozenset({"assad"})) & keys)
