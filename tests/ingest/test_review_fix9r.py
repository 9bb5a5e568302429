"""Outside tester t8i (issue 9), review findings 1 and 3: the duplicate check holds when
the candidate's track agrees with the record, and a sentence with no track (or another)
is matched on its date, its subject or its kind; a near record dated a few days off is
offered with the two dates named."""

from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import SimpleTestCase, TestCase
from django.utils.html import escape

from peaceproc.chronology.dates import add_days, truncate
from peaceproc.chronology.models import Citation, Event, Round
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.pipeline import extract_dates
from peaceproc.ingest.pipeline.extract import PipelineError, validate_text
from peaceproc.ingest.review import NEARBY_LIMIT, default_for, find_matches, load_lookups
from peaceproc.ingest.views import UNDATED_FILE_HINT
from tests.seeds import load_shipped_seeds

from .test_admin import INDEX, IngestTestCase, candidate, formset_data, make_pending


def matches_of(c: dict, language: str = "en"):
    lookups = load_lookups([c], language=language)
    found = find_matches(c, lookups)
    return found, default_for(c, found, lookups)


class TrackAgreesTests(TestCase):
    """Finding 1: a month-dated round of the right track was matched with no track (by
    its city) and missed once the editor set the track."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()

    def rounds_alone_in_their_month(self) -> list[Round]:
        rounds = list(Round.objects.select_related("track"))
        out = []
        for r in rounds:
            month = truncate(r.start_date, "month")
            same = [
                o
                for o in rounds
                if o.track_id == r.track_id
                and truncate(o.start_date, "month") == month
                and truncate(o.end_date or o.start_date, "month") == month
            ]
            if same == [r]:
                out.append(r)
        return out

    def month_candidate(self, r: Round, **fields) -> dict:
        quote = f"The next round is due in {r.start_date:%B %Y}."
        return candidate(
            quote=quote,
            date_text=f"{r.start_date:%B %Y}",
            date=truncate(r.start_date, "month").isoformat(),
            precision="month",
            kind="round",
            **fields,
        )

    def test_every_track_a_month_candidate_cites_the_one_round_of_its_track(self):
        rounds = self.rounds_alone_in_their_month()
        self.assertGreaterEqual({r.track.slug for r in rounds}, {"astana", "geneva"})
        for r in rounds:
            with self.subTest(round=r.slug):
                found, default = matches_of(self.month_candidate(r, track=r.track.slug))
                # Cited by default: the round, or a record of the track that month.
                self.assertEqual(default.action, "cite")
                self.assertIn(f"round:{r.pk}", [m.target for m in found if m.strong])

    def test_the_track_never_weakens_what_the_city_found(self):
        for r in self.rounds_alone_in_their_month():
            if not r.city:
                continue
            with self.subTest(round=r.slug):
                untracked, _ = matches_of(self.month_candidate(r, place=r.city))
                tracked, default = matches_of(
                    self.month_candidate(r, place=r.city, track=r.track.slug)
                )
                strong = {m.target for m in tracked if m.strong}
                self.assertLessEqual({m.target for m in untracked if m.strong} & {f"round:{r.pk}"},
                                     strong)  # fmt: skip
                self.assertIn(f"round:{r.pk}", strong)
                self.assertEqual(default.action, "cite")

    def test_another_track_in_the_rounds_city_is_not_the_round(self):
        r = Round.objects.get(slug="astana-14")
        found, default = matches_of(self.month_candidate(r, place=r.city, track="geneva"))
        self.assertNotIn(f"round:{r.pk}", [m.target for m in found])
        self.assertEqual(default.action, "create")

    def test_a_year_with_several_rounds_of_the_track_offers_them_without_a_default(self):
        c = candidate(
            quote="Talks in Astana went on through 2017.",
            date_text="2017",
            date="2017-01-01",
            precision="year",
            kind="round",
            track="astana",
        )
        found, default = matches_of(c)
        rounds = [m for m in found if m.target.startswith("round:")]
        self.assertGreater(len(rounds), 1)
        self.assertFalse(any(m.strong for m in rounds))
        # Skipped with the first of them named: never created beside them by default.
        self.assertEqual(default.action, "skip")
        self.assertFalse(default.target.strong)


class NoTrackTests(TestCase):
    """Finding 3: a sentence with no track on the day of a record it names in another
    language, or a few days off."""

    @classmethod
    def setUpTestData(cls):
        load_shipped_seeds()
        cls.vote = Event.objects.get(title="People's Assembly elections")
        cls.decree = Event.objects.get(title="Decree on the People's Assembly elections")

    def test_a_sentence_naming_the_happening_in_another_language_cites_it(self):
        quote = "5 октября 2025 года сирийцы выбирали парламент: прошли парламентские выборы."
        c = candidate(
            quote=quote, date_text="5 октября 2025 года", date="2025-10-05", kind="milestone"
        )
        for track in (None, "astana"):
            with self.subTest(track=track):
                _, default = matches_of({**c, "track": track}, language="ru")
                self.assertEqual(default.action, "cite")
                self.assertEqual(default.target.record, self.vote)

    def test_a_record_of_the_same_subject_days_off_is_offered_with_both_dates(self):
        # The seeded decree (20 August 2025) read in an article a week off its date.
        week_before = self.decree.start_date - timedelta(days=7)
        months = {8: "августа"}
        said = f"{week_before.day} {months[week_before.month]} {week_before.year} года"
        quote = f"Указ президента от {said} утвердил новые правила."
        c = candidate(quote=quote, date_text=said, date=week_before.isoformat(), kind="milestone")
        found, default = matches_of(c, language="ru")
        offered = {m.record: m for m in found}
        self.assertIn(self.decree, offered)
        match = offered[self.decree]
        self.assertFalse(match.strong)
        self.assertIn(f"{week_before:%-d %B %Y}", match.reason)
        self.assertIn(f"{self.decree.start_date:%-d %B %Y}", match.reason)
        self.assertIn("7 days apart", match.reason)
        self.assertEqual(default.action, "skip")
        self.assertFalse(default.target.strong)

    def test_the_same_kind_on_the_day_is_offered_whatever_the_track(self):
        record = self.vote
        quote = f"Something was announced on {record.start_date:%-d %B %Y}."
        c = candidate(
            quote=quote,
            date_text=f"{record.start_date:%-d %B %Y}",
            date=record.start_date.isoformat(),
            kind=record.kind,
        )
        for track in (None, "geneva"):
            with self.subTest(track=track):
                found, _ = matches_of({**c, "track": track})
                offered = {m.record: m for m in found}
                self.assertIn(record, offered)
                self.assertIn("same day and kind", offered[record].reason)
                self.assertFalse(offered[record].strong)

    def test_a_sentence_of_another_subject_is_not_offered_days_off(self):
        quote = "Указ президента от 20 августа 2025 года утвердил новые правила."
        c = candidate(quote=quote, date_text="20 августа 2025 года", date="2025-07-20")
        found, _ = matches_of(c, language="ru")
        self.assertNotIn(self.decree, {m.record for m in found})


class WeekdayReasonTests(SimpleTestCase):
    """Finding 12: a weekday read as the publication day itself said 'the one just gone'."""

    def test_the_publication_day_is_named_so(self):
        # Published on Monday 6 March 2017.
        (m,) = extract_dates("The envoys met on Monday.", published=date(2017, 3, 6), language="en")
        self.assertEqual(m.start, date(2017, 3, 6))
        self.assertIn("the publication day itself", m.why)
        self.assertNotIn("just gone", m.why)
        (m,) = extract_dates("The envoys met on Friday.", published=date(2017, 3, 6), language="en")
        self.assertEqual(m.start, date(2017, 3, 3))
        self.assertIn("the one just gone", m.why)

    def test_a_coming_weekday_on_the_publication_day(self):
        (m,) = extract_dates(
            "The envoys will meet on Monday.", published=date(2017, 3, 6), language="en"
        )
        self.assertEqual(m.start, date(2017, 3, 6))
        self.assertIn("the publication day itself", m.why)


class TwoQuotesOneRecordTests(IngestTestCase):
    """Finding 10: two candidates citing one record with different sentences. Both
    sentences are kept in the source's one citation of it, and the accept says so."""

    def test_both_sentences_are_kept_and_the_message_says_so(self):
        record = Event.objects.filter(precision="day").order_by("start_date").first()
        day = f"{record.start_date:%-d %B %Y}"
        quotes = (f"The envoys met on {day} in the city.", f"On {day} the talks went on late.")
        pending = make_pending(
            [candidate(quote=q, date_text=day, date=record.start_date.isoformat()) for q in quotes]
        )
        form = self.client.get(pending.get_absolute_url()).context["formset"]
        cite = {"action": "cite", "target": f"event:{record.pk}"}
        response = self.client.post(
            pending.get_absolute_url(), formset_data(form, {0: cite, 1: cite}), follow=True
        )
        (message,) = [str(m) for m in response.context["messages"]]
        self.assertIn("1 citation on existing records", message)
        self.assertIn(f"2 quotes on {escape(str(record))}", message)
        citation = Citation.objects.get(event=record, source__url="")
        self.assertEqual(citation.quote.splitlines(), list(quotes))


