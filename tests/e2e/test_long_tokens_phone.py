"""Issue 11 (outside tester t8s): at 375 px a long unbroken token in the heads of
delegation table (a web address in a note, a long name) pushed the round page to 530-680
px wide. Each cell now breaks such a token; the page never scrolls sideways."""

from peaceproc.chronology.models import Event, Participant, Participation, Round

from .test_timeline import TimelineBrowserTestCase

PAGE_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"
LONG_NAME = "Abdulrahman-Al-Muhaisini-Karimov-Abdullahzadeh-Mohammadi-Hosseinabadi"
LONG_NOTE = "SANA via Al-Fagr (masress.com/elfagr/3813076/and-a-much-longer-path-of-the-page)"
LONG_PARTY = "Delegation-of-the-Very-Long-Named-Opposition-Platform-of-Somewhere"


class LongTokensOnAPhoneTests(TimelineBrowserTestCase):
    viewport = {"width": 375, "height": 812}

    def test_a_long_token_in_a_table_cell_does_not_widen_the_page(self):
        round_ = Round.objects.get(slug="astana-7")
        event = Event.objects.filter(participations__isnull=False).order_by("pk").first()
        person = Participant.objects.create(slug="long-name", name=LONG_NAME, kind="person")
        party = Participant.objects.create(slug="long-party", name=LONG_PARTY, kind="group")
        for record in ({"round": round_}, {"event": event}):
            Participation.objects.create(
                **record, participant=person, role="head", on_behalf_of=party,
                title="Head of the delegation", note=LONG_NOTE,
            )  # fmt: skip
        for path in (
            round_.get_absolute_url(),
            event.get_absolute_url(),
            "/participants/long-name/",
        ):
            with self.subTest(path=path):
                self.open(path)
                self.assertIn(LONG_NAME, self.page.inner_text("main"))
                scroll_width, inner_width = self.page.evaluate(PAGE_WIDTH)
                self.assertLessEqual(scroll_width, inner_width, f"{path} scrolls sideways")
        # The table's cells keep an ordinary word whole: the party column is not squeezed
        # to a letter a line.
        self.open(round_.get_absolute_url())
        party_cell = self.page.locator(".heads tbody th").first.bounding_box()
        self.assertGreaterEqual(party_cell["width"], 9 * 16 - 1)

    def test_a_long_title_in_the_round_pager_does_not_widen_the_page(self):
        """Outside re-tester t13b, 11: the previous/next links under a round did not
        wrap a long unbroken title, and the page grew to 953-2117 px at 375."""
        astana_7 = Round.objects.get(slug="astana-7")
        astana_8 = Round.objects.get(slug="astana-8")
        astana_8.title = "Astana-" + "x" * 190
        astana_8.save()  # (a save, so the page cache drops the page a test before drew)
        self.open(astana_7.get_absolute_url())
        self.assertIn("x" * 190, self.page.inner_text(".pager"))
        scroll_width, inner_width = self.page.evaluate(PAGE_WIDTH)
        self.assertLessEqual(scroll_width, inner_width, "the round page scrolls sideways")

    def test_a_short_pager_link_beside_a_long_title_keeps_its_words_whole(self):
        """Outside tester t14a, 9: at 375 px the previous link "← Geneva ten" was squeezed
        to 26 px, a letter or two a line, by the next link's 130-letter word."""
        astana_7 = Round.objects.get(slug="astana-7")
        Round.objects.filter(slug="astana-6").update(title="Geneva ten")
        astana_8 = Round.objects.get(slug="astana-8")
        astana_8.title = "Astana-" + "x" * 130
        astana_8.save()  # (a save, so the page cache drops the page a test before drew)
        self.open(astana_7.get_absolute_url())
        previous = self.page.locator('.pager a[rel="prev"]')
        self.assertEqual(previous.inner_text(), "← Geneva ten")
        # One line: as tall as a line of the pager's text, as wide as its words.
        height, line = self.page.evaluate(
            """() => { const a = document.querySelector('.pager a[rel="prev"]');
                       const style = getComputedStyle(a);
                       const size = parseFloat(style.fontSize);
                       return [a.getBoundingClientRect().height,
                               parseFloat(style.lineHeight) || 1.2 * size]; }"""
        )
        self.assertLess(height, 1.5 * line, "the short link wraps")
        self.assertGreater(previous.bounding_box()["width"], 80)
        scroll_width, inner_width = self.page.evaluate(PAGE_WIDTH)
        self.assertLessEqual(scroll_width, inner_width, "the round page scrolls sideways")
