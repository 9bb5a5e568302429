"""The list's citations (timeline.cited_sources): one part per kind of record, joined,
gives the rows a single read of every kind's citations gives (SQLite, PostgreSQL)."""

import operator
import random
from functools import reduce

from django.db.models import Q

from peaceproc.chronology.models import Citation, Source
from peaceproc.site.timeline import CITED_COLUMNS, cited_sources

from .base import SeededTestCase, make_events


class CitedSourcesTests(SeededTestCase):
    def test_the_rows_of_every_kind_read_together(self):
        source = Source.objects.create(url="https://example.org/cited", title="Cited often")
        events = make_events(30)
        Citation.objects.bulk_create(Citation(event=event, source=source) for event in events)
        targets = {
            kind: list(
                Citation.objects.filter(**{f"{kind}__isnull": False}).values_list(
                    f"{kind}_id", flat=True
                )
            )
            for kind in Citation.TARGETS
        }
        self.assertTrue(all(targets.values()), targets)  # the seeds cite every kind
        rng = random.Random(11)
        for _ in range(20):
            kinds = rng.sample(Citation.TARGETS, rng.randint(1, len(Citation.TARGETS)))
            keys = {kind: rng.sample(targets[kind], min(5, len(targets[kind]))) for kind in kinds}
            together = Citation.objects.filter(
                reduce(operator.or_, (Q(**{f"{kind}__in": pks}) for kind, pks in keys.items()))
            ).values_list(*CITED_COLUMNS)
            rows = list(cited_sources(**keys))
            self.assertCountEqual(rows, list(together), keys)
            self.assertEqual(len(rows), len(set(rows)))  # no citation twice
