"""The review's default titles and places, read from the candidate's sentence in each of
the pipeline's languages (titles.py). Sentences written for these tests."""

from django.test import SimpleTestCase

from peaceproc.chronology.models import Event
from peaceproc.ingest.titles import candidate_place, title_for


def title(quote: str, language: str = "en", *, kind="meeting", names=(), place="", track=""):
    candidate = {"quote": quote, "place": place, "track": track}
    return title_for(candidate, kind=kind, names=list(names), round_=None, language=language)


class SubjectTests(SimpleTestCase):
    def test_the_body_the_sentence_names_in_each_language(self):
        cases = [
            ("en", "The Security Council will meet on Syria on 12 February."),
            ("fr", "Le Conseil de sécurité se réunira le 12 février sur la Syrie."),
            ("ru", "Совет Безопасности ООН проведёт заседание по Сирии 12 февраля."),
            ("ar", "يعقد مجلس الأمن جلسة بشأن سوريا في 12 فبراير."),
            ("fa", "شورای امنیت روز ۱۲ فوریه درباره سوریه نشست برگزار می‌کند."),
            ("tr", "BM Güvenlik Konseyi 12 Şubat'ta Suriye için toplanacak."),
        ]
        for language, quote in cases:
            with self.subTest(language):
                self.assertEqual(title(quote, language), "UN Security Council: meeting")

    def test_a_happening_is_the_title_by_itself(self):
        self.assertEqual(
            title("Сирия проведёт парламентские выборы 5 октября", "ru", kind="milestone"),
            "Parliamentary elections",
        )
        self.assertEqual(
            title("Seçimler 5 Ekim Pazar günü Şam'da yapılacak.", "tr", kind="milestone"),
            "Elections in Damascus",
        )
        self.assertEqual(
            title("وقّع الرئيس الإعلان الدستوري اليوم الخميس.", "ar", kind="milestone"),
            "Constitutional declaration",
        )

    def test_a_saying_about_a_happening_says_so(self):
        quote = (
            "الثلاثاء المقبل موعد بدء أعمال الحوار، وفق ما أعلنته اللجنة التحضيرية للحوار السوري."
        )
        self.assertEqual(
            title(quote, "ar", kind="announcement"), "National dialogue conference: announcement"
        )
        self.assertEqual(title(quote, "ar", kind="conference"), "National dialogue conference")

    def test_the_subject_is_not_named_again_among_the_people(self):
        self.assertEqual(
            title(
                "The Security Council met on 3 May.",
                names=["UN Security Council", "Geir Pedersen"],
            ),
            "UN Security Council: meeting of Geir Pedersen",
        )

    def test_the_tracks_talks_when_the_sentence_names_no_body(self):
        self.assertEqual(
            title("They met on 3 May.", track="astana", kind=Event.Kind.STATEMENT, names=["X"]),
            "Astana talks: statement by X",
        )

    def test_no_subject_leaves_the_kind_and_people(self):
        self.assertEqual(title("They met on 3 May.", names=["A", "B"]), "Meeting of A and B")


