"""News outlets, bylines and credits are no people (issue 9, tester t6i: a Turkish paper's
name proposed as a person). Told by the frame (an attribution, a byline, a press noun,
a copyright sign, a breadcrumb), not by a list of outlets: the outlets here are made up."""

import unittest

from peaceproc.ingest.pipeline import Gazetteer, article_people

GAZ = Gazetteer(participants=(), rounds=())


def names(text, language):
    return list(article_people(text, language=language, gazetteer=GAZ).names)


class AttributionTests(unittest.TestCase):
    def test_turkish_news_of(self):
        text = "Mavi Pusula'ın haberine göre heyetler perşembe günü Cenevre'de buluşacak."
        self.assertEqual(names(text, "tr"), [])

    def test_turkish_speaking_to_an_outlet(self):
        text = "Mavi Ufuk'a konuşan Bakan Selim Arslan görüşmelerin süreceğini söyledi."
        self.assertEqual(names(text, "tr"), ["Selim Arslan"])

    def test_turkish_press_noun_after_the_name(self):
        self.assertEqual(names("Toplantıyı Gece Postası gazetesi duyurdu.", "tr"), [])

    def test_english_reported_by(self):
        text = "The meeting was first reported by Desert Light Weekly on Sunday."
        self.assertEqual(names(text, "en"), [])

    def test_english_outlet_reported(self):
        self.assertEqual(names("Morning Herald reported that the talks stalled.", "en"), [])

    def test_french_cited_by_and_press_noun(self):
        text = (
            "Le ministre, cité par Matin Libre, a confirmé la date. "
            "Selon le quotidien Voix Claire, rien n'est signé."
        )
        self.assertEqual(names(text, "fr"), [])

    def test_russian_according_to_data_of(self):
        text = "По данным Вечерний Курьер, делегации прибудут в четверг."
        self.assertEqual(names(text, "ru"), [])

    def test_outlet_named_in_a_frame_is_no_one_in_the_masthead_either(self):
        text = "Mavi Pusula › Dünya\nMavi Pusula'ın haberine göre toplantı yarın başlayacak."
        self.assertEqual(names(text, "tr"), [])
        text = "Mavi Pusula | Dünya\nMavi Pusula'ın haberine göre toplantı yarın başlayacak."
        self.assertEqual(names(text, "tr"), [])

    def test_credit_and_breadcrumb_in_a_language_without_an_after_frame(self):
        # French has no frame after a name; its pattern has no group for one, and a
        # credit or breadcrumb crashed the reading (IndexError) on real AFP copy.
        for language in ("fr", "en", "ru", "tr"):  # a Latin name: not read in ar/fa text
            with self.subTest(language=language):
                text = "Accueil › Monde. Photo © Orient Lumière. Geir Pedersen a reçu les délégués."
                self.assertEqual(names(text, language), ["Geir Pedersen"])

    def test_a_person_in_a_similar_place_stays(self):
        self.assertEqual(
            names("According to Geir Pedersen, the committee will meet.", "en"), ["Geir Pedersen"]
        )
        self.assertEqual(
            names("Selon Geir Pedersen, le comité se réunira.", "fr"), ["Geir Pedersen"]
        )
        self.assertEqual(
            names("Lavrov'la konuşan Hakan Fidan ateşkesi övdü.", "tr"), ["Hakan Fidan"]
        )
        self.assertEqual(
            names("Par ailleurs, Geir Pedersen a reçu les délégués.", "fr"), ["Geir Pedersen"]
        )


class BylineAndCreditTests(unittest.TestCase):
    def test_english_byline_and_wire_credits(self):
        text = (
            "By Dana Whitfield\nThe talks resumed.\n"
            "(Reporting by Omar Haddad; editing by Clare Moss and Tom Reid)"
        )
        self.assertEqual(names(text, "en"), [])

    def test_french_our_correspondent_and_update_line(self):
        text = (
            "Avec notre correspondante à Genève, Lucie Marchal\n"
            "Mis à jour le 3 mars 2024 à 10h12 par Paul Verne"
        )
        self.assertEqual(names(text, "fr"), [])

    def test_copyright_line(self):
        self.assertEqual(names("© Mavi Pusula Türkçe\nGörüşmeler sürüyor.", "tr"), [])


if __name__ == "__main__":
    unittest.main()
