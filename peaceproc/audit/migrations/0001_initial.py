import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="AuditEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.CharField(max_length=64)),
                ("object_repr", models.CharField(max_length=300)),
                ("action", models.CharField(choices=[("create", "Created"), ("change", "Changed"), ("delete", "Deleted"), ("revert", "Reverted")], max_length=10)),
                ("username", models.CharField(blank=True, max_length=150)),
                ("timestamp", models.DateTimeField(auto_now_add=True)),
                ("via", models.CharField(default="service", max_length=20)),
                ("before", models.JSONField(blank=True, encoder=django.core.serializers.json.DjangoJSONEncoder, null=True)),
                ("after", models.JSONField(blank=True, encoder=django.core.serializers.json.DjangoJSONEncoder, null=True)),
                ("changed_fields", models.JSONField(blank=True, default=list)),
                ("content_type", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to="contenttypes.contenttype")),
                ("reverted_to", models.ForeignKey(blank=True, help_text="For a revert: the version it restored.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="reverts", to="audit.auditentry")),
                ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "verbose_name": "audit entry",
                "verbose_name_plural": "audit trail",
                "ordering": ["-timestamp", "-pk"],
                "indexes": [models.Index(fields=["content_type", "object_id", "-timestamp"], name="audit_by_object")],
            },
        ),
    ]
