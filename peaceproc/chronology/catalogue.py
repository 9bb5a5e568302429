"""The lists of the record that many reads take whole (tracks, rounds, participants, the
agreements each round produced, every round, agreement and tenure for the timeline, and
the participants' names and aliases folded for search), kept by each worker between
requests. The timeline's filter form names every track, round and participant, the
timeline lists every round, agreement and tenure of its lanes, and a search on the site
or in the API matches every name: read on every request, that was a few queries and a
few hundred model instances for a view that shows three items.

These lists change only when the record does. A worker keeps one copy per *generation*
of the record: the token the page cache replaces after every committed write
(peaceproc/pagecache.py: the admin, ingestion, loadseeds, bulk writes, a restore), in
the cache every worker shares. The generation is read before the lists, so a copy is
never filed under a generation newer than what it holds: a write committed in between
replaces the generation, and the next request reads the lists again.

Inside a transaction (a test's, or code that wraps its reads in one) the connection may
see writes of its own that are not committed, so not yet in the generation: the lists
are then read afresh.

A reader that derives more from the lists (the site's <option>s: site/catalogue.py)
asks the copy for it (`Catalogue.derived`): it is made once from that copy and kept with
it, so a worker that serves the site and the API reads the lists once per generation.
"""

import logging
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import NamedTuple

from django.db import connection

from peaceproc import pagecache
from peaceproc.chronology.models import (
    Agreement,
    EnvoyTenure,
    Participant,
    Participation,
    Round,
    Track,
)
from peaceproc.search.folding import fold
from peaceproc.search.people import NameSearch, folded_names, name_search

logger = logging.getLogger(__name__)


class Records(NamedTuple):
    rounds: tuple[Round, ...]
    agreements: tuple[Agreement, ...]
    tenures: tuple[EnvoyTenure, ...]


class Catalogue:
    """The record's tracks, rounds and participants, each read when first asked for
    (shared by the requests of one worker: read, never changed). A list read later than
    the generation is at least as new as it."""

    def __init__(self):
        self._derived: dict[Callable, object] = {}

    def derived[Made](self, make: Callable[["Catalogue"], Made]) -> Made:
        """What `make` builds from these lists, built once for this copy and kept with
        it (made again, from the new lists, once the record has changed)."""
        if make not in self._derived:
            self._derived[make] = make(self)
        return self._derived[make]  # type: ignore[return-value]

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
    def produced(self) -> dict[int, tuple[Agreement, ...]]:
        """The agreements each round produced (by round id), in their order (date, title):
        what the timeline's list and a round's page name as its outcome. An agreement
        here holds its name, kind, date and round only."""
        by_round: dict[int, list[Agreement]] = defaultdict(list)
        for agreement in Agreement.objects.filter(round__isnull=False).only(
            "slug", "title", "kind", "date", "precision", "round"
        ):
            by_round[agreement.round_id].append(agreement)
        return {round_id: tuple(agreements) for round_id, agreements in by_round.items()}

    @cached_property
    def records(self) -> "Records":
        """Every round, agreement and envoy tenure, each with its track (from `tracks`): what
        the timeline lists beside its events when only the tracks narrow what it shows
        (site/layout.py). In the database's own order (none asked for): the timeline sorts
        them itself."""
        tracks = {track.pk: track for track in self.tracks}

        def on_tracks(records):
            for record in records.order_by():
                record.track = tracks.get(record.track_id)
                yield record

        return Records(
            rounds=tuple(on_tracks(Round.objects.all())),
            agreements=tuple(on_tracks(Agreement.objects.all())),
            tenures=tuple(on_tracks(EnvoyTenure.objects.all())),
        )

    @cached_property
    def folded_names(self) -> tuple[tuple[int, str], ...]:
        """(participant id, a name or alias folded): what a search matches people on.
        Read when first searched."""
        return folded_names()

    def people(self, rows: list[Participation]) -> list[Participation]:
        """A record's participations (`rows`, read with their sources) as its page lists
        them, by role and name, with who took part and on whose behalf from these lists (a
        participant here holds its name, slug and kind) rather than joined in: the joins
        cost Django more CPU than the page's other queries. One these lists do not hold
        yet (written after they were read) is read when asked for, as Django reads any
        relation."""
        by_id = self.derived(participants_by_id)
        for row in rows:
            if (who := by_id.get(row.participant_id)) is not None:
                row.participant = who
            if (party := by_id.get(row.on_behalf_of_id)) is not None:
                row.on_behalf_of = party
        rows.sort(key=lambda row: (row.role, row.participant.name, row.pk))
        return rows

    def named(self, query: str) -> NameSearch:
        """The participants (primary keys, sorted) a name box's `query` finds: a part of a
        name or alias, or words each starting a word of one, in any script, or each name
        of several (search/people.name_search); and how it read the query. The one rule
        of the participants page and the API's `q` on participants."""
        return name_search(query, self.folded_names)

    # Every list above: what a web process reads before its first request (site/warmup.py).
    LISTS = ("tracks", "rounds", "participants", "produced", "records", "folded_names")


def participants_by_id(lists: Catalogue) -> dict[int, Participant]:
    return {participant.pk: participant for participant in lists.participants}


# The generation this worker's copy was read for, and the copy (one entry at the most).
_kept: dict[str, Catalogue] = {}


def catalogue() -> Catalogue:
    """This worker's copy of the lists, read again once the record has changed."""
    if connection.in_atomic_block:
        return Catalogue()
    try:
        generation = pagecache.generation()
    except pagecache.CACHE_ERRORS:
        # Without the shared cache there is no telling whether a copy is current.
        logger.exception("Catalogue: the record's generation could not be read")
        return Catalogue()
    if (kept := _kept.get(generation)) is not None:
        return kept
    fresh = Catalogue()
    _kept.clear()
    _kept[generation] = fresh
    return fresh
