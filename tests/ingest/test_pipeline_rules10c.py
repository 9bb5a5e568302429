"""Issue 9, session 10 (rules10c): a yearless day with its weekday takes the year near the
article in which it is that weekday; a future-tense day a few days before publication is
this year's. Our own sentences in six languages, and where the rules must not fire."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline.dates import extract_dates

PUBLISHED = date(2026, 1, 19)  # a Monday; 18 January 2026 was a Sunday


def days(text, lang, published=PUBLISHED):
    return [(m.start, m.why) for m in extract_dates(text, published=published, language=lang)]


class WeekdayPicksTheYearTests(unittest.TestCase):
    def test_saturday_18_january_is_2025_whatever_the_tense(self):
        cases = {
            "en": "The talks will be held on Saturday, January 18.",
            "fr": "Les pourparlers auront lieu le samedi 18 janvier.",
            "ru": "Переговоры пройдут в субботу, 18 января.",
            "tr": "Görüşmeler 18 Ocak Cumartesi günü yapılacak.",
            "ar": "ستعقد المحادثات يوم السبت 18 كانون الثاني.",
            "fa": "مذاکرات روز شنبه ۲۸ دی برگزار خواهد شد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                [(d, why)] = days(text, lang)
                self.assertEqual(d, date(2025, 1, 18))
                self.assertIn("the weekday written with it: Saturday", why)

    def test_monday_18_january_in_a_past_clause_is_2027(self):
        cases = {
            "en": "The talks were held on Monday, January 18.",
            "ru": "Переговоры прошли в понедельник, 18 января.",
            "fr": "Les pourparlers ont eu lieu le lundi 18 janvier.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(days(text, lang)[0][0], date(2027, 1, 18))

    def test_a_weekday_no_year_fits_leaves_the_tense_and_says_so(self):
        # 18 January: Saturday 2025, Sunday 2026, Monday 2027; never a Tuesday.
        [(d, why)] = days("The talks were held on Tuesday, January 18.", "en")
        self.assertEqual(d, date(2026, 1, 18))
        self.assertIn("does not match", why)


class FutureDayJustBeforePublicationTests(unittest.TestCase):
    def test_sunday_18_january_reported_on_the_19th(self):
        cases = {
            "en": "The meeting with Abdi, planned for January 18, will take place later.",
            "fr": "La rencontre avec Abdi, prévue le 18 janvier, aura lieu plus tard.",
            "ru": "Встреча с Абди, запланированная на 18 января, состоится позже.",
            "tr": "Abdi ile 18 Ocak'ta yapılacak görüşme ertelenecek.",
            "ar": "سيعقد الاجتماع مع عبدي في 18 كانون الثاني.",
            "fa": "دیدار با عبدی در ۲۸ دی برگزار خواهد شد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                d, why = days(text, lang)[0]
                self.assertEqual(d, date(2026, 1, 18))
                self.assertIn("future tense, but 1 day before", why)

    def test_ten_days_back_still_this_years_eleven_is_next_years(self):
        d, why = days("The conference will open on January 9.", "en")[0]
        self.assertEqual(d, date(2026, 1, 9))
        self.assertIn("10 days before", why)
        self.assertEqual(days("The conference will open on January 8.", "en")[0][0],
                         date(2027, 1, 8))  # fmt: skip

    def test_a_future_day_months_away_is_next_years(self):
        cases = {
            "en": "The talks will be held on 18 January.",
            "ru": "Переговоры пройдут 18 января.",
            "fr": "Les pourparlers auront lieu le 18 janvier.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                [(d, why)] = days(text, lang, published=date(2026, 3, 19))
                self.assertEqual(d, date(2027, 1, 18))
                self.assertIn("future tense: the next", why)

    def test_a_future_month_is_not_moved(self):
        [(d, _)] = days("The talks will resume in December.", "en")
        self.assertEqual(d, date(2026, 12, 1))


class MainClauseTenseTests(unittest.TestCase):
    """A future made the object of a saying ('-acağını açıkladı') is not the main clause's
    tense: the saying's past decides a yearless month."""

    ANNOUNCED = date(2025, 11, 7)

    def month(self, text, lang):
        [(d, why)] = days(text, lang, published=self.ANNOUNCED)
        return d, why

    def test_reported_future_under_a_past_saying(self):
        cases = {
            "tr": "Başkan, Mayıs ayında yaptırımları kaldıracağını açıklamıştı.",
            "tr2": "Bakan, Mayıs ayında Şam'ı ziyaret edeceğini söyledi.",
            "tr3": "Heyet, Mayıs ayında görüşmelere katılacaklarını bildirdi.",
            "en": "The president said in May that he would lift the sanctions.",
            "fr": "En mai, le président avait annoncé qu'il lèverait les sanctions.",
            "ru": "В мае президент заявил, что снимет санкции.",
            "ar": "أعلن الرئيس في أيار أنه سيرفع العقوبات.",
            "fa": "رئیس‌جمهور در ماه مه اعلام کرد که تحریم‌ها را لغو خواهد کرد.",
        }
        for key, text in cases.items():
            with self.subTest(key=key):
                self.assertEqual(self.month(text, key[:2])[0], date(2025, 5, 1))

    def test_a_main_clause_future_still_looks_ahead(self):
        cases = {
            "tr": "Heyet Mayıs ayında Şam'ı ziyaret edecek.",
            "tr2": "Başkan yaptırımları Mayıs ayında kaldıracak.",
            "tr3": "Mayıs ayında yapılacak toplantıya katılacağız.",
        }
        for key, text in cases.items():
            with self.subTest(key=key):
                d, why = self.month(text, "tr")
                self.assertEqual(d, date(2026, 5, 1))
                self.assertIn("future tense", why)