class PickARecordTests(IngestTestCase):
    """Finding 2: with no match proposed, the editor could only create or skip. Any
    record near the candidate's dates may be cited by choice (a bounded list, the
    candidate's track first); a target not offered is refused as before."""

    def setUp(self):
        super().setUp()
        self.record = Event.objects.filter(precision="day", track__isnull=False).first()
        later = add_days(self.record.start_date, 9)
        day = f"{later:%-d %B %Y}"
        # Nine days after the record, another kind, no track, nobody named: no match.
        quote = f"A report came out on {day}."
        c = candidate(quote=quote, date_text=day, date=later.isoformat(), kind="statement")
        self.pending = make_pending([c])
        self.formset = self.client.get(self.pending.get_absolute_url()).context["formset"]
        self.form = self.formset.forms[0]

    def test_a_record_near_its_dates_is_offered_though_not_matched(self):
        self.assertEqual(self.form.matches, {})
        # Nothing names what happened ('Statement' of no track): skipped, saying why
        # (rules12c); the records nearby are offered all the same.
        self.assertEqual(self.form.initial["action"], "skip")
        self.assertIn("names no track", self.form.default.reason)
        offered = dict(self.form.fields["target"].choices)
        self.assertEqual(next(iter(offered)), "")  # nothing chosen by default
        self.assertIn(f"event:{self.record.pk}", offered)
        self.assertIn("not matched, 9 days apart", offered[f"event:{self.record.pk}"])
        self.assertIn("cite", dict(self.form.fields["action"].choices))
        self.assertLessEqual(len(offered), NEARBY_LIMIT + 1)

    def test_the_editor_cites_the_record_they_chose(self):
        events = Event.objects.count()
        cite = {"action": "cite", "target": f"event:{self.record.pk}"}
        self.client.post(self.pending.get_absolute_url(), formset_data(self.formset, {0: cite}))
        self.assertEqual(Event.objects.count(), events)
        self.assertTrue(Citation.objects.filter(event=self.record, source__url="").exists())

    def test_a_record_not_offered_is_refused(self):
        far = Event.objects.exclude(
            start_date__range=(add_days(self.record.start_date, -60),
                               add_days(self.record.start_date, 60))
        ).first()  # fmt: skip
        cite = {"action": "cite", "target": f"event:{far.pk}"}
        response = self.client.post(
            self.pending.get_absolute_url(), formset_data(self.formset, {0: cite})
        )
        self.assertContains(response, "Choose the existing record to cite.")
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, PendingArticle.Status.WAITING)
        self.assertFalse(Citation.objects.filter(event=far, source__url="").exists())


