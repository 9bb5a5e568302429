"""An Atom feed of new and changed records (Django's syndication framework)."""

import re

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from peaceproc.api.citing import SITE_NAME
from peaceproc.characters import C0_BUT_WHITESPACE, NONCHARACTERS

from .changes import Change, RecordLoad, latest_change_time, latest_changes

# What XML 1.0 cannot hold (C0 controls but tab, LF and CR; lone surrogates) and the
# non-characters: a text stored before they were refused (outside tester t11a, 6) must
# not make the feed ill-formed.
_NOT_IN_XML = re.compile(f"[\x00{C0_BUT_WHITESPACE}\ud800-\udfff{NONCHARACTERS}]")


def _in_xml(value):
    """`value` (a text, or a list of texts) without what XML cannot hold."""
    if isinstance(value, str):
        return _NOT_IN_XML.sub("", value)
    if isinstance(value, (list, tuple)):
        return [_in_xml(item) for item in value]
    return value


class WellFormedAtomFeed(Atom1Feed):
    """Atom whose entries are written without the characters XML cannot hold, and whose
    time (<updated>, and the response's Last-Modified, which Django's Feed takes from it)
    is the feed's `modified` when given and later than its entries'."""

    def latest_post_date(self):
        entries = super().latest_post_date()
        modified = self.feed.get("modified")
        return max(entries, modified) if modified else entries

    def add_item(self, *args, **kwargs):
        args = [_in_xml(value) for value in args]
        super().add_item(*args, **{name: _in_xml(value) for name, value in kwargs.items()})


class RecordChanges(Feed):
    feed_type = WellFormedAtomFeed
    title = f"{SITE_NAME}: new and changed records"
    subtitle = (
        "Rounds, events, agreements, envoys and participants as they are added or corrected, "
        "and corrections to the sources they cite and to the tracks."
    )
    author_name = "peaceproc"

    def link(self) -> str:
        return reverse("site:whats_new")

    def feed_extra_kwargs(self, obj) -> dict:
        # The latest change of any kind, deletions and reverts included: the entries
        # listed are only those that stand, and the time of the newest of them went back
        # when a deletion or a revert took a later one away (outside tester t15b, 1), so
        # a reader's If-Modified-Since got a 304 and kept the vandal's title.
        return {"modified": latest_change_time()}

    def items(self) -> list[Change | RecordLoad]:
        return latest_changes()

    def item_title(self, item: Change | RecordLoad) -> str:
        return item.summary

    def item_description(self, item: Change | RecordLoad) -> str:
        # Atom writes the description as <summary type="html">: the stored text is
        # escaped here so that a reader decodes it to text, never to markup.
        return escape(item.summary)

    def item_link(self, item: Change | RecordLoad) -> str:
        return item.url or f"{reverse('site:whats_new')}#{item.anchor}"

    def item_guid(self, item: Change | RecordLoad) -> str:
        # One entry per change (a record changed twice is two entries) or per day's load
        # of the record, stable everywhere.
        return f"tag:peaceproc,2026:{item.anchor}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Change | RecordLoad):
        return item.timestamp

    def item_updateddate(self, item: Change | RecordLoad):
        return item.timestamp

    def item_categories(self, item: Change | RecordLoad) -> list[str]:
        return [item.kind]
