"""peaceproc settings: one module, driven by environment variables.

Defaults suit a developer's machine (SQLite next to the code). Production sets
SECRET_KEY, DEBUG=0, ALLOWED_HOSTS and usually DATABASE_URL; see README.md.
"""

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def envint(name: str, default: str) -> int:
    value = os.getenv(name, default).strip()
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from None


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


TESTING = len(sys.argv) > 1 and sys.argv[1] == "test"
# manage.py sets this, so that commands (migrate, loadseeds, tests) run without a key.
COMMAND_LINE = os.getenv("PEACEPROC_COMMAND_LINE") == "1"
# Commands that serve requests: they need a real key like any WSGI server.
SERVER_COMMANDS = ("runserver", "testserver")
SERVING = not COMMAND_LINE or (len(sys.argv) > 1 and sys.argv[1] in SERVER_COMMANDS)

DEBUG = envbool("DEBUG", "0")
SECRET_KEY = os.getenv("SECRET_KEY", "")
# True when no key was given and a command runs with a random one of its own: nothing it
# signs outlives the process, and peaceproc/wsgi.py refuses to serve with such a key.
SECRET_KEY_IS_EPHEMERAL = False
if not SECRET_KEY:
    if DEBUG:
        # Development only: sessions survive the dev server's reloads. `check --deploy`
        # flags this key (security.W009); no process with DEBUG off ever uses it.
        SECRET_KEY = "django-insecure-development-key-not-for-production"  # noqa: S105
    elif SERVING:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment, "
            "or set DEBUG=1 for local development."
        )
    else:
        SECRET_KEY = secrets.token_urlsafe(50)
        SECRET_KEY_IS_EPHEMERAL = True
elif SERVING and not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5):
    # `check --deploy`'s criteria (security.W009), enforced where it matters: a server.
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: use at least 50 characters with at least 5 different ones, "
        "e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))'."
    )

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

# HTTPS. HTTPS=1 says the site is reached over TLS (directly or through a proxy) and turns
# on the redirect, secure cookies and HSTS together; each can still be set on its own.
HTTPS = envbool("HTTPS", "0")
_https_default = "1" if HTTPS else "0"
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", _https_default)
# Load balancers probe over plain HTTP on the private side; a redirect would fail them.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", _https_default)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", _https_default)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0")
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", _https_default)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", _https_default)
# Behind a TLS-terminating proxy, name the header it sets (and always overwrites), e.g.
# SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO; Django then trusts "https" in it.
# Never set it without such a proxy: a client could claim HTTPS itself.
if _proxy_header := os.getenv("SECURE_PROXY_SSL_HEADER", "").strip():
    SECURE_PROXY_SSL_HEADER = (_proxy_header, "https")
# The header a trusted proxy puts the client's address in (e.g. HTTP_X_REAL_IP), for the
# login lockout and the request log; empty means REMOTE_ADDR, the direct peer.
CLIENT_IP_HEADER = os.getenv("CLIENT_IP_HEADER", "").strip()
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "peaceproc.chronology",
    "peaceproc.ingest",
    "peaceproc.site",
    "peaceproc.api",
    "peaceproc.accounts",
    "peaceproc.audit",
    "peaceproc.search",
]

