"""An article read and analysed, waiting for an editor's review.

It keeps the text and the pipeline's candidates between the upload and the review, so
a validation error on the review page, a reload or a lunch break loses nothing. Once
accepted or discarded it leaves the queue but stays, saying who decided and when (issue 13:
editors share the queue, and each article says who uploaded it and who decided on it).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse

from peaceproc.chronology.dates import validate_supported_date


class PendingArticleQuerySet(models.QuerySet):
    def waiting(self):
        """The queue: articles nobody has accepted or discarded yet."""
        return self.filter(status=PendingArticle.Status.WAITING)


class PendingArticle(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting for review"
        ACCEPTED = "accepted", "Accepted"
        DISCARDED = "discarded", "Discarded"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pending_articles",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    name = models.CharField(max_length=300, help_text="The file name, or 'pasted text'.")
    url = models.URLField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(validators=[validate_supported_date], null=True, blank=True)
    language = models.CharField(max_length=16)
    text = models.TextField()
    # services.text_hash of the text: finds a second upload of the same article.
    content_hash = models.CharField(max_length=64)
    # urlkeys.url_key of the URL: finds a second upload of the same page under another
    # spelling of its address. Empty when there is no URL.
    url_key = models.CharField(max_length=64, blank=True, editable=False)
    # The pipeline's candidates as JSON objects (the command's shape plus quote offsets,
    # date spans and agreement cues), so the review never re-runs the pipeline.
    candidates = models.JSONField(default=list)
    # Everyone the article names (the pipeline's `people`): [{"slug": ...} | {"name": ...}],
    # offered on every candidate of the review besides those of its own sentence.
    people = models.JSONField(default=list, blank=True)
    # What reading the input changed or chose, for the editor: the encoding a file was
    # read in when it was not UTF-8, control or bidi characters removed from the text.
    notes = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.WAITING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_articles",
        help_text="Who accepted or discarded it.",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = PendingArticleQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            # find_pending_by_text: a second upload of the same article.
            models.Index(fields=["content_hash"], name="pending_article_hash_idx"),
            # find_pending_by_url: the same page uploaded again, WHERE url_key = %s AND
            # status = 'waiting'.
            models.Index(fields=["url_key", "status"], name="pending_article_url_key_idx"),
            # The queue page: waiting articles, oldest first.
            models.Index(fields=["status", "created_at"], name="pending_article_queue_idx"),
        ]
        constraints = [
            # One waiting copy of a text: two pastes of one article racing past the
            # "already waiting" check cannot both be stored (services.pending_from).
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=models.Q(status="waiting"),
                name="pending_article_one_waiting_copy",
                violation_error_message="This article is already waiting for review.",
            ),
            models.CheckConstraint(
                condition=models.Q(status="waiting", decided_at=None)
                | (~models.Q(status="waiting") & models.Q(decided_at__isnull=False)),
                name="pending_article_decided_when",
                violation_error_message="An accepted or discarded article says when.",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.name

    def get_absolute_url(self) -> str:
        return reverse("ingest:review", args=[self.pk])
