"""Issue 9, session 6: the verb that governs a date decides its tense, not a verb inside a
relative clause about something else; a past verb of announcing or agreeing names a day
just ahead; weekday words that are also common words need a temporal frame."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates


def days(text, published, lang):
    return [(m.start, m.text) for m in extract_dates(text, published=published, language=lang)]


def first_day(text, published, lang, words=""):
    found = extract_dates(text, published=published, language=lang)
    return next(m.start for m in found if words in m.text)


# A Friday; the Thursday before it is the 12th, the one after the 19th.
FRIDAY = date(2024, 4, 13 - 1)


class RelativeClauseVerbTests(unittest.TestCase):
    """A verb inside a relative clause about another noun gives no tense to a date outside
    that clause."""

    def test_persian_ke_clause(self):
        text = (
            "مجلس ملی روز پنجشنبه لایحه‌ای را که مالیات‌های تازه‌ای وضع می‌کند، "
            "پس از بحثی طولانی تصویب کرد."
        )
        self.assertEqual(first_day(text, FRIDAY, "fa"), date(2024, 4, 11))

    def test_persian_date_inside_its_own_ke_clause_keeps_its_verb(self):
        text = "وزیر گفت نشستی که روز پنجشنبه برگزار می‌شود، مهم است."
        self.assertEqual(first_day(text, FRIDAY, "fa"), date(2024, 4, 18))

    def test_turkish_future_participle_before_a_noun(self):
        text = (
            "Bakanlar 3 Nisan'da başlayan görüşmeleri değerlendiren raporu, "
            "yasayı hazırlayacak 20 kişilik heyetle paylaştı."
        )
        self.assertEqual(first_day(text, FRIDAY, "tr"), date(2024, 4, 3))

    def test_turkish_finite_future_still_counts(self):
        text = "Heyetler 3 Mayıs'ta yeniden bir araya gelecek."
        self.assertEqual(first_day(text, FRIDAY, "tr"), date(2024, 5, 3))

    def test_english_which_will(self):
        text = "On Thursday, the council, which will hold new elections in June, adopted the plan."
        self.assertEqual(first_day(text, FRIDAY, "en"), date(2024, 4, 11))

    def test_french_qui_sera(self):
        text = "Jeudi, le parlement, qui se réunira de nouveau en mai, a voté la loi."
        self.assertEqual(first_day(text, FRIDAY, "fr"), date(2024, 4, 11))

    def test_russian_kotoryi(self):
        text = "В четверг парламент, который соберется вновь в мае, одобрил бюджет."
        self.assertEqual(first_day(text, FRIDAY, "ru"), date(2024, 4, 11))

    def test_arabic_alladhi(self):
        text = "قرر المجلس الذي سيعقد جلسته المقبلة في أيار، يوم الخميس، رفع القيود."
        self.assertEqual(first_day(text, FRIDAY, "ar", "الخميس"), date(2024, 4, 11))


class WeekdayWordsThatAreCommonWordsTests(unittest.TestCase):
    """'среда' is also an environment, 'الاثنين' also 'the two', 'pazar' also a market,
    'جمعه' in 'امام جمعه' a title: without a temporal frame they are no days."""

    def found(self, text, lang):
        return [m.text for m in extract_dates(text, published=FRIDAY, language=lang)]

    def test_russian_environment_is_no_wednesday(self):
        text = "Власти обещают создать безопасную среду и улучшить качество городской среды."
        self.assertEqual(self.found(text, "ru"), [])

    def test_russian_wednesday_with_a_frame(self):
        for text in (
            "Переговоры продлятся до среды.",
            "Со среды в городе действует комендантский час.",
            "Делегации встретились в среду.",
            "Среду и четверг делегации провели в консультациях.",
        ):
            with self.subTest(text=text):
                self.assertEqual(len(self.found(text, "ru")), 1)

    def test_arabic_the_two_is_no_monday(self):
        text = "وجرى اتصال هاتفي بين الاثنين تناول الوضع في المنطقة."
        self.assertEqual(self.found(text, "ar"), [])

    def test_arabic_bare_monday_still_a_day(self):
        self.assertEqual(len(self.found("وقال الوزير الاثنين إن المحادثات مستمرة.", "ar")), 1)

    def test_turkish_market_is_no_sunday(self):
        text = "Hükümet serbest pazar ekonomisine geçişi hızlandıracak."
        self.assertEqual(self.found(text, "tr"), [])

    def test_turkish_sunday_with_a_frame(self):
        for text in ("Heyetler pazar günü bir araya geldi.", "Seçim bu pazar yapılacak."):
            with self.subTest(text=text):
                self.assertEqual(len(self.found(text, "tr")), 1)

    def test_persian_friday_prayer_leader_is_a_title(self):
        text = "امام جمعه شهر در خطبه‌ها از مذاکرات حمایت کرد."
        self.assertEqual(self.found(text, "fa"), [])

    def test_english_named_days_are_no_weekdays(self):
        text = "The Good Friday Agreement was cited as a model by the envoy."
        self.assertEqual(self.found(text, "en"), [])


class AnnouncedDayAheadTests(unittest.TestCase):
    """A past verb of announcing or agreeing dates the announcement; the day it names a
    few weeks ahead is this year's, not last year's (the year is written for far days)."""

    PUBLISHED = date(2023, 3, 2)

    def test_agreed_to_meet_weeks_ahead(self):
        cases = {
            "en": "The two sides agreed to meet again in Vienna on 20 March.",
            "fr": "Les deux camps ont annoncé une nouvelle rencontre à Vienne le 20 mars.",
            "ru": "Стороны договорились встретиться в Вене 20 марта.",
            "tr": "Taraflar 20 Mart'ta Viyana'da yeniden görüşmek için uzlaştıklarını duyurdu.",
            "ar": "واتفق الطرفان على الاجتماع مجددا في فيينا في 20 مارس.",
            "fa": "دو طرف بر دیدار دوباره در ۲۰ مارس در وین توافق کردند.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(first_day(text, self.PUBLISHED, lang), date(2023, 3, 20))

    def test_a_past_happening_a_year_back_stays_back(self):
        text = "The talks ended on 20 February."
        self.assertEqual(first_day(text, self.PUBLISHED, "en"), date(2023, 2, 20))
        # A day weeks ahead goes back a year only when the sentence says so (session 7),
        # or when it is months ahead.
        text = "The talks were held on 20 March last year."
        self.assertEqual(first_day(text, self.PUBLISHED, "en", "March"), date(2022, 3, 20))
        text = "The talks were held on 20 June."
        self.assertEqual(first_day(text, self.PUBLISHED, "en"), date(2022, 6, 20))


class BodyDecidesTests(unittest.TestCase):
    """A body of the process as the subject of a decision verb is a happening, and so is
    the capital taken (the fall of a government), with no event noun in the sentence."""

    TUESDAY = date(2023, 5, 9)

    def dates(self, text, lang):
        gaz = Gazetteer(participants=(), rounds=())
        found = find_candidates(text, published=self.TUESDAY, language=lang, gazetteer=gaz)
        return [c.date for c in found]

    def test_a_council_decides(self):
        cases = {
            "en": "The Security Council decided on Tuesday to extend the monitoring mission.",
            "fr": "Mardi, le Conseil de sécurité a décidé de prolonger la mission.",
            "ru": "Во вторник Совет Безопасности ООН решил продлить мандат миссии.",
            "ar": "قررت اللجنة الدستورية، اليوم الثلاثاء، تمديد أعمالها لأسبوع.",
            "tr": "BM Güvenlik Konseyi salı günü misyonun süresini uzatma kararı aldı.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.dates(text, lang), [self.TUESDAY])

    def test_the_capital_entered(self):
        cases = {
            "en": "Opposition fighters entered Damascus on 8 December.",
            "ru": "Отряды оппозиции вошли в Дамаск 8 декабря.",
            "ar": "ودخلت فصائل المعارضة دمشق في 8 ديسمبر.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.dates(text, lang), [date(2022, 12, 8)])

    def test_a_person_deciding_is_not_enough(self):
        text = "The minister decided on Tuesday to postpone his trip."
        self.assertEqual(self.dates(text, "en"), [])


class HadSaidTests(unittest.TestCase):
    """'had said on Thursday': the pluperfect of a verb of saying dates a statement too."""

    def test_pluperfect_saying_is_a_statement(self):
        cases = {
            "fa": "وزیر خارجه روز پنجشنبه گفته بود که نشست آستانه به تعویق افتاده است.",
            "fr": "Le ministre avait déclaré jeudi que les pourparlers de Genève cessaient.",
        }
        gaz = Gazetteer(participants=(), rounds=())
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                found = find_candidates(text, published=FRIDAY, language=lang, gazetteer=gaz)
                self.assertEqual([c.kind for c in found if c.date == date(2024, 4, 11)], [])


class PersianCompoundWeekdayTests(unittest.TestCase):
    def test_every_spelling_of_a_compound_weekday(self):
        for number, weekday in (("یک", 6), ("دو", 0), ("سه", 1), ("چهار", 2), ("پنج", 3)):
            for joint in ("", " ", "\u200c"):
                text = f"هیئت‌ها روز {number}{joint}شنبه در ژنو دیدار کردند."
                with self.subTest(text=text):
                    (m,) = extract_dates(text, published=FRIDAY, language="fa")
                    self.assertEqual(m.start.weekday(), weekday)
