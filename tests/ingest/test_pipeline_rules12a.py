"""Issue 9, session 12 (rules12a): dates that real articles write and the pipeline misread.
Lunar (Hijri) dates in Arabic and Persian copy; an Arabic verb with 'و'/'ف' glued on opens
a clause with its own tense; 'after' a day is not 'since' it when the past verb is a
saying's; an announced vote is an announcement (U2); a page's stamp line under the
headline dates its lead. Sentences and pages written for these tests, in each language a
rule applies to, and sentences where a rule must not fire."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates, html_to_text

GAZ = Gazetteer(participants=(), rounds=())


def days(text: str, lang: str, published: date) -> list[tuple[date, str]]:
    return [(m.start, m.precision) for m in extract_dates(text, published=published, language=lang)]


def candidates(text: str, lang: str, published: date) -> list[tuple[date, str, str]]:
    return [
        (c.date, c.precision, c.kind)
        for c in find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    ]


class LunarDatesTests(unittest.TestCase):
    """A lunar day with its year is the Gregorian day the Umm al-Qura tables give: 15
    Ramadan 1445 = 25 March 2024, 15 Sha'ban 1446 = 14 February 2025, 10 Muharram 1446 =
    16 July 2024."""

    PUBLISHED = date(2025, 3, 1)

    def test_read(self):
        cases = [
            ("ar", "افتتح المؤتمر أعماله في دمشق يوم ١٥ رمضان ١٤٤٥.", date(2024, 3, 25)),
            ("ar", "عقد الاجتماع الموسع في 15 شعبان 1446 هـ بحضور الوزراء.", date(2025, 2, 14)),
            ("ar", "وقعت الوثيقة في 15 شعبان 1446 للهجرة.", date(2025, 2, 14)),
            ("ar", "انتهت المشاورات في 10 محرم 1446.", date(2024, 7, 16)),
            ("ar", "بدأت الجلسة في 5 ربيع الآخر 1446 هـ.", date(2024, 10, 8)),
            ("ar", "بدأت الجلسة في 5 ربيع الثاني 1446هـ.", date(2024, 10, 8)),
            ("fa", "نشست در ۱۰ محرم ۱۴۴۶ ه.ق در تهران برگزار شد.", date(2024, 7, 16)),
            ("fa", "دیدار در ۵ ربیع‌الثانی ۱۴۴۶ انجام شد.", date(2024, 10, 8)),
        ]
        for lang, text, want in cases:
            with self.subTest(text=text):
                self.assertIn((want, "day"), days(text, lang, self.PUBLISHED))

    def test_two_days(self):
        [m] = extract_dates(
            "جرت المحادثات يومي 14 و15 شعبان 1446 هـ.", published=self.PUBLISHED, language="ar"
        )
        self.assertEqual((m.start, m.end), (date(2025, 2, 13), date(2025, 2, 14)))

    def test_the_weekday_written_with_it_says_the_sighted_day(self):
        # The tables give Friday 14 February; the writer's Thursday is the 13th.
        got = days("عقد الاجتماع يوم الخميس 15 شعبان 1446 هـ في دمشق.", "ar", self.PUBLISHED)
        self.assertEqual(got, [(date(2025, 2, 13), "day")])
        # A weekday further off than a sighting moves nothing.
        got = days("عقد الاجتماع يوم الاثنين 15 شعبان 1446 هـ في دمشق.", "ar", self.PUBLISHED)
        self.assertEqual(got, [(date(2025, 2, 14), "day")])

    def test_the_thirtieth_of_a_month_the_tables_end_on_the_29th(self):
        got = days("اختتمت الجولة في 30 رمضان 1446 هـ.", "ar", date(2025, 4, 10))
        self.assertEqual(got, [(date(2025, 3, 30), "day")])

    def test_not_doubled_beside_the_gregorian_day(self):
        cases = [
            "عقد المؤتمر يوم الخميس 15 شعبان 1446 هـ الموافق 13 فبراير 2025 في دمشق.",
            "عقد المؤتمر يوم الخميس 13 فبراير 2025م الموافق 15 شعبان 1446 هـ في دمشق.",
            "عقد المؤتمر في 13 شباط/فبراير 2025 (15 شعبان 1446 هـ).",
        ]
        for text in cases:
            with self.subTest(text=text):
                self.assertEqual(days(text, "ar", self.PUBLISHED), [(date(2025, 2, 13), "day")])

    def test_not_read(self):
        cases = [
            ("ar", "عقد الاجتماع في 15 رمضان."),  # no year: none the tense can place
            ("ar", "عقد الاجتماع في 31 رمضان 1446 هـ."),  # no month has 31 days
            ("ar", "عقد الاجتماع في 15 رمضان 1342 هـ."),  # before the tables
            ("ar", "قالت الوزارة إن صفر 1446 كان شهرا هادئا."),  # a month, no day
            ("ar", "سجلت الحرارة 15 تحت الصفر في 1446 موقعا."),  # 'zero', no month
            ("en", "Talks opened on 15 Ramadan 1445 in Damascus."),  # only ar and fa
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertEqual(days(text, lang, self.PUBLISHED), [])


class ArabicGluedVerbTests(unittest.TestCase):
    """'و' or 'ف' glued onto a verb opens a clause with the verb's tense, as ' و ' does;
    so do 'فيما', 'بينما', 'فقد', 'وقد'."""

    PUBLISHED = date(2025, 1, 10)
    LAST, NEXT = date(2024, 12, 5), date(2025, 2, 5)

    def test_each_clause_its_tense(self):
        cases = [
            "التقى الوزيران في 5 ديسمبر وسيلتقيان مجددا في 5 فبراير.",
            "اجتمع الطرفان في 5 ديسمبر فسيعودان إلى الطاولة في 5 فبراير.",
        ]
        for text in cases:
            with self.subTest(text=text):
                self.assertEqual(
                    days(text, "ar", self.PUBLISHED), [(self.LAST, "day"), (self.NEXT, "day")]
                )
        cases = [
            "ستعقد الجولة في 5 فبراير وعقدت السابقة في 5 ديسمبر.",
            "ستعقد الجولة المقبلة في 5 فبراير فيما عقدت السابقة في 5 ديسمبر.",
            "ستعقد الجولة في 5 فبراير فقد عقدت السابقة في 5 ديسمبر.",
            "سيستأنف الحوار في 5 فبراير ووقع الطرفان اتفاقا في 5 ديسمبر.",
            "سيلتقي الوزيران في 5 فبراير وكانا قد التقيا في 5 ديسمبر.",
        ]
        for text in cases:
            with self.subTest(text=text):
                self.assertEqual(
                    days(text, "ar", self.PUBLISHED), [(self.NEXT, "day"), (self.LAST, "day")]
                )

    def test_a_root_that_begins_with_the_letter_is_no_conjunction(self):
        # 'وقع' (signed) and 'فتح' begin with the letters: one clause, one past tense.
        got = days("وقع الطرفان الاتفاق في 5 ديسمبر في الدوحة.", "ar", self.PUBLISHED)
        self.assertEqual(got, [(self.LAST, "day")])


class AfterIsNotSinceTests(unittest.TestCase):
    """'after' a day in a clause made past by a verb of saying is no past point: what was
    said may look ahead. What comes after a day still ahead has no day yet: its month."""

    PUBLISHED = date(2024, 12, 10)
    DECEMBER = (date(2024, 12, 1), "month")

    def test_said_after_a_day_ahead(self):
        cases = [
            ("en", "The envoy said after December 20 the talks would resume in Geneva."),
            ("en", "The envoy said the talks would resume after December 20."),
            ("fr", "L'envoyé a dit que les pourparlers reprendraient après le 20 décembre."),
            ("ru", "Посланник сказал, что переговоры возобновятся после 20 декабря."),
            ("ar", "قال المبعوث إن المحادثات ستستأنف بعد 20 ديسمبر."),
            ("fa", "فرستاده گفت که مذاکرات پس از 20 دسامبر از سر گرفته خواهد شد."),
            ("tr", "Temsilci, görüşmelerin 20 Aralık'tan sonra yeniden başlayacağını söyledi."),
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertEqual(days(text, lang, self.PUBLISHED), [self.DECEMBER])

    def test_after_a_day_past_keeps_its_day(self):
        cases = [
            ("en", "The committee met again after December 2, the envoy said."),
            ("fr", "Le comité s'est réuni après le 2 décembre."),
            ("ru", "Комитет собрался после 2 декабря."),
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertEqual(days(text, lang, self.PUBLISHED), [(date(2024, 12, 2), "day")])

    def test_since_still_looks_back(self):
        # A day 10 days ahead after 'since' in a past clause is last year's.
        cases = [
            ("en", "The envoy said the talks had stalled since December 20."),
            ("fr", "Les pourparlers étaient bloqués depuis le 20 décembre, a dit l'envoyé."),
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertEqual(days(text, lang, self.PUBLISHED), [(date(2023, 12, 20), "day")])

    def test_a_participle_after_is_is_no_past(self):
        got = days(
            "The minister said his country is prepared to host the talks after December 20.",
            "en",
            self.PUBLISHED,
        )
        self.assertEqual(got, [self.DECEMBER])


class AnnouncedVoteTests(unittest.TestCase):
    """The day a vote's date was said is its announcement (LABELLING.md U2), as a round's."""

    PUBLISHED = date(2025, 8, 12)  # a Tuesday
    MONDAY, VOTE = date(2025, 8, 11), date(2025, 9, 15)

    def test_announced(self):
        cases = {
            "en": "The interim president said on Monday that parliamentary elections will be "
            "held on 15 September.",
            "fr": "Le président de transition a déclaré lundi que les élections législatives "
            "auront lieu le 15 septembre.",
            "ru": "Временный президент заявил в понедельник, что парламентские выборы пройдут "
            "15 сентября.",
            "ar": "قال الرئيس الانتقالي يوم الاثنين إن الانتخابات البرلمانية ستجري في 15 سبتمبر.",
            "fa": "رئیس‌جمهور انتقالی روز دوشنبه گفت که انتخابات پارلمانی در 15 سپتامبر "
            "برگزار خواهد شد.",
            "tr": "Geçiş hükümeti pazartesi günü yaptığı açıklamada referandumun 15 Eylül'de "
            "yapılacağını duyurdu.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                got = candidates(text, lang, self.PUBLISHED)
                self.assertIn((self.MONDAY, "day", "announcement"), got)
                self.assertIn(self.VOTE, [d for d, _p, _k in got])

    def test_a_saying_with_no_vote_nor_gathering_is_a_statement(self):
        text = "The interim president said on Monday that the decree takes effect on 15 September."
        got = candidates(text, "en", self.PUBLISHED)
        self.assertNotIn(self.MONDAY, [d for d, _p, _k in got])


class MonthFormsTests(unittest.TestCase):
    """A Turkish month in the locative with '-ki' ('Nisan'daki', 'Aralık ayındaki': the
    April one), and a Russian plan's part of a month ('на середину января')."""

    def test_read(self):
        cases = [
            ("tr", "Nisan ayındaki son tur görüşmelerden bu yana ilk kez bir araya geldiler.",
             (date(2016, 4, 1), "month")),
            ("tr", "Aralık ayındaki Astana görüşmelerinde ateşkes ilan edildi.",
             (date(2016, 12, 1), "month")),
            ("tr", "Nisan'daki görüşmeler sonuçsuz kaldı.", (date(2016, 4, 1), "month")),
            ("tr", "15 Haziran'daki toplantıya üç ülke katıldı.", (date(2016, 6, 15), "day")),
            ("ru", "Переговоры в Астане намечены на середину марта.", (date(2017, 3, 1), "month")),
            ("ru", "Встреча запланирована на конец марта.", (date(2017, 3, 1), "month")),
        ]  # fmt: skip
        for lang, text, want in cases:
            with self.subTest(text=text):
                self.assertEqual(days(text, lang, date(2017, 2, 23)), [want])


