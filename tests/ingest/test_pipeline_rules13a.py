"""Session 13, rules13a: dates proposed where nothing happened (issue 9, precision).

* A year that is part of a document's number ('Decree No. 66 of 2025') is the year the
  document was issued: where the article dates its issue to the day, one happening, told
  at its most precise; with no day of that year, the year stays ('resolution No. 2254 of
  2015', the adoption).
* An agreement to do something later ('agreed to form a committee') is no agreement made
  that day: not of the kind 'agreement', and its words are no agreement cues.
* The date line's day dates the story's happening only when the article gives it no date
  words of its own (LABELLING U10): a happening of the same kind and track that the
  article dates in the days before has that day, and the date line's gives way.
* Violence and killings are the war's, not steps of the process (LABELLING R1), as
  fighting and offensives already were: a month said of them dates nothing.
* A 'today' or 'tomorrow' in quoted speech that names no happening is the speaker's
  rhetoric ('"Today Syria opens a new page," he said'): no candidate. A quotation that
  names one ('"Tomorrow we will meet the delegation"') keeps its day.
* A deadline with a part of the day between its word and its day ('until the morning of
  Wednesday', 'حتى صباح الأربعاء', 'çarşamba sabahına kadar') is an end point too.
* A repost ('This article first appeared on ... on 14 February 2023', 'İlk yayın: ...')
  keeps the reposted story's 'today' and weekdays: they are read from the day it first
  appeared, and that line is no happening.

The sentences are the tests' own, in each language a rule reads."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2031, 6, 14)  # a Saturday
FRIDAY = date(2031, 6, 13)


def dated(text: str, language: str, published: date = PUBLISHED) -> list[tuple[date, str]]:
    found = find_candidates(text, published=published, language=language, gazetteer=GAZ)
    return [(c.date, c.precision) for c in found]


class DocumentNumberYearTests(unittest.TestCase):
    def test_the_year_of_a_numbered_document_is_no_date(self):
        for language, text in (
            ("en", "On Friday the president issued Decree No. 12 of 2031, forming a body."),
            ("en", "The council adopted on Friday resolution number 7 for 2031 on the elections."),
            (
                "fr",
                "Vendredi, le président a publié le décret n° 12 de 2031 créant une commission.",
            ),
            ("ru", "В пятницу президент подписал указ № 12 2031 года о создании комиссии."),
            ("ar", "وأصدر الرئيس يوم الجمعة المرسوم رقم 12 لعام 2031 القاضي بتشكيل لجنة."),
            ("ar", "وأصدر الرئيس يوم الجمعة المرسوم رقم 12 لسنة 2031 بتشكيل لجنة."),
            ("fa", "رئیس‌جمهور روز جمعه فرمان شماره ۱۲ سال ۲۰۳۱ را برای تشکیل کمیسیون صادر کرد."),
            ("tr", "Cumhurbaşkanı cuma günü komisyonu kuran 2031/12 sayılı kararnameyi yayımladı."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(dated(text, language), [(FRIDAY, "day")])

    def test_with_no_day_of_that_year_the_year_of_its_issue_stays(self):
        for language, text in (
            ("en", "He said that resolution No. 2254 of 2015 remains the basis of the talks."),
            ("ar", "وقال إن قرار مجلس الأمن رقم 2254 لعام 2015 هو مرجع المفاوضات."),
        ):
            with self.subTest(language=language):
                self.assertEqual(dated(text, language), [(date(2015, 1, 1), "year")])

    def test_a_year_of_its_own_is_still_read(self):
        for language, text in (
            ("en", "The commission was formed by decree in 2031."),
            ("fr", "La commission a été créée par décret en 2031."),
            ("ru", "Комиссия была создана указом в 2031 году."),
            ("ar", "تم تشكيل اللجنة بمرسوم في عام 2031."),
            ("fa", "کمیسیون در سال ۲۰۳۱ با فرمان تشکیل شد."),
            ("tr", "Komisyon 2031 yılında kararnameyle kuruldu."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(dated(text, language), [(date(2031, 1, 1), "year")])


def candidates(text: str, language: str):
    return find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)


class AgreedToActTests(unittest.TestCase):
    def test_an_agreement_to_act_later_is_no_agreement(self):
        for language, text in (
            ("en", "On Monday the guarantors agreed to form a committee on detainees."),
            ("en", "The sides agreed on Monday on holding a new round in Astana."),
            ("fr", "Lundi, les garants se sont mis d'accord pour créer un comité sur les détenus."),
            ("fr", "Lundi, les garants sont tombés d'accord pour organiser un sommet à Téhéran."),
            ("ru", "В понедельник гаранты договорились создать комитет по задержанным."),
            ("fa", "کشورهای ضامن روز دوشنبه توافق کردند که کمیته‌ای برای بازداشت‌شدگان تشکیل دهند."),
        ):
            with self.subTest(language=language, text=text):
                for c in candidates(text, language):
                    self.assertNotEqual(c.kind, "agreement")
                    self.assertEqual(c.agreement_cues, ())

    def test_a_body_agreed_to_be_formed_is_not_formed_that_day(self):
        # The formation is the agreement's outcome, to come (as 'agreed to form' in cues).
        for language, text in (
            ("fa", "کشورهای ضامن روز دوشنبه توافق کردند که کمیته‌ای برای بازداشت‌شدگان تشکیل دهند."),
            ("tr", "Garantörler pazartesi günü bir komite kurulması konusunda anlaştı."),
        ):
            with self.subTest(language=language):
                self.assertEqual(candidates(text, language), [])

    def test_an_agreement_reached_is_still_one(self):
        for language, text in (
            ("en", "An earlier agreement to merge the two forces was reached on Monday."),
            ("en", "On Monday the two sides agreed to a ceasefire in Idlib."),
            ("en", "On Monday the two sides reached an agreement on detainees."),
            ("fr", "Lundi, les deux parties ont conclu un accord de paix."),
            ("ru", "В понедельник стороны подписали соглашение о пленных."),
            ("ar", "ووقع الطرفان يوم الاثنين اتفاقا لتبادل الأسرى."),
            ("fa", "دو طرف روز دوشنبه توافق‌نامه‌ای امضا کردند."),
            ("tr", "Taraflar pazartesi günü tutuklular konusunda bir anlaşma imzaladı."),
        ):
            with self.subTest(language=language, text=text):
                found = candidates(text, language)
                self.assertEqual(len(found), 1)
                self.assertIn(found[0].kind, ("agreement", "ceasefire"))
                self.assertTrue(found[0].agreement_cues)


REPOSTED = date(2024, 3, 12)
ARRIVED = {
    "en": "The delegations arrived in Astana today for a new round of talks on Syria, the Kazakh "
    "foreign ministry said.",
    "fr": "Les délégations sont arrivées aujourd'hui à Astana pour un nouveau cycle de pourparlers "
    "sur la Syrie, a indiqué le ministère kazakh.",
    "ru": "Делегации сегодня прибыли в Астану на новый раунд переговоров по Сирии, сообщил МИД "
    "Казахстана.",
    "tr": "Heyetler Suriye konulu yeni tur görüşmeler için bugün Astana'ya ulaştı, Kazakistan "
    "Dışişleri Bakanlığı açıkladı.",
    "ar": "وصلت الوفود اليوم إلى أستانا لجولة جديدة من المحادثات حول سوريا، بحسب ما أعلنت "
    "الخارجية الكازاخية.",
    "fa": "هیئت‌ها امروز برای دور تازه مذاکرات درباره سوریه وارد آستانه شدند، وزارت خارجه "
    "قزاقستان اعلام کرد.",
}
FIRST_APPEARED = {
    "en": "This article first appeared on Example News on 14 February 2023.",
    "fr": "Article publié initialement le 14 février 2023.",
    "ru": "Впервые опубликовано 14 февраля 2023 года.",
    "tr": "İlk yayın: 14 Şubat 2023",
    "ar": "نُشر هذا المقال لأول مرة في 14 فبراير 2023.",
    "fa": "این گزارش نخستین بار در 14 فوریه 2023 منتشر شد.",
}


class RepostTests(unittest.TestCase):
    def test_a_reposted_storys_today_is_the_day_it_first_appeared(self):
        for language, story in ARRIVED.items():
            line = FIRST_APPEARED[language]
            for text in (f"{story}\n\n{line}", f"{line}\n\n{story}"):
                with self.subTest(language=language, text=text):
                    self.assertEqual(dated(text, language, REPOSTED), [(date(2023, 2, 14), "day")])

    def test_a_weekday_is_read_from_that_day(self):
        text = (
            "The guarantors met in Astana on Monday and agreed on a joint statement.\n\n"
            "Originally published on 16 February 2023."  # a Thursday
        )
        self.assertEqual(dated(text, "en", REPOSTED), [(date(2023, 2, 13), "day")])

    def test_no_earlier_day_no_repost(self):
        for text in (
            f"{ARRIVED['en']}\n\nThis article first appeared on Example News.",
            f"{ARRIVED['en']}\n\nFirst published 14 May 2024.",  # after the publication
        ):
            with self.subTest(text=text):
                self.assertEqual(dated(text, "en", REPOSTED), [(REPOSTED, "day")])


DATELINED = date(2031, 6, 16)
DECREE = {
    "en": "DAMASCUS, 16 June 2031 (Agency) -- The president has issued a decree that forms a "
    "new elections committee. The decree formed the committee on 14 June.",
    "fr": "DAMAS, 16 juin 2031 (Agence) - Le président a publié un décret qui forme une nouvelle "
    "commission électorale. Le décret a formé la commission le 14 juin, selon des responsables.",
    "ru": "ДАМАСК, 16 июня 2031 (Агентство) - Президент издал указ, который формирует новую "
    "избирательную комиссию. Указ сформировал комиссию 14 июня.",
    "tr": "ŞAM, 16 Haziran 2031 (Ajans) - Cumhurbaşkanı yeni bir seçim komitesi kuran bir "
    "kararname yayımladı. Kararname komiteyi 14 Haziran'da kurdu, yetkililer açıkladı.",
    "ar": "دمشق، 16 يونيو 2031 (وكالة) - أصدر الرئيس مرسوما يقضي بتشكيل لجنة عليا جديدة "
    "لانتخابات مجلس الشعب. وشكل المرسوم اللجنة العليا لانتخابات مجلس الشعب في 14 يونيو.",
    "fa": "دمشق، ۱۶ ژوئن ۲۰۳۱ (خبرگزاری) - رئیس‌جمهور فرمانی برای تشکیل کمیته جدید انتخابات "
    "صادر کرد. این فرمان کمیته را در ۱۴ ژوئن تشکیل داد، مقامات گفتند.",
}


class DatelineGivesWayTests(unittest.TestCase):
    def test_the_articles_own_day_of_the_happening_wins(self):
        for language, text in DECREE.items():
            with self.subTest(language=language):
                self.assertEqual(dated(text, language, DATELINED), [(date(2031, 6, 14), "day")])

    def test_a_line_of_its_own_lends_its_day_likewise(self):
        text = (
            "16 June 2031\n\nThe president has issued a decree that forms a new elections "
            "committee. The decree formed the committee on 14 June."
        )
        self.assertEqual(dated(text, "en", DATELINED), [(date(2031, 6, 14), "day")])

    def test_another_kind_of_happening_keeps_the_date_lines_day(self):
        text = (
            "DAMASCUS, 16 June 2031 (Agency) -- The president has issued a decree that forms a "
            "new elections committee. The two envoys met in Geneva on 14 June."
        )
        self.assertEqual(
            dated(text, "en", DATELINED), [(DATELINED, "day"), (date(2031, 6, 14), "day")]
        )


class ViolenceTests(unittest.TestCase):
    def test_a_month_of_violence_is_no_happening(self):
        for language, text in (
            (
                "en",
                "The envoy said the violence on the coast in March still weighs on many Syrians.",
            ),
            ("en", "The report ignores the killings on the coast last month, the statement said."),
            ("fr", "L'émissaire a déclaré que les violences sur la côte en mars pèsent encore."),
            (
                "ru",
                "Посланник заявил, что насилие на побережье в марте до сих пор тяготит сирийцев.",
            ),
            ("ar", "وقال المبعوث إن العنف على الساحل في مارس لا يزال يثقل كاهل السوريين."),
            ("fa", "فرستاده گفت خشونت‌های ساحل در ماه مارس هنوز بر سوری‌ها سنگینی می‌کند."),
            ("tr", "Temsilci, mart ayında kıyıdaki şiddetin hâlâ ağır bastığını söyledi."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(dated(text, language), [])

    def test_a_truce_to_end_the_violence_keeps_its_day(self):
        text = "The ceasefire meant to end the violence took effect on 12 March."
        self.assertEqual(dated(text, "en"), [(date(2031, 3, 12), "day")])


class RhetoricalDayTests(unittest.TestCase):
    def test_a_quoted_today_naming_no_happening_is_rhetoric(self):
        for language, text in (
            ("en", '"Today Syria opens a new page," al-Sharaa said in a statement.'),
            ("fr", "Le président a déclaré : « Aujourd'hui, la Syrie ouvre une nouvelle page. »"),
            ("ru", "Президент заявил: «Сегодня Сирия открывает новую страницу»."),
            ("ar", 'وقال الرئيس: "اليوم تفتح سوريا صفحة جديدة".'),
            ("fa", "رئیس‌جمهور گفت: «امروز سوریه صفحه تازه‌ای را می‌گشاید.»"),
            ("tr", 'Cumhurbaşkanı şunları söyledi: "Bugün Suriye yeni bir sayfa açıyor."'),
            ("fr", "Kerry : « Les résultats compteront, pas un bout de papier ce soir. »"),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(dated(text, language), [])

    def test_a_quotation_naming_a_happening_keeps_its_day(self):
        for language, text in (
            ("en", '"Tomorrow we will meet the government delegation," the envoy said.'),
            ("ru", "Посланник заявил: «Завтра мы встретимся с делегацией правительства»."),
        ):
            with self.subTest(language=language):
                self.assertEqual(dated(text, language), [(date(2031, 6, 15), "day")])


class PartOfDayDeadlineTests(unittest.TestCase):
    def test_a_deadline_in_the_morning_is_no_happening(self):
        for language, text in (
            (
                "en",
                "On Friday the two sides agreed to extend the truce until the morning of 18 June.",
            ),
            ("ar", "واتفق الطرفان يوم الجمعة على تمديد الهدنة حتى صباح 18 يونيو."),
            ("fa", "دو طرف روز جمعه توافق کردند آتش‌بس را تا صبح ۱۸ ژوئن تمدید کنند."),
            (
                "tr",
                "Taraflar cuma günü ateşkesi 18 Haziran sabahına kadar uzatma konusunda anlaştı.",
            ),
            ("ru", "В пятницу стороны договорились продлить перемирие до утра 18 июня."),
            (
                "fr",
                "Vendredi, les deux parties ont prolongé la trêve jusqu'à la matinée du 18 juin.",
            ),
        ):
            with self.subTest(language=language):
                self.assertEqual(dated(text, language), [(FRIDAY, "day")])
