"""A date the sentence gives as a plan that was then moved or cancelled ('the vote was first
planned for 15-20 September, but the commission postponed it') stays a candidate (the
labels keep postponed events at their planned date) but is skipped by default, never
created as a happening (outside tester's finding 11, issue 9). Sentences written here."""

from peaceproc.ingest.review import ACTION_CREATE, ACTION_SKIP, automatic_decisions

from .test_admin import IngestTestCase, candidate


def planned(quote: str, date_text: str, **fields) -> dict:
    # On a track: a bare 'Milestone' of no track is skipped whatever its words (rules12c).
    return candidate(
        quote=quote, date_text=date_text, kind="milestone", track="transition", **fields
    )


class GivenUpDefaultTests(IngestTestCase):
    def default(self, c: dict, language: str = "en") -> str:
        [reading] = automatic_decisions([c], language=language)
        return reading.default.action

    def test_a_plan_moved_or_cancelled_is_skipped_in_each_language(self):
        cases = [
            ("en", "The poll, initially set for 4 March, was cancelled.", "4 March"),
            ("fr", "Le vote, d'abord prévu le 4 mars, a été repoussé.", "4 mars"),
            ("ru", "Выборы планировалось провести 4 марта, но их перенесли.", "4 марта"),
            ("ar", "أرجئ التصويت الذي كان مقررا في 4 آذار.", "4 آذار"),
            ("fa", "رای‌گیری که قرار بود ۴ مارس انجام شود لغو شد.", "۴ مارس"),
            ("tr", "4 Mart'ta yapılması planlanan oylama ertelendi.", "4 Mart'ta"),
        ]
        for language, quote, date_text in cases:
            with self.subTest(language):
                self.assertEqual(self.default(planned(quote, date_text), language), ACTION_SKIP)

    def test_the_new_date_is_still_created(self):
        quote = "The poll, initially set for 4 March, was moved to 9 April."
        self.assertEqual(self.default(planned(quote, "9 April")), ACTION_CREATE)

    def test_a_plan_still_standing_is_created(self):
        quote = "The poll is planned for 4 March, officials said."
        self.assertEqual(self.default(planned(quote, "4 March")), ACTION_CREATE)

    def test_a_happening_after_a_delay_is_created(self):
        quote = "The round opened on 4 March after being postponed twice."
        self.assertEqual(self.default(planned(quote, "4 March")), ACTION_CREATE)
