""" "Named in the article" lists no word that only begins like a place, no verb of signing
or plural common noun as an agreement, and no preposition with a pronoun as a person.

Outside tester t13a (finding 7): 'دبیرکل' (secretary-general) gave Dubai, 'Afrika' gave
Afrin, 'anlaşmalara' (to agreements) and 'ووقع' (and he signed) were listed as agreements,
'عليها' (on it) as a new person.
"""

import unittest
from datetime import date

from peaceproc.ingest.found import places_named, text_readings
from peaceproc.ingest.pipeline import Gazetteer, article_people, find_candidates
from peaceproc.ingest.pipeline.text import fold


def places(text: str) -> list[str]:
    return places_named(fold(text))


class PlaceWordsTests(unittest.TestCase):
    def test_a_longer_word_that_begins_with_a_place_is_no_place(self):
        self.assertEqual(places("نماینده ویژه دبیرکل سازمان ملل در امور سوریه"), [])
        self.assertEqual(places("Rusya'nın Batı Asya ve Afrika Özel Temsilcisi"), [])
        self.assertEqual(places("Moskovalı diplomatlar"), [])

    def test_the_place_itself_is_found_in_each_script(self):
        self.assertEqual(places("نشست بعدی در دبی برگزار شد"), ["Dubai"])
        self.assertEqual(places("Afrin'de ve Astana'da"), ["Astana", "Afrin"])
        self.assertEqual(places("اجتماع في جنيف وأستانا"), ["Astana", "Geneva"])

    def test_russian_case_forms_are_the_place(self):
        self.assertEqual(
            places("переговоры в Астане, потом в Женеве и в Москву"),
            ["Astana", "Geneva", "Moscow"],
        )


class AgreementsNamedTests(unittest.TestCase):
    def test_signing_verbs_and_plural_nouns_name_no_agreement(self):
        tr = "Bogdanov ilk anlaşmalara varıldığını söyledi; taraflar belgeyi imzaladı."
        self.assertEqual(text_readings(tr, "tr").agreements, ())
        ar = "ووقع الرئيس الإعلان، وقال إن الاتفاقات السابقة انتهت."
        self.assertEqual(text_readings(ar, "ar").agreements, ())

    def test_the_agreements_named_stay(self):
        tr = "10 Mart mutabakatı ve ateşkes anlaşması imzalandı."
        self.assertEqual(text_readings(tr, "tr").agreements, ("mutabakatı", "ateşkes", "anlaşması"))
        en = "They signed the memorandum on the de-escalation zones."
        self.assertIn("memorandum", text_readings(en, "en").agreements)


class PronounIsNoNameTests(unittest.TestCase):
    def test_a_preposition_with_a_pronoun_after_a_title_is_no_name(self):
        text = (
            "وسلّمت اللجنة المسودة في 12 آذار 2025، ووقع الرئيس عليها في اليوم التالي، "
            "ورحّب الوزير بها."
        )
        gaz = Gazetteer(participants=(), rounds=(), places=())
        found = find_candidates(text, published=date(2025, 3, 20), language="ar", gazetteer=gaz)
        names = {n for c in found for n in c.new_names}
        people = article_people(text, language="ar", gazetteer=gaz)
        names |= set(people.names)
        self.assertFalse(names & {"عليها", "بها"})
