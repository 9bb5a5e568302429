"""An outside tester's findings on the admin's ingestion flow (issue 9, fix9m): one
unreadable file of several no longer costs the others; a text's own dateline is its
publication date when none is given; a file in another encoding is named so, not binary;
a month beside a day of it, and a happening added by hand without a track, are matched
against the record."""

import io
import json
import os
import tempfile
from datetime import date

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase
from django.urls import reverse

from peaceproc.accounts.roles import EDITORS
from peaceproc.chronology.models import Event
from peaceproc.ingest.dateline import dateline_of
from peaceproc.ingest.models import PendingArticle
from peaceproc.ingest.reading import InputError, decode, read_bytes
from peaceproc.ingest.review import (
    ACTION_CITE,
    ACTION_CREATE,
    default_for,
    find_matches,
    load_lookups,
)

from .test_admin import (
    ARTICLE,
    INDEX,
    Counts,
    IngestTestCase,
    candidate,
    formset_data,
    make_pending,
)

# Written for these tests: datelines as news sites print them.
GENEVA = """Envoy welcomes the committee's rules

Geneva, 28 September 2019

The envoy said today that the rules were agreed and that the committee would meet in
Geneva within weeks. He will brief the Security Council on Monday.
"""
RUSSIAN = """В Сирии назначили дату выборов

21 сентября 2025

Выборы пройдут 5 октября, сообщила комиссия. Ранее их собирались провести на этой неделе.
"""
TURKISH = """Beyanname imzalandı

14 Mart 2025

Geçiş yönetimi, 13 Mart'ta imzalanan beyannamenin yürürlüğe girdiğini açıkladı.
"""
# A date inside a sentence is no dateline: the article says when something happened.
NO_DATELINE = """The declaration

The declaration signed on 13 March 2025 took effect the next day, officials said today.
"""
TWO_DATELINES = """Two stories

Geneva, 28 September 2019

Moscow, 2 October 2019

Officials said today that the talks would go on.
"""


class UploadOfSeveralFilesTests(IngestTestCase):
    """Finding 2: a multi-file upload keeps the files that read, lists the others."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.nadia = User.objects.create_user("nadia", password="pw-nadia-1", is_staff=True)
        cls.nadia.groups.add(Group.objects.get(name=EDITORS))

    def setUp(self):
        self.client.force_login(self.nadia)

    def test_the_files_that_read_wait_for_review_and_the_others_are_named(self):
        files = [
            SimpleUploadedFile("good.txt", ARTICLE.encode()),
            SimpleUploadedFile("copy.txt", ARTICLE.encode()),  # refused when analysed
            SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ]
        response = self.client.post(
            INDEX, {"files": files, "publisher": "Wire", "published": "2017-08-23"}
        )
        self.assertEqual(response.status_code, 200)
        pending = PendingArticle.objects.get()
        self.assertEqual((pending.name, pending.created_by), ("good.txt", self.nadia))
        self.assertEqual(pending.publisher, "Wire")
        self.assertNotContains(response, "Nothing was stored.")
        self.assertContains(response, "1 file of this upload was read and waits for review")
        self.assertContains(response, "2 were not stored")
        self.assertContains(response, "select the refused ones again")
        self.assertContains(response, f'href="{pending.get_absolute_url()}">good.txt</a>')
        self.assertContains(response, "copy.txt has the same text as good.txt")
        self.assertContains(response, "photo.txt is a binary file")
        # What was typed stays in the form.
        self.assertContains(response, 'value="Wire"')

    def test_a_single_refused_file_stores_nothing(self):
        before = Counts()
        files = [SimpleUploadedFile("undated.txt", b"Officials met in Moscow on Tuesday.\n")]
        response = self.client.post(INDEX, {"files": files})
        self.assertRefused(response, "undated.txt", before)

    def test_all_refused_stores_nothing(self):
        before = Counts()
        files = [
            SimpleUploadedFile("a.txt", b"\x00\x01\x02"),
            SimpleUploadedFile("b.txt", b"Officials met in Moscow on Tuesday.\n"),
        ]
        response = self.client.post(INDEX, {"files": files})
        self.assertRefused(response, "a.txt is a binary file", before)
        self.assertContains(response, "b.txt")

    def test_all_read_goes_to_the_queue_as_before(self):
        files = [
            SimpleUploadedFile(f"{n}.txt", ARTICLE.replace("Tehran", n).encode()) for n in "ab"
        ]
        response = self.client.post(INDEX, {"files": files, "published": "2017-08-23"})
        self.assertRedirects(response, INDEX)
        self.assertEqual(PendingArticle.objects.count(), 2)


class DatelineTests(SimpleTestCase):
    """Finding 3: the publication date a text's own dateline gives."""

    def test_full_date_datelines_in_several_languages(self):
        for text, language, day, words in (
            (GENEVA, "en", date(2019, 9, 28), "28 September 2019"),
            (RUSSIAN, "ru", date(2025, 9, 21), "21 сентября 2025"),
            (TURKISH, "tr", date(2025, 3, 14), "14 Mart 2025"),
        ):
            with self.subTest(language):
                line = dateline_of(text, language=language)
                self.assertEqual((line.day, line.text), (day, words))

    def test_a_date_in_a_sentence_or_two_datelines_give_none(self):
        self.assertIsNone(dateline_of(NO_DATELINE, language="en"))
        self.assertIsNone(dateline_of(TWO_DATELINES, language="en"))

    def test_a_dateline_without_its_year_gives_none(self):
        self.assertIsNone(dateline_of(GENEVA.replace(" 2019", ""), language="en"))


