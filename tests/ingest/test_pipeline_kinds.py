"""A candidate's kind comes from what happened on its day, not from the topic words of
its sentence (issue 9, outside tester's finding 5): a call, an appeal or a press
conference is a statement even when it is about a ceasefire or about talks."""

import unittest
from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

NONE = Gazetteer(participants=(), rounds=())
PUBLISHED = date(2019, 10, 29)


def kinds(sentence: str, lang: str = "en") -> list[tuple[str, str]]:
    found = find_candidates(
        f"Headline\n\n{sentence}", published=PUBLISHED, language=lang, gazetteer=NONE
    )
    return [(c.date.isoformat(), c.kind) for c in found]


class KindFromWhatHappenedTests(unittest.TestCase):
    def test_a_call_made_on_a_day_is_no_happening(self):
        # The day of a saying is not an event (LABELLING.md U4), even with another
        # clause about a meeting in the same sentence.
        self.assertEqual(
            kinds(
                "Two days before the committee meets in Geneva, the envoy on Monday "
                "repeated his call for a nationwide ceasefire."
            ),
            [],
        )

    def test_an_appeal_is_a_statement_in_every_language(self):
        for lang, sentence in (
            ("en", "On Monday the envoy renewed his appeal for a truce before the talks."),
            ("fr", "Lundi, l'envoyé, M. Pedersen, a renouvelé son appel à un cessez-le-feu avant la réunion."),  # noqa: E501
            ("ru", "В понедельник посланник повторил призыв к прекращению огня до переговоров."),
        ):  # fmt: skip
            with self.subTest(lang=lang):
                self.assertEqual(kinds(sentence, lang), [("2019-10-28", "statement")])

    def test_a_press_conference_about_talks_is_a_statement(self):
        self.assertEqual(
            kinds("The minister held a press conference in Moscow on Monday about the talks."),
            [("2019-10-28", "statement")],
        )
        # Right next to its day, it dates a saying: no candidate at all (U4).
        self.assertEqual(
            kinds("Лавров в понедельник провёл пресс-конференцию о переговорах в Астане.", "ru"),
            [],
        )

    def test_a_meeting_stays_a_meeting_and_a_ceasefire_agreed_a_ceasefire(self):
        self.assertEqual(
            kinds("The delegations met in Astana on Monday and agreed on a ceasefire."),
            [("2019-10-28", "ceasefire")],
        )
        self.assertEqual(
            kinds("The envoy said the talks in Geneva opened on Monday."),
            [("2019-10-28", "meeting")],
        )
