"""Issue 9, session 7: what a date belongs to. A date after 'since' is where a state began,
a happening only when the process began then; a date whose nearest event word is fighting,
an offensive or people fleeing dates the war, not the talks (LABELLING.md R1)."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, GazetteerRound, find_candidates

PUBLISHED = date(2024, 5, 25)
EMPTY = Gazetteer(participants=(), rounds=())


def dated(text, lang):
    found = find_candidates(text, published=PUBLISHED, language=lang, gazetteer=EMPTY)
    return [(c.date, c.precision) for c in found]


TALKS = (date(2024, 5, 14), "day")
FIGHTING = (date(2024, 5, 20), "day")
YEAR_2012 = (date(2012, 1, 1), "year")


class SincePointTests(unittest.TestCase):
    """'since 2012' about the war: no happening; the talks' day stays."""

    cases = {
        "en": "The war that has torn the country since 2012 was the main topic of the talks "
        "held in Vienna on 14 May.",
        "fr": "Le conflit qui ravage le pays depuis 2012 a dominé les discussions tenues à "
        "Vienne le 14 mai.",
        "ru": "Конфликт, который идёт в стране с 2012 года, обсуждали на переговорах в Вене "
        "14 мая.",
        "ar": "ومنذ عام 2012 تعصف الحرب بالبلاد، وقد بحثت المحادثات التي عقدت في فيينا يوم "
        "14 مايو سبل إنهائها.",
        "fa": "جنگی که از سال 2012 کشور را ویران کرده، موضوع اصلی گفت‌وگوهای وین در 14 مه بود.",
        "tr": "2012'den beri ülkeyi harap eden savaş, 14 Mayıs'ta Viyana'da yapılan "
        "görüşmelerin ana konusuydu.",
    }

    def test_since_a_war_year_is_no_happening(self):
        for lang, text in self.cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), [TALKS])

    def test_a_process_under_way_since_keeps_its_start(self):
        text = "The Astana talks, under way since January 2017, resumed in Vienna on 14 May."
        self.assertIn((date(2017, 1, 1), "month"), dated(text, "en"))
        text = "Les pourparlers de Genève se poursuivent depuis janvier 2017 sous l'égide de l'ONU."
        self.assertEqual(dated(text, "fr"), [(date(2017, 1, 1), "month")])

    def test_persian_since_governed_by_the_verb_at_the_end(self):
        text = "دور تازه مذاکرات ژنو از 14 مه (25 اردیبهشت) شروع شده است."
        self.assertEqual(dated(text, "fa"), [TALKS])

    def test_a_from_to_span_is_not_a_since_point(self):
        text = "Il a dirigé la délégation aux négociations depuis 2014 jusqu'en 2016."
        self.assertIn((date(2014, 1, 1), "year"), dated(text, "fr"))


