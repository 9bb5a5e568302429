"""Marks of one lane that share a title (the trilateral summits at Sochi in 2017 and 2019,
at Ankara in 2018 and 2019): each such title names its year in the lane, or its dates
where the year is shared too, so that no two labels read alike."""

from collections import Counter


def told_apart(marks: list) -> None:
    """Adds the year, or the dates, to the titles that more than one of `marks` bear
    (before they are packed: the label's width counts it). Clusters are counts, not
    titles, and are left alone."""
    counts = Counter(mark.title for mark in marks if mark.kind != "cluster")
    shared = {title for title, count in counts.items() if count > 1}
    if not shared:
        return
    years = Counter((mark.title, mark.first.year) for mark in marks if mark.title in shared)
    for mark in marks:
        if mark.title in shared and mark.kind != "cluster":
            year = mark.first.year
            mark.title = f"{mark.title}, {year if years[mark.title, year] == 1 else mark.dates}"
