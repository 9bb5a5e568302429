"""The first release's signatories (Agreement.signatories, many-to-many) become explicit
signatory participations. Its own migration, between the schema changes: PostgreSQL
refuses to build an index on a table with rows inserted in the same transaction."""

from django.db import migrations


def signatories_to_participations(apps, schema_editor):
    """Each signatory an agreement held becomes an explicit signatory participation."""
    Agreement = apps.get_model("chronology", "Agreement")
    Participation = apps.get_model("chronology", "Participation")
    through = Agreement.signatories.through
    Participation.objects.bulk_create(
        Participation(agreement_id=row.agreement_id, participant_id=row.participant_id,
                      role="signatory")
        for row in through.objects.all()
    )  # fmt: skip


def participations_to_signatories(apps, schema_editor):
    """Back to signatories; the participations of events and agreements that the first
    release had no place for (chairs, attendees, titles) are dropped."""
    Agreement = apps.get_model("chronology", "Agreement")
    Participation = apps.get_model("chronology", "Participation")
    through = Agreement.signatories.through
    signed = Participation.objects.filter(role="signatory", agreement__isnull=False)
    through.objects.bulk_create(
        through(agreement_id=p.agreement_id, participant_id=p.participant_id) for p in signed
    )
    Participation.objects.filter(round__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("chronology", "0002_record_2026"),
    ]

    operations = [
        migrations.RunPython(signatories_to_participations, participations_to_signatories),
    ]