class ConflictDateTests(unittest.TestCase):
    """The second date of each sentence dates fighting: only the talks' day is a happening."""

    cases = {
        "en": "Talks resumed in Vienna on 14 May, and on 20 May heavy clashes erupted near Aleppo.",
        "fr": "Les négociations ont repris à Vienne le 14 mai, et le 20 mai de violents "
        "combats ont éclaté près d'Alep.",
        "ru": "Переговоры возобновились в Вене 14 мая, а 20 мая армия перешла в наступление "
        "под Алеппо.",
        "ar": "واستؤنفت المفاوضات في فيينا يوم 14 مايو، وفي 20 مايو اندلعت اشتباكات عنيفة قرب حلب.",
        "fa": "مذاکرات روز 14 مه در وین از سر گرفته شد و در 20 مه درگیری‌های شدیدی در "
        "نزدیکی حلب آغاز شد.",
        "tr": "Müzakereler 14 Mayıs'ta Viyana'da yeniden başladı, 20 Mayıs'ta ise Halep "
        "yakınlarında şiddetli çatışmalar çıktı.",
    }

    def test_fighting_is_not_dated_as_a_happening(self):
        for lang, text in self.cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), [TALKS])

    def test_an_offensive_at_the_end_of_a_sentence(self):
        text = (
            "Le sommet de Vienne, le 14 mai, était le premier depuis que l'armée a lancé "
            "son offensive dans le nord, fin avril."
        )
        self.assertEqual(dated(text, "fr"), [TALKS])

    def test_fighting_as_background_of_a_ceasefire(self):
        text = "The ceasefire agreed in Moscow took effect on 20 May after weeks of fighting."
        self.assertEqual(dated(text, "en"), [FIGHTING])
        text = "Ateşkes, haftalarca süren çatışmalara rağmen 20 Mayıs'ta yürürlüğe girdi."
        self.assertEqual(dated(text, "tr"), [FIGHTING])

    def test_a_ruler_who_fled_is_the_fall(self):
        cases = {
            "en": "The president fled to Moscow on 8 December.",
            "ru": "Президент бежал в Москву 8 декабря.",
            "ar": "وفر بشار الأسد إلى موسكو في 8 ديسمبر.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(dated(text, lang), [(date(2023, 12, 8), "day")])

    def test_the_offensive_that_toppled_the_government_is_the_fall(self):
        text = "وهو القائد الذي قاد في ديسمبر الهجوم الذي أطاح بالحكومة السابقة."
        self.assertEqual(dated(text, "ar"), [(date(2023, 12, 1), "month")])
        text = "In December, the offensive he led toppled the government in Damascus."
        self.assertEqual(dated(text, "en"), [(date(2023, 12, 1), "month")])


class EventPhraseTests(unittest.TestCase):
    """Happenings told without the usual event noun: an envoy stepping down, the end of a
    rule, sides that see each other or sit at the table, a halt to military activity."""

    def assertDated(self, text, lang, expected, kind):
        found = find_candidates(text, published=date(2024, 5, 10), language=lang, gazetteer=EMPTY)
        self.assertEqual([(c.date, c.precision, c.kind) for c in found], [(*expected, kind)])

    def test_stepping_down(self):
        month = (date(2024, 5, 1), "month")
        cases = {
            "en": "The special envoy will step down at the end of the month.",
            "fr": "L'émissaire quittera ses fonctions à la fin du mois.",
            "ru": "Спецпосланник покинет свой пост в конце месяца.",
            "ar": "وسيتنحى المبعوث الخاص عن منصبه في نهاية الشهر الجاري.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertDated(text, lang, month, "milestone")

    def test_end_of_a_rule(self):
        text = (
            "The country entered a new phase after the end of the Baath party's rule in "
            "December 2023."
        )
        self.assertDated(text, "en", (date(2023, 12, 1), "month"), "milestone")

    def test_seeing_each_other_or_sitting_at_the_table(self):
        cases = {
            "ru": ("В 2022 г. лидеры трёх стран виделись только по видеосвязи.", "year"),
            "fr": (
                "Les trois dirigeants s'étaient vus pour la dernière fois en 2022 à Téhéran.",
                "year",
            ),
            "tr": ("Taraflar 2022 yılında Cenevre'de masaya oturdu.", "year"),
        }
        for lang, (text, precision) in cases.items():
            with self.subTest(lang=lang):
                self.assertDated(text, lang, (date(2022, 1, 1), precision), "meeting")

    def test_a_halt_to_military_activity(self):
        day = (date(2024, 5, 14), "day")
        cases = {
            "en": "Under the text, both sides will halt all military activity on 14 May.",
            "fr": "Le texte prévoit l'arrêt des opérations militaires le 14 mai.",
            "ru": "Документ предусматривает прекращение всех боевых действий с 14 мая.",
            "ar": "وينص الاتفاق على وقف جميع العمليات العسكرية اعتبارا من 14 مايو.",
            "fa": "بر اساس این سند، توقف همه عملیات نظامی از 14 مه آغاز می‌شود.",
            "tr": "Belgeye göre 14 Mayıs 2024 tarihinde tüm askeri faaliyetlere son verilecek.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertDated(text, lang, day, "ceasefire")


class SaidOfARoundTests(unittest.TestCase):
    """A day right next to a verb of saying dates the saying even when the sentence names a
    numbered round far from the day (U4); a round's own day stays."""

    def dated(self, text, lang):
        found = find_candidates(text, published=date(2024, 5, 10), language=lang, gazetteer=EMPTY)
        return [(c.date, c.precision) for c in found]

    def test_the_day_of_a_proposal_about_a_round(self):
        cases = {
            "en": "The 12th round of the talks in Geneva, held without result, should be the "
            "format's last, the deputy minister proposed on Tuesday.",
            "fr": "Le 12e round des pourparlers de Genève, tenu sans résultat, devrait être le "
            "dernier, a déclaré mardi le vice-ministre.",
            "ru": "12-й раунд переговоров в Женеве, прошедший без результата, должен стать "
            "последним, заявил во вторник замминистра.",
            "tr": "Cenevre'deki 12. tur görüşmelerin son tur olması gerektiğini Dışişleri "
            "Bakanı salı günü söyledi.",
            "fa": "دور دوازدهم مذاکرات ژنو باید آخرین دور باشد؛ این را وزیر خارجه روز سه‌شنبه گفت.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.dated(text, lang), [])

    def test_the_day_of_a_round_told_by_a_saying(self):
        tuesday = [(date(2024, 5, 7), "day")]
        text = "The 12th round of the talks opened in Geneva on Tuesday, the ministry said."
        self.assertEqual(self.dated(text, "en"), tuesday)
        text = "Le 12e round des pourparlers s'est ouvert mardi à Genève, a indiqué le ministère."
        self.assertEqual(self.dated(text, "fr"), tuesday)


class VagueRepeatOfAKnownRoundTests(unittest.TestCase):
    """'The talks in Geneva will resume at the end of this month' beside a day of a known
    Constitutional Committee session that month: one happening, told by the day, though
    the place gave the vaguer mention the Geneva track (LABELLING.md R4)."""

    GAZ = Gazetteer(
        participants=(),
        rounds=(
            GazetteerRound(
                "constitutional-committee-9",
                "constitutional_committee",
                9,
                date(2031, 5, 26),
                date(2031, 5, 30),
            ),
        ),
    )
    cases = {
        "en": "The ninth session of the Constitutional Committee will open on 26 May, the "
        "envoy said.\n\nThe talks in Geneva will resume at the end of this month, diplomats "
        "added.\n",
        "fr": "La neuvième session du Comité constitutionnel s'ouvrira le 26 mai, a indiqué "
        "l'émissaire.\n\nLes pourparlers de Genève reprendront fin mai.\n",
        "ru": "Девятая сессия Конституционного комитета откроется 26 мая, сообщил "
        "спецпосланник.\n\nПереговоры в Женеве возобновятся в конце месяца.\n",
        "ar": "وقال المبعوث إن الجولة التاسعة للجنة الدستورية ستنطلق في 26 مايو.\n\n"
        "وستستأنف المحادثات في جنيف مع نهاية الشهر الجاري.\n",
        "fa": "نهمین دور کمیته قانون اساسی روز 26 مه آغاز می‌شود.\n\n"
        "مذاکرات ژنو در پایان ماه جاری از سر گرفته خواهد شد.\n",
        "tr": "Anayasa Komitesi'nin dokuzuncu oturumu 26 Mayıs'ta açılacak.\n\n"
        "Cenevre'deki görüşmeler ay sonunda yeniden başlayacak.\n",
    }

    def test_one_happening_told_by_the_day(self):
        for lang, text in self.cases.items():
            with self.subTest(lang=lang):
                found = find_candidates(
                    text, published=date(2031, 5, 5), language=lang, gazetteer=self.GAZ
                )
                self.assertEqual(
                    [(c.date, c.precision, c.round_slug) for c in found],
                    [(date(2031, 5, 26), "day", "constitutional-committee-9")],
                )
