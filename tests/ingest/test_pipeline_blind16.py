"""Session 16's blind batch (issue 9): the shapes behind its misses, each in every
language that has it, in sentences written for these tests."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, article_people, extract_dates, find_candidates

GAZ = Gazetteer(participants=(), rounds=())


def dates(text, published, lang):
    return [
        (m.start.isoformat(), m.precision, m.text)
        for m in extract_dates(text, published=published, language=lang)
    ]


def found(text, published, lang):
    """The (date, precision) of each candidate the pipeline proposes for `text`."""
    cands = find_candidates(text, published=published, language=lang, gazetteer=GAZ)
    return [(c.date.isoformat(), c.precision) for c in cands]


def read(text, published, lang):
    """The (date, precision) of each date mention in `text`."""
    return [g[:2] for g in dates(text, published, lang)]


class EachLanguage(unittest.TestCase):
    def assert_each(self, table, published, reader, check):
        """`check(got)` on what `reader` makes of each language's text in `table`."""
        for lang, text in table.items():
            with self.subTest(lang=lang):
                check(reader(text, published, lang))


class PartOfNextMonthTests(unittest.TestCase):
    """'The end of next month' is next month (U6), not this month's end."""

    SENT = {
        "en": ("The envoy expects the parties back at the end of next month.", "end of next month"),
        "fr": ("Les parties reviendraient à la fin du mois prochain.", "fin du mois prochain"),
        "ru": ("Стороны вернутся к переговорам в конце следующего месяца.", "следующего месяца"),
        "tr": ("Taraflar gelecek ayın sonunda yeniden buluşacak.", "gelecek ayın sonunda"),
        "ar": ("ويعود الطرفان إلى الطاولة في أواخر الشهر المقبل.", "الشهر المقبل"),
        "fa": ("دو طرف در اواخر ماه آینده دوباره دیدار می‌کنند.", "ماه آینده"),
    }

    def test_each_language(self):
        for lang, (text, words) in self.SENT.items():
            with self.subTest(lang=lang):
                got = dates(text, date(2019, 5, 20), lang)
                self.assertEqual([g[:2] for g in got], [("2019-06-01", "month")])
                self.assertIn(words, got[0][2])

    def test_the_end_of_this_month_stays_this_month(self):
        got = dates("Les pourparlers reprendront à la fin du mois.", date(2019, 5, 20), "fr")
        self.assertEqual([g[:2] for g in got], [("2019-05-01", "month")])


class MonthListTests(EachLanguage):
    """Every month of a list is a month, the middle ones too, each in its year."""

    SENT = {
        "en": "The three rounds he called, in May, June and July, all started late.",
        "fr": "Les trois sessions, en mai, en juin et en juillet, ont toutes commencé en retard.",
        "ru": "Все три раунда, в мае, июне и июле, начались с опозданием.",
        "ar": "وتأخرت الجولات الثلاث التي عقدت في مايو ويونيو ويوليو.",
        "fa": "هر سه دور مذاکره در ماه مه، ژوئن و ژوئیه با تأخیر آغاز شد.",
    }

    def test_each_language(self):
        months = [("2018-05-01", "month"), ("2018-06-01", "month"), ("2018-07-01", "month")]
        self.assert_each(
            self.SENT, date(2018, 9, 3), read, lambda got: self.assertEqual(got, months)
        )

    def test_a_list_across_new_year(self):
        got = dates("Talks were held in November, December and January.", date(2019, 3, 1), "en")
        self.assertEqual([g[0] for g in got], ["2018-11-01", "2018-12-01", "2019-01-01"])

    def test_each_month_of_the_list_is_a_candidate(self):
        text = "Les pourparlers ont eu lieu en mai, en juin et en juillet à Genève."
        got = [d for d, _p in found(text, date(2018, 9, 3), "fr")]
        self.assertEqual(got, ["2018-05-01", "2018-06-01", "2018-07-01"])


class YearHeadingTests(EachLanguage):
    """A year that opens a sentence with finer dates of that year after it is their
    heading, not a happening of its own."""

    SENT = {
        "en": "In 2016, the talks opened in Geneva in March.",
        "fr": "En 2016, les pourparlers se sont ouverts à Genève en mars.",
        "ru": "В 2016 году переговоры открылись в Женеве в марте.",
        "tr": "2016 yılında görüşmeler Mart'ta Cenevre'de başladı.",
        "ar": "في عام 2016 انطلقت المحادثات في جنيف في مارس.",
        "fa": "در سال 2016 مذاکرات در ماه مارس در ژنو آغاز شد.",
    }

    def test_each_language(self):
        march = [("2016-03-01", "month")]
        self.assert_each(
            self.SENT, date(2017, 1, 28), found, lambda got: self.assertEqual(got, march)
        )

    def test_a_year_alone_stays(self):
        got = found("In 2016, the talks opened in Geneva.", date(2017, 1, 28), "en")
        self.assertEqual(got, [("2016-01-01", "year")])


