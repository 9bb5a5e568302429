"""Outside tester t15a, findings 1 and 4: people were ticked onto a round for sentences that
do not tell they took part in it (a negation, a boycott, 'without X', 'a proposal by X', X
elsewhere), and someone who only reported a meeting was listed among its people. A person
is now ticked only when the sentence's verb of taking part is affirmative and the person is
one of its own people (pipeline.attendance). The sentences are the tests' own."""

import unittest
from datetime import date

from peaceproc.chronology.models import Round
from peaceproc.ingest.analysis import analyse
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.pipeline.attendance import attendees

from .reviews import ReviewTestCase
from .test_admin import formset_data, make_pending


def spans(sentence: str, *names: str) -> list[tuple[str, int, int]]:
    return [(n, sentence.index(n), sentence.index(n) + len(n)) for n in names]


class AttendeesTests(unittest.TestCase):
    def read(self, lang, sentence, *names):
        return attendees(sentence, lang, spans(sentence, *names))

    def test_a_negated_gathering_has_no_attendee_in_any_language(self):
        for lang, sentence, name in (
            ("en", "Hakan Fidan did not take part in the Astana meeting on 4 May 2031.",
             "Hakan Fidan"),
            ("en", "Hakan Fidan never attended the meeting in Astana on 4 May 2031.",
             "Hakan Fidan"),
            ("fr", "Hakan Fidan n'a pas participé à la réunion d'Astana le 4 mai 2031.",
             "Hakan Fidan"),
            ("ru", "Хакан Фидан не принял участие во встрече в Астане 4 мая 2031 года.",
             "Хакан Фидан"),
            ("tr", "Hakan Fidan 4 Mayıs 2031'deki Astana toplantısına katılmadı.", "Hakan Fidan"),
            ("ar", "لم يشارك هاكان فيدان في اجتماع أستانا يوم 4 مايو 2031.", "هاكان فيدان"),
            ("fa", "هاکان فیدان در نشست آستانه در ۴ مه ۲۰۳۱ شرکت نکرد.", "هاکان فیدان"),
        ):  # fmt: skip
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(self.read(lang, sentence, name), ())

    def test_absent_or_boycotting_is_no_attendance(self):
        for lang, sentence, name in (
            ("en", "Hakan Fidan boycotted the meeting held in Astana on 4 May 2031.",
             "Hakan Fidan"),
            ("en", "The ministers met in Astana on 4 May 2031 without Hakan Fidan.",
             "Hakan Fidan"),
            ("fr", "Les ministres se sont réunis à Astana le 4 mai 2031 sans Hakan Fidan.",
             "Hakan Fidan"),
            ("ru", "Министры встретились в Астане 4 мая 2031 года без Хакана Фидана.",
             "Хакана Фидана"),
            ("ar", "اجتمع الوزراء في أستانا يوم 4 مايو 2031 بدون هاكان فيدان.", "هاكان فيدان"),
            ("fa", "وزیران بدون هاکان فیدان در ۴ مه ۲۰۳۱ در آستانه دیدار کردند.", "هاکان فیدان"),
        ):  # fmt: skip
            with self.subTest(lang=lang, sentence=sentence):
                self.assertEqual(self.read(lang, sentence, name), ())

    def test_no_verb_of_taking_part_no_attendee(self):
        for sentence in (
            "On 4 May 2031, as the Astana meeting opened, Hakan Fidan was in Ankara.",
            "Hakan Fidan sent a letter to the Astana meeting on 4 May 2031.",
            "Hakan Fidan criticised the Astana meeting on 4 May 2031.",
            "Hakan Fidan rang Geir Pedersen on 4 May 2031 about the Astana meeting.",
        ):
            with self.subTest(sentence=sentence):
                names = [n for n in ("Hakan Fidan", "Geir Pedersen") if n in sentence]
                self.assertEqual(self.read("en", sentence, *names), ())

    def test_a_person_the_gathering_is_about_is_not_its_attendee(self):
        sentence = "The ministers discussed a plan by Hakan Fidan in Astana on 4 May 2031."
        self.assertEqual(self.read("en", sentence, "Hakan Fidan"), ())

    def test_who_says_it_is_not_of_the_meeting_told(self):
        for lang, sentence, names, met in (
            ("en", "Hakan Fidan said Geir Pedersen had met Ahmed al-Sharaa on Monday.",
             ("Hakan Fidan", "Geir Pedersen", "Ahmed al-Sharaa"),
             ("Geir Pedersen", "Ahmed al-Sharaa")),
            ("tr", "Hakan Fidan, Pedersen'in dün Şara ile görüştüğünü söyledi.",
             ("Hakan Fidan", "Pedersen", "Şara"), ("Pedersen", "Şara")),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(self.read(lang, sentence, *names), met)

    def test_the_verbs_own_people_attend_in_every_language(self):
        for lang, sentence, names in (
            ("en", "Hakan Fidan met Russian Foreign Minister Sergey Lavrov in Astana on 4 May.",
             ("Hakan Fidan", "Sergey Lavrov")),
            ("fr", "Hakan Fidan s'est entretenu avec Sergueï Lavrov à Astana le 4 mai.",
             ("Hakan Fidan", "Sergueï Lavrov")),
            ("ru", "Хакан Фидан встретился с Сергеем Лавровым в Астане 4 мая.",
             ("Хакан Фидан", "Сергеем Лавровым")),
            ("tr", "Hakan Fidan, Sergey Lavrov ile 4 Mayıs'ta Astana'da görüştü.",
             ("Hakan Fidan", "Sergey Lavrov")),
            ("ar", "التقى هاكان فيدان سيرغي لافروف في أستانا يوم 4 مايو.",
             ("هاكان فيدان", "سيرغي لافروف")),
            ("fa", "هاکان فیدان با سرگئی لاوروف در ۴ مه در آستانه دیدار کرد.",
             ("هاکان فیدان", "سرگئی لاوروف")),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(self.read(lang, sentence, *names), names)


class TickedOntoTheRoundTests(ReviewTestCase):
    """The sentences read by the pipeline, then reviewed: nobody of a sentence that does not
    tell they attended is ticked onto Geneva IV, and accepting the defaults leaves the
    round's people as they were; the reason is shown beside the name."""

    def review(self, text, lang, published):
        analysis = analyse(text=text, published=published, language=lang,
                           gazetteer=build_gazetteer())  # fmt: skip
        pending = make_pending(analysis.candidates, published_on=published, language=lang)
        return pending, self.client.get(pending.get_absolute_url()).context["formset"]

    def test_no_attendee_ticked_for_a_negation_or_an_elsewhere(self):
        geneva_4 = Round.objects.get(slug="geneva-4")
        before = set(geneva_4.participations.values_list("participant__slug", "role"))
        for lang, text in (
            ("en", "Sergey Lavrov did not attend the talks in Geneva on 24 February 2017."),
            ("en", "The talks in Geneva resumed on 24 February 2017 without Sergey Lavrov."),
            ("en", "On 24 February 2017, while the talks in Geneva went on, Sergey Lavrov "
                   "was in Moscow."),
            ("fr", "Sergueï Lavrov n'a pas pris part aux pourparlers de Genève le 24 février "
                   "2017."),
            ("ru", "Сергей Лавров не участвовал в переговорах в Женеве 24 февраля 2017 года."),
        ):  # fmt: skip
            with self.subTest(text=text):
                pending, formset = self.review(text, lang, date(2017, 3, 2))
                (form,) = formset.forms
                self.assertEqual(
                    (form.initial["action"], form.initial["target"]),
                    ("cite", f"round:{geneva_4.pk}"),
                )
                self.assertEqual(form.initial["participants"], [])
                label = dict(form.fields["participants"].choices)["sergey-lavrov"]
                self.assertIn("the sentence does not tell they took part in", label)
                self.client.post(pending.get_absolute_url(), formset_data(formset))
                pending.refresh_from_db()
                self.assertAccepted(pending)
                after = set(geneva_4.participations.values_list("participant__slug", "role"))
                self.assertEqual(after, before)

    def test_who_reports_a_new_meeting_is_not_ticked_onto_it(self):
        text = "Sergey Lavrov said Hakan Fidan had met Geir Pedersen in Baku on 3 June 2031."
        _pending, formset = self.review(text, "en", date(2031, 6, 5))
        (form,) = formset.forms
        self.assertEqual(form.initial["action"], "create")
        self.assertEqual(set(form.initial["participants"]), {"hakan-fidan", "geir-pedersen"})
        label = dict(form.fields["participants"].choices)["sergey-lavrov"]
        self.assertIn("they reported it, not that they took part", label)
