"""Session 14, rules14a: who acts, and when it happened (issue 9, precision).

* A capital that is its clause's subject stands for its government ('Washington
  circulated the draft', 'Анкара заявила', 'أعلنت موسكو'): it is not where the clause's
  happening took place, unless its clause makes it the host ('Moscow hosted the talks').
* The main date of a sentence with several dated clauses takes the event of its own
  clause, not the events the later dates' clauses tell ('..., the council voted on 6
  November': the vote is the 6th's); with none of its own, it dates nothing.
* Russian 'назначены переговоры' (talks scheduled) is no appointment.
* A press report's day, between its verb and the source it cites, is not the day of what
  it reports.
* An anniversary dates its original happening; the day it is marked is none.
* A photo caption repeats a happening and tells none.
* Arabic 'عمّان' with its shadda is Amman, though the analysis reads past vowel marks;
  'عُمان' is Oman.

The sentences are the tests' own, in each language a rule reads."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates

GAZ = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2031, 11, 20)
SEPT_17 = date(2031, 9, 17)
NOV_3, NOV_6 = date(2031, 11, 3), date(2031, 11, 6)


def read(text: str, language: str) -> list[tuple[date, str, str | None]]:
    found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)
    return [(c.date, c.kind, c.place) for c in found]


class CapitalAsSubjectTests(unittest.TestCase):
    def test_a_capital_that_acts_is_no_place(self):
        for language, text in (
            ("en", "Moscow signed a memorandum with Turkey on 17 September."),
            ("en", "Earlier, Moscow's envoy signed a memorandum with Turkey on 17 September."),
            ("fr", "Moscou a signé un mémorandum avec la Turquie le 17 septembre."),
            ("ru", "Москва подписала меморандум с Турцией 17 сентября."),
            ("ar", "وقعت موسكو مذكرة تفاهم مع تركيا في 17 سبتمبر."),
            ("ar", "وقال المسؤول إن موسكو تريد توقيع اتفاق مع تركيا في 17 سبتمبر."),
            ("fa", "مسکو در ۱۷ سپتامبر یادداشت تفاهمی با ترکیه امضا کرد."),
            ("tr", "Moskova 17 Eylül'de Türkiye ile bir mutabakat imzaladı."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(read(text, language), [(SEPT_17, "agreement", None)])

    def test_a_capital_that_hosts_is_the_place(self):
        for language, text in (
            ("en", "Moscow hosted talks between the two delegations on 17 September."),
            ("fr", "Moscou a accueilli les pourparlers des deux délégations le 17 septembre."),
            ("ru", "Москва приняла переговоры двух делегаций 17 сентября."),
            ("ar", "استضافت موسكو المحادثات بين الوفدين في 17 سبتمبر."),
            ("fa", "مسکو در ۱۷ سپتامبر میزبان مذاکرات دو هیئت بود."),
            ("tr", "Moskova 17 Eylül'de iki heyet arasındaki görüşmelere ev sahipliği yaptı."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual([p for _d, _k, p in read(text, language)], ["Moscow"])

    def test_a_capital_after_its_preposition_or_as_a_dateline_stays_the_place(self):
        for language, text in (
            ("en", "The two delegations met in Moscow on 17 September."),
            ("en", "MOSCOW, 17 September - The two delegations met for talks."),
            ("fr", "Les deux délégations se sont rencontrées à Moscou le 17 septembre."),
            ("ru", "Две делегации встретились в Москве 17 сентября."),
            ("ar", "اجتمع الوفدان في موسكو في 17 سبتمبر."),
            ("fa", "دو هیئت در ۱۷ سپتامبر در مسکو دیدار کردند."),
            ("tr", "İki heyet 17 Eylül'de Moskova'da bir araya geldi."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual([p for _d, _k, p in read(text, language)], ["Moscow"])


class KindPerClauseTests(unittest.TestCase):
    def test_the_main_date_takes_the_event_of_its_own_clause(self):
        for language, text in (
            (
                "en",
                "The delegations met in Moscow on 3 November, and the council voted on 6 November.",
            ),
            (
                "fr",
                "Les délégations se sont rencontrées à Moscou le 3 novembre, et le Conseil a voté "
                "le 6 novembre.",
            ),
            ("ru", "Делегации встретились в Москве 3 ноября, а Совет провел голосование 6 ноября."),
            ("ar", "اجتمع الوفدان في موسكو في 3 نوفمبر، وجرى التصويت في المجلس في 6 نوفمبر."),
            ("fa", "هیئت‌ها در ۳ نوامبر در مسکو دیدار کردند، و شورا در ۶ نوامبر رأی‌گیری کرد."),
            ("tr", "Heyetler 3 Kasım'da Moskova'da görüştü, Konsey ise 6 Kasım'da oylama yaptı."),
        ):
            with self.subTest(language=language, text=text):
                kinds = [(d, k) for d, k, _p in read(text, language)]
                self.assertEqual(kinds, [(NOV_3, "meeting"), (NOV_6, "milestone")])

    def test_a_main_date_with_no_event_of_its_own_dates_nothing(self):
        # The outside tester's sentence (t13b, 3-4): no meeting in Washington on 3 November.
        for language, text in (
            (
                "en",
                "Washington circulated the draft on 3 November, the council voted on 6 November.",
            ),
            (
                "fr",
                "Washington a fait circuler le projet le 3 novembre, le Conseil a voté "
                "le 6 novembre.",
            ),
            ("ru", "Вашингтон распространил проект 3 ноября, Совет провел голосование 6 ноября."),
            ("ar", "وزعت واشنطن المسودة في 3 نوفمبر، وجرى التصويت في المجلس في 6 نوفمبر."),
            ("fa", "واشنگتن پیش‌نویس را در ۳ نوامبر توزیع کرد، شورا در ۶ نوامبر رأی‌گیری کرد."),
            ("tr", "Washington taslağı 3 Kasım'da dağıttı, Konsey 6 Kasım'da oylama yaptı."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(read(text, language), [(NOV_6, "milestone", None)])

    def test_an_announcement_in_a_later_clause_tells_the_main_date(self):
        text = "The talks will open on 25 November, the committee announced on Sunday 16 November."
        self.assertIn(date(2031, 11, 25), [d for d, _k, _p in read(text, "en")])


class ScheduledIsNoAppointmentTests(unittest.TestCase):
    def test_talks_scheduled_for_a_day_are_talks(self):
        for text in (
            "На понедельник 24 ноября назначены переговоры правительства с оппозицией.",
            "Переговоры правительства с оппозицией назначены на 24 ноября.",
        ):
            with self.subTest(text=text):
                self.assertEqual([k for _d, k, _p in read(text, "ru")], ["meeting"])

    def test_an_appointment_stays_one(self):
        text = "17 сентября Генсек ООН назначен спецпосланником по Сирии дипломат из Норвегии."
        self.assertEqual([k for _d, k, _p in read(text, "ru")], ["milestone"])


# News puts what it reports first ('the round will be held on 25-26 April, Interfax
# reported on Tuesday, citing a source'): the date before the report's verb is the
# reported happening's, and only the report's own day is left out (ablate15; the
# en, fr, ru and ar sentences lost both dates before).
CONTENT_FIRST = [
    (
        "en",
        "The next round of Astana talks will be held on 25-26 November, Interfax "
        "reported on Tuesday, citing a source.",
    ),
    (
        "fr",
        "La prochaine session se tiendra les 25 et 26 novembre, a rapporté mardi "
        "l'agence, citant des sources diplomatiques.",
    ),
    (
        "ru",
        "Очередной раунд переговоров по Сирии пройдет 25-26 ноября, сообщил во вторник "
        "РИА Новости источник в МИД Казахстана.",
    ),
    (
        "ar",
        "وستعقد الجولة المقبلة يومي 25 و26 تشرين الثاني، نقلت الوكالة يوم الثلاثاء عن "
        "مصادر دبلوماسية.",
    ),
    (
        "fa",
        "دور بعدی مذاکرات ۲۵ و ۲۶ نوامبر برگزار می‌شود، خبرگزاری ایرنا روز سه‌شنبه به "
        "نقل از منابع دیپلماتیک گزارش داد.",
    ),
    (
        "tr",
        "Görüşmelerin bir sonraki turu 25-26 Kasım'da yapılacak, ajans salı günü "
        "diplomatik kaynaklara dayandırdığı haberinde bildirdi.",
    ),
]


class PressReportDayTests(unittest.TestCase):
    # Published on Thursday 20 November 2031: the report's Sunday is the 16th. The reported
    # Tuesday is the first after the saying's Sunday, the 18th, though it is past at
    # publication; the Arabic 'الثلاثاء المقبل' has a 'next' of its own, so it is counted
    # from the article's day, the 25th (reported speech's rule, test_pipeline_rules14e).
    def test_the_day_a_report_citing_sources_was_made_is_no_happening(self):
        for language, text in (
            (
                "en",
                "The newspaper Al-Watan reported on Sunday, citing Arab sources, that the envoy "
                "will meet the foreign minister in Damascus on Tuesday.",
            ),
            (
                "fr",
                "Le quotidien Al-Watan a rapporté dimanche, citant des sources arabes, que "
                "l'émissaire rencontrera le ministre à Damas mardi.",
            ),
            (
                "ru",
                "Газета «Аль-Ватан» сообщила в воскресенье со ссылкой на арабские источники, что "
                "посланник встретится с министром в Дамаске во вторник.",
            ),
            (
                "ar",
                "ونقلت صحيفة الوطن، اليوم الأحد، عن مصادر عربية قولها إن المبعوث سيلتقي وزير "
                "الخارجية في دمشق يوم الثلاثاء المقبل.",
            ),
            (
                "fa",
                "روزنامه الوطن روز یکشنبه به نقل از منابع عربی گزارش داد که فرستاده روز سه‌شنبه "
                "با وزیر خارجه در دمشق دیدار خواهد کرد.",
            ),
            (
                "tr",
                "Al-Watan gazetesi pazar günü Arap kaynaklarına dayandırdığı haberinde, "
                "temsilcinin salı günü Şam'da dışişleri bakanıyla görüşeceğini yazdı.",
            ),
        ):
            with self.subTest(language=language, text=text):
                found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)
                tuesday = date(2031, 11, 25 if language == "ar" else 18)
                self.assertEqual([c.date for c in found], [tuesday])

    def test_a_happening_attributed_to_sources_keeps_its_day(self):
        for text in (
            "The two delegations met in Geneva on Sunday, according to sources quoted by Reuters.",
            "The talks opened on Sunday in Geneva, the agency reported, citing a diplomat; "
            "they close on Tuesday.",
        ):
            with self.subTest(text=text):
                self.assertIn(date(2031, 11, 16), [d for d, _k, _p in read(text, "en")])

    def test_a_date_before_the_report_verb_is_what_is_reported(self):
        for language, text in CONTENT_FIRST:
            with self.subTest(language=language, text=text):
                found = find_candidates(text, published=PUBLISHED, language=language, gazetteer=GAZ)
                self.assertEqual([c.date for c in found], [date(2031, 11, 25)])


class AnniversaryTests(unittest.TestCase):
    # Published on Tuesday 9 December 2031: the anniversary was marked on Monday the 8th.
    published = date(2031, 12, 9)

    def dates(self, text: str, language: str) -> list[date]:
        found = find_candidates(text, published=self.published, language=language, gazetteer=GAZ)
        return [c.date for c in found]

    def test_an_anniversary_dates_the_original_happening(self):
        for language, text in (
            (
                "en",
                "Syrians marked on Monday the first anniversary of the fall of Assad "
                "on 8 December.",
            ),
            (
                "fr",
                "Les Syriens ont célébré lundi le premier anniversaire de la chute d'Assad, "
                "le 8 décembre.",
            ),
            ("ru", "В понедельник сирийцы отметили первую годовщину падения Асада 8 декабря."),
            ("ar", "أحيا السوريون يوم الاثنين الذكرى السنوية الأولى لسقوط الأسد في 8 كانون الأول."),
            ("fa", "سوری‌ها روز دوشنبه نخستین سالگرد سقوط اسد در ۸ دسامبر را جشن گرفتند."),
            (
                "tr",
                "Suriyeliler pazartesi günü Esad'ın 8 Aralık'taki devrilişinin birinci yıl "
                "dönümünü kutladı.",
            ),
            (
                "en",
                "On Monday Syrians marked the 3rd anniversary of the fall of Assad on 8 December.",
            ),
        ):
            with self.subTest(language=language, text=text):
                years = 3 if "3rd" in text else 1
                self.assertEqual(self.dates(text, language), [date(2031 - years, 12, 8)])

    def test_the_day_an_anniversary_is_marked_is_no_happening(self):
        for language, text in (
            ("en", "Today marks the fifth anniversary of the Sochi congress."),
            ("fr", "Aujourd'hui marque le cinquième anniversaire du congrès de Sotchi."),
            ("ru", "Сегодня исполняется пятая годовщина конгресса в Сочи."),
            ("ar", "يصادف اليوم الذكرى الخامسة لمؤتمر سوتشي."),
            ("fa", "امروز پنجمین سالگرد کنگره سوچی است."),
            ("tr", "Bugün Soçi kongresinin beşinci yıl dönümü kutlanıyor."),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(self.dates(text, language), [])

    def test_a_sentence_telling_another_happening_keeps_its_day(self):
        # The anniversary is only the time of what the sentence tells (ablate15: these days
        # were left out as the day an anniversary is marked).
        for language, text in (
            (
                "en",
                "Ahead of the anniversary of the uprising, the guarantors met in Astana on Monday.",
            ),
            (
                "fr",
                "À la veille du dixième anniversaire du soulèvement, les garants se sont réunis "
                "lundi à Astana.",
            ),
            (
                "ru",
                "Накануне десятой годовщины восстания, в понедельник, гаранты провели встречу в "
                "Астане.",
            ),
            ("ar", "في الذكرى العاشرة للثورة، اجتمع الضامنون في أستانا يوم الاثنين."),
            ("fa", "در آستانه دهمین سالگرد قیام، کشورهای ضامن روز دوشنبه در آستانه دیدار کردند."),
            (
                "tr",
                "Ayaklanmanın onuncu yıl dönümü öncesinde garantörler pazartesi günü Astana'da "
                "bir araya geldi.",
            ),
        ):
            with self.subTest(language=language, text=text):
                self.assertEqual(self.dates(text, language), [date(2031, 12, 8)])

    def test_a_date_with_its_year_is_read_as_written(self):
        text = "Syrians marked the first anniversary of the fall of Assad on 8 December 2030."
        self.assertEqual(self.dates(text, "en"), [date(2030, 12, 8)])


class CaptionTests(unittest.TestCase):
    # Published on Monday 24 February 2031; the story's happening is Tuesday the 25th.
    published = date(2031, 2, 24)

    def dates(self, text: str, language: str) -> list[date]:
        found = find_candidates(text, published=self.published, language=language, gazetteer=GAZ)
        return [c.date for c in found]

    def test_a_photo_caption_tells_no_happening(self):
        for language, story, caption in (
            (
                "en",
                "The national dialogue conference will open in Damascus on 25 February.",
                "The president meets the preparatory committee in Damascus on 21 February "
                "2031. (AP Photo/Omar Sanadiki)",
            ),
            (
                "fr",
                "La conférence du dialogue national s'ouvrira à Damas le 25 février.",
                "Photo : le président rencontre le comité préparatoire à Damas le 21 février 2031.",
            ),
            (
                "ru",
                "Конференция национального диалога откроется в Дамаске 25 февраля.",
                "Фото: президент встречается с подготовительным комитетом в Дамаске 21 "
                "февраля 2031 года.",
            ),
            (
                "ar",
                "يفتتح مؤتمر الحوار الوطني أعماله في دمشق في 25 شباط.",
                "صورة: الرئيس يلتقي اللجنة التحضيرية في دمشق في 21 شباط 2031.",
            ),
            (
                "fa",
                "کنفرانس گفت‌وگوی ملی روز ۲۵ فوریه در دمشق آغاز خواهد شد.",
                "عکس: دیدار رئیس‌جمهور با کمیته تدارکات در دمشق در ۲۱ فوریه ۲۰۳۱.",
            ),
            (
                "tr",
                "Ulusal diyalog konferansı 25 Şubat'ta Şam'da başlayacak.",
                "Fotoğraf: Cumhurbaşkanı 21 Şubat 2031'de Şam'da hazırlık komitesiyle görüşüyor.",
            ),
        ):
            with self.subTest(language=language):
                text = f"{story}\n\n{caption}"
                self.assertEqual(self.dates(text, language), [date(2031, 2, 25)])

    def test_a_wire_dateline_is_no_caption(self):
        text = (
            "GENEVA (Reuters) - The envoy opened a fresh round of talks on Wednesday 19 February."
        )
        self.assertEqual(self.dates(text, "en"), [date(2031, 2, 19)])


class AmmanWithItsShaddaTests(unittest.TestCase):
    oman = Gazetteer(
        participants=(GazetteerParticipant("oman", ("Oman", "عمان"), person=False),),
        rounds=(),
    )

    def found(self, text: str):
        return find_candidates(text, published=PUBLISHED, language="ar", gazetteer=self.oman)

    def test_amman_written_with_its_shadda_is_the_place(self):
        for city in ("عمّان", "عَمّان", "عمَّان", "عَمَّان"):
            text = f"اجتمع وزراء الخارجية في {city} يوم 17 سبتمبر لبحث الوضع في سوريا."
            with self.subTest(city=city):
                (c,) = self.found(text)
                self.assertEqual((c.date, c.place, c.participants), (SEPT_17, "Amman", ()))

    def test_oman_is_no_amman(self):
        text = "اجتمع وزراء الخارجية في عُمان يوم 17 سبتمبر لبحث الوضع في سوريا."
        (c,) = self.found(text)
        self.assertEqual((c.place, c.participants), (None, ("oman",)))