class CountBeforeANamedHappeningTests(EachLanguage):
    """'A day before the meeting' counts from the meeting's day (named in the sentence
    before), not back from the publication day."""

    TEXT = {
        "en": "The envoys will gather on 20 April. A day before the gathering, aides will meet.",
        "fr": "Les émissaires se réuniront le 20 avril. Un jour avant la réunion, leurs adjoints "
        "se verront.",
        "ru": "Посланники соберутся 20 апреля. За день до встречи соберутся их помощники.",
        "tr": "Temsilciler 20 Nisan'da toplanacak. Toplantıdan bir gün önce yardımcılar görüşecek.",
        "ar": "يجتمع المبعوثون في 20 أبريل. وقبل يوم من الاجتماع يلتقي مساعدوهم.",
        "fa": "فرستادگان روز 20 آوریل گرد هم می‌آیند. یک روز پیش از نشست، دستیاران دیدار می‌کنند.",
    }

    def test_each_language(self):
        def check(got):
            self.assertIn(("2021-04-19", "day"), got)
            self.assertNotIn(("2021-04-01", "day"), got)

        self.assert_each(self.TEXT, date(2021, 4, 2), found, check)

    def test_a_day_ago_alone_still_counts_from_today(self):
        got = dates("Dışişleri bakanı bir gün önce Ankara'da konuştu.", date(2021, 4, 2), "tr")
        self.assertEqual([g[:2] for g in got], [("2021-04-01", "day")])


class PageStampTests(EachLanguage):
    """A page's 'time of publication' stamp, and a stamp after a menu of bullet items,
    date the story that follows (its date line)."""

    STAMPED = {
        "en": "Publication time: 14 May 2019, 08:15 | Updated: 14 May 2019, 09:00",
        "fr": "Heure de publication : 14 mai 2019, 08:15",
        "ru": "время публикации: 14 мая 2019 г., 08:15 | последнее обновление: 14 мая 2019 г.",
        "tr": "Yayın saati: 14 Mayıs 2019, 08:15",
        "ar": "وقت النشر: 14 مايو 2019، 08:15",
    }
    BODY = {
        "en": "The guarantors signed a memorandum in Astana.",
        "fr": "Les garants ont signé un mémorandum à Astana.",
        "ru": "Страны-гаранты подписали меморандум в Астане.",
        "tr": "Garantör ülkeler Astana'da bir mutabakat imzaladı.",
        "ar": "ووقعت الدول الضامنة مذكرة تفاهم في أستانا.",
    }

    def test_each_language(self):
        pages = {
            lang: f"Site\n\nHeadline of the story\n\n{stamp}\n\n{self.BODY[lang]}"
            for lang, stamp in self.STAMPED.items()
        }
        stamped = [("2019-05-14", "day")]
        self.assert_each(
            pages, date(2019, 5, 15), found, lambda got: self.assertEqual(got, stamped)
        )

    def test_a_stamp_after_a_menu_of_cities(self):
        menu = "\n".join(f"  • City {n}" for n in range(30))
        text = (
            f"Hava 11ºC Ankara\n{menu}\nDünya\n14.05.2019 08:15\n\n"
            "Astana'da toplantı yapıldı\n\nGarantör ülkeler Astana'da bir mutabakat imzaladı."
        )
        self.assertEqual(found(text, date(2019, 5, 15), "tr"), [("2019-05-14", "day")])


class NotPeopleTests(unittest.TestCase):
    """A portfolio or an office after a title, and a weather bar, are no one's name."""

    def names(self, text, lang):
        return article_people(text, language=lang, gazetteer=GAZ).names

    def test_offices_after_a_title(self):
        text = (
            "وزیر نفت و انرژی روسیه و سخنگوی رسمی ریاست‌جمهوری ترکیه در این دیدار حضور داشتند. "
            "حسن رضایی، دبیرکل ریاست‌جمهوری، نیز آمد."
        )
        self.assertEqual(self.names(text, "fa"), ("حسن رضایی",))
        text = "وحضر وزير الإسكان والبناء الروسي والناطق باسم الرئاسة التركية الاجتماع."
        self.assertEqual(self.names(text, "ar"), ())

    def test_a_weather_bar(self):
        for lang, bar in (
            ("tr", "Parçalı Bulutlu 14ºC İzmir"),
            ("en", "Partly Cloudy 14°C Geneva"),
            ("fr", "Peu Nuageux 14°C Genève"),
            ("ru", "Переменная Облачность 14°C Москва"),
        ):
            with self.subTest(lang=lang):
                self.assertEqual(self.names(f"{bar}\n\nNews of the day.", lang), ())


