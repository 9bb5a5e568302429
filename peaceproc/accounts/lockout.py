"""Brute-force protection for sign-in: a username and address pair is locked after
LOGIN_FAILURE_LIMIT failures within LOGIN_COOLOFF_MINUTES, for that many minutes.

Keyed on both, so that an attacker cannot lock an editor out from elsewhere by failing
on purpose, and one address cannot try many passwords for one account. Enforced in an
authentication backend (every sign-in path goes through `authenticate`), explained in
the sign-in form (forms.py).
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from peaceproc.requestlog import client_ip

from .models import LoginFailure


def cooloff() -> timedelta:
    return timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES)


def _key(username, request) -> tuple[str, str]:
    return (username or "").strip().lower()[:150], client_ip(request) if request else ""


def locked_until(username, request) -> datetime | None:
    """When the lock on this username and address ends, or None when there is none."""
    name, ip = _key(username, request)
    until = (
        LoginFailure.objects.filter(username=name, ip=ip, locked_until__gt=timezone.now())
        .values_list("locked_until", flat=True)
        .first()
    )
    return until


def register_failure(username, request) -> LoginFailure:
    name, ip = _key(username, request)
    now = timezone.now()
    with transaction.atomic():
        entry, created = LoginFailure.objects.select_for_update().get_or_create(
            username=name,
            ip=ip,
            defaults={"failures": 0, "first_failed_at": now, "last_failed_at": now},
        )
        if entry.locked_until and entry.locked_until > now:
            # Attempts while locked do not extend the lock: the stated time stays true.
            return entry
        if not created and now - entry.last_failed_at > cooloff():
            # Old failures have aged out; count afresh.
            entry.failures = 0
            entry.first_failed_at = now
        entry.failures += 1
        entry.last_failed_at = now
        entry.locked_until = (
            now + cooloff() if entry.failures >= settings.LOGIN_FAILURE_LIMIT else None
        )
        entry.save()
    return entry


def clear(username, request) -> None:
    name, ip = _key(username, request)
    LoginFailure.objects.filter(username=name, ip=ip).delete()


def on_login_failed(sender, credentials, request=None, **kwargs):
    register_failure(credentials.get("username"), request)


def on_logged_in(sender, request, user, **kwargs):
    clear(user.get_username(), request)


class LockoutBackend(ModelBackend):
    """Django's model backend that refuses a locked username and address before any
    password is checked.

    Raising PermissionDenied stops `authenticate` at once, so even the right password
    does not get in during the cool-off. Being the model backend itself (rather than
    a refusing backend placed before it) keeps `get_user` and `force_login` working.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is not None and locked_until(username, request):
            raise PermissionDenied("Too many failed sign-in attempts.")
        return super().authenticate(request, username=username, password=password, **kwargs)
