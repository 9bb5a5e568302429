"""A body or a person named for something other than the sentence's happening is no party
to it (outside testers t14b, 5 and t14a, 10): the Security Council named as the author of
resolution 2254, the UN named as the place of the General Assembly's session, a president
named as the holder of the government discussed. Such a body no longer picks the citation
either: 'lancé à Astana en janvier 2017 ... la résolution 2254 du Conseil de sécurité'
cited a Council press statement of that month, for the Council alone in common.
Sentences written for these tests."""

import unittest
from datetime import date

from django.test import TestCase

from peaceproc.ingest.analysis import analyse
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.pipeline import Gazetteer, GazetteerParticipant, find_candidates
from peaceproc.ingest.review import default_for, find_matches, load_lookups
from tests.seeds import load_shipped_seeds

COUNCIL = GazetteerParticipant(
    slug="council",
    names=("Security Council", "Conseil de sécurité", "Совет Безопасности", "مجلس الأمن",
           "شورای امنیت", "Güvenlik Konseyi"),
    person=False,
)  # fmt: skip
UN = GazetteerParticipant(
    slug="un", names=("UN", "ONU", "ООН", "الأمم المتحدة", "سازمان ملل", "BM"), person=False
)
LEADER = GazetteerParticipant(
    slug="leader",
    names=("Karim Haddad", "Карим Хаддад", "كريم حداد", "کریم حداد"),
    person=True,
)
ENVOY = GazetteerParticipant(slug="envoy", names=("Anna Berg", "Анна Берг"), person=True)
GAZ = Gazetteer(participants=(COUNCIL, UN, LEADER, ENVOY), rounds=(), places=("Vienna",))


def people(text, lang):
    [c] = find_candidates(text, published=date(2024, 10, 9), language=lang, gazetteer=GAZ)
    return set(c.participants)


class NamedForAnotherTests(unittest.TestCase):
    def test_the_author_of_a_numbered_document_is_no_party(self):
        for lang, text in [
            ("en", "Anna Berg met the delegations in Vienna on 3 October 2024 to apply "
                   "resolution 2254 of the Security Council."),
            ("en", "Anna Berg met the delegations in Vienna on 3 October 2024 to apply the "
                   "Security Council's resolution 2254."),
            ("fr", "Anna Berg a rencontré les délégations à Vienne le 3 octobre 2024 pour "
                   "appliquer la résolution 2254 du Conseil de sécurité."),
            ("ru", "Анна Берг встретилась с делегациями в Вене 3 октября 2024 года, чтобы "
                   "выполнить резолюцию 2254 Совета Безопасности."),
        ]:  # fmt: skip
            with self.subTest(lang=lang, text=text):
                self.assertEqual(people(text, lang), {"envoy"})

    def test_the_body_that_acts_is_a_party(self):
        text = "The Security Council met in Vienna on 3 October 2024 and adopted resolution 2254."
        self.assertIn("council", people(text, "en"))

    def test_the_place_of_a_session_is_no_party(self):
        for lang, text in [
            ("en", "Anna Berg met Karim Haddad on the sidelines of the UN General Assembly "
                   "on 3 October 2024."),
            ("fr", "Anna Berg a rencontré Karim Haddad en marge de l'Assemblée générale de "
                   "l'ONU le 3 octobre 2024."),
            ("ru", "Анна Берг встретилась с Каримом Хаддадом на полях Генеральной Ассамблеи "
                   "ООН 3 октября 2024 года."),
            ("ar", "التقت آنا بيرغ كريم حداد على هامش الجمعية العامة للأمم المتحدة في 3 "
                   "تشرين الأول 2024."),
            ("fa", "کریم حداد روز 3 اکتبر 2024 در حاشیه مجمع عمومی سازمان ملل با هیئتی دیدار "
                   "کرد."),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                self.assertNotIn("un", people(text, lang))

    def test_the_holder_of_a_government_discussed_is_no_party(self):
        for lang, text in [
            ("en", "Anna Berg met the ministers in Vienna on 3 October 2024 and discussed the "
                   "government of Karim Haddad."),
            ("en", "Anna Berg met the ministers in Vienna on 3 October 2024 and discussed "
                   "Karim Haddad's government."),
            ("fa", "آنا برگ روز 3 اکتبر 2024 در وین با وزیران دیدار و درباره دولت کریم حداد "
                   "گفت‌وگو کرد."),
            ("ar", "التقت آنا بيرغ الوزراء في فيينا في 3 تشرين الأول 2024 وبحثت حكومة كريم "
                   "حداد."),
        ]:  # fmt: skip
            with self.subTest(lang=lang, text=text):
                self.assertNotIn("leader", people(text, lang))

    def test_a_person_who_acts_is_a_party(self):
        text = "Karim Haddad met Anna Berg in Vienna on 3 October 2024."
        self.assertEqual(people(text, "en"), {"leader", "envoy"})


class CitationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def default(self, text, lang):
        analysis = analyse(
            text=text, published=date(2018, 11, 23), language=lang, gazetteer=build_gazetteer()
        )
        [c] = analysis.candidates
        lookups = load_lookups([c], language=lang)
        return c, default_for(c, find_matches(c, lookups), lookups)

    def test_the_council_named_for_a_resolution_picks_no_council_statement(self):
        for lang, text in [
            ("fr", "Le processus a été lancé à Astana en janvier 2017 pour appuyer les "
                   "pourparlers de Genève et appliquer la résolution 2254 du Conseil de "
                   "sécurité."),
            ("en", "The process was launched in Astana in January 2017 to carry out the "
                   "Security Council's resolution 2254."),
        ]:  # fmt: skip
            with self.subTest(lang=lang):
                c, default = self.default(text, lang)
                self.assertNotIn("un-security-council", c["participants"])
                self.assertNotIn("un-security-council", c["people"])
                target = default.target.target if default.target else ""
                self.assertFalse(target.startswith("agreement:"), default)
