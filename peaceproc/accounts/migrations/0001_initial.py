from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="LoginFailure",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("username", models.CharField(max_length=150)),
                ("ip", models.CharField(max_length=45, verbose_name="IP address")),
                ("failures", models.PositiveIntegerField(default=0)),
                ("first_failed_at", models.DateTimeField()),
                ("last_failed_at", models.DateTimeField()),
                ("locked_until", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "ordering": ["-last_failed_at"],
                "constraints": [
                    models.UniqueConstraint(fields=("username", "ip"), name="login_failure_unique")
                ],
            },
        ),
    ]
