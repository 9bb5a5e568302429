"""An Atom feed of new and changed records (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from peaceproc.api.citing import SITE_NAME

from .changes import Change, RecordLoad, latest_changes


class RecordChanges(Feed):
    feed_type = Atom1Feed
    title = f"{SITE_NAME}: new and changed records"
    subtitle = (
        "Rounds, events, agreements, envoys and participants as they are added or corrected, "
        "and corrections to the sources they cite and to the tracks."
    )
    author_name = "peaceproc"

    def link(self) -> str:
        return reverse("site:whats_new")

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
