"""Issue 10's pages: a round's heads, observers, outcome and next date; /about/; What's
new and its Atom feed (read with a real feed parser); the links every page carries; and
the queries each costs, which do not grow with the record."""

import html
from datetime import date
from xml.etree import ElementTree

import feedparser
from django.urls import reverse

from peaceproc.audit.models import AuditEntry
from peaceproc.chronology import services
from peaceproc.chronology.dates import Precision
from peaceproc.chronology.models import (
    Agreement,
    Conflict,
    EnvoyTenure,
    Event,
    OutcomeKind,
    Participant,
    Participation,
    Round,
    Source,
    Track,
)
from peaceproc.site.views import EVENTS_SHOWN

from .base import SeededTestCase


def text(response) -> str:
    return response.content.decode()


class RoundPageTests(SeededTestCase):
    def test_heads_by_party_with_their_title_and_source(self):
        page = text(self.client.get("/rounds/astana-12/"))
        self.assertIn("Heads of delegation", page)
        for p in Participation.objects.filter(round__slug="astana-12", role="head").select_related(
            "participant", "on_behalf_of", "source"
        ):
            with self.subTest(p.participant.slug):
                self.assertIn(p.participant.name, page)
                self.assertIn(p.on_behalf_of.name, page)
                if p.title:
                    self.assertIn(p.title, page)
                self.assertIn(p.source.href, page)

    def test_lavrentievs_title_at_astana_1_2_4_and_7_with_the_page_that_states_it(self):
        # Each row cites a page that names him as the head of Russia's delegation at that
        # round and gives his title (seeds/SOURCES.md).
        sources = {
            "astana-1": "armenianclub.com/?p=150730",
            "astana-2": "bolsohays.com/haber-139697",
            "astana-4": "mfa.gov.kz/index.php/en/last-news/8799-",
            "astana-7": "en.inform.kz/amp/nazarbayev-meets-with-participants-of-7th-round",
        }
        for slug, url in sources.items():
            with self.subTest(slug):
                head = Participation.objects.select_related("source").get(
                    round__slug=slug, participant__slug="alexander-lavrentiev", role="head"
                )
                self.assertTrue(head.title)
                self.assertIn(url, head.source.url)
                page = text(self.client.get(f"/rounds/{slug}/"))
                self.assertIn(
                    f'Alexander Lavrentiev</bdi></a>, <span class="title">{head.title}</span>', page
                )

    def test_a_party_without_a_named_head_says_not_known(self):
        round_ = Round.objects.get(slug="astana-12")
        Participation.objects.create(
            round=round_, participant=Participant.objects.get(slug="kazakhstan"), role="attendee"
        )
        page = text(self.client.get(round_.get_absolute_url()))
        self.assertIn("Kazakhstan", page)
        self.assertIn("Not known: no source we hold names the head.", page)

    def test_observers_are_listed(self):
        page = text(self.client.get("/rounds/astana-13/"))
        observers = Participation.objects.filter(round__slug="astana-13", role="observer")
        self.assertTrue(observers.exists())
        for p in observers.select_related("participant"):
            self.assertIn(p.participant.name, page)

    def test_each_outcome_is_said_plainly(self):
        round_ = Round.objects.get(slug="astana-12")
        expected = {
            OutcomeKind.NO_JOINT_STATEMENT: "No joint statement was issued.",
            OutcomeKind.UNKNOWN: "Not known: no source we hold says how it ended.",
            OutcomeKind.JOINT_STATEMENT: "A joint statement",
        }
        for kind, words in expected.items():
            with self.subTest(kind):
                Round.objects.filter(pk=round_.pk).update(outcome_kind=kind)
                self.assertIn(words, text(self.client.get(round_.get_absolute_url())))

    def test_an_agreement_outcome_links_the_agreement(self):
        memorandum = Agreement.objects.filter(round__slug="astana-4").first()
        Round.objects.filter(slug="astana-4").update(outcome_kind=OutcomeKind.AGREEMENT)
        page = text(self.client.get("/rounds/astana-4/"))
        self.assertIn(f'href="{memorandum.get_absolute_url()}"', page)

    def test_the_next_date_with_its_precision_or_not_known(self):
        round_ = Round.objects.get(slug="astana-12")
        Round.objects.filter(pk=round_.pk).update(next_date=None)
        page = text(self.client.get(round_.get_absolute_url()))
        self.assertRegex(page, r"Next meeting announced</dt>\s*<dd><span class=\"muted\">Not known")
        Round.objects.filter(pk=round_.pk).update(
            next_date=date(2019, 7, 1), next_precision=Precision.MONTH
        )
        page = text(self.client.get(round_.get_absolute_url()))
        self.assertIn("July 2019", page)
        self.assertNotIn("1 July 2019", page)

    def test_conflicting_sources_side_by_side(self):
        conflict = Conflict.objects.filter(round__isnull=False).select_related("round").first()
        page = text(self.client.get(conflict.round.get_absolute_url()))
        self.assertIn("Where sources disagree", page)
        self.assertIn(conflict.source_a.href, page)
        self.assertIn(conflict.source_b.href, page)

    def test_a_round_with_more_events_than_shown_links_to_them_all(self):
        round_ = Round.objects.get(slug="astana-12")
        link = "events of this round on the timeline"
        self.assertNotIn(link, text(self.client.get(round_.get_absolute_url())))
        held = round_.events.count()
        Event.objects.bulk_create(
            Event(
                slug=f"extra-{n}",
                title=f"Extra event {n}",
                kind=Event.Kind.MEETING,
                start_date=round_.start_date,
                precision=Precision.DAY,
                track=round_.track,
                round=round_,
            )
            for n in range(EVENTS_SHOWN + 2)
        )
        page = text(self.client.get(round_.get_absolute_url()))
        self.assertIn(f"All {held + EVENTS_SHOWN + 2} {link}", page)
        self.assertEqual(page.count('<li><a href="/events/'), EVENTS_SHOWN)

    def test_stored_text_is_escaped(self):
        round_ = Round.objects.get(slug="astana-12")
        Participation.objects.filter(round=round_, role="head").update(title="<b>x</b>")
        page = text(self.client.get(round_.get_absolute_url()))
        self.assertNotIn("<b>x</b>", page)
        self.assertIn("&lt;b&gt;x&lt;/b&gt;", page)


