"""Every month of every calendar the lexicon knows, in every spelling it lists and in the
written variants writers use (hamza, madda and alef forms, Persian letters, the ezafe's
hamza, the Levantine names without their article, the Levantine and Gregorian names side
by side), is read as that month (issue 9, outside tester t9b: 'آب', August, was not).
Sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.dateline import dateline_of
from peaceproc.ingest.pipeline import extract_dates
from peaceproc.ingest.pipeline import lexicon as L
from peaceproc.ingest.pipeline.resolve import jalali_to_gregorian

PUBLISHED = date(2026, 1, 5)
WITH_DAY = {
    "en": "The envoys met on 12 {} 2025 in Geneva.",
    "fr": "Les envoyés se sont réunis le 12 {} 2025 à Genève.",
    "tr": "Heyetler 12 {} 2025 tarihinde Cenevre'de bir araya geldi.",
    "ru": "Делегации встретились 12 {} 2025 года в Женеве.",
    "ar": "اجتمع الوفدان في 12 {} 2025 في جنيف.",
    "fa": "دو هیئت در ۱۲ {} ۲۰۲۵ در ژنو دیدار کردند.",
}
MONTH_ONLY = {
    "en": "The envoys met in {} 2025 in Geneva.",
    "fr": "Les envoyés se sont réunis en {} 2025 à Genève.",
    "tr": "Heyetler {} 2025'te Cenevre'de bir araya geldi.",
    "ru": "Делегации встретились в {} 2025 года в Женеве.",
    "ar": "اجتمع الوفدان في {} 2025 في جنيف.",
    "fa": "دو هیئت در {} ۲۰۲۵ در ژنو دیدار کردند.",
}

# Written as they appear on pages, before folding; the month's number is the list's index + 1.
ARABIC_AS_WRITTEN = [
    ("يناير", "كانون الثاني", "كانون ثاني", "كانون الثانى", "جانفي"),
    ("فبراير", "فبرایر", "شباط", "فيفري"),
    ("مارس", "آذار", "أذار", "اذار"),
    ("أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل"),
    ("مايو", "أيار", "ايار", "ماي", "مايس"),
    ("يونيو", "يونيه", "يونية", "حزيران", "جوان"),
    ("يوليو", "يوليه", "يولية", "تموز", "جويلية", "يوليوز"),
    ("أغسطس", "اغسطس", "آب", "أب", "اب", "أوت", "اوت", "غشت"),
    ("سبتمبر", "أيلول", "ايلول", "شتنبر"),
    ("أكتوبر", "اكتوبر", "أوكتوبر", "تشرين الأول", "تشرين الاول", "تشرين أول", "تشرين اول"),
    ("نوفمبر", "نوڤمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    ("ديسمبر", "دیسمبر", "كانون الأول", "كانون الاول", "كانون أول", "دجنبر"),
]
PERSIAN_AS_WRITTEN = [
    ("ژانویه", "ژانویهٔ", "ژانویۀ", "ژانويه"),
    ("فوریه", "فوریهٔ", "فوریۀ"),
    ("مارس", "مارسِ"),
    ("آوریل", "اوریل", "آپریل"),
    ("مه", "می"),
    ("ژوئن", "ژوین"),
    ("ژوئیه", "ژوییه", "ژوئیهٔ", "ژوئیۀ", "جولای"),
    ("اوت", "آگوست", "اگوست", "آگست"),
    ("سپتامبر", "سپتمبر"),
    ("اکتبر", "اكتبر", "اکتوبر"),
    ("نوامبر", "نوامبرِ"),
    ("دسامبر", "دسامبرِ"),
]
SOLAR_AS_WRITTEN = [
    ("فروردین", "فروردين"),
    ("اردیبهشت", "ارديبهشت"),
    ("خرداد",),
    ("تیر", "تير"),
    ("مرداد", "امرداد"),
    ("شهریور", "شهريور"),
    ("مهر",),
    ("آبان", "ابان"),
    ("آذر", "اذر"),
    ("دی", "دي"),
    ("بهمن",),
    ("اسفند",),
]


def read(text, lang):
    return {(m.start, m.precision) for m in extract_dates(text, published=PUBLISHED, language=lang)}


class EveryListedMonthTests(unittest.TestCase):
    def test_every_month_word_of_the_lexicon_is_read_with_a_day_and_with_its_year_alone(self):
        for lang, forms in L.MONTHS.items():
            for word, number in forms.items():
                written = word.capitalize() if lang == "en" else word
                with self.subTest(lang=lang, month=word):
                    got = read(WITH_DAY[lang].format(written), lang)
                    self.assertIn((date(2025, number, 12), "day"), got)
                    got = read(MONTH_ONLY[lang].format(written), lang)
                    self.assertIn((date(2025, number, 1), "month"), got)

    def test_every_solar_month_word_of_the_lexicon_is_read(self):
        for word, number in L.JALALI_MONTHS.items():
            with self.subTest(month=word):
                got = read(f"دو هیئت در ۱۲ {word} ۱۴۰۲ در ژنو دیدار کردند.", "fa")
                self.assertIn((jalali_to_gregorian(1402, number, 12), "day"), got)


class WrittenVariantTests(unittest.TestCase):
    def check(self, table, lang):
        for number, forms in enumerate(table, start=1):
            for written in forms:
                with self.subTest(month=written):
                    got = read(WITH_DAY[lang].format(written), lang)
                    self.assertIn((date(2025, number, 12), "day"), got)
                    got = read(MONTH_ONLY[lang].format(written), lang)
                    self.assertIn((date(2025, number, 1), "month"), got)

    def test_arabic_spellings(self):
        self.check(ARABIC_AS_WRITTEN, "ar")

    def test_persian_spellings(self):
        self.check(PERSIAN_AS_WRITTEN, "fa")

    def test_solar_spellings(self):
        for number, forms in enumerate(SOLAR_AS_WRITTEN, start=1):
            for written in forms:
                with self.subTest(month=written):
                    got = read(f"دو هیئت در ۱۲ {written} ۱۴۰۲ در ژنو دیدار کردند.", "fa")
                    self.assertIn((jalali_to_gregorian(1402, number, 12), "day"), got)

    def test_the_levantine_and_the_gregorian_name_side_by_side_in_either_order(self):
        levantine = [forms[1] for forms in ARABIC_AS_WRITTEN]
        levantine[7] = "آب"
        levantine[4] = "أيار"
        for number, (first, second) in enumerate(
            zip(levantine, (forms[0] for forms in ARABIC_AS_WRITTEN), strict=True), start=1
        ):
            for pair in (f"{first}/{second}", f"{second}/{first}", f"{first} ({second})"):
                with self.subTest(pair):
                    (m,) = extract_dates(
                        WITH_DAY["ar"].format(pair), published=PUBLISHED, language="ar"
                    )
                    self.assertEqual((m.start, m.precision), (date(2025, number, 12), "day"))
                    self.assertEqual(m.text, f"12 {pair} 2025")


class AmbiguousAugustTests(unittest.TestCase):
    def test_august_with_its_madda_needs_no_day(self):
        self.assertEqual(read("وتصاعدت الاشتباكات منذ آب.", "ar"), {(date(2025, 8, 1), "month")})
        self.assertEqual(
            read("وتصاعدت الاشتباكات منذ شهر اب.", "ar"), {(date(2025, 8, 1), "month")}
        )

    def test_father_is_no_month(self):
        self.assertEqual(read("وُلد الناشط في حلب من أب كردي.", "ar"), set())
        self.assertEqual(read("وقال إنه لا خير في أب يتخلى عن أبنائه.", "ar"), set())
        self.assertEqual(read("وقال إنه لا خير في اب يتخلى عن أبنائه.", "ar"), set())

    def test_a_date_line_with_august_gives_the_publication_day(self):
        text = "عنوان الخبر\n\nموقع الأخبار – 3 آب 2024\n\nاجتمع الوفدان في جنيف."
        self.assertEqual(dateline_of(text, language="ar").day, date(2024, 8, 3))
