"""A weekday written before (or, in Turkish, after) a full date names that date once: the
article needs no publication date for it, and a weekday that is not the date's is said in
the reason while the written date is kept. A weekday alone still needs the publication date
(issue 9, outside testers' bug; rules9v). Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import Gazetteer, PipelineError, find_candidates

from .test_admin import Counts, IngestTestCase

GAZ = Gazetteer(participants=(), rounds=())
MARCH_13 = date(2025, 3, 13)  # a Thursday

WRITTEN_WITH_WEEKDAY = [
    ("en", "The Turkish and Russian ministers met in Ankara on Thursday 13 March 2025."),
    ("fr", "Les ministres turc et russe se sont réunis à Ankara jeudi 13 mars 2025."),
    ("ru", "Министры Турции и России встретились в Анкаре в четверг, 13 марта 2025 года."),
    ("ar", "اجتمع الوزيران التركي والروسي في أنقرة يوم الخميس 13 آذار/مارس 2025."),
    ("fa", "وزیران ترکیه و روسیه روز پنجشنبه ۲۳ اسفند ۱۴۰۳ در آنکارا دیدار کردند."),
    ("tr", "Türk ve Rus bakanlar 13 Mart 2025 Perşembe günü Ankara'da bir araya geldi."),
]


def found(text, lang, published=None):
    return find_candidates(text, published=published, language=lang, gazetteer=GAZ)


class WeekdayWithFullDateTests(unittest.TestCase):
    def test_read_without_a_publication_date(self):
        for lang, text in WRITTEN_WITH_WEEKDAY:
            with self.subTest(lang=lang):
                cands = found(text, lang)
                self.assertEqual([(c.date, c.precision) for c in cands], [(MARCH_13, "day")])
                self.assertNotIn("does not match", cands[0].date_reason)

    def test_read_alike_with_a_publication_date_a_week_later(self):
        for lang, text in WRITTEN_WITH_WEEKDAY:
            with self.subTest(lang=lang):
                cands = found(text, lang, published=date(2025, 3, 20))
                self.assertEqual([c.date for c in cands], [MARCH_13])

    def test_a_weekday_that_is_not_the_dates_is_noted_and_the_date_kept(self):
        for published in (None, date(2025, 3, 20)):
            with self.subTest(published=published):
                text = "The ministers met in Ankara on Friday 13 March 2025."
                (c,) = found(text, "en", published)
                self.assertEqual(c.date, MARCH_13)
                self.assertIn("“Friday”, does not match", c.date_reason)
                self.assertIn("is a Thursday", c.date_reason)
        (c,) = found("Министры встретились в Анкаре в пятницу, 13 марта 2025 года.", "ru")
        self.assertEqual(c.date, MARCH_13)
        self.assertIn("does not match", c.date_reason)

    def test_a_weekday_alone_still_needs_the_publication_date(self):
        for text in (
            "The ministers met in Ankara on Thursday.",
            "The ministers met in Ankara on Thursday and again on 14 March 2025.",
        ):
            with self.subTest(text=text), self.assertRaisesRegex(PipelineError, "publication"):
                found(text, "en")


class UndatedArticleUploadTests(IngestTestCase):
    """The admin's paste form: an article with no publication date whose dates are all
    written in full is stored for review; one with a weekday alone asks for the date."""

    def test_a_weekday_with_its_full_date_is_read_without_a_publication_date(self):
        text = (
            "Turkish and Russian ministers meet in Ankara\n\n"
            "The Turkish and Russian foreign ministers met in Ankara on Thursday 13 March "
            "2025 to discuss the settlement in Syria."
        )
        response = self.paste(text, published="")
        pending = PendingArticle.objects.get()
        self.assertRedirects(response, pending.get_absolute_url())
        self.assertIsNone(pending.published_on)
        self.assertEqual([c["date"] for c in pending.candidates], ["2025-03-13"])

    def test_a_weekday_alone_asks_for_the_publication_date(self):
        before = Counts()
        text = "The Turkish and Russian foreign ministers met in Ankara on Thursday."
        response = self.paste(text, published="")
        self.assertRefused(response, "a publication date is needed", before)


class WeekdaySpanTests(unittest.TestCase):
    """'from Thursday 13 to Friday 14 March 2025': the first weekday's day takes the month
    written once at the end; one span, with or without a publication date."""

    SPANS = [
        ("en", "The ministers met in Ankara from Thursday 13 to Friday 14 March 2025."),
        ("en", "The ministers met in Ankara on Thursday 13 and Friday 14 March 2025."),
        ("fr", "Les ministres se sont réunis à Ankara du jeudi 13 au vendredi 14 mars 2025."),
        ("ru", "Министры встречались в Анкаре с четверга 13 по пятницу 14 марта 2025 года."),
    ]

    def test_one_span(self):
        for published in (None, date(2025, 3, 20)):
            for lang, text in self.SPANS:
                with self.subTest(lang=lang, text=text, published=published):
                    (c,) = found(text, lang, published)
                    self.assertEqual((c.date, c.end_date), (MARCH_13, date(2025, 3, 14)))
                    self.assertNotIn("does not match", c.date_reason)

    def test_a_first_weekday_that_is_not_its_days_is_noted(self):
        (c,) = found("The ministers met from Friday 13 to Saturday 15 March 2025.", "en")
        self.assertEqual((c.date, c.end_date), (MARCH_13, date(2025, 3, 15)))
        self.assertIn("“Friday”, does not match", c.date_reason)

    def test_two_days_apart_joined_by_and_stay_two(self):
        text = "The ministers met on Thursday 6 and Thursday 13 March 2025 in Ankara."
        for published in (None, date(2025, 3, 20)):
            with self.subTest(published=published):
                cands = found(text, "en", published)
                self.assertEqual([c.date for c in cands], [date(2025, 3, 6), MARCH_13])
