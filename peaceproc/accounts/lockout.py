"""Brute-force protection for sign-in: an address is locked after LOGIN_FAILURE_LIMIT
failed sign-ins (whatever the usernames) within LOGIN_COOLOFF_MINUTES, for that many minutes.

The design (issue 13; docs/deploy.md, "Sign-in lockout"), django-axes' default:

- Keyed on the address alone. A lock never follows a username to another address, so nobody
  can lock an editor out by failing on purpose from elsewhere; the editor's own address is
  locked only by failures made from it. The previous key, (username, address), let one
  address try LOGIN_FAILURE_LIMIT passwords on every account, and behind a proxy that hides
  the client's address it let anyone lock any account for everyone.
- A success does not reset the count (it ages out after the cool-off): else anyone with an
  account could guess another's password a few at a time, signing in as themselves between.
- No per-username lock: any lock an attacker can trigger from many addresses is one they
  can turn against the user. Guessing one account from many addresses is slowed by each
  address's lock and made hopeless by the password validators (settings.py); the request
  log names every failed sign-in for monitoring.

The address is the client's: behind a proxy, CLIENT_IP_HEADER must name the header the proxy
sets, or every client shares the proxy's address and one guesser locks everyone out; a
system check refuses that configuration (accounts/checks.py). Enforced in an authentication
backend (every sign-in path goes through `authenticate`), explained in the sign-in form.
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


def _address(request) -> str:
    return client_ip(request) if request else ""


def locked_until(request) -> datetime | None:
    """When the lock on this request's address ends, or None when there is none."""
    return (
        LoginFailure.objects.filter(ip=_address(request), locked_until__gt=timezone.now())
        .values_list("locked_until", flat=True)
        .first()
    )


def register_failure(username, request) -> LoginFailure:
    ip = _address(request)
    now = timezone.now()
    with transaction.atomic():
        entry, created = LoginFailure.objects.select_for_update().get_or_create(
            ip=ip,
            defaults={"failures": 0, "first_failed_at": now, "last_failed_at": now},
        )
        entry.username = (username or "").strip().lower()[:150]  # the last one tried
        if entry.locked_until and entry.locked_until > now:
            # Attempts while locked do not extend the lock: the stated time stays true.
            entry.save(update_fields=["username"])
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


def clear_expired(request) -> None:
    """Forget this address's failures once they have aged out (after a success)."""
    LoginFailure.objects.filter(
        ip=_address(request), last_failed_at__lte=timezone.now() - cooloff()
    ).delete()


def on_login_failed(sender, credentials, request=None, **kwargs):
    register_failure(credentials.get("username"), request)


def on_logged_in(sender, request, user, **kwargs):
    clear_expired(request)


class LockoutBackend(ModelBackend):
    """Django's model backend that refuses a locked address before any password is
    checked.

    Raising PermissionDenied stops `authenticate` at once, so even the right password
    does not get in during the cool-off. Being the model backend itself (rather than
    a refusing backend placed before it) keeps `get_user` and `force_login` working.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is not None and locked_until(request):
            raise PermissionDenied("Too many failed sign-in attempts.")
        return super().authenticate(request, username=username, password=password, **kwargs)
