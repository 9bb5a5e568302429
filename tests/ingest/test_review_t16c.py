"""Outside re-tester t16c, findings 1, 2, 3 and 6, end to end from the pasted sentence to
the review's defaults: a country that is only where something goes is no participant of
the review either; a meeting elsewhere is not cited onto a round held that day nor onto an
agreement the sentence does not name; the first name 'Nursultan' is no city. The sentences
are the tests' own wordings of the classes, on the seeded records."""

# ruff: noqa: E501

from datetime import date

from peaceproc.chronology.models import Agreement, Round
from peaceproc.ingest.analysis import analyse
from peaceproc.ingest.gazetteer import build_gazetteer
from peaceproc.ingest.review import find_matches, load_lookups

from .reviews import ReviewTestCase
from .test_admin import make_pending


class ReviewDefaults(ReviewTestCase):
    def defaults(self, text, published, lang="en"):
        """The candidates the sentence gives and the initial values of their review forms."""
        analysis = analyse(
            text=text, published=published, language=lang, gazetteer=build_gazetteer()
        )
        self.assertTrue(analysis.candidates, text)
        pending = make_pending(analysis.candidates, published_on=published, language=lang)
        forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
        return analysis.candidates, [f.initial for f in forms]


class ADestinationIsNoParticipantOfTheReviewTests(ReviewDefaults):
    def test_the_country_refugees_went_to_is_neither_ticked_nor_in_the_title(self):
        for lang, text, country in (
            (
                "en",
                "On 11 March 2019, 3,120 refugees crossed into Lebanon, Staffan de Mistura said.",
                "lebanon",
            ),
            (
                "en",
                "On 11 March 2019, Sergey Lavrov said the aid convoy had gone to Jordan.",
                "jordan",
            ),
            (
                "fr",
                "Le 11 mars 2019, 3 120 réfugiés sont passés en Jordanie, a dit Sergueï Lavrov.",
                "jordan",
            ),
        ):
            with self.subTest(text=text):
                _candidates, forms = self.defaults(text, date(2019, 3, 14), lang)
                for initial in forms:
                    self.assertNotIn(country, initial["participants"])
                    self.assertNotIn(" and ", initial["title"] or "")


class AnAgreementUnnamedIsNoMatchOfAMeetingTests(ReviewDefaults):
    """A meeting elsewhere on the day an agreement was signed or adopted is not that
    agreement, whoever it shares with its signatories, unless the sentence names the
    agreement's kind, its number or its signing."""

    def assertNoAgreement(self, text, published, lang="en"):
        _candidates, forms = self.defaults(text, published, lang)
        for initial in forms:
            self.assertNotIn("agreement:", initial.get("target") or "", text)
            self.assertEqual(initial["action"], "create", text)

    def test_a_meeting_in_moscow_on_the_memorandum_day(self):
        self.assertNoAgreement(
            "On 4 May 2017 Sergey Lavrov received Alexander Lavrentiev in Moscow to talk about the Astana process.",
            date(2017, 5, 8),
        )
        self.assertNoAgreement(
            "On 4 May 2017 Sergei Lavrov met Rex Tillerson in Moscow.", date(2017, 5, 8)
        )

    def test_a_meeting_about_the_council_on_a_resolution_day(self):
        self.assertNoAgreement(
            "On 18 December 2015 John Kerry met Sergey Lavrov in Moscow to talk about the UN Security Council's work.",
            date(2015, 12, 21),
        )

    def test_a_meeting_whose_sentence_names_the_signing_still_matches(self):
        memorandum = Agreement.objects.get(date=date(2017, 5, 4), title__icontains="memorandum")
        for text, found in (
            (
                "On 4 May 2017 Alexander Lavrentiev met Sergey Lavrov in Moscow, as the memorandum was signed.",
                True,
            ),
            ("On 4 May 2017 Alexander Lavrentiev met Sergey Lavrov in Moscow.", False),
        ):
            with self.subTest(text=text):
                (c,) = analyse(
                    text=text,
                    published=date(2017, 5, 8),
                    language="en",
                    gazetteer=build_gazetteer(),
                ).candidates
                matches = find_matches(c, load_lookups([c]))
                self.assertEqual(f"agreement:{memorandum.pk}" in [m.target for m in matches], found)


class ARoundGoingOnMeanwhileIsContextTests(ReviewDefaults):
    """A meeting elsewhere told with a clause of the round held at the same time ('as ...
    was held', 'while ... was under way', 'alors que ... se déroulait', 'в то время как ...
    проходил', '... sürerken') is its own happening: not the round, no one ticked onto it."""

    def test_the_meeting_elsewhere_is_not_the_round(self):
        astana_4 = Round.objects.get(slug="astana-4")
        for lang, text in (
            (
                "en",
                "On 3 May 2017 Sergey Lavrov received Mevlut Cavusoglu in Sochi, as the fourth round of Astana talks was held.",
            ),
            (
                "en",
                "On 4 May 2017 Sergey Lavrov met Mevlut Cavusoglu in Sochi while the fourth Astana round was under way.",
            ),
            (
                "fr",
                "Le 4 mai 2017, Sergueï Lavrov a rencontré Mevlüt Çavuşoğlu à Sotchi, alors que le quatrième cycle des pourparlers d'Astana se déroulait.",
            ),
            (
                "ru",
                "4 мая 2017 года Сергей Лавров встретился с Мевлютом Чавушоглу в Сочи, в то время как в Астане проходил четвертый раунд переговоров.",
            ),
        ):
            with self.subTest(lang=lang):
                candidates, forms = self.defaults(text, date(2017, 5, 8), lang)
                self.assertEqual([c["round_slug"] for c in candidates], [None])
                (initial,) = forms
                self.assertNotEqual(initial.get("target"), f"round:{astana_4.pk}")
                self.assertEqual(initial["action"], "create")
                self.assertNotIn("Astana", initial["title"])

    def test_the_round_alone_is_still_the_round(self):
        astana_4 = Round.objects.get(slug="astana-4")
        for text in (
            "On 4 May 2017 the fourth round of Astana talks was held.",
            "On 4 May 2017 Sergey Lavrov said the talks went well as the fourth round of Astana talks was held.",
        ):
            with self.subTest(text=text):
                _candidates, forms = self.defaults(text, date(2017, 5, 8))
                self.assertIn(f"round:{astana_4.pk}", [f.get("target") for f in forms])