class DatelineUploadTests(IngestTestCase):
    def test_the_admin_reads_with_the_dateline_and_says_so(self):
        response = self.paste(GENEVA, published="")
        pending = PendingArticle.objects.get()
        self.assertRedirects(response, pending.get_absolute_url())
        self.assertEqual(pending.published_on, date(2019, 9, 28))
        self.assertTrue(any("dateline (“28 September 2019”)" in n for n in pending.notes))
        page = self.client.get(pending.get_absolute_url())
        # Pre-filled and editable: the review's publication date field.
        self.assertContains(page, 'name="published" value="2019-09-28"')
        self.assertContains(page, "taken from the article&#x27;s dateline")
        self.assertTrue(any(c["date"] == "2019-09-30" for c in pending.candidates))

    def test_a_given_date_wins_over_the_dateline(self):
        self.paste(GENEVA, published="2019-10-01")
        pending = PendingArticle.objects.get()
        self.assertEqual(pending.published_on, date(2019, 10, 1))
        self.assertFalse(any("dateline" in n for n in pending.notes))


class DatelineCommandTests(IngestTestCase):
    def ingest(self, text: str, *args, refused: bool = False) -> tuple[dict, str]:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "article.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            out, err = io.StringIO(), io.StringIO()
            try:
                call_command("ingest", path, "--dry-run", "--json", *args, stdout=out, stderr=err)
            except CommandError:
                self.assertTrue(refused, "refused")
            else:
                self.assertFalse(refused, "not refused")
        return json.loads(out.getvalue())[0], err.getvalue()

    def test_published_from(self):
        entry, progress = self.ingest(TURKISH)
        self.assertEqual((entry["published"], entry["published_from"]), ("2025-03-14", "dateline"))
        self.assertIn("2025-03-13", [c["date"] for c in entry["candidates"]])
        self.assertIn("taken from the article's dateline (“14 Mart 2025”)", progress)
        given, progress = self.ingest(TURKISH, "--published", "2025-03-15")
        self.assertEqual((given["published"], given["published_from"]), ("2025-03-15", "given"))
        self.assertNotIn("dateline", progress)

    def test_no_date_and_no_dateline_is_still_refused(self):
        entry, _ = self.ingest(NO_DATELINE, refused=True)
        self.assertEqual((entry["code"], entry["published_from"]), ("not_analysable", None))


