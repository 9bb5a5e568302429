"""The upload's refusal of an article with more candidates than one review holds comes as
soon as the candidates are counted, before the article's people are looked for (outside
tester t10a, finding 2: a dense paste of 161 KB took seconds before it was refused)."""

from unittest import mock

from peaceproc.ingest import analysis

from .test_admin import Counts
from .test_review_limits9f import MANY, LimitTestCase

CAP = "peaceproc.ingest.intake.REVIEW_CANDIDATE_CAP"
PEOPLE = "peaceproc.ingest.analysis.article_people"


class RefusalOrderTests(LimitTestCase):
    def test_too_many_candidates_are_refused_before_the_people_are_read(self):
        before = Counts()
        with (
            mock.patch(CAP, 3),
            mock.patch(PEOPLE, wraps=analysis.article_people) as people,
        ):
            response = self.paste(MANY, published="2016-03-20")
        people.assert_not_called()
        self.assertRefused(response, "pasted text gives 8 candidate events", before)
        self.assertContains(response, "one review handles at most 3")
        self.assertContains(response, "Split the article into parts of at most 3")

    def test_within_the_limit_the_article_is_read_whole_and_kept(self):
        with (
            mock.patch(CAP, 8),
            mock.patch(PEOPLE, wraps=analysis.article_people) as people,
        ):
            response = self.paste(MANY, published="2016-03-20")
        self.assertEqual(response.status_code, 302)
        people.assert_called()
