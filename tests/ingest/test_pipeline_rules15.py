"""Session 15, rules15: article shapes the pipeline still read wrongly (issue 9).

* 'N years ago today' (il y a deux ans jour pour jour, ровно два года назад, في مثل هذا
  اليوم قبل عامين, دو سال پیش در چنین روزی, iki yıl önce bugün) is the day that many years
  before the article's, at day precision, as 'a year ago today' already was; a bare 'two
  years ago' stays a year.
* A gathering held ahead of a summit is no summit: words of time or purpose right before
  the event noun (ahead of, in the run-up to, to lay the groundwork for, en vue du, à la
  veille du, в преддверии, накануне, قبيل, عشية, تمهيدا ل, در آستانه, پیش از; Turkish
  after it: zirvesi öncesinde, zirveden önce) leave the kind to the gathering's own verb;
  a summit the sentence dates itself keeps its kind.
* A saying is no gathering: Turkish 'açıkladı' (announced) reports the clause before it
  ('görüşmelerin devam edeceğini açıkladı') as 'duyurdu', 'söyledi' and 'belirtti' do,
  and the day is the telling's, not a meeting's; 'told' and 'söyledi' likewise.
* Turkish writes Lakhdar Brahimi 'El-Ahdar el-İbrahimi', then 'İbrahimi' alone (stored
  pages cited in seeds/SOURCES.md): 'Lahdar İbrahimi' is then he too.
* 'Since YEAR' after an office ('the UN envoy for Syria since 2019', 'пост министра
  иностранных дел с июня 2023 года', 'المبعوث الأممي منذ عام 2019', 'فرستاده سازمان ملل
  از سال ۲۰۱۹') begins a tenure: no happening in that year; a process 'under way since'
  a month still dates the process.
* The day a clause proposes or plans for 'the next round' (which Moscow had proposed for
  14-15 June; que Moscou avait proposé pour; который Москва предлагала провести; التي
  كانت موسكو قد اقترحتها; که مسکو ... پیشنهاد کرده بود; Moskova'nın ... için önerdiği) is
  ahead of the article, though no verb moves it; a next round told as held stays past.
* Succession: 'Y succeeded X', 'X was replaced by Y', 'a succédé à', 'a été remplacé
  par', 'сменил ... на посту', 'خلف'/'حل محل', 'جانشین ... شد', "yerine ... atandı" date
  Y's appointment, a milestone read as taking office; with a departure told in a relative
  clause before it ('who stepped down in May'), each date is its own. A committee
  appointed ('bir komite atadı') is a milestone. A saying that confirms someone will
  become the envoy ('confirmed on Thursday that ... will become the envoy') is the
  appointment on the saying's day, not a statement (LABELLING U4's exception).
* Turkish and Persian put the verb last: the place between a date and the verb after it
  is that date's, not the next date's ('14 Ocak'ta Ankara'da görüştü ve 20 Şubat'ta ...',
  'روز ۱۴ ژانویه در آنکارا دیدار کردند و روز ۲۰ فوریه ...').

The sentences are the tests' own."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, extract_dates, find_candidates

# Thursday 20 November 2031.
THURSDAY = date(2031, 11, 20)


def readings(text: str, language: str, published: date = THURSDAY) -> list[tuple[date, str]]:
    found = extract_dates(text, published=published, language=language)
    return [(m.start, m.precision) for m in found]


YEARS_AGO_TODAY = [
    ("en", "Two years ago today, the two delegations sat down together in Astana.", 2),
    ("en", "On this day four years ago the guarantor states signed a memorandum.", 4),
    ("en", "Exactly 3 years ago, the envoy opened the committee's first session.", 3),
    ("fr", "Il y a deux ans jour pour jour, les garants se retrouvaient à Sotchi.", 2),
    ("fr", "Il y a exactement cinq ans, l'émissaire ouvrait la première session.", 5),
    ("ru", "Ровно два года назад гаранты собрались в Сочи.", 2),
    ("ru", "Пять лет назад в этот день эмиссар открыл первую сессию.", 5),
    ("ar", "في مثل هذا اليوم قبل عامين اجتمعت الدول الضامنة في سوتشي.", 2),
    ("ar", "قبل ثلاث سنوات بالتمام افتتح المبعوث الجلسة الأولى.", 3),
    ("fa", "درست دو سال پیش در چنین روزی کشورهای ضامن در سوچی گرد هم آمدند.", 2),
    ("fa", "۳ سال پیش در چنین روزی فرستاده نخستین نشست را گشود.", 3),
    ("tr", "İki yıl önce bugün garantör ülkeler Soçi'de toplandı.", 2),
    ("tr", "Tam dört yıl önce temsilci ilk oturumu açtı.", 4),
]  # fmt: skip
YEARS_AGO = [
    ("en", "Two years ago, the two delegations sat down together in Astana."),
    ("fr", "Il y a deux ans, les garants se retrouvaient à Sotchi."),
    ("ru", "Два года назад гаранты собрались в Сочи."),
    ("tr", "İki yıl önce garantör ülkeler Soçi'de toplandı."),
    ("fa", "دو سال پیش کشورهای ضامن در سوچی گرد هم آمدند."),
]


class YearsAgoTodayTests(unittest.TestCase):
    def test_n_years_ago_today_is_that_day_n_years_back(self):
        for language, text, years in YEARS_AGO_TODAY:
            with self.subTest(language=language, text=text):
                back = date(THURSDAY.year - years, THURSDAY.month, THURSDAY.day)
                self.assertEqual(readings(text, language), [(back, "day")])

    def test_from_29_february_it_is_the_28th(self):
        text = "Two years ago today, the two delegations sat down together in Astana."
        self.assertEqual(readings(text, "en", date(2032, 2, 29)), [(date(2030, 2, 28), "day")])

    def test_a_bare_n_years_ago_is_that_year(self):
        for language, text in YEARS_AGO:
            with self.subTest(language=language, text=text):
                self.assertEqual(readings(text, language), [(date(2029, 1, 1), "year")])


# Sunday 10 March 2030.
MARCH = date(2030, 3, 10)
NOBODY = Gazetteer((), ())


def kinds(text: str, language: str, published: date = MARCH) -> list[tuple[date, str]]:
    found = find_candidates(text, published=published, language=language, gazetteer=NOBODY)
    return [(c.date, c.kind) for c in found]


AHEAD_OF_A_SUMMIT = [
    ("en", "The two ministers met in Ankara on 4 February 2030 ahead of a summit on the "
     "border."),
    ("en", "In the run-up to the summit, the two ministers met in Ankara on 4 February "
     "2030."),
    ("en", "The two ministers met in Ankara on 4 February 2030 to lay the groundwork for "
     "a presidential summit."),
    ("fr", "Les deux ministres se sont rencontrés à Ankara le 4 février "
     "2030 en vue du sommet."),
    ("fr", "À la veille du sommet, les deux ministres se sont rencontrés à Ankara le 4 février "
     "2030."),
    ("ru", "Два министра встретились в Анкаре 4 февраля 2030 года в преддверии саммита."),
    ("ru", "Накануне саммита два министра встретились в Анкаре 4 февраля 2030 года."),
    ("tr", "İki bakan 4 Şubat 2030'da Ankara'da zirvesi öncesinde bir araya geldi."),
    ("tr", "İki bakan zirveden önce 4 Şubat 2030'da Ankara'da görüştü."),
    ("ar", "التقى الوزيران في أنقرة في 4 شباط/فبراير 2030 قبيل القمة."),
    ("ar", "التقى الوزيران في أنقرة في 4 شباط/فبراير 2030 تمهيدا لعقد القمة."),
    ("fa", "دو وزیر در آستانه نشست سران، روز ۴ فوریه ۲۰۳۰ در آنکارا دیدار کردند."),
    ("fa", "دو وزیر پیش از نشست سران، روز ۴ فوریه ۲۰۳۰ در آنکارا دیدار کردند."),
]  # fmt: skip
A_SUMMIT_ITSELF = [
    ("en", "The summit of the three presidents was held in Ankara on 4 February 2030."),
    ("fr", "Le sommet des trois présidents s'est tenu à Ankara le 4 février 2030."),
    ("ru", "Саммит трёх президентов прошёл в Анкаре 4 февраля 2030 года."),
    ("tr", "Üç cumhurbaşkanının zirvesi 4 Şubat 2030'da Ankara'da yapıldı."),
    ("ar", "عقدت القمة الثلاثية في أنقرة في 4 شباط/فبراير 2030."),
    ("fa", "نشست سران سه کشور روز ۴ فوریه ۲۰۳۰ در آنکارا برگزار شد."),
]
FOURTH_FEBRUARY = date(2030, 2, 4)


class AheadOfASummitTests(unittest.TestCase):
    def test_a_meeting_ahead_of_a_summit_is_a_meeting(self):
        for language, text in AHEAD_OF_A_SUMMIT:
            with self.subTest(language=language, text=text):
                self.assertEqual(kinds(text, language), [(FOURTH_FEBRUARY, "meeting")])

    def test_a_summit_the_sentence_dates_stays_a_summit(self):
        for language, text in A_SUMMIT_ITSELF:
            with self.subTest(language=language, text=text):
                self.assertEqual(kinds(text, language), [(FOURTH_FEBRUARY, "summit")])

    def test_persian_dar_astaneh_before_a_verb_is_the_city(self):
        for text, kind in (
            ("هیئت‌ها روز ۴ فوریه ۲۰۳۰ در آستانه دیدار کردند.", "meeting"),
            ("نشست سران روز ۴ فوریه ۲۰۳۰ در آستانه برگزار شد.", "summit"),
        ):
            with self.subTest(text=text):
                found = find_candidates(text, published=MARCH, language="fa", gazetteer=NOBODY)
                self.assertEqual([(c.date, c.kind, c.place) for c in found],
                                 [(FOURTH_FEBRUARY, kind, "Astana")])  # fmt: skip

    def test_a_summit_dated_after_ahead_of_is_that_day_s_summit(self):
        text = ("The two ministers met in Ankara on 4 February 2030, ahead of the summit on "
                "20 February 2030.")  # fmt: skip
        self.assertEqual(
            kinds(text, "en"), [(FOURTH_FEBRUARY, "meeting"), (date(2030, 2, 20), "summit")]
        )


SAYINGS = [
    ("tr", "Bakan 4 Şubat 2030'da Ankara'da görüşmelerin devam edeceğini açıkladı."),
    ("tr", "Bakan 4 Şubat 2030'da görüşmelerin sürdüğünü açıkladı."),
    ("tr", "Bakan 4 Şubat 2030'da görüşmelerin devam edeceğini duyurdu."),
    ("tr", "Bakan 4 Şubat 2030'da gazetecilere görüşmelerin süreceğini söyledi."),
    ("tr", "Sözcü 4 Şubat 2030'da toplantının ertelenmeyeceğini vurguladı."),
    ("en", "The minister told reporters in Ankara on 4 February 2030 that the talks would go on."),
]


class SayingIsNoMeetingTests(unittest.TestCase):
    def test_a_saying_about_talks_is_no_meeting(self):
        for language, text in SAYINGS:
            with self.subTest(language=language, text=text):
                found = kinds(text, language)
                self.assertEqual([d for d, _ in found], [FOURTH_FEBRUARY])
                self.assertIn(found[0][1], ("statement", "announcement"))

    def test_a_gathering_stays_a_meeting(self):
        text = "İki bakan 4 Şubat 2030'da Ankara'da bir araya geldi."
        self.assertEqual(kinds(text, "tr"), [(FOURTH_FEBRUARY, "meeting")])


class TurkishBrahimiTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
        from eval_ingest import build_gazetteer

        cls.gaz = build_gazetteer()

    def test_the_turkish_spellings_are_brahimi(self):
        from peaceproc.ingest.pipeline import article_people

        for text in (
            "BM temsilcisi Lahdar İbrahimi dün heyetlerle ayrı ayrı görüştü.",
            "BM temsilcisi El-Ahdar el-İbrahimi dün heyetlerle ayrı ayrı görüştü.",
            "İbrahimi'nin dün heyetlerle ayrı ayrı görüştüğü bildirildi.",
        ):
            with self.subTest(text=text):
                found = article_people(text, language="tr", gazetteer=self.gaz)
                self.assertIn("lakhdar-brahimi", found.slugs)
                self.assertEqual(found.names, ())


TENURES = [
    ("en", "The talks were chaired by the mediator, who has been the UN envoy for the region "
     "since 2027."),
    ("en", "The delegations met the mediator, envoy since 2027, in Geneva."),
    ("fr", "Les délégations ont rencontré le médiateur, émissaire de l'ONU depuis 2027, à Genève."),
    ("ru", "Министр, занимающий пост министра иностранных дел с июня 2027 года, встретился с "
     "делегацией."),
    ("ar", "التقى الوسيط، المبعوث الأممي منذ عام 2027، الوفود في جنيف."),
    ("ar", "اجتمع الوزير، وزير الخارجية منذ حزيران/يونيو 2027، مع الوفد في موسكو."),
    ("fa", "میانجی، فرستاده سازمان ملل از سال ۲۰۲۷، با هیئت‌ها در ژنو دیدار کرد."),
    ("tr", "2027'den bu yana BM temsilcisi olan arabulucu, Cenevre'de heyetlerle görüştü."),
]  # fmt: skip


class TenureSinceTests(unittest.TestCase):
    def test_since_after_an_office_is_no_happening(self):
        for language, text in TENURES:
            with self.subTest(language=language, text=text):
                self.assertEqual(kinds(text, language), [])

    def test_a_process_under_way_since_a_month_is_still_dated(self):
        text = "The Astana talks, under way since January 2027, resumed in Astana."
        self.assertEqual([d for d, _ in kinds(text, "en")], [date(2027, 1, 1)])


# Monday 10 March 2031: the next round's 14-15 June is this year's.
MONDAY = date(2031, 3, 10)
NEXT_ROUND_PROPOSED = [
    ("en", "The next round, which Ankara had proposed for 14-15 June, will be held in Astana."),
    ("en", "Diplomats discussed the next round, which Ankara had proposed for 14-15 June."),
    ("fr", "Le prochain round, qu'Ankara avait proposé pour les 14 et 15 juin, devrait se tenir "
     "à Astana."),
    ("ru", "Следующий раунд, который Анкара предлагала провести 14-15 июня, состоится в Астане."),
    ("fa", "دور بعدی که آنکارا برای ۱۴ و ۱۵ ژوئن پیشنهاد کرده بود، در آستانه برگزار می‌شود."),
    ("tr", "Ankara'nın 14-15 Haziran için önerdiği bir sonraki tur Astana'da yapılacak."),
    ("ar", "الجولة المقبلة التي كانت أنقرة قد اقترحتها في 14 و15 حزيران/يونيو ستعقد في أستانا."),
]  # fmt: skip


class NextRoundProposedTests(unittest.TestCase):
    def test_a_day_proposed_for_the_next_round_is_ahead(self):
        for language, text in NEXT_ROUND_PROPOSED:
            with self.subTest(language=language, text=text):
                found = extract_dates(text, published=MONDAY, language=language)
                self.assertEqual([m.start for m in found], [date(2031, 6, 14)])

    def test_a_next_round_told_as_held_stays_past(self):
        text = "The next round, held on 14-15 June, produced a memorandum."
        found = extract_dates(text, published=MONDAY, language="en")
        self.assertEqual([m.start for m in found], [date(2030, 6, 14)])


SUCCESSIONS = [
    ("en", "Karlsen succeeded Johansson as the UN envoy in October 2029."),
    ("en", "Johansson, who had announced he would step down, was replaced by Karlsen in October "
     "2029."),
    ("fr", "Karlsen a succédé à Johansson au poste d'émissaire de l'ONU en octobre 2029."),
    ("fr", "Johansson, qui avait annoncé son départ, a été remplacé par Karlsen en octobre 2029."),
    ("ru", "Карлсен сменил Юханссона на посту спецпосланника ООН в октябре 2029 года."),
    ("ar", "خلف كارلسن يوهانسون في منصب المبعوث الأممي في تشرين الأول/أكتوبر 2029."),
    ("ar", "حل كارلسن محل يوهانسون في تشرين الأول/أكتوبر 2029."),
    ("fa", "کارلسن در اکتبر ۲۰۲۹ جانشین یوهانسون در سمت فرستاده سازمان ملل شد."),
    ("tr", "Ekim 2029'da Johansson'ın yerine Karlsen atandı."),
]  # fmt: skip
OCTOBER = date(2029, 10, 1)


class SuccessionTests(unittest.TestCase):
    def test_a_succession_is_the_successor_s_appointment(self):
        from peaceproc.ingest.pipeline.office import took_office

        for language, text in SUCCESSIONS:
            with self.subTest(language=language, text=text):
                self.assertEqual(kinds(text, language), [(OCTOBER, "milestone")])
                self.assertTrue(took_office(text, language))

    def test_a_departure_told_before_keeps_its_own_date(self):
        for language, text in (
            ("en", "Johansson, who stepped down in May 2029, was replaced by Karlsen in July "
             "2029."),
            ("fr", "Johansson, qui avait démissionné en mai 2029, a été remplacé par Karlsen en "
             "juillet 2029."),
            ("ru", "Юханссона, ушедшего в отставку в мае 2029 года, в июле 2029 года сменил "
             "Карлсен."),
        ):  # fmt: skip
            with self.subTest(language=language):
                self.assertEqual(
                    kinds(text, language),
                    [(date(2029, 5, 1), "milestone"), (date(2029, 7, 1), "milestone")],
                )

    def test_changing_course_is_no_succession(self):
        text = "Министр сменил позицию в октябре 2029 года."
        self.assertEqual([k for _, k in kinds(text, "ru")], [])

    def test_a_committee_appointed(self):
        text = "Cumhurbaşkanı 2 Mart 2030'da yedi kişilik bir komite atadı."
        self.assertEqual(kinds(text, "tr"), [(date(2030, 3, 2), "milestone")])


# Thursday 10 July 2031.
JULY_THURSDAY = date(2031, 7, 10)
APPOINTMENT_CONFIRMED = [
    ("en", "The Secretary-General on Thursday confirmed that Karlsen will become the "
     "organisation's envoy."),
    ("fr", "Le secrétaire général a confirmé jeudi que Karlsen deviendra l'émissaire de "
     "l'organisation."),
    ("ru", "Генсек в четверг подтвердил, что Карлсен станет спецпосланником организации."),
    ("ar", "أكد الأمين العام يوم الخميس أن كارلسن سيصبح مبعوث المنظمة."),
    ("fa", "دبیرکل روز پنجشنبه تایید کرد که کارلسن فرستاده سازمان خواهد شد."),
    ("tr", "Genel Sekreter perşembe günü Karlsen'in örgütün temsilcisi olacağını doğruladı."),
]  # fmt: skip


class AppointmentConfirmedTests(unittest.TestCase):
    def test_confirming_who_will_become_envoy_is_the_appointment(self):
        for language, text in APPOINTMENT_CONFIRMED:
            with self.subTest(language=language, text=text):
                self.assertEqual(
                    kinds(text, language, JULY_THURSDAY), [(JULY_THURSDAY, "milestone")]
                )

    def test_saying_the_talks_will_be_hard_is_still_no_happening(self):
        text = "The Secretary-General on Thursday said that the talks will be hard."
        self.assertEqual(kinds(text, "en", JULY_THURSDAY), [])


TWO_DATES = [
    ("tr", "Bakanlar 14 Ocak 2030'da Ankara'da görüştü ve 20 Şubat 2030'da yeniden bir araya "
     "geldi.", ["Ankara", None]),
    ("fa", "وزیران روز ۱۴ ژانویه ۲۰۳۰ در آنکارا دیدار کردند و روز ۲۰ فوریه ۲۰۳۰ دوباره دیدار "
     "کردند.", ["Ankara", None]),
    ("fa", "هیئت‌ها روز ۱۴ ژانویه ۲۰۳۰ در آنکارا و روز ۲۰ فوریه ۲۰۳۰ در ژنو دیدار کردند.",
     ["Ankara", "Geneva"]),
]  # fmt: skip


class VerbLastPlaceTests(unittest.TestCase):
    def test_the_place_after_a_date_is_that_date_s(self):
        for language, text, expected in TWO_DATES:
            with self.subTest(language=language, text=text):
                found = find_candidates(text, published=MARCH, language=language,
                                        gazetteer=NOBODY)  # fmt: skip
                self.assertEqual([c.date for c in found], [date(2030, 1, 14), date(2030, 2, 20)])
                self.assertEqual([c.place for c in found], expected)
