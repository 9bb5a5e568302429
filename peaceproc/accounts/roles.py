"""The two groups editors and readers of the admin belong to.

Editors may add, change and delete everything in the record (the chronology app) and use
ingestion (every permission of the ingest app, whatever models or custom permissions it
defines), and read the audit trail. Viewers may only look at the record and its trail: view
permissions, which the admin turns into read-only pages, and nothing of ingestion (its
queue holds unreviewed text). Either way, a person needs is_staff to enter the admin.

Groups are only ever added to here, never trimmed, so that a permission an administrator
granted by hand survives the next migrate.
"""

from django.db.models import Q

EDITORS = "Editors"
VIEWERS = "Viewers"
# Apps whose every permission an editor holds.
EDITOR_APPS = ("chronology", "ingest")
# Apps a viewer (and an editor) may read in the admin.
READ_APPS = ("chronology", "audit")


def editor_permissions(Permission):
    return Permission.objects.filter(
        Q(content_type__app_label__in=EDITOR_APPS)
        | Q(content_type__app_label__in=READ_APPS, codename__startswith="view_")
    )


def viewer_permissions(Permission):
    return Permission.objects.filter(
        content_type__app_label__in=READ_APPS, codename__startswith="view_"
    )


def sync_groups(Group, Permission) -> None:
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    editors.permissions.add(*editor_permissions(Permission))
    viewers.permissions.add(*viewer_permissions(Permission))


def ensure_permissions(apps=None) -> None:
    """Create the permission rows now (Django only does so after all migrations ran)."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    for label in {*EDITOR_APPS, *READ_APPS}:
        try:
            app_config = global_apps.get_app_config(label)
        except LookupError:
            continue
        create_permissions(app_config, verbosity=0, apps=apps or global_apps)


def on_post_migrate(sender, using="default", apps=None, **kwargs):
    from django.contrib.auth.models import Group, Permission

    ensure_permissions()
    sync_groups(Group.objects.db_manager(using).model, Permission)