MIDDLEWARE = [
    # First, so that the duration it logs covers every other layer.
    "peaceproc.requestlog.RequestLogMiddleware",
    # HEAD: the GET answer's headers, no body (gunicorn would send the body).
    "peaceproc.head.HeadWithoutBodyMiddleware",
    # Refuses an oversized body from its Content-Length before anything reads it.
    "peaceproc.errors.RequestSizeLimitMiddleware",
    # A control character in the address's path: a 400 on every page (pathtext.py).
    "peaceproc.pathtext.PathControlCharactersMiddleware",
    # A control character in the query string: a public page is sent on without it, an
    # admin page refuses it (querytext.py), before any view or cache reads the query.
    "peaceproc.querytext.QueryControlCharactersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before sessions and auth are looked at.
    "peaceproc.staticfiles.StaticFilesMiddleware",
    # gzip outside the page cache and the validators: never for the admin (BREACH,
    # compression.py); a cached page is stored gzipped and sent as stored.
    "peaceproc.compression.PublicGZipMiddleware",
    # ETag and 304s (If-None-Match, If-Modified-Since) for GET and HEAD, on hits of the
    # page cache too (conditional.py).
    "peaceproc.conditional.ConditionalGetMiddleware",
    # Anonymous public pages from the shared cache, before any other work (pagecache.py).
    "peaceproc.pagecache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A write to a public page: 405 before the CSRF check (readonlypages.py).
    "peaceproc.readonlypages.ReadOnlyPublicPagesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Sign-in refused before hashing when all addresses together try too often: a 429.
    "peaceproc.accounts.lockout.SignInBusyMiddleware",
    # The device cookie a successful sign-in issues (accounts/devicecookie.py).
    "peaceproc.accounts.devicecookie.DeviceCookieMiddleware",
    # An admin list's filter the database cannot apply: a 400 naming it (adminfilters.py).
    "peaceproc.adminfilters.AdminListFiltersMiddleware",
    # An admin search of more words than a database condition holds: a 400 (adminsearch.py).
    "peaceproc.adminsearch.AdminSearchWordsMiddleware",
    # An admin list action on ids the list never wrote (`abc`, `1.5`): a 400 (adminactions.py).
    "peaceproc.adminactions.AdminSelectedIdsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "peaceproc.urls"
WSGI_APPLICATION = "peaceproc.wsgi.application"

TEMPLATES = [
    {
        # Django's, each render's context taken apart once rendered (templating.py); its
        # name kept.
        "BACKEND": "peaceproc.templating.DjangoTemplates",
        "NAME": "django",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

# Forms: Django's renderer, its plainest widgets drawn in Python, the same bytes as their
# templates (widgetrender.py): an admin change form draws a few hundred.
FORM_RENDERER = "peaceproc.widgetrender.FormRenderer"

# SQLite by default; PostgreSQL (or anything dj-database-url knows) through DATABASE_URL.
DATABASE_URL = os.getenv("DATABASE_URL", "")
# Connections are kept between requests: opening one costs more than most pages (3 ms for
# SQLite with its pragmas), and each sync worker uses one at a time.
CONN_MAX_AGE = envint("CONN_MAX_AGE", "600")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=CONN_MAX_AGE, conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            # Django's SQLite backend, creating a new database file 0600 (it holds password
            # hashes and sessions).
            "ENGINE": "peaceproc.sqlite",
            "NAME": os.getenv("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "CONN_MAX_AGE": CONN_MAX_AGE,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                # WAL lets readers run beside a writer; IMMEDIATE takes the write lock
                # at BEGIN so two writers queue on the busy timeout instead of failing
                # with "database is locked" when one upgrades a read lock.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": envint("SQLITE_BUSY_TIMEOUT", "20"),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every worker and machine: the database's by default (its table is
# made by a migration), Redis when REDIS_URL is set. Never a per-process cache: a page
# invalidated in one worker would stay stale in the others.
if REDIS_URL := os.getenv("REDIS_URL", ""):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "peaceproc_cache",
            "OPTIONS": {"MAX_ENTRIES": envint("CACHE_MAX_ENTRIES", "5000")},
        }
    }
# The public page cache (peaceproc/pagecache.py), emptied by every change to the record.
# Off in development and tests, where pages should always be rendered.
PAGE_CACHE = envbool("PAGE_CACHE", "0" if (DEBUG or TESTING) else "1")
PAGE_CACHE_SECONDS = envint("PAGE_CACHE_SECONDS", "300")
# Its bound: at most PAGE_CACHE_SLOTS pages in the shared cache, each at most
# PAGE_CACHE_MAX_PAGE_BYTES compressed (the timeline is 12 kB compressed); see pagecache.py.
PAGE_CACHE_SLOTS = envint("PAGE_CACHE_SLOTS", "500")
PAGE_CACHE_MAX_PAGE_BYTES = envint("PAGE_CACHE_MAX_PAGE_BYTES", str(128 * 1024))
# Each worker also keeps copies of pages it served, checked against the shared generation.
PAGE_CACHE_LOCAL_BYTES = envint("PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024))

# Django's model backend with a lockout in front: it refuses a locked-out username and
# address before the password is even checked (peaceproc.accounts.lockout).
AUTHENTICATION_BACKENDS = ["peaceproc.accounts.lockout.LockoutBackend"]
# Where signing in leads when `next` is absent or unsafe (another site): the admin, the
# only place that needs an account (Django's default, /accounts/profile/, is no page).
LOGIN_REDIRECT_URL = "admin:index"
LOGIN_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", "5")
LOGIN_COOLOFF_MINUTES = envint("LOGIN_COOLOFF_MINUTES", "15")
# Password checks of all addresses together: at most LOGIN_CHECK_LIMIT per window, each
# about 0.4 CPU seconds (docs/deploy.md); one more is answered 429 before hashing.
LOGIN_CHECK_LIMIT = envint("LOGIN_CHECK_LIMIT", "5")
LOGIN_CHECK_WINDOW_SECONDS = envint("LOGIN_CHECK_WINDOW_SECONDS", "10")
# Checks running at once in one worker process, for each of the three kinds of address (with
# failures on record; without, refused for capacity before; neither); one more is answered
# 429, never queued.
LOGIN_CHECKS_AT_ONCE = envint("LOGIN_CHECKS_AT_ONCE", "1")
# A browser's device cookie (accounts/devicecookie.py) lets it past that limit when it signs
# in as the username it names; so many failures with it lock the cookie for the cool-off.
LOGIN_DEVICE_FAILURE_LIMIT = envint("LOGIN_DEVICE_FAILURE_LIMIT", "3")
LOGIN_DEVICE_COOKIE_DAYS = envint("LOGIN_DEVICE_COOKIE_DAYS", "90")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    # Hashing is the slowest part of tests that log users in; MD5 is fine there.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests sign in far more often than people (and MD5 costs nothing): the limit of all
    # addresses' password checks is set by its own tests (tests/security/test_signin_load.py).
    LOGIN_CHECK_LIMIT = 1_000_000
    # The live server of browser tests is threaded: its sign-ins may overlap.
    LOGIN_CHECKS_AT_ONCE = 1_000

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# Files WhiteNoise serves at the site's root: /favicon.ico, which browsers and feed
# readers ask for whatever the pages' <link rel="icon"> says (the design of favicon.svg,
# 32x32).
WHITENOISE_ROOT = BASE_DIR / "public"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names served for a year by whitenoise after `collectstatic`.
    # Tests and DEBUG use plain names so that they need no collectstatic first.
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING or DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Request size limits. Form and JSON bodies above DATA_UPLOAD_MAX_MEMORY_SIZE, and any
# request whose Content-Length exceeds MAX_REQUEST_SIZE (uploads included), are refused
# with a 413 page that states the limit (peaceproc.errors).
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("DATA_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440))
FILE_UPLOAD_MAX_MEMORY_SIZE = envint("FILE_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440))
DATA_UPLOAD_MAX_NUMBER_FIELDS = envint("DATA_UPLOAD_MAX_NUMBER_FIELDS", "2000")
MAX_REQUEST_SIZE = envint("MAX_REQUEST_SIZE", str(10 * 1024 * 1024))

# All JavaScript and CSS live in static files, so the policy needs no
# 'unsafe-inline' anywhere; scripts Django itself writes inline get a nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

TEST_RUNNER = "peaceproc.testing.Runner"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # The request log's message is already one JSON object (peaceproc.requestlog).
        "json": {"format": "%(message)s"},
    },
    "filters": {
        "one_line_warning": {"()": "peaceproc.logfilters.OneLineWarning"},
        "refusal_without_traceback": {"()": "peaceproc.logfilters.RefusalWithoutTraceback"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "requests": {"class": "logging.StreamHandler", "formatter": "json"},
    },
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request warnings (404s from fuzzing and bad links) are noise in tests.
        # A 403 or 404 is one WARNING line, without the traceback of its exception.
        "django.request": {
            "level": "ERROR" if TESTING else "WARNING",
            "filters": ["refusal_without_traceback"],
        },
        # A wrong Host header (scanners send them by the thousand) is answered 400 and
        # logged as one WARNING line, not an ERROR with a traceback.
        "django.security.DisallowedHost": {"filters": ["one_line_warning"]},
        # One JSON line per request; silent in tests (they check it with assertLogs).
        "peaceproc.requests": {
            "handlers": ["requests"],
            "level": "WARNING" if TESTING else os.getenv("REQUEST_LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        # The libraries' INFO and WARNING notes (pymorphy3 loading its dictionaries,
        # trafilatura and htmldate on the test articles, the CSRF refusals tests provoke)
        # would break the test runner's dots; errors still show.
        **{
            name: {"level": "ERROR"}
            for name in ("pymorphy3", "trafilatura", "htmldate", "courlan", "django.security.csrf")
            if TESTING
        },
    },
}