class JolaniAndPersianCompoundVerbsTests(unittest.TestCase):
    """Al-Sharaa's nom de guerre alone is his (seeds/reference.json, cited in
    seeds/SOURCES.md); the noun of a Persian compound verb after a title is no name."""

    @classmethod
    def setUpClass(cls):
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
        from eval_ingest import build_gazetteer

        cls.gaz = build_gazetteer()

    def people(self, text, lang):
        from peaceproc.ingest.pipeline import article_people

        return article_people(text, language=lang, gazetteer=self.gaz)

    def test_the_nom_de_guerre_alone(self):
        cases = {
            "fa": "جولانی روز دوشنبه با هیئت روسی دیدار کرد.",
            "ar": "التقى الجولاني وفدا روسيا في دمشق.",
            "tr": "Colani, Rus heyetiyle Şam'da görüştü.",
            "en": "Al-Julani met the Russian delegation in Damascus.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertIn("ahmed-al-sharaa", self.people(text, lang).slugs)

    def test_the_golan_is_not_him(self):
        for lang, text in {
            "fa": "اسرائیل در بلندی‌های جولان مستقر است.",
            "ar": "تحتل إسرائيل هضبة الجولان منذ 1967.",
            "tr": "İsrail Golan Tepeleri'nde bulunuyor.",
        }.items():
            with self.subTest(lang=lang):
                self.assertNotIn("ahmed-al-sharaa", self.people(text, lang).slugs)

    def test_a_compound_verb_after_a_title_is_no_name(self):
        for text in (
            "او به عنوان وزیر خارجه منصوب شد و با لاوروف دیدار کرد.",
            "رئیس‌جمهور روز دوشنبه منصوب شد.",
            "وزیر دفاع برکنار شد.",
            "فرستاده ویژه سازمان ملل مأمور کرد.",
            # 'استعفا داد' (resigned), a compound verb with 'داد' (outside re-tester t13b, 7).
            "فرستاده ویژه سازمان ملل در امور سوریه استعفا داد.",
            "وزیر خارجه به گفتگوها پایان داد.",
        ):
            with self.subTest(text=text):
                self.assertEqual(self.people(text, "fa").names, ())

    def test_names_after_a_title_still_found(self):
        for text, name in (
            ("سخنگوی وزارت خارجه اسماعیل بقائی اعلام کرد که مذاکرات ادامه دارد.", "اسماعیل بقائی"),
            ("رئیس‌جمهور مسعود پزشکیان به مسکو سفر کرد.", "مسعود پزشکیان"),
            ("وزیر خارجه سوریه اسعد حسن گفت که گفتگوها ادامه دارد.", "اسعد حسن"),
            ("وزیر خارجه سوریه اسعد حسن پاسخ داد.", "اسعد حسن"),
        ):
            with self.subTest(text=text):
                self.assertIn(name, self.people(text, "fa").names)


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/x">{nav}</a></nav></header>
<main><article><h1>{title}</h1><p>{lead}</p><p>{body}</p></article>
{extra}</main><footer>{footer}</footer></body></html>"""


class OtherPagesDatesAreNotThePublicationDateTests(unittest.TestCase):
    """A page with no date of its own in its markup: dates in navigation, related links,
    comments and the site's footer are other pages' and never its publication date."""

    def published(self, **parts):
        from peaceproc.ingest.pipeline.html import html_to_text

        fill = {
            "lang": "en",
            "title": "Council meets on Syria",
            "nav": "News",
            "footer": "©",
            "lead": "The Security Council met behind closed doors on the situation in Syria.",
            "body": "The envoy briefed the members by video from Damascus.",
            "extra": "",
        }
        return html_to_text(PAGE.format(**{**fill, **parts}))[1]["published"]

    def test_related_links_comments_footer_nav(self):
        cases = {
            "aside": {"extra": '<aside><ul><li><a href="/2">EU delegation in Damascus — '
                      "2025-01-28</a></li></ul></aside>"},
            "related": {"extra": '<div class="related-posts"><a href="/3">Talks resume '
                        "2025-01-27</a></div>"},
            "comments": {"extra": '<section id="comments"><p>Abu Ali, 2025-01-29: we wait '
                         "for the session.</p></section>"},
            "footer": {"footer": "Updated 2025-01-26 · Contact"},
            "nav": {"nav": "Archive 2025-01-25"},
        }  # fmt: skip
        for where, parts in cases.items():
            with self.subTest(where=where):
                self.assertIsNone(self.published(**parts))

    def test_the_articles_own_time_still_dates_it(self):
        from peaceproc.ingest.pipeline.html import html_to_text

        page = PAGE.format(
            lang="en", title="Council meets on Syria", nav="News", footer="©", extra="",
            lead="The Security Council met on the situation in Syria.",
            body='Posted <time datetime="2025-01-30T12:40">30 January 2025</time>.',
        ).replace("</article>", '<footer><time datetime="2025-01-30">30.01.2025</time>'
                  "</footer></article>")  # fmt: skip
        self.assertEqual(html_to_text(page)[1]["published"], date(2025, 1, 30))


class TodayBesideAFullDateTests(unittest.TestCase):
    """'today, Thursday 30 January 2025' needs no publication date: the full date is its
    day. 'today' alone still does."""

    def test_today_with_its_full_date(self):
        cases = {
            "en": "The council meets today, Thursday 30 January 2025.",
            "fr": "Le conseil se réunit aujourd'hui, jeudi 30 janvier 2025.",
            "ru": "Совет соберется сегодня, 30 января 2025 года.",
            "tr": "Konsey bugün, 30 Ocak 2025 Perşembe günü toplanıyor.",
            "ar": "يعقد المجلس جلسة مغلقة اليوم الخميس 30 كانون الثاني 2025.",
            "fa": "شورا امروز پنجشنبه ۳۰ ژانویه ۲۰۲۵ تشکیل جلسه می‌دهد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                found = extract_dates(text, published=None, language=lang)
                self.assertEqual([m.start for m in found], [date(2025, 1, 30)])

    def test_today_alone_needs_a_publication_date(self):
        from peaceproc.ingest.pipeline.types import PipelineError

        for lang, text in {
            "en": "The council meets today.",
            "ar": "يعقد المجلس جلسة اليوم.",
            "fr": "Le conseil se réunit aujourd'hui, et le 30 janvier 2025 il votera.",
        }.items():
            with self.subTest(lang=lang), self.assertRaises(PipelineError):
                extract_dates(text, published=None, language=lang)


class PostponedToADayTests(unittest.TestCase):
    """A meeting planned for one day and moved to another: both days are the meeting's
    (LABELLING keeps the planned day; the new one is a happening too)."""

    def happenings(self, text, lang):
        from peaceproc.ingest.pipeline import Gazetteer, find_candidates

        found = find_candidates(
            text, published=PUBLISHED, language=lang, gazetteer=Gazetteer((), ())
        )
        return {(c.date, c.kind) for c in found}

    def test_planned_then_moved(self):
        cases = {
            "en": "The meeting of the two leaders, planned for January 18, was postponed "
            "to January 25.",
            "fr": "La rencontre prévue le 18 janvier a été reportée au 25 janvier.",
            "ru": "Встречу двух лидеров, запланированную на 18 января, перенесли на 25 января.",
            "tr": "18 Ocak'ta yapılması planlanan görüşme 25 Ocak'a ertelendi.",
            "fa": "دیداری که قرار بود ۱۸ ژانویه برگزار شود به ۲۵ ژانویه موکول شد.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(
                    self.happenings(text, lang),
                    {(date(2026, 1, 18), "meeting"), (date(2026, 1, 25), "meeting")},
                )

    def test_a_second_date_not_moved_keeps_its_own_kind(self):
        cases = {
            "en": "The meeting was held on January 12, and the report is due on January 25.",
            "ru": "Встреча прошла 12 января, а доклад опубликуют 25 января.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertNotIn((date(2026, 1, 25), "meeting"), self.happenings(text, lang))
