from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("chronology", "0003_signatories_to_participations"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="agreement",
            name="signatories",
        ),
    ]
