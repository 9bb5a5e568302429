"""What a page makes is freed when the page is sent, by reference counting, not left in
reference cycles for the cyclic collector to find (search10b: ~3,000 objects a timeline
page were, and the collector walked them again in each collection until then)."""

import gc
import random
import weakref
from contextlib import contextmanager
from functools import partial

from django.template import engines
from django.test import RequestFactory, SimpleTestCase

from peaceproc.site.geometry import pack_tiers

from .test_packing_properties import badge_of, random_lane


@contextmanager
def collector_off():
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Held:
    """An object a page holds, which a weak reference can watch."""


class FreedTests(SimpleTestCase):
    def test_a_rendered_context_is_freed_with_its_values(self):
        held = Held()
        watched = weakref.ref(held)
        template = engines["django"].from_string("{{ held }}{% for x in xs %}{{ x }}{% endfor %}")
        request = RequestFactory().get("/")
        with collector_off():
            html = template.render({"held": held, "xs": [1, 2]}, request=request)
            del held
            self.assertIsNone(watched(), "the context was left in a reference cycle")
        self.assertIn("Held object", html)

    def test_packing_crowded_lanes_leaves_no_cycle(self):
        rng = random.Random(7)
        lanes = [random_lane(rng) for _ in range(40)]
        grouped = 0
        with collector_off():
            for _, boxes in lanes:
                members: dict = {}
                _, groups = pack_tiers(boxes, group=partial(badge_of, members))
                grouped += len(groups)
            found = gc.collect()  # what the packing left only the collector could free
        self.assertGreater(grouped, 0, "no lane was crowded enough to group its marks")
        self.assertEqual(found, 0)
