"""A record read from an article that does not say who published it or when is never
proposed with High confidence (issue #11, t10a, finding 4: a pasted, undated text with a
junk publisher made an event of High confidence), however clear the sentence."""

from datetime import date

from peaceproc.chronology.models import Confidence
from peaceproc.ingest.review import automatic_decisions, confidence_label
from peaceproc.ingest.views import review_formset
from tests.ingest.test_admin import candidate, make_pending
from tests.site.base import SeededTestCase

CLEAR = 0.9  # a reading the pipeline is sure of


class UnattributedConfidenceTests(SeededTestCase):
    def proposed(self, **fields) -> str:
        pending = make_pending([candidate(confidence=CLEAR)], **fields)
        proposed = review_formset(pending).forms[0].initial["confidence"]
        pending.delete()  # the next one has the same text
        return proposed

    def test_the_review_proposes_high_only_with_a_publisher_and_a_date(self):
        self.assertEqual(
            self.proposed(publisher="Reuters", published_on=date(2017, 8, 23)), Confidence.HIGH
        )
        self.assertEqual(self.proposed(publisher="", published_on=None), Confidence.MEDIUM)
        self.assertEqual(self.proposed(publisher="Reuters", published_on=None), Confidence.MEDIUM)
        self.assertEqual(
            self.proposed(publisher="", published_on=date(2017, 8, 23)), Confidence.MEDIUM
        )

    def test_the_command_proposes_high_only_with_a_publisher_and_a_date(self):
        for attributed, expected in ((True, Confidence.HIGH), (False, Confidence.MEDIUM)):
            (reading,) = automatic_decisions([candidate(confidence=CLEAR)], attributed=attributed)
            self.assertEqual(reading.decision.create.confidence, expected)

    def test_a_weak_reading_stays_below_the_cap(self):
        self.assertEqual(confidence_label(0.3, attributed=False), Confidence.LOW)
        self.assertEqual(confidence_label(0.6, attributed=True), Confidence.MEDIUM)
