"""The People's Assembly electoral decree is dated 20 August 2025 since b58a384 (it had
been 27 August): its slug follows its date, and its former slug leads to it (FormerSlug),
as the seeds now say (reference.json, "former_slugs"). A database whose decree has no such
slug, or has the new one already, is left as it is."""

from django.db import migrations

FORMER = "peoples-assembly-electoral-decree-2025-08-27"
NOW = "peoples-assembly-electoral-decree-2025-08-20"


def rename(apps, schema_editor):
    Event = apps.get_model("chronology", "Event")
    FormerSlug = apps.get_model("chronology", "FormerSlug")
    decree = Event.objects.filter(slug=FORMER).first()
    if decree is None or Event.objects.filter(slug=NOW).exists():
        return
    Event.objects.filter(pk=decree.pk).update(slug=NOW)
    FormerSlug.objects.update_or_create(
        kind="event", slug=FORMER, defaults={"record_id": decree.pk}
    )


def rename_back(apps, schema_editor):
    Event = apps.get_model("chronology", "Event")
    FormerSlug = apps.get_model("chronology", "FormerSlug")
    former = FormerSlug.objects.filter(kind="event", slug=FORMER).first()
    if former is None or Event.objects.filter(slug=FORMER).exists():
        return
    Event.objects.filter(pk=former.record_id, slug=NOW).update(slug=FORMER)
    former.delete()


class Migration(migrations.Migration):
    dependencies = [("chronology", "0007_former_slugs")]

    operations = [migrations.RunPython(rename, rename_back)]