class YearWrittenOnceTests(unittest.TestCase):
    """A day written without a year after one the same statement writes with its year is
    in that year (or the next, across a new year), half a year after it at most."""

    PUBLISHED = date(2026, 2, 18)

    def test_carried(self):
        cases = [
            ("ru", "В конце ноября 2024 года отряды оппозиции пошли в наступление, а 8 декабря "
             "вошли в Дамаск."),
            ("en", "The offensive began in late November 2024, and on 8 December the rebels "
             "entered Damascus."),
            ("fr", "L'offensive a commencé fin novembre 2024 et les rebelles sont entrés à Damas "
             "le 8 décembre."),
            ("ar", "بدأ الهجوم في أواخر نوفمبر 2024، ودخلت الفصائل دمشق في 8 ديسمبر."),
            ("tr", "Saldırı Kasım 2024 sonunda başladı ve muhalifler 8 Aralık'ta Şam'a girdi."),
            ("fa", "حمله در اواخر نوامبر 2024 آغاز شد و شورشیان در 8 دسامبر وارد دمشق شدند."),
        ]  # fmt: skip
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertIn((date(2024, 12, 8), "day"), days(text, lang, self.PUBLISHED))

    def test_across_the_new_year(self):
        text = "The talks opened on 20 December 2024 and closed on 10 January."
        self.assertIn((date(2025, 1, 10), "day"), days(text, "en", self.PUBLISHED))

    def test_not_carried(self):
        cases = [
            # A clause that looks ahead: the next such day.
            ("en", "Assad fell on 8 December 2024, and the next round will open on 19 March.",
             date(2026, 3, 19)),
            # Another statement after ';'.
            ("en", "The memorandum was signed on 5 May 2017; the committee met again on 3 "
             "February.", date(2026, 2, 3)),
            # More than half a year after the written date.
            ("en", "The memorandum was signed on 5 May 2017 and the committee met again on 3 "
             "February.", date(2026, 2, 3)),
        ]  # fmt: skip
        for lang, text, want in cases:
            with self.subTest(text=text):
                self.assertIn((want, "day"), days(text, lang, self.PUBLISHED))


