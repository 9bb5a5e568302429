"""System checks on the sign-in lockout's configuration."""

from django.conf import settings
from django.core.checks import Error, register


@register("peaceproc")
def client_address_behind_a_proxy(app_configs, **kwargs) -> list[Error]:
    """Behind a TLS proxy, REMOTE_ADDR is the proxy's: every client would share one address,
    and the lockout (keyed on the address) would lock them all out together. So a site with
    DEBUG off that says it is reached through a proxy must name the client-address header.
    CLIENT_IP_HEADER=REMOTE_ADDR says the direct peer is the client (TLS ended by the server
    itself)."""
    behind_a_proxy = bool(getattr(settings, "SECURE_PROXY_SSL_HEADER", None)) or settings.HTTPS
    if settings.DEBUG or not behind_a_proxy or settings.CLIENT_IP_HEADER:
        return []
    return [
        Error(
            "A TLS proxy is configured (HTTPS or SECURE_PROXY_SSL_HEADER) but CLIENT_IP_HEADER "
            "is not: every client would have the proxy's address, and one person guessing "
            "passwords would lock everyone out of signing in.",
            hint="Set CLIENT_IP_HEADER to the header the proxy sets and always overwrites "
            "(e.g. HTTP_X_REAL_IP), or to REMOTE_ADDR if the server itself ends TLS. "
            "See docs/deploy.md.",
            id="peaceproc.E001",
        )
    ]
