"""A group of one item reads as that item at every width (issue 11, tester finding 1): on
a phone the memorandum signed at Astana 4 has no room for its title and stands alone as
a group of one; it was drawn as a plain dot where a desktop draws its diamond. It is now
drawn as the desktop draws it, and the legend offers no "+n" key when no badge is drawn."""

from .test_timeline import TimelineBrowserTestCase

MEMORANDUM = "/agreements/astana-memorandum-de-escalation-areas-2017/"
# The drawing of a visible mark's bar: its shape (size, corners, turn) and fill.
GLYPH = """(href) => {
  const mark = [...document.querySelectorAll('.lanes .mark')].find(
    (m) => m.getAttribute('href') === href && m.getClientRects().length > 0);
  const s = getComputedStyle(mark.querySelector('.bar'));
  return {width: s.width, height: s.height, radius: s.borderTopLeftRadius,
          transform: s.transform, background: s.backgroundColor, outline: s.outlineStyle,
          single: mark.classList.contains('single')};
}"""
PLUS_N_KEY_SHOWN = """() => [...document.querySelectorAll('.legend .badge-key')]
  .some((key) => key.getClientRects().length > 0)"""


class GroupOfOneGlyphTests(TimelineBrowserTestCase):
    def glyph(self, width: int) -> dict:
        self.page.set_viewport_size({"width": width, "height": 900})
        self.open("/?q=Astana 4")
        return self.page.evaluate(GLYPH, MEMORANDUM)

    def test_a_group_of_one_agreement_is_its_diamond_on_a_phone_as_on_a_desktop(self):
        desktop, phone = self.glyph(1440), self.glyph(375)
        self.assertFalse(desktop.pop("single"))  # the desktop draws the item itself
        self.assertTrue(phone.pop("single"))  # the phone, a group of one
        self.assertEqual(phone, desktop)
        self.assertNotEqual(phone["transform"], "none")  # turned: a diamond, not a dot
        self.assertFalse(self.page.evaluate(PLUS_N_KEY_SHOWN))

    def test_a_group_of_one_event_is_its_dot(self):
        # On the 2013-2014 view at 375 px Geneva II's opening conference stands alone as a
        # group of one (each cut of its title would read like Geneva II's rounds; the Riyadh
        # II conference of the 2017 view now shows its title cut, t16d 11): drawn as an
        # event's dot with its ring, not as a cluster's.
        self.page.set_viewport_size({"width": 375, "height": 900})
        self.open("/?from=2013-01-01&to=2014-12-31")
        single = self.page.locator(".lanes .mark.single >> visible=true")
        self.assertGreaterEqual(single.count(), 1)
        for index in range(single.count()):
            mark = single.nth(index)
            classes = mark.get_attribute("class")
            self.assertRegex(classes, r"\bmark-(event|agreement|round|tenure)\b")
            self.assertNotIn("mark-cluster", classes)
            self.assertFalse(mark.locator(".label").is_visible())
