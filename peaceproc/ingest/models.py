"""An article read and analysed, waiting for an editor's review.

It keeps the text and the pipeline's candidates between the upload and the review, so
a validation error on the review page, a reload or a lunch break loses nothing. It is
deleted when the article is accepted or discarded.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse


class PendingArticle(models.Model):
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
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16)
    text = models.TextField()
    # services.text_hash of the text: finds a second upload of the same article.
    content_hash = models.CharField(max_length=64)
    # The pipeline's candidates as JSON objects (the command's shape plus quote offsets,
    # date spans and agreement cues), so the review never re-runs the pipeline.
    candidates = models.JSONField(default=list)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["content_hash"], name="pending_article_hash_idx")]

    def __str__(self) -> str:
        return self.title or self.name

    def get_absolute_url(self) -> str:
        return reverse("ingest:review", args=[self.pk])
