from django.db import migrations, models
from django.utils import timezone


def discard_later_copies(apps, schema_editor):
    """Before the constraint: of several waiting copies of one text (stored by racing
    uploads), the oldest stays in the queue; the others are discarded, not deleted."""
    PendingArticle = apps.get_model("ingest", "PendingArticle")
    seen = set()
    later = []
    waiting = PendingArticle.objects.filter(status="waiting").order_by("created_at", "pk")
    for pk, digest in waiting.values_list("pk", "content_hash"):
        if digest in seen:
            later.append(pk)
        seen.add(digest)
    PendingArticle.objects.filter(pk__in=later).update(
        status="discarded", decided_at=timezone.now()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0003_supported_date_range"),
    ]

    operations = [
        migrations.RunPython(discard_later_copies, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="pendingarticle",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "waiting")),
                fields=("content_hash",),
                name="pending_article_one_waiting_copy",
                violation_error_message="This article is already waiting for review.",
            ),
        ),
    ]
