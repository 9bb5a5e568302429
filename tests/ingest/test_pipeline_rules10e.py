"""Issue 9, session 10 (rules10e): findings of the re-tester t10r, each rule with our own
sentences in every language it covers, and sentences where it must not fire."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates
from peaceproc.ingest.pipeline.people import name_spans
from peaceproc.ingest.pipeline.rounds import find_rounds
from peaceproc.ingest.pipeline.types import GazetteerRound

GAZ = Gazetteer(
    participants=(),
    rounds=(
        GazetteerRound("astana-2", "astana", 2, date(2017, 2, 15), date(2017, 2, 16)),
        GazetteerRound("geneva-8", "geneva", 8, date(2017, 11, 28), date(2017, 12, 14)),
        GazetteerRound(
            "constitutional-committee-2",
            "constitutional_committee",
            2,
            date(2019, 11, 25),
            date(2019, 11, 29),
        ),
    ),
)


def found(text, published, lang):
    return find_candidates(text, published=published, language=lang, gazetteer=GAZ)


def numbers(text, lang):
    return [r.number for r in find_rounds(text, lang)]


class CoarsePeriodBesideAFullDateTests(unittest.TestCase):
    """'this year' in a sentence with a full date of the same happening gives no candidate
    of its own, and a round's body is one the sentence names (t10r 1)."""

    PUBLISHED = date(2025, 5, 20)

    def test_this_year_beside_a_full_date(self):
        cases = {
            "en": "A new round of talks will be held in Astana on 10 June 2025, the second "
            "such meeting this year.",
            "fr": "Une nouvelle réunion se tiendra à Astana le 10 juin 2025, la deuxième "
            "cette année.",
            "ru": "Новая встреча пройдет в Астане 10 июня 2025 года, вторая в этом году.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                got = found(text, self.PUBLISHED, lang)
                self.assertEqual([(c.date, c.precision) for c in got], [(date(2025, 6, 10), "day")])
                self.assertNotIn("constitutional-committee", {c.track for c in got})

    def test_this_year_alone_still_counts(self):
        text = "A new round of talks will be held in Astana this year."
        got = found(text, self.PUBLISHED, "en")
        self.assertEqual([(c.date, c.precision) for c in got], [(date(2025, 1, 1), "year")])

    def test_this_year_with_a_date_of_another_year_still_counts(self):
        text = "Talks held in Astana on 10 June 2024 will resume in Geneva this year."
        got = {(c.date, c.precision) for c in found(text, self.PUBLISHED, "en")}
        self.assertIn((date(2025, 1, 1), "year"), got)

    def test_a_round_number_keeps_the_body_named(self):
        # Astana's second round is years before the date: no other body's second round.
        text = "The second Astana meeting will be held on 10 June 2025."
        got = found(text, self.PUBLISHED, "en")
        self.assertEqual({c.track for c in got}, {"astana"})
        self.assertEqual({c.round_slug for c in got}, {None})


class FutureAdjectiveOfAnotherNounTests(unittest.TestCase):
    """A future adjective of another noun ('the upcoming national dialogue') does not make
    the weekday of a past verb ('met ... on Tuesday') the coming one (t10r 2)."""

    PUBLISHED = date(2025, 5, 22)  # a Thursday
    PAST_TUESDAY = date(2025, 5, 20)
    NEXT_TUESDAY = date(2025, 5, 27)

    def dates(self, text, lang):
        return {c.date for c in found(text, self.PUBLISHED, lang)}

    def test_past_verb_governs_the_weekday(self):
        cases = {
            "en": "Pedersen met Foreign Minister Asaad al-Shaibani in Damascus on Tuesday to "
            "discuss the upcoming national dialogue.",
            "fr": "Pedersen a rencontré mardi à Damas le ministre Assaad al-Chaibani pour "
            "préparer le dialogue national à venir.",
            "ru": "Педерсен во вторник встретился в Дамаске с министром Асаадом аш-Шейбани, "
            "чтобы обсудить предстоящий национальный диалог.",
            "ar": "التقى بيدرسن يوم الثلاثاء في دمشق وزير الخارجية أسعد الشيباني لبحث الحوار "
            "الوطني المقبل.",
            "fa": "پدرسن روز سه‌شنبه در دمشق با اسعد الشیبانی وزیر خارجه دیدار کرد تا درباره "
            "گفت‌وگوی ملی آینده گفت‌وگو کند.",
            "tr": "Pedersen salı günü Şam'da Dışişleri Bakanı Esad Şeybani ile görüşerek "
            "önümüzdeki ulusal diyaloğu ele aldı.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.dates(text, lang), {self.PAST_TUESDAY})

    def test_the_adjective_still_tells_the_future_without_a_past_verb(self):
        cases = {
            "en": "The upcoming national dialogue conference in Damascus opens on Tuesday.",
            "ru": "Предстоящая встреча Педерсена и аш-Шейбани в Дамаске во вторник.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.dates(text, lang), {self.NEXT_TUESDAY})

    def test_the_weekdays_own_adjective(self):
        cases = {
            "ar": "يلتقي بيدرسن الشيباني في دمشق يوم الثلاثاء المقبل.",
            "fr": "Pedersen rencontrera mardi prochain le ministre à Damas.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(self.dates(text, lang), {self.NEXT_TUESDAY})

    def test_a_future_word_of_a_time_phrase_keeps_its_weight(self):
        # 'the meeting of next week, which was decided to be held on Monday'.
        text = "وستشارك الهيئة المصغرة في اجتماع الاسبوع المقبل الذي تقرر أن يعقد الإثنين."
        got = {c.date for c in found(text, date(2020, 8, 20), "ar")}
        self.assertIn(date(2020, 8, 24), got)
        self.assertNotIn(date(2020, 8, 17), got)


class SaidOnARoundDayTests(unittest.TestCase):
    """A statement dated by its weekday about a track's talks, on a day of that track's
    round in the record, is a candidate even in an article with no other date (t10r 3)."""

    def test_said_on_a_round_day(self):
        cases = {
            "en": "UN envoy Staffan de Mistura said at a news conference on Thursday that the "
            "Syria talks in Geneva had failed.",
            "ar": "قال المبعوث الأممي ستافان دي ميستورا في مؤتمر صحفي يوم الخميس إن محادثات "
            "جنيف فشلت.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                got = found(text, date(2017, 12, 14), lang)
                self.assertEqual(
                    [(c.date, c.track, c.round_slug) for c in got],
                    [(date(2017, 12, 14), "geneva", "geneva-8")],
                )

    def test_not_when_the_article_dates_the_round(self):
        text = (
            "The eighth round of talks opened in Geneva on 28 November 2017. UN envoy "
            "Staffan de Mistura said at a news conference on Thursday that the talks in "
            "Geneva had failed."
        )
        got = found(text, date(2017, 12, 14), "en")
        self.assertEqual([c.date for c in got], [date(2017, 11, 28)])

    def test_said_on_a_day_without_a_round(self):
        text = (
            "UN envoy Staffan de Mistura said at a news conference on Thursday that the "
            "Syria talks in Geneva had failed."
        )
        self.assertEqual(found(text, date(2018, 3, 15), "en"), [])

    def test_said_with_no_track_named(self):
        text = "Staffan de Mistura said on Thursday that the talks had failed."
        self.assertEqual(found(text, date(2017, 12, 14), "en"), [])


class OrdinalOfAPeriodTests(unittest.TestCase):
    """'the first meeting ... this year' counts the year's meetings: no round number
    (t10r 4)."""

    def test_ordinal_of_a_period(self):
        cases = {
            "en": "The first meeting of the guarantors in Astana format this year will be "
            "held on 10 June.",
            "fr": "La première réunion de l'année du Comité constitutionnel s'ouvrira à "
            "Genève le 10 juin.",
            "ru": "Первый раунд переговоров в этом году пройдет в Астане 10 июня.",
            "tr": "Garantörlerin bu yılki ilk Astana toplantısı 10 Haziran'da yapılacak.",
            "ar": "ستعقد الجولة الأولى هذا العام من محادثات أستانا في 10 حزيران.",
            "fa": "نخستین نشست امسال آستانه روز 10 ژوئن برگزار می‌شود.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(numbers(text, lang), [])

    def test_a_round_held_in_a_period(self):
        cases = {
            "en": "The fifth round of Astana talks will be held this month.",
            "fr": "La cinquième session du Comité constitutionnel se tiendra ce mois à Genève.",
            "ru": "Пятый раунд переговоров в Астане пройдет в этом месяце.",
            "tr": "Astana görüşmelerinin beşinci turu bu ay yapılacak.",
            "ar": "ستعقد الجولة الخامسة من محادثات أستانا هذا الشهر.",
            "fa": "دور پنجم مذاکرات آستانه این ماه برگزار می‌شود.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(numbers(text, lang), [5])


class ApostropheInANameTests(unittest.TestCase):
    """An apostrophe after one or two letters is the name's own ('Gideon Sa'ar'), not a
    Turkish case ending after a whole name ("Fidan'ın") (t10r 5)."""

    def names(self, text, lang):
        return [n for n, _s, _e in name_spans(text, [], lang)]

    def test_names_with_an_apostrophe(self):
        cases = {
            "en": (
                "Israeli Foreign Minister Gideon Sa'ar met the envoy in Ankara.",
                "Gideon Sa'ar",
            ),
            "fr": ("Le ministre israélien Gideon Sa’ar a rencontré l'envoyé.", "Gideon Sa’ar"),
            "tr": ("İsrail Dışişleri Bakanı Gideon Sa'ar Ankara'ya geldi.", "Gideon Sa'ar"),
        }
        for lang, (text, name) in cases.items():
            with self.subTest(lang=lang):
                self.assertIn(name, self.names(text, lang))

    def test_a_case_ending_is_still_cut(self):
        self.assertEqual(
            self.names("Dışişleri Bakanı Hakan Fidan'ın açıklaması geldi.", "tr"), ["Hakan Fidan"]
        )
