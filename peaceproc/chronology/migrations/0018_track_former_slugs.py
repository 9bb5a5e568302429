"""Tracks keep their former slugs as rounds and events do (outside tester t11d, N3): a
track renamed before this release gets them from its audit trail, each slug it had that
no track holds now leading to the last track that had it."""

from django.db import migrations, models


def former_track_slugs(apps, schema_editor):
    Track = apps.get_model("chronology", "Track")
    FormerSlug = apps.get_model("chronology", "FormerSlug")
    AuditEntry = apps.get_model("audit", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="chronology", model="track").first()
    if content_type is None:
        return
    # Each slug a track had before a change of it, oldest first: a later track wins.
    had: dict[str, int] = {}
    for object_id, before, after in (
        AuditEntry.objects.filter(content_type=content_type)
        .order_by("timestamp", "pk")
        .values_list("object_id", "before", "after")
    ):
        old, new = (before or {}).get("slug"), (after or {}).get("slug")
        if isinstance(old, str) and old and old != new and object_id.isdigit():
            had[old.lower()] = int(object_id)
    live = {slug.lower() for slug in Track.objects.values_list("slug", flat=True)}
    tracks = set(Track.objects.values_list("pk", flat=True))
    kept = set(FormerSlug.objects.filter(kind="track").values_list("slug", flat=True))
    FormerSlug.objects.bulk_create(
        FormerSlug(kind="track", slug=slug, record_id=pk)
        for slug, pk in had.items()
        if pk in tracks and slug not in live and slug not in kept
    )


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0002_entry_batch"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("chronology", "0017_titles_no_invisible_inside_word"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="formerslug",
            name="former_slug_kind_valid",
        ),
        migrations.AlterField(
            model_name="formerslug",
            name="kind",
            field=models.CharField(
                choices=[
                    ("track", "Track"),
                    ("round", "Round"),
                    ("event", "Event"),
                    ("agreement", "Agreement"),
                    ("envoytenure", "Envoy tenure"),
                    ("participant", "Participant"),
                ],
                max_length=20,
            ),
        ),
        migrations.AddConstraint(
            model_name="formerslug",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "kind__in",
                        ["track", "round", "event", "agreement", "envoytenure", "participant"],
                    )
                ),
                name="former_slug_kind_valid",
                violation_error_message="Unknown kind of record.",
            ),
        ),
        migrations.RunPython(former_track_slugs, migrations.RunPython.noop),
    ]
