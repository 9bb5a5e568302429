"""The timeline form's lists as the site shows them: its fields' choices and its two
<select>s' <option>s, escaped once. Built from this worker's copy of the record's lists
(chronology/catalogue.py, the copy the API reads too) and kept with it, so read and built
again only once the record has changed."""

from functools import cached_property
from itertools import groupby

from django.utils.choices import BaseChoiceIterator
from django.utils.html import escape, format_html, format_html_join

from peaceproc.chronology import catalogue as record
from peaceproc.chronology.models import OTHER_LANE, Agreement, Event


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
# The `track` value of the items with no track, and its label.
OTHER_CHOICE = (OTHER_LANE, "Other (no track)")
API_QUERIES_KEPT = 1000


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
    """The filter form's choices and options from one copy of the record's lists
    (`lists`: tracks, rounds, participants…), each made when first asked for."""

    def __init__(self, lists: record.Catalogue):
        self.lists = lists

    @cached_property
    def track_choices(self) -> FixedChoices:
        """The tracks, then the lane of the items with no track."""
        return FixedChoices([*((t.slug, t.name) for t in self.lists.tracks), OTHER_CHOICE])

    @cached_property
    def has_trackless(self) -> bool:
        """Whether an item has no track, so that the Other lane can show one (rounds and
        tenures always have a track): its box is offered only then. One query, once per copy
        of the lists."""
        events = Event.objects.filter(track=None).order_by().values_list("pk")
        agreements = Agreement.objects.filter(track=None).order_by().values_list("pk")
        return bool(events.union(agreements).order_by()[:1])

    @cached_property
    def round_choices(self) -> FixedChoices:
        return FixedChoices([("", "Any round"), *((r.slug, r.title) for r in self.lists.rounds)])

    @cached_property
    def participant_choices(self) -> FixedChoices:
        return FixedChoices([("", "Anyone"), *((p.slug, p.name) for p in self.lists.participants)])

    @cached_property
    def round_options(self) -> Options:
        """The rounds grouped by track, in the tracks' order (an <optgroup> each)."""
        rounds = sorted(self.lists.rounds, key=lambda r: r.track.order)
        by_track = groupby(rounds, lambda r: r.track)
        html = "".join(
            format_html(
                '<optgroup label="{}">\n          {}\n        </optgroup>',
                track.name,
                format_html_join("", OPTION, ((r.slug, r.title) for r in group)),
            )
            for track, group in by_track
        )
        return Options(html, {r.slug for r in self.lists.rounds})

    @cached_property
    def api_queries(self) -> dict[str, str]:
        """A record page's export query ("?round=astana-4") -> its /api/timeline query
        (api_links.api_timeline_query), worked out once per copy of the lists: a filter
        form validated each time cost a round page a tenth of its time. At most
        API_QUERIES_KEPT, the pages' queries being made of the record's slugs."""
        return {}

    @cached_property
    def participant_options(self) -> Options:
        html = format_html_join("", OPTION, ((p.slug, p.name) for p in self.lists.participants))
        return Options(html, {p.slug for p in self.lists.participants})


def catalogue() -> Catalogue:
    """The choices and options of this worker's copy of the lists, made again once the
    record has changed."""
    return record.catalogue().derived(Catalogue)
