from django.db import models


class LoginFailure(models.Model):
    """Failed sign-ins of one username from one address, and the lock they led to.

    Kept in the database rather than a per-process cache so that every worker and every
    machine sees the same count: five failures spread over four workers still lock.
    """

    username = models.CharField(max_length=150)
    ip = models.CharField("IP address", max_length=45)
    failures = models.PositiveIntegerField(default=0)
    first_failed_at = models.DateTimeField()
    last_failed_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_failed_at"]
        constraints = [
            models.UniqueConstraint(fields=["username", "ip"], name="login_failure_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.username} from {self.ip}: {self.failures} failure(s)"
