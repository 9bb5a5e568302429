"""A plan that was postponed, delayed, put off or cancelled, told with the plan as a noun
('the plan to meet on 5 May'), a participle ('the meeting set for', 'намеченную на', 'المقرر
في'), an expectation or, in Turkish and Persian, after its date ('5 Mayıs'ta yapılacak
toplantı', 'که برای ۵ مه برنامه‌ریزی شده بود'), is skipped by default like the plans of
test_given_up_defaults; the new date, and a postponed event's later date, are still created
(issue 9, rules9k). Sentences written for these tests."""

from peaceproc.ingest.review import ACTION_CREATE, ACTION_SKIP, automatic_decisions

from .test_admin import IngestTestCase, candidate

GIVEN_UP = [
    ("en", "The plan to meet on 5 May was postponed.", "5 May"),
    ("en", "Plans to hold the round on 5 May were put off.", "5 May"),
    ("en", "The meeting, which had been planned for 5 May, was deferred.", "5 May"),
    ("fr", "Le projet de se réunir le 5 mai a été reporté.", "5 mai"),
    ("fr", "La réunion qui devait avoir lieu le 5 mai a été ajournée.", "5 mai"),
    ("fr", "La rencontre envisagée pour le 5 mai a été repoussée.", "5 mai"),
    ("ru", "Встречу, намеченную на 5 мая, отложили.", "5 мая"),
    ("ru", "План провести встречу 5 мая перенесли.", "5 мая"),
    ("ru", "Переговоры, которые предполагалось начать 5 мая, отложены.", "5 мая"),
    ("ar", "أُرجئ الاجتماع الذي كان من المفترض عقده في 5 أيار.", "5 أيار"),
    ("ar", "تم تأجيل اللقاء المقرر في 5 أيار.", "5 أيار"),
    ("ar", "تأجل الاجتماع الذي كان من المنتظر أن يعقد في 5 أيار.", "5 أيار"),
    ("fa", "نشستی که برای ۵ مه برنامه‌ریزی شده بود به تعویق افتاد.", "۵ مه"),
    ("fa", "دیدار برنامه‌ریزی‌شده برای ۵ مه به تعویق افتاد.", "۵ مه"),
    ("fa", "نشستی که ۵ مه باید برگزار می‌شد به تعویق افتاد.", "۵ مه"),
    ("tr", "5 Mayıs'ta yapılacak toplantı ertelendi.", "5 Mayıs'ta"),
    ("tr", "5 Mayıs'ta yapılması kararlaştırılan görüşme ertelendi.", "5 Mayıs'ta"),
    ("tr", "5 Mayıs'ta düzenlenmesi beklenen zirve ileri bir tarihe ertelendi.", "5 Mayıs'ta"),
]
STILL_ON = [
    ("en", "The round, postponed in March, opened on 5 May.", "5 May"),
    ("en", "The talks were postponed to 5 May.", "5 May"),
    ("en", "The talks scheduled for 4 May were put off to 12 May.", "12 May"),
    ("fr", "La réunion reportée aura lieu le 5 mai.", "5 mai"),
    ("ru", "Отложенная встреча пройдёт 5 мая.", "5 мая"),
    ("ar", "يعقد الاجتماع المؤجل في 5 أيار.", "5 أيار"),
    ("fa", "نشست به تعویق افتاده روز ۵ مه برگزار می‌شود.", "۵ مه"),
    ("tr", "Ertelenen toplantı 5 Mayıs'ta yapılacak.", "5 Mayıs'ta"),
]


class PostponedPlanDefaultTests(IngestTestCase):
    def default(self, language: str, quote: str, date_text: str) -> str:
        # On a track: a bare 'Meeting' of no track is skipped whatever its words (rules12c).
        c = candidate(quote=quote, date_text=date_text, kind="meeting", track="astana")
        [reading] = automatic_decisions([c], language=language)
        return reading.default.action

    def test_a_postponed_or_delayed_plan_is_skipped_in_each_language(self):
        for language, quote, date_text in GIVEN_UP:
            with self.subTest(quote):
                self.assertEqual(self.default(language, quote, date_text), ACTION_SKIP)

    def test_the_new_date_and_a_held_event_are_created(self):
        for language, quote, date_text in STILL_ON:
            with self.subTest(quote):
                self.assertEqual(self.default(language, quote, date_text), ACTION_CREATE)
