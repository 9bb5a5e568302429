"""Empty values and bad window dates on the timeline (issue 12, tester findings 5, 6)."""

import re

from .base import SeededTestCase


def errors(page: str) -> list[str]:
    return re.findall(r"<li><strong>([^<]*)</strong>", page)


class EmptyValueTests(SeededTestCase):
    def test_an_empty_value_means_the_parameter_is_absent(self):
        plain = self.client.get("/").content.decode()
        counts = re.search(r'class="counts"[^>]*>(.*?)</p>', plain).group(1)
        for query in ("track=", "kind=", "participant=", "from=&to=", "zoom=", "q=&round=",
                      "track=&kind=&nearby=&at=&page=", "track=%20"):  # fmt: skip
            with self.subTest(query):
                page = self.client.get(f"/?{query}").content.decode()
                self.assertNotIn('id="filter-errors"', page)
                self.assertEqual(re.search(r'class="counts"[^>]*>(.*?)</p>', page).group(1), counts)

    def test_an_empty_value_beside_a_real_one_is_left_out(self):
        page = self.client.get("/?track=&track=astana&kind=&kind=round").content.decode()
        self.assertNotIn('id="filter-errors"', page)
        self.assertIn('id="f-track-astana" checked', page)
        self.assertNotIn('id="f-track-geneva" checked', page)


class WindowDateTests(SeededTestCase):
    def test_every_bad_window_start_is_refused_alike(self):
        for at in ("0001-01-01", "9999-12-31", "2017-13-01", "2017-02-29", "tomorrow"):
            with self.subTest(at):
                page = self.client.get(f"/?zoom=month&at={at}").content.decode()
                self.assertIn('id="filter-errors"', page)
                self.assertEqual(errors(page), ["Window start:"])
