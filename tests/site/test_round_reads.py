"""A round page's reads (site/roundreads.py), compiled once per worker and run with each
round's slug or key bound: the same records, fields, order and sources as the QuerySets
the page built afresh before, for every seeded round (SQLite, PostgreSQL)."""

from unittest import mock

from django.db.models import Count, Window
from django.db.models.sql.compiler import SQLCompiler
from django.http import Http404

from peaceproc.chronology.catalogue import catalogue
from peaceproc.chronology.models import Citation, Event, Participation, Round, Source
from peaceproc.site.roundreads import EVENT_COLUMNS, page_round, round_events, sourced

from .base import SeededTestCase, make_events


def fields(record, names) -> dict:
    return {name: getattr(record, name) for name in names}


class RoundReadsTests(SeededTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        make_events(40)  # a tenth of them tied to Astana 4, with a citation each
        # A participation no page states (no source).
        round_ = Round.objects.get(slug="astana-4")
        participation = Participation.objects.filter(round=round_).first()
        Participation.objects.filter(pk=participation.pk).update(source=None)

    def test_each_round_as_the_querysets_read_it(self):
        source_columns = [f.attname for f in Source._meta.concrete_fields if f.name != "text"]
        rounds = list(Round.objects.with_disputed().order_by("pk"))
        self.assertGreater(len(rounds), 20)
        self.assertTrue(any(r.disputed for r in rounds))  # the seeds' conflicts
        for expected in rounds:
            with self.subTest(expected.slug):
                got = page_round(expected.slug)
                self.assertEqual(got.pk, expected.pk)
                self.assertEqual(got.disputed, expected.disputed)
                for field in Round._meta.concrete_fields:
                    self.assertEqual(*(getattr(r, field.attname) for r in (got, expected)))
                for model in (Citation, Participation):
                    wanted = list(
                        model.objects.filter(round=expected)
                        .select_related("source")
                        .defer("source__text")
                        .order_by("pk")
                    )
                    read = sourced(model, expected.pk)
                    self.assertEqual([r.pk for r in read], [r.pk for r in wanted])
                    for a, b in zip(read, wanted, strict=True):
                        names = [f.attname for f in model._meta.concrete_fields]
                        self.assertEqual(fields(a, names), fields(b, names))
                        if b.source is None:
                            self.assertIsNone(a.source)
                            continue
                        self.assertEqual(
                            fields(a.source, source_columns), fields(b.source, source_columns)
                        )
                        # The text stays unread, as defer() leaves it.
                        self.assertEqual(a.source.get_deferred_fields(), {"text"})
                events, total = round_events(expected.pk, 3)
                wanted = list(
                    Event.objects.filter(round=expected)
                    .annotate(total=Window(Count("pk")))
                    .order_by("start_date", "title")[:3]
                )
                self.assertEqual(
                    [fields(e, EVENT_COLUMNS) for e in events],
                    [fields(e, EVENT_COLUMNS) for e in wanted],
                )
                self.assertEqual(total, wanted[0].total if wanted else 0)

    def test_a_participation_without_a_source_and_a_round_without_events(self):
        astana_4 = Round.objects.get(slug="astana-4")
        people = sourced(Participation, astana_4.pk)
        self.assertIn(None, [p.source for p in people])
        self.assertGreater(round_events(astana_4.pk, 50)[1], 3)
        empty = Round.objects.exclude(events__isnull=False).first()
        self.assertEqual(round_events(empty.pk, 50), ([], 0))

    def test_an_unknown_slug_is_not_found(self):
        for slug in ("astana-404", "ASTANA-4", "", "astana-4 "):
            with self.subTest(slug), self.assertRaises(Http404):
                page_round(slug)

    def test_a_round_page_builds_no_query_a_page_before_it_built(self):
        """Its reads compiled for one round serve the next: the page compiles no SQL (a
        round with no conflict, whose read is left out)."""
        calls = []
        compile_sql = SQLCompiler.as_sql

        def counted(compiler, *args, **kwargs):
            calls.append(compiler.query.model)
            return compile_sql(compiler, *args, **kwargs)

        plain = [r.slug for r in Round.objects.with_disputed().filter(disputed=False)[:2]]
        # One copy of the record's lists, as a worker keeps between requests (a test's
        # transaction has each request read them afresh: chronology/catalogue.py).
        lists = catalogue()
        with mock.patch("peaceproc.site.views.catalogue", return_value=lists):
            self.assertEqual(self.client.get(f"/rounds/{plain[0]}/").status_code, 200)
            with mock.patch.object(SQLCompiler, "as_sql", counted):
                self.assertEqual(self.client.get(f"/rounds/{plain[1]}/").status_code, 200)
        self.assertEqual(calls, [])