class AboutTests(SeededTestCase):
    def test_coverage_method_conflicts_citing_licence_and_last_update(self):
        page = text(self.client.get("/about/"))
        for track in Track.objects.all():
            self.assertIn(track.name, page)
        for heading in ("Coverage", "Method", "Where sources disagree", "How to cite", "Licence"):
            self.assertIn(f">{heading}</h2>", page)
        for conflict in Conflict.objects.all():
            self.assertIn(conflict.reason.replace("'", "&#x27;").replace('"', "&quot;"), page)
        self.assertIn("creativecommons.org/licenses/by/4.0/", page)
        self.assertIn("last updated on", page)
        self.assertIn("known to the day, the month or the year", page)


class ChangesTests(SeededTestCase):
    def change_a_round(self, summary: str) -> Round:
        round_ = Round.objects.get(slug="astana-12")
        services.sync_fields(round_, {"summary": summary}, via="admin")
        return round_

    def test_whats_new_lists_public_changes_only(self):
        round_ = self.change_a_round("A corrected summary.")
        source = Source.objects.first()
        from peaceproc.audit import services as audit

        # A source's stored text is not on any public page: its change is not news (its
        # title is: tests/security/test_audit_records.py).
        before = audit.snapshot(source)
        source.text = "A private change of the stored text."
        source.save()
        audit.record_change(source, before=before, via="admin")
        page = text(self.client.get("/whats-new/"))
        self.assertIn(f'href="{round_.get_absolute_url()}"', page)
        self.assertIn("Changed the round", page)
        self.assertIn("summary", page)
        self.assertNotIn("Changed the source", page)

    def test_the_feed_is_valid_atom_with_one_entry_per_change(self):
        round_ = self.change_a_round("First correction.")
        self.change_a_round("Second correction.")
        response = self.client.get("/whats-new/feed.atom")
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertEqual(feed.version, "atom10")
        entries = [e for e in feed.entries if "Astana 12" in e.title]
        self.assertEqual(len(entries), 2)
        self.assertEqual(len({entry.id for entry in feed.entries}), len(feed.entries))
        for entry in entries:
            self.assertEqual(entry.link, f"http://testserver{round_.get_absolute_url()}")
            self.assertIn("summary", entry.title)
            self.assertTrue(entry.updated_parsed)
        self.assertEqual(feed.feed.link, "http://testserver/whats-new/")

    def test_a_title_with_markup_reaches_feed_readers_as_text(self):
        hostile = "T11 </script><script>alert(1)</script><img src=x onerror=alert(2)>"
        services.sync_fields(Round.objects.get(slug="astana-12"), {"title": hostile}, via="admin")
        root = ElementTree.fromstring(self.client.get("/whats-new/feed.atom").content)
        atom = "{http://www.w3.org/2005/Atom}"
        entry = next(e for e in root.iter(f"{atom}entry") if "T11" in e.findtext(f"{atom}title"))
        # A title is text (no type attribute); the summary is HTML, so the markup in it
        # must arrive escaped once more: a reader decodes it to text, never to elements.
        self.assertEqual(entry.find(f"{atom}title").get("type", "text"), "text")
        self.assertIn(hostile, entry.findtext(f"{atom}title"))
        summary = entry.find(f"{atom}summary")
        self.assertEqual(summary.get("type"), "html")
        self.assertNotIn("<", summary.text)
        self.assertIn(html.escape(hostile, quote=False), summary.text)
        self.assertIn(hostile, html.unescape(summary.text))

    def test_every_page_links_the_feed_and_about(self):
        urls = [
            "/", "/agreements/", "/about/", "/whats-new/", "/rounds/astana-4/",
            Event.objects.first().get_absolute_url(), "/participants/russia/",
            Agreement.objects.first().get_absolute_url(),
            reverse("site:tenure", args=[EnvoyTenure.objects.first().slug]), "/api/docs",
        ]  # fmt: skip
        for url in urls:
            with self.subTest(url):
                page = text(self.client.get(url))
                self.assertIn(
                    '<link rel="alternate" type="application/atom+xml" '
                    'title="peaceproc: new and changed records" href="/whats-new/feed.atom">',
                    page,
                )
                self.assertIn('<a href="/about/">About the data</a>', page)