class PlaceTests(SimpleTestCase):
    def test_a_city_the_sentence_names_before_a_country(self):
        quote = "Syria's delegations met in Astana on 3 May."
        self.assertEqual(candidate_place({"quote": quote, "place": "Syria"}), "Astana")
        self.assertEqual(title(quote, place="Syria"), "Meeting in Astana")
        # Not said twice: the talks' name holds it.
        self.assertEqual(title(quote, place="Syria", track="astana"), "Astana talks: meeting")
        # A country only when the sentence names no city.
        self.assertEqual(
            candidate_place({"quote": "Talks in Syria on 3 May.", "place": "Syria"}), "Syria"
        )

    def test_an_origin_is_not_the_place(self):
        cases = [
            ("en", "The delegation is due to set off from Damascus for Geneva next Sunday."),
            ("ru", "Делегация вылетит из Дамаска в Женеву в воскресенье."),
            ("ar", "ويتوجه الوفد من دمشق إلى جنيف يوم الأحد."),
            ("fa", "هیئت روز یکشنبه از دمشق به ژنو می‌رود."),
            ("tr", "Heyet pazar günü Şam'dan Cenevre'ye gidecek."),
        ]
        for language, quote in cases:
            with self.subTest(language):
                # The pipeline's place, the first city named, is the travellers' origin.
                candidate = {"quote": quote, "place": "Damascus"}
                self.assertEqual(candidate_place(candidate, language), "Geneva")

    def test_a_delegation_of_a_city_is_not_the_place(self):
        quote = "The delegation of Moscow arrived for talks in Geneva on 3 May."
        self.assertEqual(candidate_place({"quote": quote, "place": ""}), "Geneva")
        quote = "The delegation of Moscow arrived on 3 May."
        self.assertEqual(candidate_place({"quote": quote, "place": ""}), "")


class BodyNamedHappeningTests(SimpleTestCase):
    """A happening named inside a body's name ('the Higher Committee for the elections') is
    not the sentence's subject when the sentence names another: a decree creating the body
    is titled as a decree, in each language (sentences written for this test)."""

    def test_a_decree_creating_an_election_body(self):
        cases = [
            ("en", "A decree of 2 June set up the Supreme Commission for Parliamentary Elections."),
            ("fr", "Un décret du 2 juin crée la commission chargée des élections législatives."),
            ("ru", "Указом от 2 июня создана Высшая комиссия по выборам в Народный совет."),
            ("ar", "صدر في 2 حزيران مرسوم بتشكيل اللجنة العليا لانتخابات مجلس الشعب."),
        ]
        for language, quote in cases:
            with self.subTest(language):
                self.assertEqual(title(quote, language, kind="milestone"), "Decree")

    def test_the_elections_themselves_stay_the_subject(self):
        self.assertEqual(
            title("A decree set the parliamentary elections for 2 June.", kind="milestone"),
            "Parliamentary elections",
        )


class WhatTheSentenceSaysTests(SimpleTestCase):
    """A title names no document and no track the sentence does not report (outside
    tester t8i): a happening named as a body's task gives the body; a candidate placed in
    another track's city is not titled with its own track's talks."""

    def test_a_body_tasked_with_a_happening_in_each_language(self):
        cases = [
            ("en", 'On Sunday a committee of experts, one of them a woman, was formed to draft "the constitutional declaration".'),  # noqa: E501
            ("fr", "Le 2 mars, la présidence a formé un comité chargé de rédiger la déclaration constitutionnelle."),  # noqa: E501
            ("ru", "2 марта был создан комитет по разработке конституционной декларации."),
            ("ar", "أعلنت الرئاسة يوم الأحد تشكيل لجنة من الخبراء لصياغة الإعلان الدستوري."),
            ("fa", "ریاست جمهوری روز یکشنبه کمیته تدوین اعلامیه قانون اساسی را تشکیل داد."),
            ("tr", "Pazar günü anayasa bildirgesini hazırlayacak komite kuruldu."),
        ]  # fmt: skip
        for language, quote in cases:
            with self.subTest(language):
                self.assertEqual(
                    title(quote, language, kind="milestone"),
                    "Committee for the constitutional declaration",
                )

    def test_the_happening_itself_stays_the_title(self):
        quote = "The president signed the constitutional declaration on 13 March."
        self.assertEqual(title(quote, kind="milestone"), "Constitutional declaration")

    def test_another_tracks_city_drops_the_track(self):
        quote = "Talks could take place in early December in the Kazakh capital."
        self.assertEqual(
            title(quote, track="geneva", place="Astana", names=["Geir Pedersen"]),
            "Meeting of Geir Pedersen in Astana",
        )
        self.assertEqual(
            title(quote, track="astana", place="Astana", names=["Geir Pedersen"]),
            "Astana talks: meeting of Geir Pedersen",  # the talks' name holds the city
        )
