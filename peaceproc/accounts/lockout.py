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
- An attempt from an address with no failure within the cool-off is not. Such an address
  is "clean" until a sign-in from it is refused for capacity (all slots of its kind
  running), then "refused" (mark_refused) for the cool-off or until it signs in: an
  attacker's address is clean for its first try only (or the few it makes at once), and
  one that was refused no longer competes with new addresses. An editor refused while new
  addresses flood the clean slots has slots of the refused kind for the next try, which
  addresses making one try each never reach; each address's first check there, if it
  fails, makes it suspect (re-tester t10s: a refusal counted for nothing kept the
  attackers' addresses clean, competing with the editor for the clean slots).
- Each kind runs at most LOGIN_CHECKS_AT_ONCE checks at once in a worker process
  (check_slot): a check that finds them all running is refused, never queued, so a burst
  holds no thread waiting, and the hashing at once is bounded by the workers, not by the
  attackers' connections.
- An attempt from a browser that has signed in as that username before, presenting its
  device cookie (devicecookie.py), is neither counted nor refused by these limits.
"""

import hashlib
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
    cache.delete(_refused_key(request))
    devicecookie.issue(request, user.get_username())


class SignInBusy(Exception):
    """A password check refused before the hasher runs: too many checks from suspect
    addresses in this window (LOGIN_CHECK_LIMIT per LOGIN_CHECK_WINDOW_SECONDS), or all of
    this worker's slots for its kind of check running (LOGIN_CHECKS_AT_ONCE). `kind` is
    the address's ("clean", "refused" or "suspect"): the 429 page says which case it is."""

    def __init__(self, retry_after: int, *, kind: str):
        super().__init__(f"Sign-in is busy; retry in {retry_after} s.")
        self.retry_after = retry_after
        self.kind = kind


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


def _refused_key(request) -> str:
    # Hashed: the address may come from a proxy's header, and a cache key is plain ASCII.
    digest = hashlib.sha256(_address(request).encode()).hexdigest()
    return f"signin-refused:{digest}"


def mark_refused(request) -> None:
    """Note that a sign-in from this request's address was refused for capacity: its next
    tries, for the cool-off or until it signs in, take the slots of the refused kind."""
    cache.set(_refused_key(request), True, timeout=int(cooloff().total_seconds()))


def address_kind(request) -> str:
    """ "suspect" when this request's address has a failed sign-in within the cool-off,
    else "refused" when a sign-in from it was refused for capacity (mark_refused), else
    "clean"."""
    if not is_clean(request):
        return "suspect"
    return "refused" if cache.get(_refused_key(request)) else "clean"


_slots_lock = threading.Lock()
_running = {"clean": 0, "refused": 0, "suspect": 0}


@contextmanager
def check_slot(kind: str):
    """Hold one of this worker's LOGIN_CHECKS_AT_ONCE slots for `kind` (address_kind's)
    while a password is checked, or raise SignInBusy at once when all are
    taken: nothing waits for a slot. A check takes under a second of CPU (0.4 s measured),
    so one second later a slot is most likely free again."""
    with _slots_lock:
        if _running[kind] >= settings.LOGIN_CHECKS_AT_ONCE:
            raise SignInBusy(1, kind=kind)
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
                "suspect": exception.kind == "suspect",
                "limit": settings.LOGIN_CHECK_LIMIT,
                "window": settings.LOGIN_CHECK_WINDOW_SECONDS,
                "cooloff_minutes": settings.LOGIN_COOLOFF_MINUTES,
                "device_days": settings.LOGIN_DEVICE_COOKIE_DAYS,
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
        kind = address_kind(request)
        try:
            with check_slot(kind):
                if kind == "suspect" and (wait := take_password_check()):
                    raise SignInBusy(wait, kind=kind)
                return super().authenticate(request, username=username, password=password, **kwargs)
        except SignInBusy:
            if kind == "clean":
                mark_refused(request)
            raise