class ExplainedIsASayingTests(unittest.TestCase):
    """'explained', 'a expliqué', 'пояснил', 'أوردت' (reported), 'توضیح داد' are verbs of
    saying: their day is a statement's (LABELLING.md U4), unless it tells a round's day
    ahead (U2)."""

    PUBLISHED = date(2025, 6, 12)  # a Thursday

    def test_a_statement(self):
        cases = [
            ("en", "The envoy explained on Wednesday that the talks had made progress."),
            ("fr", "L'envoyé a expliqué mercredi que les pourparlers avaient progressé."),
            ("ru", "Посланник пояснил в среду, что переговоры продвинулись."),
            ("ar", "وأوردت وكالة الأنباء الأربعاء أن المحادثات أحرزت تقدما."),
            ("fa", "فرستاده روز چهارشنبه توضیح داد که مذاکرات پیشرفت کرده است."),
        ]
        for lang, text in cases:
            with self.subTest(text=text):
                self.assertEqual(candidates(text, lang, self.PUBLISHED), [])

    def test_an_announcement(self):
        text = "The envoy explained on Wednesday that the next round will be held on 10 July."
        self.assertEqual(
            candidates(text, "en", self.PUBLISHED),
            [(date(2025, 6, 11), "day", "announcement"), (date(2025, 7, 10), "day", "round")],
        )


