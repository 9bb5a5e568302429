"""Text a reader never sees is not article text (outside tester's finding 5, issue 9):
elements with the `hidden` attribute or aria-hidden="true", as display:none already."""

import unittest

from peaceproc.ingest.pipeline import html_to_text

VISIBLE = (
    "<p>The delegations of the three guarantors gathered in Nur-Sultan on 7 July 2020 "
    "for a round that lasted two days and ended with a joint statement on the north.</p>"
)


def page(hidden: str) -> str:
    return (
        "<html><head><title>Guarantors gather</title></head><body><article>"
        f"<h1>Guarantors gather</h1>{VISIBLE}{hidden}{VISIBLE}</article></body></html>"
    )


class HiddenTextTests(unittest.TestCase):
    def test_hidden_elements_are_dropped(self):
        for markup in (
            "<div hidden><p>Archived teaser: a summit in Tehran on 14 August 2019 "
            "brought the three presidents together for the fifth time.</p></div>",
            '<p aria-hidden="true">Archived teaser: a summit in Tehran on 14 August 2019 '
            "brought the three presidents together for the fifth time.</p>",
            '<p style="display: none">Archived teaser: a summit in Tehran on 14 August '
            "2019 brought the three presidents together for the fifth time.</p>",
        ):
            with self.subTest(markup=markup[:30]):
                text, _ = html_to_text(page(markup))
                self.assertIn("Nur-Sultan on 7 July 2020", text)
                self.assertNotIn("Tehran", text)

    def test_aria_hidden_false_stays(self):
        text, _ = html_to_text(
            page(
                '<p aria-hidden="false">A summit in Tehran on 14 August 2019 brought the '
                "three presidents together for the fifth time.</p>"
            )
        )
        self.assertIn("Tehran on 14 August 2019", text)
