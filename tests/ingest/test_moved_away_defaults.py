"""A gathering on the day that a move or a cancellation gives up ('the talks on 5 May were
postponed to 6 May', 'Pazar günkü görüşme Pazartesi gününe ertelendi') is no happening: it
is skipped by default, and a signed agreement of that day is named, not cited (outside
re-tester t13b, 8). The new day is still created. Sentences written for these tests."""

from datetime import date

from peaceproc.chronology.models import Agreement
from peaceproc.ingest.review import ACTION_CITE, ACTION_CREATE, ACTION_SKIP, automatic_decisions

from .test_admin import IngestTestCase, candidate

GIVEN_UP = [
    ("en", "The talks in Damascus on 5 May were postponed to 6 May.", "5 May"),
    ("en", "The meeting of 5 May was cancelled at the last minute.", "5 May"),
    ("fr", "La réunion du 5 mai a été reportée au 6 mai.", "5 mai"),
    ("fr", "La rencontre de dimanche à Damas a été annulée.", "dimanche"),
    ("ru", "Встреча 5 мая была отложена на 6 мая.", "5 мая"),
    ("ru", "Переговоры в воскресенье отменены.", "воскресенье"),
    ("ar", "اجتماع 5 أيار تم تأجيله إلى 6 أيار.", "5 أيار"),
    ("fa", "نشست ۵ مه به تعویق افتاد.", "۵ مه"),
    ("fa", "دیدار روز یکشنبه در دمشق لغو شد.", "یکشنبه"),
    ("tr", "5 Mayıs günkü görüşme 6 Mayıs'a ertelendi.", "5 Mayıs"),
    ("tr", "Pazar günkü toplantı kötü hava nedeniyle Pazartesi gününe ertelendi.", "Pazar"),
    ("tr", "Abdi'nin Pazar günü Şam'a gelmesi beklendi, ancak görüşme ertelendi.", "Pazar günü"),
]
STILL_ON = [
    ("en", "The talks in Damascus were postponed to 6 May.", "6 May"),
    ("en", "The envoy met the minister on 5 May; the next round was postponed.", "5 May"),
    ("fr", "La réunion a été reportée au 6 mai.", "6 mai"),
    ("ru", "Встречу перенесли на 6 мая.", "6 мая"),
    ("ar", "تم تأجيل الاجتماع إلى 6 أيار.", "6 أيار"),
    ("fa", "نشست به ۶ مه موکول شد.", "۶ مه"),
    ("tr", "Görüşme 6 Mayıs'a ertelendi.", "6 Mayıs"),
    ("tr", "Toplantı Pazartesi gününe ertelendi.", "Pazartesi"),
]


class MovedAwayDefaultTests(IngestTestCase):
    def default(self, language: str, quote: str, date_text: str, **extra) -> object:
        fields = {"kind": "meeting", "track": "astana", **extra}
        c = candidate(quote=quote, date_text=date_text, **fields)
        [reading] = automatic_decisions([c], language=language)
        return reading.default

    def test_the_day_given_up_is_skipped_in_each_language(self):
        for language, quote, date_text in GIVEN_UP:
            with self.subTest(quote):
                self.assertEqual(self.default(language, quote, date_text).action, ACTION_SKIP)

    def test_the_new_day_is_created(self):
        # (With someone taking part: a track's name and a kind word alone, 'Astana talks:
        # meeting', is skipped whatever the day: outside tester t14b, 3.)
        for language, quote, date_text in STILL_ON:
            with self.subTest(quote):
                default = self.default(language, quote, date_text, participants=["mazloum-abdi"])
                self.assertEqual(default.action, ACTION_CREATE)

    def test_an_agreement_of_the_day_given_up_is_named_not_cited(self):
        # The seeded agreement of 18 January 2026, signed by al-Sharaa and the SDF.
        accord = Agreement.objects.get(date=date(2026, 1, 18))
        people = {"date": "2026-01-18", "participants": ["ahmed-al-sharaa", "mazloum-abdi"]}
        moved = "The talks in Damascus on 18 January were postponed to 19 January."
        default = self.default("en", moved, "18 January", **people)
        self.assertEqual((default.action, default.target.record), (ACTION_SKIP, accord))
        held = "The talks in Damascus on 18 January ended with an accord."
        default = self.default("en", held, "18 January", **people)
        self.assertEqual((default.action, default.target.record), (ACTION_CITE, accord))
