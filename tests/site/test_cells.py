"""The packer's record of the columns each row holds (geometry.Cells), against the plain
check it replaces: the first row where an area overlaps none of the row's areas."""

import random

from django.test import SimpleTestCase

from peaceproc.site.geometry import Cells
from peaceproc.site.gridcss import COLUMNS


def first_free(rows: list[list[tuple[int, int]]], start: int, end: int) -> int | None:
    return next(
        (i for i, areas in enumerate(rows) if all(e <= start or s >= end for s, e in areas)),
        None,
    )


class CellsTests(SimpleTestCase):
    def test_agrees_with_the_areas_it_holds(self):
        rng = random.Random(11)
        # Areas within the lane and reaching a few columns past either end of it.
        low, high = -8, COLUMNS + 9
        for _ in range(200):
            cells, rows = Cells(), []
            for _ in range(rng.randint(1, 40)):
                start = rng.randint(low, high - 1)
                end = rng.randint(start + 1, min(start + 40, high))
                index = cells.first_free(Cells.span(start, end))
                self.assertEqual(index, first_free(rows, start, end), (rows, start, end))
                if index is None:  # a new row, or (now and then) an area left out
                    if rng.random() < 0.7:
                        cells.take(len(rows), Cells.span(start, end))
                        rows.append([(start, end)])
                else:
                    cells.take(index, Cells.span(start, end))
                    rows[index].append((start, end))

    def test_touching_areas_are_free(self):
        cells = Cells()
        self.assertIsNone(cells.first_free(Cells.span(10, 20)))  # no row yet
        cells.take(0, Cells.span(10, 20))
        self.assertEqual(cells.first_free(Cells.span(20, 25)), 0)
        self.assertEqual(cells.first_free(Cells.span(5, 10)), 0)
        self.assertIsNone(cells.first_free(Cells.span(19, 21)))
        self.assertIsNone(cells.first_free(Cells.span(12, 13)))
        self.assertIsNone(cells.first_free(Cells.span(1, COLUMNS + 1)))
        cells.take(1, Cells.span(1, COLUMNS + 1))
        self.assertEqual(cells.first_free(Cells.span(-5, 1)), 0)
        self.assertIsNone(cells.first_free(Cells.span(15, COLUMNS + 2)))
        self.assertEqual(cells.first_free(Cells.span(COLUMNS + 1, COLUMNS + 9)), 0)

    def test_an_area_is_its_columns_bits_clipped_to_the_margin(self):
        def bits(start: int, end: int) -> int:  # one bit at a time, within the margins
            kept = range(max(start, -COLUMNS), min(end, 2 * COLUMNS + 2))
            return sum(1 << (column + COLUMNS) for column in kept)

        for start, end in [
            (1, 2), (1, COLUMNS + 1), (-4, 3), (COLUMNS - 2, COLUMNS + 5), (7, 7), (9, 4),
            (-COLUMNS, 2 * COLUMNS + 2), (-5 * COLUMNS, 5 * COLUMNS), (-3 * COLUMNS, -2 * COLUMNS),
            (-3 * COLUMNS, 1), (2 * COLUMNS, 4 * COLUMNS), (3 * COLUMNS, 4 * COLUMNS),
        ]:  # fmt: skip
            self.assertEqual(Cells.span(start, end), bits(start, end), (start, end))
