"""Device cookies (OWASP's "Slow down online guessing attacks with device cookies"): a
browser an editor has signed in from is let past the limits on password checks
(lockout.take_password_check, lockout.check_slot) when it signs in as that editor again.

After a successful sign-in the browser is given a signed cookie naming the username and a
random nonce. A later sign-in attempt presenting a valid cookie for the username it tries
is trusted: it is neither counted against nor refused by those limits, so an attacker
sending bad sign-ins from many addresses keeps editors out no longer. The per-address lock
still applies to it. Its failures are counted per nonce in the shared cache; after
LOGIN_DEVICE_FAILURE_LIMIT of them within LOGIN_COOLOFF_MINUTES the cookie is locked for that
long and its attempts are treated like any other (counted against the global limit).

The cookie is signed with SECRET_KEY (a salt of its own), HttpOnly, SameSite=Lax, Secure
when the site is served over HTTPS, sent only to the sign-in page, and expires after
LOGIN_DEVICE_COOKIE_DAYS. docs/deploy.md, "Device cookies".
"""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.urls import reverse

COOKIE_NAME = "signin_device"
_SALT = "peaceproc.accounts.devicecookie"


@dataclass(frozen=True)
class Device:
    username: str
    nonce: str


def _max_age() -> int:
    return settings.LOGIN_DEVICE_COOKIE_DAYS * 24 * 3600


def _failures_key(nonce: str) -> str:
    return f"signin-device-failures:{nonce}"


def presented(request) -> Device | None:
    """The device this request's cookie names, if its signature holds and it has not
    expired; else None."""
    value = request.COOKIES.get(COOKIE_NAME) if request is not None else None
    if not value:
        return None
    try:
        data = signing.loads(value, salt=_SALT, max_age=_max_age())
    except signing.BadSignature:  # also an expired one
        return None
    if not isinstance(data, dict):
        return None
    username, nonce = data.get("u"), data.get("n")
    if not isinstance(username, str) or not isinstance(nonce, str):
        return None
    return Device(username=username, nonce=nonce)


def is_locked(device: Device) -> bool:
    return (cache.get(_failures_key(device.nonce)) or 0) >= settings.LOGIN_DEVICE_FAILURE_LIMIT


def trusted(request, username: str | None) -> bool:
    """Whether this attempt presents a valid, unlocked device cookie for `username`."""
    device = presented(request)
    return bool(device and username and device.username == username and not is_locked(device))


def register_failure(request, username: str | None) -> None:
    """Count a failed sign-in against the device cookie it presented for that username.
    A locked cookie's further failures do not extend its lock."""
    device = presented(request)
    if not device or device.username != username or is_locked(device):
        return
    key = _failures_key(device.nonce)
    timeout = settings.LOGIN_COOLOFF_MINUTES * 60
    cache.add(key, 0, timeout=timeout)
    try:
        cache.incr(key)
    except ValueError:  # expired or culled between add and incr
        cache.set(key, 1, timeout=timeout)


def issue(request, username: str) -> None:
    """Mark the request so that its response gives the browser a new device cookie for
    `username` (DeviceCookieMiddleware sets it)."""
    request.device_cookie = signing.dumps(
        {"u": username, "n": secrets.token_urlsafe(16)}, salt=_SALT
    )


class DeviceCookieMiddleware:
    """Sets the device cookie a successful sign-in issued on the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if value := getattr(request, "device_cookie", None):
            response.set_cookie(
                COOKIE_NAME,
                value,
                max_age=_max_age(),
                path=reverse("admin:login"),
                secure=request.is_secure() or settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
