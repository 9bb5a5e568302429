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

from .reviews import ReviewTestCase
from .test_admin import make_pending


class ReviewDefaults(ReviewTestCase):
    def defaults(self, text, published, lang="en"):
        """The candidates the sentence gives and the initial values of their review forms."""
        analysis = analyse(text=text, published=published, language=lang, gazetteer=build_gazetteer())
        self.assertTrue(analysis.candidates, text)
        pending = make_pending(analysis.candidates, published_on=published, language=lang)
        forms = self.client.get(pending.get_absolute_url()).context["formset"].forms
        return analysis.candidates, [f.initial for f in forms]


class ADestinationIsNoParticipantOfTheReviewTests(ReviewDefaults):
    def test_the_country_refugees_went_to_is_neither_ticked_nor_in_the_title(self):
        for lang, text, country in (
            ("en", "On 11 March 2019, 3,120 refugees crossed into Lebanon, Staffan de Mistura said.", "lebanon"),
            ("en", "On 11 March 2019, Sergey Lavrov said the aid convoy had gone to Jordan.", "jordan"),
            ("fr", "Le 11 mars 2019, 3 120 réfugiés sont passés en Jordanie, a dit Sergueï Lavrov.", "jordan"),
        ):
            with self.subTest(text=text):
                _candidates, forms = self.defaults(text, date(2019, 3, 14), lang)
                for initial in forms:
                    self.assertNotIn(country, initial["participants"])
                    self.assertNotIn(" and ", initial["title"] or "")
