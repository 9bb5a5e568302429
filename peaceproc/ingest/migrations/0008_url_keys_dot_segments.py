from django.db import migrations

from peaceproc.chronology import urlkeys


def refresh_url_keys(apps, schema_editor):
    """The URL key of each stored source and article whose address has a dot segment
    (`/./`, `/a/../b`) or an `&amp;` in its query, which urlkeys now reads (re-tester
    t15d, 13); every other row keeps its key and is not written."""
    for label in ("chronology.Source", "ingest.PendingArticle"):
        urlkeys.fill_url_keys(apps.get_model(label), using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("chronology", "0022_source_url_key"),
        ("ingest", "0007_pending_article_url_key"),
    ]

    operations = [
        migrations.RunPython(refresh_url_keys, migrations.RunPython.noop, elidable=False),
    ]
