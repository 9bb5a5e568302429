"""Issue #9 leftovers of session 15 (rules16), each a class of sentence in the languages
where it is written so:

* a day a proposal was for ('had proposed that the next round be held on 12 July') is a
  plan, whatever tense tells the proposal, and in the year nearest the article (tr, fa);
* a gathering's noun as the author of a text it issued ('the Sochi talks issued an
  announcement') is no meeting;
* 'later the same day' and its forms date a happening by the day told before;
* Persian successions: 'به جای X فرستاده شد / منصوب شد', and 'منصوب خواهد شد' is no name.

Sentences written for these tests, dated 2031 so that no seeded record is near."""

from datetime import date

from django.test import SimpleTestCase

from peaceproc.ingest.pipeline import (
    Gazetteer,
    GazetteerParticipant,
    extract_dates,
    find_candidates,
)

GAZ = Gazetteer(
    participants=(
        GazetteerParticipant(
            "russia", ("Russia", "Россия", "روسيا", "روسیه", "Rusya"), person=False
        ),
    ),
    rounds=(),
)


def candidates(text: str, language: str, published: date):
    return find_candidates(text, published=published, language=language, gazetteer=GAZ)


def on(text: str, language: str, published: date, day: date):
    return [c for c in candidates(text, language, published) if c.date == day]


class ProposedDayTests(SimpleTestCase):
    def test_a_day_a_proposal_was_for_is_planned(self):
        published = date(2031, 7, 20)
        for language, text in (
            ("en", "Russia had proposed in May that the next round be held on 12 July, but "
                   "the delegations met on 4 July instead."),
            ("en", "Russia suggested that the talks be held on 12 July."),
            ("fr", "La Russie avait proposé en mai que le prochain round se tienne le 12 juillet."),
            ("ar", "اقترحت روسيا أن تعقد الجولة المقبلة في 12 تموز."),
            ("fa", "روسیه پیشنهاد کرد که دور بعدی در ۱۲ ژوئیه برگزار شود."),
            ("tr", "Rusya, bir sonraki turun 12 Temmuz'da yapılmasını önermişti."),
        ):  # fmt: skip
            with self.subTest(language=language, text=text):
                (c,) = on(text, language, published, date(2031, 7, 12))
                self.assertTrue(c.planned)

    def test_the_proposed_day_is_in_the_year_nearest_the_article(self):
        published = date(2031, 5, 5)
        for language, text in (
            ("tr", "Rusya, bir sonraki turun 12 Temmuz'da yapılmasını 4 Mayıs 2031'de önerdi."),
            ("fa", "روسیه پیشنهاد کرد که دور بعدی در ۱۲ ژوئیه برگزار شود."),
        ):
            with self.subTest(language=language):
                (c,) = on(text, language, published, date(2031, 7, 12))
                self.assertTrue(c.planned)

    def test_a_day_held_or_the_day_of_proposing_is_no_plan(self):
        published = date(2031, 7, 20)
        for language, text, day in (
            ("en", "The next round was held on 12 July, as Russia had proposed.",
             date(2031, 7, 12)),
            ("en", "Russia had proposed in May that the next round be held on 12 July, but "
                   "the delegations met on 4 July instead.", date(2031, 7, 4)),
            ("en", "The delegations discussed the proposal on 12 July.", date(2031, 7, 12)),
        ):  # fmt: skip
            with self.subTest(text=text):
                (c,) = on(text, language, published, day)
                self.assertFalse(c.planned)


class IssuedTextTests(SimpleTestCase):
    def test_a_gathering_that_issued_a_text_is_no_meeting(self):
        published = date(2031, 3, 5)
        for language, text in (
            ("en", "On 3 March 2031 the Sochi talks issued an announcement."),
            ("en", "On 3 March 2031 the talks in Sochi released a joint statement."),
            ("ru", "3 марта 2031 года переговоры в Сочи опубликовали заявление."),
            ("fa", "مذاکرات سوچی روز ۳ مارس ۲۰۳۱ بیانیه‌ای صادر کرد."),
            ("tr", "Soçi görüşmeleri 3 Mart 2031'de bir açıklama yayımladı."),
        ):
            with self.subTest(language=language, text=text):
                kinds = {c.kind for c in candidates(text, language, published)}
                self.assertNotIn("meeting", kinds)

    def test_a_gathering_held_stays_a_meeting(self):
        for language, text in (
            ("en", "On 3 March 2031 the talks in Sochi ended without a statement."),
            ("en", "On 3 March 2031 the talks in Sochi made progress."),
            # Held a meeting, then issued a text: the meeting was held that day.
            ("tr", "Bakanlar 3 Mart 2031'de Soçi'de bir toplantı yaptı ve ortak bir bildiri "
                   "yayımladı."),
        ):  # fmt: skip
            with self.subTest(language=language, text=text):
                kinds = {c.kind for c in candidates(text, language, date(2031, 3, 5))}
                self.assertIn("meeting", kinds)


class LaterTheSameDayTests(SimpleTestCase):
    def test_later_the_same_day_is_the_day_told_before(self):
        for language, later in (
            ("en", "Later on that day, the envoy met the opposition."),
            ("fr", "Plus tard dans la même journée, l'envoyé a rencontré l'opposition."),
            ("fr", "Au cours de la même journée, l'envoyé a rencontré l'opposition."),
            ("ru", "Позднее в течение того же дня посланник встретился с оппозицией."),
            ("ar", "وفي وقت لاحق من اليوم ذاته، التقى المبعوث المعارضة."),
            ("ar", "وفي اليوم عينه، التقى المبعوث المعارضة."),
            ("tr", "Aynı gün daha sonra temsilci muhalefetle görüştü."),
        ):
            with self.subTest(language=language, later=later):
                mentions = extract_dates(
                    later,
                    published=date(2031, 3, 10),
                    language=language,
                    previous_day=date(2031, 3, 3),
                )
                self.assertEqual([(m.start, m.precision) for m in mentions],
                                 [(date(2031, 3, 3), "day")])  # fmt: skip


class PersianSuccessionTests(SimpleTestCase):
    def test_in_place_of_someone_became_the_envoy(self):
        for text in (
            "روز ۶ مارس ۲۰۳۱ کارل لوند به جای آنا برگ فرستاده ویژه شد.",
            "کارل لوند روز ۶ مارس ۲۰۳۱ به جای آنا برگ منصوب شد.",
        ):
            with self.subTest(text=text):
                (c,) = candidates(text, "fa", date(2031, 3, 10))
                self.assertEqual((c.date, c.kind), (date(2031, 3, 6), "milestone"))

    def test_instead_of_a_city_is_no_succession(self):
        text = "نشست روز ۶ مارس ۲۰۳۱ به جای ژنو در وین برگزار شد."
        (c,) = candidates(text, "fa", date(2031, 3, 10))
        self.assertEqual(c.kind, "meeting")

    def test_the_verb_of_a_future_appointment_is_no_name(self):
        text = (
            "سازمان ملل روز ۶ مارس ۲۰۳۱ تأیید کرد که کارل لوند به عنوان فرستاده ویژه منصوب "
            "خواهد شد."
        )
        (c,) = candidates(text, "fa", date(2031, 3, 10))
        self.assertEqual((c.date, c.kind), (date(2031, 3, 6), "milestone"))
        self.assertNotIn("منصوب", c.new_names)