class RecordPageQueryTests(SeededTestCase):
    """Each page's queries, written down, and the same after the record grows."""

    PAGES = {
        # The previous and next rounds come from the worker's list of rounds (one read
        # here, inside the test's transaction; none between writes in production). Its
        # conflicts are read only when it has any (see GROWN). Round and participant
        # pages: more for the timeline's lists (tracks, rounds, participants; the
        # worker's copy, read once after a change, shared with the timeline), which name
        # the tracks in the export block's API link; a round page also takes its track
        # and who took part from them. A participant page also asks on which tracks its
        # items lie (its links name them), in one query.
        "/rounds/astana-12/": 8,
        "/participants/russia/": 10,
        "/participants/hossein-jaberi-ansari/": 10,
        "/agreements/geneva-1/": 4,
        "/about/": 13,
        "/whats-new/": 2,
        # And the audit trail's newest entry, the feed's time (t15b, 1).
        "/whats-new/feed.atom": 3,
    }

    # After `grow`: the round has conflicts now, read in one more query however many.
    GROWN = {**PAGES, "/rounds/astana-12/": 9}

    def grow(self) -> None:
        """More of everything the pages read: participations, conflicts, audit entries."""
        round_ = Round.objects.get(slug="astana-12")
        source = Source.objects.first()
        for participant in Participant.objects.exclude(participations__round=round_)[:10]:
            Participation.objects.create(
                round=round_, participant=participant, role="attendee", source=source
            )
            Participation.objects.create(
                agreement=Agreement.objects.get(slug="geneva-1"), participant=participant,
                role="attendee", source=source,
            )  # fmt: skip
        for n in range(5):
            Conflict.objects.create(
                round=round_, field=f"f{n}", value_a="a", source_a=source, value_b="b",
                source_b=Source.objects.last(), choice="a", reason="r",
            )  # fmt: skip
            services.sync_fields(round_, {"summary": f"Summary {n}"}, via="admin")
        self.assertGreater(AuditEntry.objects.count(), 4)

    def test_the_counts_do_not_grow_with_the_record(self):
        for url, expected in self.PAGES.items():
            with self.subTest(url), self.assertNumQueries(expected):
                self.assertEqual(self.client.get(url).status_code, 200)
        self.grow()
        for url, expected in self.GROWN.items():
            with self.subTest(url, grown=True), self.assertNumQueries(expected):
                self.assertEqual(self.client.get(url).status_code, 200)
