"""Outside tester t10b, 5: 'Round numbers: 1' was listed under "Named in the article" for
'the first meeting of 2025', which names no round. An ordinal of a meeting or a year is
a round's number only with a body that has rounds named beside it. Sentences are the
tests' own."""

from datetime import date

from peaceproc.ingest.found import round_numbers

from .test_admin import IngestTestCase, make_pending


class RoundNumbersNamedTests(IngestTestCase):
    def found(self, text: str, language: str = "en"):
        pending = make_pending([], text=text, language=language, published_on=date(2025, 1, 9))
        response = self.client.get(pending.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        return response, response.context["found"]

    def test_an_ordinal_of_a_meeting_or_a_year_is_no_round(self):
        for text, language in (
            ("Envoys gathered for the first Security Council meeting of 2025 in New York.", "en"),
            ("It was the second meeting between the two ministers this year.", "en"),
            ("C'était la première réunion de l'année au palais.", "fr"),
            ("Это было первое заседание Совета Безопасности в 2025 году.", "ru"),
        ):
            with self.subTest(text=text):
                response, found = self.found(text, language)
                self.assertEqual(found.round_numbers, [])
                self.assertNotContains(response, "Round numbers")

    def test_a_round_or_a_body_with_rounds_keeps_its_number(self):
        for text, number in (
            ("Delegations arrived for the 22nd round of the Astana talks.", 22),
            ("The fourth meeting of the Astana process ended without a statement.", 4),
            ("Geneva 8 closed with no date for the next round.", 8),
        ):
            with self.subTest(text=text):
                response, found = self.found(text)
                self.assertEqual(found.round_numbers, [number])
                self.assertContains(response, "Round numbers")

    def test_each_mention_keeps_the_track_named_beside_it(self):
        # (The pipeline's own rule drops 'a meeting of ...' with no track beside it.)
        self.assertEqual(round_numbers("The first meeting of 2025 was quiet.", "en"), ())
        [astana] = round_numbers("The Astana talks held their 21st round.", "en")
        self.assertEqual((astana.number, astana.track, astana.weak), (21, "astana", False))