class ZeroWidthRefusalTests(SimpleTestCase):
    """Finding 9: a text whose words are cut by zero-width spaces was refused as 'a list
    of initials'; the refusal names the characters that cut them. (Since outside tester
    t11b, 9, a zero-width space between two letters cuts nothing: the text is read; a
    joiner between Arabic-script letters, which is spelling, is still named.)"""

    def test_the_zero_width_characters_are_named(self):
        prose = "The delegations agreed to meet again in Geneva next month. " * 400
        validate_text("\u200b".join(prose))  # read as its words
        persian = "هیئت‌های دو کشور در ژنو دیدار کردند. " * 400
        with self.assertRaisesMessage(PipelineError, "zero-width spaces or joiners (U+200C"):
            validate_text("\u200c".join(persian))
        with self.assertRaisesMessage(PipelineError, "a list of initials"):
            validate_text("A. B. C. D. E. F. G. H. " * 800)
        validate_text(prose)  # the same words without them read as before


class UploadDatelineTests(IngestTestCase):
    """Finding 14: several files and no publication date: each file is read with its
    own dateline, and one refused for want of a date is told how to give it one."""

    def test_each_file_takes_its_own_dateline(self):
        body = "The envoys met in Geneva on Tuesday to discuss the constitution."
        files = [
            SimpleUploadedFile(
                "one.txt", f"Talks\n\nGENEVA, 28 September 2019 - {body}\n".encode()
            ),
            SimpleUploadedFile(
                "two.txt", f"Talks\n\nGENEVA, 9 March 2021 - {body} Again.\n".encode()
            ),
            SimpleUploadedFile("three.txt", f"Talks\n\nGENEVA, 3 May 1850 - {body}\n".encode()),
        ]
        response = self.client.post(INDEX, {"files": files, "language": ""}, follow=True)
        waiting = {p.name: p for p in PendingArticle.objects.waiting()}
        self.assertEqual(waiting["one.txt"].published_on, date(2019, 9, 28))
        self.assertEqual(waiting["two.txt"].published_on, date(2021, 3, 9))
        self.assertEqual(waiting["one.txt"].candidates[0]["date"], "2019-09-24")
        # The file whose dateline cannot be taken is refused, saying how to date it.
        self.assertNotIn("three.txt", waiting)
        self.assertContains(response, "three.txt: ")
        self.assertContains(response, escape(UNDATED_FILE_HINT))


class ReversedDaysTests(SimpleTestCase):
    """Finding 11 (in part): 'from 10 to 9 March 2017' was read as 10 March without a
    word; the reason says the end was before the start, as for whole dates."""

    def test_a_reversed_day_range_is_named(self):
        for text in ("The envoys sat from 12 to 8 June 2018 in Vienna.",
                     "The envoys sat from 12 June 2018 to 8 June 2018 in Vienna."):  # fmt: skip
            with self.subTest(text=text):
                (m,) = extract_dates(text, published=date(2018, 7, 1), language="en")
                self.assertEqual((m.start, m.end), (date(2018, 6, 12), None))
                self.assertIn("is before its start: not read as a span", m.why)
        (m,) = extract_dates(
            "The envoys sat from 8 to 12 June 2018.", published=date(2018, 7, 1), language="en"
        )
        self.assertEqual((m.start, m.end), (date(2018, 6, 8), date(2018, 6, 12)))
        self.assertNotIn("before its start", m.why)