class SanctionsLiftedTests(unittest.TestCase):
    """Sanctions lifted in the passive with the person they hit between ('the sanctions
    that targeted Ahmed al-Sharaa were lifted on Thursday'): a Council decision (U7)."""

    def test_dated(self):
        cases = [
            ("en", "The sanctions that targeted Ahmed al-Sharaa were lifted on Thursday by the "
             "Security Council."),
            ("fr", "Les sanctions qui frappaient Ahmad al-Chareh ont été levées ce jeudi par le "
             "Conseil de sécurité."),
            ("ru", "Санкции против Ахмеда аш-Шараа и его министра сняты в четверг Советом "
             "Безопасности."),
        ]  # fmt: skip
        for lang, text in cases:
            with self.subTest(text=text):
                got = candidates(text, lang, date(2025, 11, 7))
                self.assertEqual(got, [(date(2025, 11, 6), "day", "milestone")])


def _wordpress_page(stamp: str, published: str) -> str:
    """An agency's article page in a common WordPress theme: the date printed as a plain
    'post-meta' stamp under the headline, the publication time in the markup only."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Envoy: the committee's first round went well | Agency</title>
<meta property="og:site_name" content="Example Agency">
<meta property="article:published_time" content="{published}T19:42:10+03:00">
</head><body><div class="wrapper">
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
</ul></nav></header>
<div id="main-content"><article class="post">
<h1 class="post-title"><span>Envoy: the committee's first round went well</span></h1>
<p class="post-meta"><span class="tie-date">{stamp}</span>
<span class="post-cats"><a href="/politics">Politics</a></span></p>
<div class="entry">
<p><strong>Geneva - Agency</strong></p>
<p>The UN envoy told a press conference in Geneva that the sessions of the small body of the
committee had gone well. He said the next round would open on 25 November.</p>
<p>The envoy hoped the committee's work would help find a political settlement.</p>
</div></article>
<aside><h3>Latest</h3><p>Agency 29-05-2023 Today a conference opened in Damascus.</p></aside>
</div><footer><p>All rights reserved</p></footer></div></body></html>"""


class StampLineUnderTheHeadlineTests(unittest.TestCase):
    def test_kept_when_it_names_the_publication_day(self):
        for stamp in ("08-11-2019", "08.11.2019", "2019-11-08", "11/08/2019"):
            with self.subTest(stamp=stamp):
                text, meta = html_to_text(_wordpress_page(stamp, "2019-11-08"))
                self.assertEqual(meta["published"], date(2019, 11, 8))
                self.assertEqual(text.split("\n\n")[:2][1], stamp)

    def test_it_dates_the_lead(self):
        text, meta = html_to_text(_wordpress_page("08-11-2019", "2019-11-08"))
        got = candidates(text, "en", meta["published"])
        self.assertIn(date(2019, 11, 8), [d for d, _p, _k in got])

    def test_a_stamp_of_another_day_is_not_taken(self):
        text, _meta = html_to_text(_wordpress_page("07-10-2019", "2019-11-08"))
        self.assertNotIn("07-10-2019", text)


if __name__ == "__main__":
    unittest.main()
