import os

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peaceproc.settings")

application = get_wsgi_application()

# A WSGI server may inherit PEACEPROC_COMMAND_LINE (`make` exports it), which gives commands
# a random key of their own; serving with one would sign every cookie with a key no other
# worker knows. Only DEBUG may serve without SECRET_KEY (see settings.py).
if settings.SECRET_KEY_IS_EPHEMERAL:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set it in the environment, or set DEBUG=1 for local development."
    )

# Management commands run the system checks; a WSGI server does not, so the checks that
# guard serving (accounts/checks.py) run here, and a failing one stops the start.
if serious := [m for m in checks.run_checks(tags=["peaceproc"]) if m.is_serious()]:
    raise ImproperlyConfigured("\n".join(f"{m.id}: {m.msg} {m.hint}" for m in serious))
