"""The table of the cache every worker shares (settings.CACHES: the public page cache and
anything else), made by migrate so that no deployment step can forget it."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # Only for database caches; does nothing when the table exists or Redis is used.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_editors_and_viewers")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
