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

Besides the lock of each address, password checks are limited so that bad sign-ins from
many addresses cannot hold the workers or the cores (docs/deploy.md, "Sign-in lockout"), and
no request ever waits for a limit: one beyond it is answered 429 at once, before the hasher
runs, and is no failure of its address.

- An attempt from an address with failures on record (a "suspect" one) is counted against
  LOGIN_CHECK_LIMIT per LOGIN_CHECK_WINDOW_SECONDS of all addresses together
  (take_password_check).
- An attempt from an address with no failure within the cool-off (a "clean" one) is not:
  an attacker's address is clean for its first check only (or the few it makes at once),
  so a flood from rotating addresses cannot keep out an editor signing in from a clean one.
- Each kind runs at most LOGIN_CHECKS_AT_ONCE checks at once in a worker process
  (check_slot): a check that finds them all running is refused, never queued, so a burst
  holds no thread waiting, and the hashing at once is bounded by the workers, not by the
  attackers' connections.
- An attempt from a browser that has signed in as that username before, presenting its
  device cookie (devicecookie.py), is neither counted nor refused by these limits.
"""

import math
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone

from peaceproc.requestlog import client_ip

from . import devicecookie
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
    devicecookie.register_failure(request, credentials.get("username"))


def on_logged_in(sender, request, user, **kwargs):
    clear_expired(request)
    devicecookie.issue(request, user.get_username())


class SignInBusy(Exception):
    """A password check refused before the hasher runs: too many checks from suspect
    addresses in this window (LOGIN_CHECK_LIMIT per LOGIN_CHECK_WINDOW_SECONDS), or all of
    this worker's slots for its kind of check running (LOGIN_CHECKS_AT_ONCE)."""

    def __init__(self, retry_after: int):
        super().__init__(f"Sign-in is busy; retry in {retry_after} s.")
        self.retry_after = retry_after


def _wall_clock() -> float:
    return time.time()


# Serialises this process's add-and-increment of the window's count: the database cache's
# incr is a read then a write, so threads of one worker racing on it could lose increments.
_count_lock = threading.Lock()


def take_password_check() -> int:
    """Count one suspect password check against the limit of all addresses together: 0
    when it may run, else the seconds until the next window, when one may.

    Each check costs the hasher's work (about 0.4 CPU seconds, docs/deploy.md): without
    a limit, bad sign-ins from many addresses, each under its own lock's limit, hold
    every worker. The count lives in the shared cache, one key per window, so every
    worker sees it; a cache that loses an increment between workers (the database
    cache's is not atomic) lets a few more checks through, never fewer."""
    window = settings.LOGIN_CHECK_WINDOW_SECONDS
    now = _wall_clock()
    slot = int(now // window)
    key = f"signin-checks:{slot}"
    with _count_lock:
        cache.add(key, 0, timeout=window * 2)
        try:
            count = cache.incr(key)
        except ValueError:  # culled or expired between add and incr
            cache.set(key, 1, timeout=window * 2)
            count = 1
    if count <= settings.LOGIN_CHECK_LIMIT:
        return 0
    return max(1, math.ceil((slot + 1) * window - now))


def is_clean(request) -> bool:
    """Whether this request's address has no failed sign-in within the cool-off."""
    return not LoginFailure.objects.filter(
        ip=_address(request), last_failed_at__gt=timezone.now() - cooloff()
    ).exists()


_slots_lock = threading.Lock()
_running = {"clean": 0, "suspect": 0}


@contextmanager
def check_slot(kind: str):
    """Hold one of this worker's LOGIN_CHECKS_AT_ONCE slots for `kind` ("clean" or
    "suspect") while a password is checked, or raise SignInBusy at once when all are
    taken: nothing waits for a slot. A check takes under a second of CPU (0.4 s measured),
    so one second later a slot is most likely free again."""
    with _slots_lock:
        if _running[kind] >= settings.LOGIN_CHECKS_AT_ONCE:
            raise SignInBusy(1)
        _running[kind] += 1
    try:
        yield
    finally:
        with _slots_lock:
            _running[kind] -= 1


class SignInBusyMiddleware:
    """Answers SignInBusy with a 429 page that says when to try again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, SignInBusy):
            return None
        response = TemplateResponse(
            request,
            "errors/429.html",
            {
                "retry_after": exception.retry_after,
                "limit": settings.LOGIN_CHECK_LIMIT,
                "window": settings.LOGIN_CHECK_WINDOW_SECONDS,
            },
            status=429,
        )
        response["Retry-After"] = str(exception.retry_after)
        return response.render()


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
        if username is None or password is None or devicecookie.trusted(request, username):
            return super().authenticate(request, username=username, password=password, **kwargs)
        # Not PermissionDenied when busy: that would count as this address's failure.
        kind = "clean" if is_clean(request) else "suspect"
        with check_slot(kind):
            if kind == "suspect" and (wait := take_password_check()):
                raise SignInBusy(wait)
            return super().authenticate(request, username=username, password=password, **kwargs)
