"""The lists every timeline view reads whole, kept by each worker between requests.

The filter form names every track, round and participant (its choices, and the lookups
of `?round=` and `?participant=`), its two <select>s list the rounds and participants,
and a search matches the participants' names and aliases, folded. Read and built on
every request, that was three or four queries, a few hundred model instances, a few
hundred escaped <option>s and folded names: most of the CPU of a view that shows three
items.

These lists change only when the record does. A worker keeps one `Catalogue` per
*generation* of the record: the token the page cache replaces after every committed
write (peaceproc/pagecache.py: the admin, ingestion, loadseeds, bulk writes, a restore),
in the cache every worker shares. The generation is read before the lists, so a copy
is never filed under a generation newer than what it holds: a write committed in
between replaces the generation, and the next request reads the lists again.

Inside a transaction (a test's, or code that wraps its reads in one) the connection may
see writes of its own that are not committed, so not yet in the generation: the lists are
then read afresh, as they were before this module.
"""

import logging
from functools import cached_property
from itertools import groupby

from django.db import connection
from django.utils.choices import BaseChoiceIterator
from django.utils.html import escape, format_html, format_html_join

from peaceproc import pagecache
from peaceproc.chronology.models import Participant, Round, Track
from peaceproc.search.folding import fold
from peaceproc.search.people import folded_names

logger = logging.getLogger(__name__)


class Options:
    """A <select>'s <option>s, escaped once; `html(chosen)` marks one selected."""

    def __init__(self, html: str, values: set[str]):
        self._html = html
        self._values = values

    def html(self, chosen: str | None) -> str:
        if not chosen or chosen not in self._values:
            return self._html
        # Values are unique, and each option is written `<option value="…">`.
        plain = f'<option value="{escape(chosen)}">'
        return self._html.replace(plain, f'<option value="{escape(chosen)}" selected>', 1)


OPTION = '<option value="{}">{}</option>'


class FixedChoices(BaseChoiceIterator):
    """A form field's choices made once and shared by every form: Django neither
    normalises them again when they are set nor copies them with each form's fields."""

    def __init__(self, pairs):
        self.pairs = tuple(pairs)

    def __iter__(self):
        return iter(self.pairs)

    def __deepcopy__(self, memo):
        return self


class Catalogue:
    """The record's tracks, rounds and participants as the timeline's views use them,
    each read when first asked for (shared by the requests of one worker: read, never
    changed). A list read later than the generation is at least as new as it."""

    @cached_property
    def tracks(self) -> tuple[Track, ...]:
        return tuple(Track.objects.all())

    @cached_property
    def rounds(self) -> tuple[Round, ...]:
        return tuple(
            Round.objects.select_related("track").only(
                "slug", "title", "start_date", "end_date", "number", "track"
            )
        )

    @cached_property
    def participants(self) -> tuple[Participant, ...]:
        """By name, case and accents folded (the database's order puts 'İhsan' after 'V'
        and 'Berri' before 'al-Sharaa'): the who-attended table's order by name."""
        people = Participant.objects.only("slug", "name", "kind")
        return tuple(sorted(people, key=lambda p: fold(p.name)))

    @cached_property
    def folded_names(self) -> tuple[tuple[int, str], ...]:
        """(participant id, a name or alias folded): what a search matches people on.
        Read when first searched."""
        return folded_names()

    @cached_property
    def track_choices(self) -> FixedChoices:
        return FixedChoices((t.slug, t.name) for t in self.tracks)

    @cached_property
    def round_choices(self) -> FixedChoices:
        return FixedChoices([("", "Any round"), *((r.slug, r.title) for r in self.rounds)])

    @cached_property
    def participant_choices(self) -> FixedChoices:
        return FixedChoices([("", "Anyone"), *((p.slug, p.name) for p in self.participants)])

    @cached_property
    def round_options(self) -> Options:
        """The rounds grouped by track, in the tracks' order (an <optgroup> each)."""
        by_track = groupby(sorted(self.rounds, key=lambda r: r.track.order), lambda r: r.track)
        html = "".join(
            format_html(
                '<optgroup label="{}">\n          {}\n        </optgroup>',
                track.name,
                format_html_join("", OPTION, ((r.slug, r.title) for r in group)),
            )
            for track, group in by_track
        )
        return Options(html, {r.slug for r in self.rounds})

    @cached_property
    def participant_options(self) -> Options:
        html = format_html_join("", OPTION, ((p.slug, p.name) for p in self.participants))
        return Options(html, {p.slug for p in self.participants})


_kept: tuple[str, Catalogue] | None = None


def catalogue() -> Catalogue:
    """This worker's copy of the lists, read again once the record has changed."""
    global _kept
    if connection.in_atomic_block:
        return Catalogue()
    try:
        generation = pagecache.generation()
    except pagecache.CACHE_ERRORS:
        # Without the shared cache there is no telling whether a copy is current.
        logger.exception("Catalogue: the record's generation could not be read")
        return Catalogue()
    kept = _kept
    if kept is not None and kept[0] == generation:
        return kept[1]
    fresh = Catalogue()
    _kept = (generation, fresh)
    return fresh