class EncodingMessageTests(SimpleTestCase):
    """Finding 14: text in another encoding is said so, with where; binary stays binary."""

    def test_utf8_mixed_with_latin1_and_a_nul(self):
        data = "Переговоры в Астане. ".encode() + "Genève".encode("latin-1") + b"\x00\n"
        with self.assertRaises(InputError) as raised:
            decode(data, name="mixed.txt")
        position = data.index(b"\xe8")
        self.assertIn(f"not valid UTF-8 (byte 0xE8 at position {position})", str(raised.exception))
        self.assertNotIn("binary", str(raised.exception))

    def test_a_stray_nul_in_utf8_text_is_dropped_with_a_note(self):
        raw = read_bytes(b"The round met in Astana on 3 May 2017.\x00\n", name="nul.txt")
        self.assertNotIn("\x00", raw.text)
        self.assertTrue(any("control character" in n for n in raw.notes))

    def test_utf16_without_a_byte_order_mark(self):
        data = "The round met in Astana on 3 May 2017.\n".encode("utf-16-le")
        with self.assertRaisesMessage(InputError, "UTF-16 text without a byte-order mark"):
            decode(data, name="u.txt")

    def test_binary_files_stay_binary(self):
        for data in (bytes(range(256)) * 8, b"%PDF-1.7\n%\xe2\xe3\n", b"PK\x03\x04\x14\x00"):
            with self.subTest(data[:4]), self.assertRaisesMessage(InputError, "a binary file"):
                decode(data, name="b.txt")

    def test_utf8_read_in_a_declared_single_byte_encoding(self):
        # The page declares Latin-1, but its bytes are UTF-8 with one Latin-1 byte: read in
        # Latin-1, UTF-8's bytes become C1 controls. Not binary: not UTF-8, and where.
        data = ("Совещание в Астане " * 10).encode() + b"\xe9\n"
        with self.assertRaises(InputError) as raised:
            read_bytes(data, name="page.txt", declared="latin-1")
        self.assertIn("not valid UTF-8 (byte 0xE9", str(raised.exception))
        self.assertIn("mixed with another encoding", str(raised.exception))


class HeldWithinTheSentencesDatesTests(IngestTestCase):
    """Finding 5: a month that holds a record's day, in a sentence that names no track,
    matches it by place, participants or a name its title gives (in any script)."""

    def matches(self, **fields):
        found = candidate(**fields)
        lookups = load_lookups([found], language=fields.get("language", "en"))
        matches = find_matches(found, lookups)
        return matches, default_for(found, matches, lookups)

    def test_a_month_and_a_name_in_cyrillic_cite_the_day_it_holds(self):
        fall = Event.objects.get(title="Fall of the Assad government")
        quote = "Асад ушёл с поста президента в декабре 2024 года, когда оппозиция вошла в Дамаск."
        matches, default = self.matches(
            quote=quote, date_text="декабре 2024 года", date="2024-12-01", precision="month",
            kind="milestone", place="Damascus",
        )  # fmt: skip
        self.assertEqual(default.action, ACTION_CITE)
        self.assertEqual(default.target.record, fall)
        # (Damascus is the record's place, but a place ties only a happening of the same
        # kind or people: outside tester t10b, 3.)
        self.assertIn("in the sentence's month, the sentence names it", default.target.reason)
        # The other happening of that month in Damascus, of another kind and with none of
        # its people, is not tied to it by the city alone (outside tester t10b, 3).
        self.assertNotIn("event:16", [m.target for m in matches])

    def test_a_place_shared_by_two_records_of_the_month_decides_nothing(self):
        quote = "Something changed in Damascus in December 2024, officials said."
        matches, default = self.matches(
            quote=quote, date_text="December 2024", date="2024-12-01", precision="month",
            kind="milestone", place="Damascus",
        )  # fmt: skip
        # A place alone, of happenings of other kinds and people, ties nothing: neither
        # is offered (outside tester t10b, 3: a city that holds many happenings in a
        # month made an unrelated record a possible match, and the candidate skipped).
        self.assertEqual(default.action, ACTION_CREATE)
        self.assertFalse(any("in the sentence's month" in m.reason for m in matches))

    def test_a_track_given_keeps_the_rules_of_its_track(self):
        # Read on the Astana track, the month's one Astana-track record is its match, as
        # before; the transition's records of that month are not held for it.
        quote = "Асад ушёл с поста президента в декабре 2024 года, когда оппозиция вошла в Дамаск."
        matches, default = self.matches(
            quote=quote, date_text="декабре 2024 года", date="2024-12-01", precision="month",
            kind="milestone", place="Damascus", track="astana",
        )  # fmt: skip
        self.assertEqual(default.target.record.track.slug, "astana")
        self.assertNotIn("in the sentence's month", " ".join(m.reason for m in matches))


