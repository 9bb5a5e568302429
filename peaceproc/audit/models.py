from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class AuditEntry(models.Model):
    """One change to one record: who, when, how, and the record's fields before and after.

    Snapshots are the record's own fields (foreign keys as ids, many-to-many as lists of
    ids), as Django's serializer writes them, so that a version can be restored exactly.
    """

    class Action(models.TextChoices):
        CREATE = "create", "Created"
        CHANGE = "change", "Changed"
        DELETE = "delete", "Deleted"
        REVERT = "revert", "Reverted"

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(max_length=300)
    action = models.CharField(max_length=10, choices=Action)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    # Kept apart from `user` so that the entry still names them after the account is gone.
    username = models.CharField(max_length=150, blank=True)
    timestamp = models.DateTimeField(auto_now_add=True)
    # Where the change came from: "admin", "ingest", "seed", "service", "revert".
    via = models.CharField(max_length=20, default="service")
    before = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    changed_fields = models.JSONField(default=list, blank=True)
    reverted_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reverts",
        help_text="For a revert: the version it restored.",
    )
    # The entries one write made share it: a deletion and the rows that went with it, an
    # admin save and the inline rows it changed. None for entries kept before it existed.
    batch = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-timestamp", "-pk"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit trail"
        indexes = [
            # A record's history is read by its type and id, newest first.
            models.Index(
                fields=["content_type", "object_id", "-timestamp"], name="audit_by_object"
            ),
            # The other entries of one change (revert page: what else the write did).
            models.Index(fields=["batch"], name="audit_by_batch"),
            # The newest entry of all: the feed's time (site/changes.latest_change_time).
            models.Index(fields=["-timestamp"], name="audit_latest"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.content_type.name} “{self.object_repr}”"

    @property
    def version(self) -> dict | None:
        """The record as this entry left it (as it was before, for a deletion)."""
        return self.before if self.action == self.Action.DELETE else self.after
