"""The Editors and Viewers groups (see peaceproc/accounts/roles.py for what they mean).

Written out here rather than imported, so that this migration does what it did the day it
was written whatever roles.py becomes. roles.on_post_migrate keeps the groups whole later.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

EDITOR_APPS = ("chronology", "ingest")
READ_APPS = ("chronology", "audit")


def create_groups(apps, schema_editor):
    # Permission rows are normally created after every migration has run; the groups
    # need them now.
    for label in {*EDITOR_APPS, *READ_APPS}:
        try:
            app_config = global_apps.get_app_config(label)
        except LookupError:
            continue
        create_permissions(app_config, verbosity=0, apps=apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    viewers, _ = Group.objects.get_or_create(name="Viewers")
    editors.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label__in=EDITOR_APPS)
            | Q(content_type__app_label__in=READ_APPS, codename__startswith="view_")
        )
    )
    viewers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=READ_APPS, codename__startswith="view_"
        )
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Viewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("chronology", "0001_initial"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