SOCHI = (
    "Le Comité constitutionnel syrien ouvre ses travaux\n\n"
    "La création du Comité constitutionnel syrien avait été décidée en janvier 2018 à Sotchi, "
    "en Russie.\n"
)
SOCHI_QUOTE = (
    "La création du Comité constitutionnel syrien avait été décidée en janvier 2018 à Sotchi, "
    "en Russie."
)


class ByHandWithoutATrackTests(IngestTestCase):
    """Finding 6: a happening added by hand with no track is matched on its dates and
    place (or participants) all the same."""

    def test_a_month_in_the_congress_city_cites_the_congress(self):
        congress = Event.objects.get(title="Syrian National Dialogue Congress")
        pending = make_pending([], text=SOCHI, language="fr", published_on=date(2019, 10, 30))
        page = self.client.get(pending.get_absolute_url())
        data = {**formset_data(page.context["formset"])}
        data.update(
            {
                "hand-date": "2018-01-01", "hand-precision": "month", "hand-kind": "conference",
                "hand-title": "Sochi decides on the committee", "hand-quote": SOCHI_QUOTE,
                "hand-place": "Sotchi",
            }
        )  # fmt: skip
        self.client.post(reverse("ingest:add", args=[pending.pk]), data)
        pending.refresh_from_db()
        [added] = pending.candidates
        self.assertIsNone(added["track"])
        form = self.client.get(pending.get_absolute_url()).context["formset"].forms[0]
        self.assertEqual(form.initial["action"], ACTION_CITE)
        self.assertEqual(form.matches[form.initial["target"]].record, congress)


class CreateOnALikelyDuplicateTests(IngestTestCase):
    """Finding 12: creating a candidate that repeats a record asks for “Create it all the
    same” however the page was sent; control characters removed from a title are said."""

    def setUp(self):
        super().setUp()
        quote = "The Astana talks began on 23 January 2017, officials said."
        self.pending = make_pending(
            [candidate(quote=quote, date_text="23 January 2017", date="2017-01-23",
                       kind="round", track="astana", round=1, round_slug="astana-1",
                       place="Astana")],
            published_on=date(2017, 1, 24),
        )  # fmt: skip

    def post(self, follow=False, **changes):
        form = self.client.get(self.pending.get_absolute_url()).context["formset"].forms[0]
        self.assertEqual(form.initial["action"], ACTION_CITE)
        data = formset_data(
            self.client.get(self.pending.get_absolute_url()).context["formset"],
            {0: {"action": ACTION_CREATE, "title": "Astana talks open", **changes}},
        )
        return self.client.post(self.pending.get_absolute_url(), data, follow=follow)

    def test_create_on_a_likely_duplicate_asks_to_confirm(self):
        before = Counts()
        response = self.post()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This candidate repeats a stored record")
        self.assertContains(response, "Create it all the same")
        self.assertEqual(Counts(), before)

    def test_confirmed_it_is_created_and_a_title_with_controls_is_refused(self):
        before = Counts()
        response = self.post(confirm_create="on", title="Astana\x07 talks \u202eopen")
        self.assertContains(response, "A title holds no control characters")
        self.assertContains(response, "AstanaU+0007 talks U+202Eopen")
        self.assertEqual(Counts(), before)
        response = self.post(confirm_create="on", title="Astana talks open", follow=True)
        self.assertRedirects(response, INDEX)
        self.assertTrue(Event.objects.filter(title="Astana talks open").exists())

    def test_a_happening_added_by_hand_refuses_controls_in_its_title(self):
        pending = make_pending([], text=SOCHI, language="fr", published_on=date(2019, 10, 30))
        data = formset_data(self.client.get(pending.get_absolute_url()).context["formset"])
        data.update(
            {
                "hand-date": "2018-01-01", "hand-precision": "month", "hand-kind": "conference",
                "hand-title": "Sochi\x07 decides", "hand-quote": SOCHI_QUOTE,
                "hand-place": "Sotchi \u202eidaS",
            }
        )  # fmt: skip
        response = self.client.post(reverse("ingest:add", args=[pending.pk]), data)
        self.assertContains(response, "A title holds no control characters")
        data["hand-title"] = "Sochi decides"
        response = self.client.post(reverse("ingest:add", args=[pending.pk]), data)
        self.assertContains(response, "1 invisible control character (such as")
        self.assertContains(response, "removed from the place of candidate 1")
