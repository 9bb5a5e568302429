"""The packer's record of the columns a row holds (geometry.Cells), against the plain
check it replaces: an area is free when it overlaps none of the row's areas."""

import random

from django.test import SimpleTestCase

from peaceproc.site.geometry import Cells
from peaceproc.site.gridcss import COLUMNS


def overlaps_none(areas: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(e <= start or s >= end for s, e in areas)


class CellsTests(SimpleTestCase):
    def test_agrees_with_the_areas_it_holds(self):
        rng = random.Random(11)
        # Areas within the lane and reaching a few columns past either end of it.
        low, high = -8, COLUMNS + 9
        for _ in range(200):
            cells, areas = Cells(), []
            for _ in range(rng.randint(1, 30)):
                start = rng.randint(low, high - 1)
                end = rng.randint(start + 1, min(start + 40, high))
                free = cells.free(start, end)
                self.assertEqual(free, overlaps_none(areas, start, end), (areas, start, end))
                if free:
                    cells.take(start, end)
                    areas.append((start, end))

    def test_touching_areas_are_free(self):
        cells = Cells()
        cells.take(10, 20)
        self.assertTrue(cells.free(20, 25))
        self.assertTrue(cells.free(5, 10))
        self.assertFalse(cells.free(19, 21))
        self.assertFalse(cells.free(12, 13))
        self.assertFalse(cells.free(1, COLUMNS + 1))
