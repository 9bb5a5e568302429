"""Session 14, rules14e: reported speech, a saying's 'that' clause, the pluperfect 'next
round', and 'a year ago today' (issue 9).

* Reported speech, one rule in six languages. A weekday in a clause reported after a
  saying dated to a day of its own is the first such weekday after the saying's day, even
  when that day is already past at publication: a speaker on Sunday who says 'Tuesday'
  means the Tuesday two days on, and the writer only retells it. Only when the weekday has
  a 'next' of its own (next Tuesday, mardi prochain, в следующий вторник, الثلاثاء
  المقبل, سه‌شنبه آینده, gelecek salı) and the first one after the saying is past at
  publication while the clause is future, is it counted from the article's day: the speaker
  looked past the first one. A press report's day ('reported on Sunday, citing sources')
  is a saying's day like any other, and it is never ahead of the article.
* 'A year ago today' (il y a un an jour pour jour, ровно год назад, في مثل هذا اليوم قبل
  عام, درست یک سال پیش در چنین روزی, bir yıl önce bugün) is the day a year before the
  article's, at day precision; a bare 'a year ago' stays last year.
* The day planned for 'the next round' that the sentence says was put off is ahead of the
  article, though a pluperfect tells the plan ('which Moscow had proposed for 14-15 June,
  has been postponed').
* A happening in the 'that' clause of a saying is not the kind of the saying's own date
  before 'that' ('announced on 23 February that the talks would continue' is no meeting
  on 23 February); 'announced on 30 December a ceasefire' reports no clause and keeps it.

The sentences are the tests' own."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

# Thursday 20 November 2031: the Sunday before is the 16th, the Tuesday after it the 18th
# (already past), the Tuesday after the article the 25th.
THURSDAY = date(2031, 11, 20)
SUNDAY, TUESDAY_AFTER_SAYING, NEXT_TUESDAY = (
    date(2031, 11, 16),
    date(2031, 11, 18),
    date(2031, 11, 25),
)

REPORTED_TUESDAY = [
    ("en", "The agency reported on Sunday, quoting diplomats, that the envoy will meet the "
     "minister in Damascus on Tuesday."),
    ("en", "The agency reported on Sunday that the envoy would meet the minister on Tuesday."),
    ("fr", "L'agence a rapporté dimanche, citant des diplomates, que l'émissaire rencontrera "
     "le ministre à Damas mardi."),
    ("ru", "Агентство сообщило в воскресенье со ссылкой на дипломатов, что посланник "
     "встретится с министром в Дамаске во вторник."),
    ("ar", "ونقلت الوكالة يوم الأحد عن مصادر دبلوماسية أن المبعوث سيلتقي الوزير في دمشق يوم "
     "الثلاثاء."),
    ("fa", "خبرگزاری روز یکشنبه به نقل از منابع دیپلماتیک گزارش داد که فرستاده روز سه‌شنبه با "
     "وزیر خارجه در دمشق دیدار خواهد کرد."),
    ("tr", "Ajans pazar günü diplomatik kaynaklara dayandırdığı haberinde, temsilcinin salı "
     "günü Şam'da bakanla görüşeceğini yazdı."),
]  # fmt: skip
REPORTED_NEXT_TUESDAY = [
    ("en", "The agency reported on Sunday, quoting diplomats, that the envoy will meet the "
     "minister in Damascus next Tuesday."),
    ("fr", "L'agence a rapporté dimanche, citant des diplomates, que l'émissaire rencontrera "
     "le ministre à Damas mardi prochain."),
    ("ru", "Агентство сообщило в воскресенье со ссылкой на дипломатов, что посланник "
     "встретится с министром в Дамаске в следующий вторник."),
    ("ar", "ونقلت الوكالة يوم الأحد عن مصادر دبلوماسية أن المبعوث سيلتقي الوزير في دمشق يوم "
     "الثلاثاء المقبل."),
    ("fa", "خبرگزاری روز یکشنبه به نقل از منابع دیپلماتیک گزارش داد که فرستاده سه‌شنبه آینده با "
     "وزیر خارجه در دمشق دیدار خواهد کرد."),
    ("tr", "Ajans pazar günü diplomatik kaynaklara dayandırdığı haberinde, temsilcinin gelecek "
     "salı Şam'da bakanla görüşeceğini yazdı."),
]  # fmt: skip


def days(text: str, language: str, published: date = THURSDAY) -> list[date]:
    return [m.start for m in extract_dates(text, published=published, language=language)]


class ReportedWeekdayTests(unittest.TestCase):
    def test_a_reported_weekday_is_the_first_after_the_saying_even_if_past(self):
        for language, text in REPORTED_TUESDAY:
            with self.subTest(language=language, text=text):
                self.assertEqual(days(text, language), [SUNDAY, TUESDAY_AFTER_SAYING])

    def test_a_reported_next_weekday_past_at_publication_counts_from_the_article(self):
        for language, text in REPORTED_NEXT_TUESDAY:
            with self.subTest(language=language, text=text):
                self.assertEqual(days(text, language), [SUNDAY, NEXT_TUESDAY])

    def test_a_day_the_saying_was_not_made_on_does_not_anchor_it(self):
        # The day before a verb of saying is the saying's only when the verb stands next to
        # it: 'the talks ended on 2 November, and Lavrov said that ... on Monday' tells no
        # day of the saying, and the Monday is counted from the article's day, the 24th
        # (ablate15: it was the 3rd, the day after the talks ended).
        monday = date(2031, 11, 24)
        for language, text, expected in (
            (
                "en",
                "The talks ended on 2 November, and Lavrov said that the next round would open "
                "on Monday.",
                [date(2031, 11, 2), monday],
            ),
            (
                "en",
                "The round closed on 2 November; the envoy said on Wednesday that the committee "
                "would meet on Monday.",
                [date(2031, 11, 2), date(2031, 11, 19), monday],
            ),
            (
                "fr",
                "Les pourparlers se sont achevés le 2 novembre, et Lavrov a déclaré que le "
                "prochain cycle s'ouvrirait lundi.",
                [date(2031, 11, 2), monday],
            ),
            (
                "ru",
                "Переговоры завершились 2 ноября, а Лавров заявил, что следующий раунд "
                "откроется в понедельник.",
                [date(2031, 11, 2), monday],
            ),
            (
                "ar",
                "انتهت المحادثات في 2 تشرين الثاني، وأعلن لافروف أن الجولة المقبلة ستنطلق يوم "
                "الاثنين.",
                [date(2031, 11, 2), monday],
            ),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(days(text, language), expected)


A_YEAR_AGO_TODAY = [
    ("en", "A year ago today, the delegations signed the ceasefire in Astana."),
    ("en", "Exactly one year ago, the guarantors met in Sochi."),
    ("fr", "Il y a un an jour pour jour, les délégations signaient le cessez-le-feu à Astana."),
    ("fr", "Il y a exactement un an, les garants se réunissaient à Sotchi."),
    ("ru", "Ровно год назад делегации подписали перемирие в Астане."),
    ("ru", "Год назад в этот день гаранты встретились в Сочи."),
    ("ar", "في مثل هذا اليوم قبل عام، وقعت الوفود اتفاق وقف إطلاق النار في أستانا."),
    ("ar", "قبل عام من اليوم اجتمع الضامنون في سوتشي."),
    ("fa", "درست یک سال پیش در چنین روزی، هیئت‌ها آتش‌بس را در آستانه امضا کردند."),
    ("fa", "امروز یک سال پیش ضامنان در سوچی دیدار کردند."),
    ("tr", "Bir yıl önce bugün heyetler Astana'da ateşkesi imzaladı."),
    ("tr", "Tam bir yıl önce garantörler Soçi'de bir araya geldi."),
]
A_YEAR_AGO = [
    ("en", "A year ago, the delegations signed the ceasefire in Astana."),
    ("fr", "Il y a un an, les délégations signaient le cessez-le-feu à Astana."),
    ("ru", "Год назад делегации подписали перемирие в Астане."),
    ("ar", "قبل عام، وقعت الوفود اتفاق وقف إطلاق النار في أستانا."),
    ("fa", "یک سال پیش هیئت‌ها آتش‌بس را در آستانه امضا کردند."),
    ("tr", "Bir yıl önce heyetler Astana'da ateşkesi imzaladı."),
]


class YearAgoTodayTests(unittest.TestCase):
    def read(self, text: str, language: str, published: date) -> list[tuple[date, str]]:
        found = extract_dates(text, published=published, language=language)
        return [(m.start, m.precision) for m in found]

    def test_a_year_ago_today_is_the_day_a_year_back(self):
        for language, text in A_YEAR_AGO_TODAY:
            with self.subTest(language=language, text=text):
                self.assertEqual(self.read(text, language, THURSDAY), [(date(2030, 11, 20), "day")])

    def test_from_29_february_it_is_the_28th(self):
        text = "A year ago today, the delegations signed the ceasefire in Astana."
        self.assertEqual(self.read(text, "en", date(2032, 2, 29)), [(date(2031, 2, 28), "day")])

    def test_a_bare_year_ago_is_last_year(self):
        for language, text in A_YEAR_AGO:
            with self.subTest(language=language, text=text):
                self.assertEqual(self.read(text, language, THURSDAY), [(date(2030, 1, 1), "year")])


# Monday 10 March 2031: the next round's 14-15 June is this year's.
MARCH = date(2031, 3, 10)
NEXT_ROUND_PUT_OFF = [
    ("en", "The next round, which Moscow had proposed for 14-15 June, has been postponed."),
    ("fr", "Le prochain round, que Moscou avait proposé pour les 14 et 15 juin, a été reporté."),
    ("ru", "Следующий раунд, который Москва предлагала провести 14-15 июня, отложен."),
    ("ar", "تم تأجيل الجولة المقبلة التي كانت موسكو قد اقترحتها في 14 و15 حزيران/يونيو."),
    ("fa", "دور بعدی که مسکو برای ۱۴ و ۱۵ ژوئن پیشنهاد کرده بود، به تعویق افتاد."),
    ("tr", "Moskova'nın 14-15 Haziran için önermiş olduğu bir sonraki tur ertelendi."),
]
PREVIOUS_ROUND_PUT_OFF = [
    ("en", "The previous round, which Moscow had proposed for 14-15 June, was postponed."),
    ("fr", "Le précédent round, que Moscou avait proposé pour les 14 et 15 juin, a été reporté."),
]


class NextRoundPutOffTests(unittest.TestCase):
    def test_the_day_planned_for_the_next_round_is_ahead(self):
        for language, text in NEXT_ROUND_PUT_OFF:
            with self.subTest(language=language, text=text):
                [m] = extract_dates(text, published=MARCH, language=language)
                self.assertEqual((m.start, m.end), (date(2031, 6, 14), date(2031, 6, 15)))

    def test_the_previous_round_keeps_the_past(self):
        for language, text in PREVIOUS_ROUND_PUT_OFF:
            with self.subTest(language=language, text=text):
                [m] = extract_dates(text, published=MARCH, language=language)
                self.assertEqual(m.start, date(2030, 6, 14))


GAZ = Gazetteer(participants=(), rounds=())
SAID_ON_THAT = [
    ("en", "The guarantors announced on 23 February that the talks would continue in Geneva."),
    ("fr", "Les garants ont annoncé le 23 février que les pourparlers se poursuivraient à Genève."),
    ("ru", "Гаранты объявили 23 февраля, что переговоры продолжатся в Женеве."),
    ("ar", "أعلنت الدول الضامنة في 23 شباط/فبراير أن المحادثات ستستمر في جنيف."),
    ("fa", "کشورهای ضامن در ۲۳ فوریه اعلام کردند که مذاکرات در ژنو ادامه خواهد یافت."),
    ("tr", "Garantörler 23 Şubat'ta görüşmelerin Cenevre'de devam edeceğini duyurdu."),
]
ANNOUNCED_A_CEASEFIRE = [
    ("en", "Russia announced on 30 December a nationwide ceasefire."),
    ("fr", "La Russie a annoncé le 30 décembre un cessez-le-feu dans tout le pays."),
    ("ru", "Россия объявила 30 декабря о прекращении огня по всей стране."),
    ("fa", "روسیه در ۳۰ دسامبر آتش‌بس سراسری را اعلام کرد."),
    ("tr", "Rusya 30 Aralık'ta ülke çapında ateşkes ilan etti."),
]


class SaidOnThatTests(unittest.TestCase):
    def kinds(self, text: str, language: str) -> list[str]:
        found = find_candidates(text, published=MARCH, language=language, gazetteer=GAZ)
        return [c.kind for c in found]

    def test_a_happening_in_the_that_clause_is_not_the_saying_days(self):
        for language, text in SAID_ON_THAT:
            with self.subTest(language=language, text=text):
                found = find_candidates(text, published=MARCH, language=language, gazetteer=GAZ)
                # The day of the telling of a gathering: planned, Geneva being the talks'.
                self.assertEqual(
                    [(c.kind, c.place, c.planned) for c in found], [("announcement", None, True)]
                )

    def test_what_is_announced_with_no_that_clause_keeps_its_kind(self):
        for language, text in ANNOUNCED_A_CEASEFIRE:
            with self.subTest(language=language, text=text):
                self.assertEqual(self.kinds(text, language), ["ceasefire"])

    def test_a_day_inside_the_that_clause_keeps_the_clauses_happening(self):
        text = "The envoy said on 2 March that the committee would meet on 5 March."
        found = find_candidates(text, published=MARCH, language="en", gazetteer=GAZ)
        self.assertIn(("5 March", "meeting"), [(c.date_text, c.kind) for c in found])
