from django.db import models


class LoginFailure(models.Model):
    """Failed sign-ins from one address (whatever the usernames), and the lock they led to.

    Kept in the database rather than a per-process cache so that every worker and every
    machine sees the same count: five failures spread over four workers still lock.
    """

    username = models.CharField(max_length=150, help_text="The last username tried.")
    ip = models.CharField("IP address", max_length=45)
    failures = models.PositiveIntegerField(default=0)
    first_failed_at = models.DateTimeField()
    last_failed_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_failed_at"]
        constraints = [
            models.UniqueConstraint(fields=["ip"], name="login_failure_ip_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.ip}: {self.failures} failure(s), last as {self.username}"