class SecondDateAfterAnAsideTests(EachLanguage):
    """A sentence dated by its day ('today, Thursday') keeps a later month whose event word
    an aside ('the ousted president') separates from it."""

    TEXT = {
        "ar": "واستقبل الوزير نظيره اليوم الخميس في أول زيارة منذ إسقاط النظام السابق، "
        "الذي حكم لعقود، في ديسمبر.",
        "fa": "وزیر امروز پنجشنبه همتای خود را پذیرفت که نخستین سفر پس از سرنگونی حکومت "
        "پیشین، که دهه‌ها حکم راند، در دسامبر بود.",
    }

    def test_each_language(self):
        def check(got):
            self.assertIn(("2024-12-01", "month"), got)
            self.assertIn(("2025-07-31", "day"), got)

        self.assert_each(self.TEXT, date(2025, 7, 31), found, check)


class BriefingAheadTests(EachLanguage):
    """An envoy's trip on a weekday to brief the Security Council, told ahead or in the
    conditional, is the briefing's day."""

    TEXT = {
        "fr": "L'émissaire irait jeudi à New York pour informer le Conseil de sécurité.",
        "tr": "Temsilci perşembe günü Güvenlik Konseyi'ni bilgilendirmek için New York'a gidecek.",
        "ar": "وسيتوجه المبعوث يوم الخميس إلى نيويورك لإطلاع مجلس الأمن.",
        "fa": "فرستاده روز پنجشنبه برای ارائه گزارش به شورای امنیت به نیویورک می‌رود.",
    }

    def test_each_language(self):
        thursday = [("2022-03-10", "day")]
        self.assert_each(
            self.TEXT, date(2022, 3, 7), found, lambda got: self.assertEqual(got, thursday)
        )


class QuotedDateTenseTests(EachLanguage):
    """A year-less date inside a quotation takes its tense from the quotation's words, not
    from the verb of saying outside it."""

    AHEAD = {
        "en": 'The minister said: "We hope he can attend the summit, the one on 15 October."',
        "ar": "وقال الوزير: «نأمل أن يحضر القمة، المقررة في 15 أكتوبر».",
        "tr": 'Bakan, "Cumhurbaşkanının 15 Ekim tarihli zirveye katılmasını umuyoruz" dedi.',
        "fa": "وزیر گفت: «امیدواریم او در نشست، مقرر برای 15 اکتبر، شرکت کند».",
    }

    def test_a_hope_inside_the_quotation_looks_ahead(self):
        ahead = [("2025-10-15", "day")]
        self.assert_each(
            self.AHEAD, date(2025, 7, 31), read, lambda got: self.assertEqual(got, ahead)
        )

    def test_a_past_verb_inside_the_quotation_still_looks_back(self):
        got = dates('Bakan, "15 Ekim tarihli zirveye katıldık" dedi.', date(2025, 7, 31), "tr")
        self.assertEqual([g[:2] for g in got], [("2024-10-15", "day")])


class AgreedOnHoldingTests(EachLanguage):
    """A gathering agreed on ('agreed on holding a summit in late August'), told with a
    past verb, is still ahead of the agreement: the next such month."""

    TEXT = {
        "en": "The leaders agreed on holding a summit in late August.",
        "fr": "Les dirigeants se sont mis d'accord sur la tenue d'un sommet fin août.",
        "ru": "Лидеры договорились о проведении саммита в конце августа.",
        "tr": "Liderler ağustos sonunda bir zirve yapılması konusunda anlaştı.",
        "ar": "واتفق القادة على عقد قمة في أواخر أغسطس.",
        "fa": "بر سر برگزاری نشستی سه‌جانبه در پایان ماه اوت توافق شد.",
    }

    def test_each_language(self):
        august = [("2019-08-01", "month")]
        self.assert_each(
            self.TEXT, date(2019, 7, 15), read, lambda got: self.assertEqual(got, august)
        )

    def test_a_month_the_agreement_was_made_in_stays_behind(self):
        got = dates("The leaders agreed in late August on a truce.", date(2019, 7, 15), "en")
        self.assertEqual([g[:2] for g in got], [("2018-08-01", "month")])
