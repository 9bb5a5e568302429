"""Production settings, static files, the health endpoint, the request log and size limits."""

import io
import json
import os
import runpy
import secrets
import string
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

from django.conf import global_settings, settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import DatabaseError
from django.test import SimpleTestCase, TestCase, override_settings, tag

from peaceproc.requestlog import QUERY_LOG_CHARS

from .processes import ROOT, python


def production_env(**extra) -> dict:
    """The environment of a production server behind a TLS proxy."""
    env = {k: v for k, v in os.environ.items() if k not in ("PEACEPROC_COMMAND_LINE", "DEBUG")}
    env.update(
        DEBUG="0",
        SECRET_KEY="".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(50)),
        ALLOWED_HOSTS="example.org",
        HTTPS="1",
        SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO",
        CLIENT_IP_HEADER="HTTP_X_REAL_IP",
    )
    env.update(extra)
    return env


def manage(*args, env, timeout=120) -> subprocess.CompletedProcess:
    return python(str(ROOT / "manage.py"), *args, env=env, timeout=timeout)


def settings_under(env: dict, *argv: str) -> dict:
    """The settings a process started as `argv` with `env` would have: settings.py run
    afresh in this process, with os.environ and sys.argv replaced while it runs (an
    ImproperlyConfigured it raises is the one that process would stop with).

    Each `manage.py` subprocess costs over a second of CPU, nearly all of it imports;
    what the settings make of an environment needs none of them. The tests of the real
    start-up path (a WSGI server, `check --deploy`, collectstatic) keep their processes."""
    with (
        mock.patch.dict(os.environ, env, clear=True),
        mock.patch.object(sys, "argv", list(argv)),
    ):
        namespace = runpy.run_path(str(ROOT / "peaceproc" / "settings.py"))
    return {name: value for name, value in namespace.items() if name.isupper()}


# Settings a running process cannot take from override_settings: its database
# connections (the test database) and its logging, configured once at start-up.
_FIXED_AT_START = {"DATABASES", "LOGGING"}


def check(env: dict, *options: str) -> str:
    """`manage.py check *options` under `env`, run in this process: the system checks
    see every setting that environment gives (but the two fixed at start-up); their
    report is returned, and SystemCheckError raised as the command would."""
    under = settings_under(env, "manage.py", "check", *options)
    # A setting settings.py leaves out there (SECURE_PROXY_SSL_HEADER without its
    # variable) has Django's default.
    for name in dir(settings):
        if name.isupper() and name not in under and hasattr(global_settings, name):
            under[name] = getattr(global_settings, name)
    changed = {
        name: value
        for name, value in under.items()
        if name not in _FIXED_AT_START and getattr(settings, name, object()) != value
    }
    out, err = io.StringIO(), io.StringIO()
    with override_settings(**changed):
        call_command("check", *options, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


class CheckDeployTests(SimpleTestCase):
    @tag("slow")  # a process of its own (manage.py or the WSGI import): ~1.5 s of CPU each
    def test_check_deploy_reports_nothing_under_production_settings(self):
        result = manage("check", "--deploy", "--fail-level", "DEBUG", env=production_env())
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues (0 silenced)", result.stdout)

    def test_check_deploy_flags_the_development_defaults(self):
        # The same command without the production variables must not pass: it proves the
        # test above is checking something.
        env = {**os.environ, "PEACEPROC_COMMAND_LINE": "1", "DEBUG": "1"}
        env.pop("SECRET_KEY", None)
        report = check(env, "--deploy")
        self.assertIn("security.W018", report)  # DEBUG on
        self.assertIn("security.W009", report)  # weak key
        with self.assertRaises(SystemCheckError) as failed:
            check(env, "--deploy", "--fail-level", "DEBUG")
        self.assertIn("security.W018", str(failed.exception))

    def assert_serving_refused(self, message: str, *, without: str, **variables):
        """Loading the WSGI application, a server's first step, fails and says `message`
        when `without` is missing from the production environment."""
        env = production_env(**variables)
        del env[without]
        result = python("-c", "import peaceproc.wsgi", env=env, timeout=60)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn(message, result.stderr)

    def test_serving_without_secret_key_refuses_to_start(self):
        env = production_env()
        del env["SECRET_KEY"]
        with self.assertRaisesMessage(ImproperlyConfigured, "SECRET_KEY is not set"):
            settings_under(env, "gunicorn", "peaceproc.wsgi")

    def test_the_dev_server_with_debug_off_refuses_to_start_without_secret_key(self):
        # Issue 13, finding 5: manage.py sets PEACEPROC_COMMAND_LINE, and runserver used to
        # serve (and sign cookies) with the fixed development key.
        env = production_env(PEACEPROC_COMMAND_LINE="1", HTTPS="0")
        del env["SECRET_KEY"]
        env.pop("SECURE_PROXY_SSL_HEADER")
        # The settings stop the process before runserver could serve.
        with self.assertRaisesMessage(ImproperlyConfigured, "SECRET_KEY is not set"):
            settings_under(env, "manage.py", "runserver", "--noreload", "127.0.0.1:8000")
        # Any other command gets a key of its own (the test below).
        self.assertTrue(settings_under(env, "manage.py", "migrate")["SECRET_KEY_IS_EPHEMERAL"])

    @tag("slow")  # a process of its own (manage.py or the WSGI import): ~1.5 s of CPU each
    def test_a_wsgi_server_started_from_a_command_line_refuses_too(self):
        self.assert_serving_refused(
            "SECRET_KEY is not set",
            without="SECRET_KEY",
            PEACEPROC_COMMAND_LINE="1",  # as `make` exports it
        )

    def test_commands_without_secret_key_sign_with_a_random_key_never_a_fixed_one(self):
        env = production_env()
        del env["SECRET_KEY"]
        env["PEACEPROC_COMMAND_LINE"] = "1"
        runs = [settings_under(env, "manage.py", "shell") for _ in range(2)]
        keys = [run["SECRET_KEY"] for run in runs]
        self.assertNotEqual(keys[0], keys[1])
        for run, key in zip(runs, keys, strict=True):
            self.assertGreaterEqual(len(key), 50)
            self.assertNotIn("insecure", key)
            self.assertTrue(run["SECRET_KEY_IS_EPHEMERAL"])  # which peaceproc.wsgi refuses

    def test_a_proxy_without_client_ip_header_fails_the_checks(self):
        # Issue 13, finding 2: behind a proxy every client has the proxy's address, so the
        # sign-in lockout would lock everyone out together.
        for variables in ({"HTTPS": "1"}, {"HTTPS": "0"}):
            with self.subTest(**variables):
                env = production_env(**variables)
                del env["CLIENT_IP_HEADER"]
                with self.assertRaises(SystemCheckError) as failed:
                    check(env)
                self.assertIn("CLIENT_IP_HEADER", str(failed.exception))
                self.assertIn("peaceproc.E001", str(failed.exception))
        report = check(production_env(CLIENT_IP_HEADER="REMOTE_ADDR"))
        self.assertIn("System check identified no issues", report)

    @tag("slow")  # a process of its own (manage.py or the WSGI import): ~1.5 s of CPU each
    def test_a_wsgi_server_behind_a_proxy_without_client_ip_header_refuses_to_start(self):
        self.assert_serving_refused("CLIENT_IP_HEADER", without="CLIENT_IP_HEADER")

    def test_bad_boolean_is_refused_rather_than_guessed(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "DEBUG must be a boolean"):
            settings_under(production_env(DEBUG="maybe"), "manage.py", "check")

    def test_production_security_settings(self):
        s = settings_under(production_env(), "gunicorn", "peaceproc.wsgi")
        self.assertEqual(
            (
                s["DEBUG"],
                s["SESSION_COOKIE_SECURE"],
                s["CSRF_COOKIE_SECURE"],
                s["SECURE_SSL_REDIRECT"],
                s["SECURE_HSTS_SECONDS"],
                s["SECURE_PROXY_SSL_HEADER"],
                s["ALLOWED_HOSTS"],
                s["STORAGES"]["staticfiles"]["BACKEND"],
            ),
            (
                False,
                True,
                True,
                True,
                31536000,
                ("HTTP_X_FORWARDED_PROTO", "https"),
                ["example.org"],
                "whitenoise.storage.CompressedManifestStaticFilesStorage",
            ),
        )

    @tag("slow")  # a process of its own (manage.py or the WSGI import): ~1.5 s of CPU each
    def test_hashed_static_files_are_served_by_whitenoise(self):
        with tempfile.TemporaryDirectory() as static_root:
            env = production_env(STATIC_ROOT=static_root, HTTPS="0", ALLOWED_HOSTS="testserver")
            collected = manage("collectstatic", "--no-input", "-v0", env=env)
            self.assertEqual(collected.returncode, 0, collected.stderr)
            script = """
import re
from django.templatetags.static import static
from django.test import Client
url = static("css/site.css")
assert re.fullmatch(r"/static/css/site\\.[0-9a-f]{12}\\.css", url), url
response = Client().get(url)
assert response.status_code == 200, response.status_code
assert "immutable" in response["Cache-Control"], response["Cache-Control"]
gz = Client().get(url, headers={"accept-encoding": "gzip"})
assert gz.get("Content-Encoding") in ("gzip", "br"), dict(gz.headers)
print("served", url)
"""
            result = manage("shell", "-c", script, env=env)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("served /static/css/site.", result.stdout)


class HealthTests(TestCase):
    def test_healthz_checks_the_database(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "database": "ok"})
        self.assertIn("no-store", response["Cache-Control"])

    def test_healthz_answers_503_when_the_database_is_down(self):
        with (
            mock.patch("peaceproc.health.connection.cursor", side_effect=DatabaseError("down")),
            # The root logger: both the health check's and Django's 503 records.
            self.assertLogs(level="ERROR") as logs,
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["database"], "unavailable")
        self.assertIn("peaceproc.health", {r.name for r in logs.records})

    def test_ping_is_trivial(self):
        with self.assertNumQueries(0):
            response = self.client.get("/_ping")
        self.assertEqual(response.content, b"pong")

    def test_health_refuses_writes(self):
        self.assertEqual(self.client.post("/healthz").status_code, 405)


class RequestLogTests(TestCase):
    def test_one_json_line_per_request(self):
        with self.assertLogs("peaceproc.requests", "INFO") as logs:
            self.client.get("/_ping", headers={"hx-request": "true"})
            self.client.get("/no-such-page/")
        self.assertEqual(len(logs.output), 2)
        first, second = (json.loads(r.getMessage()) for r in logs.records)
        self.assertEqual(first["method"], "GET")
        self.assertEqual(first["path"], "/_ping")
        self.assertEqual(first["status"], 200)
        self.assertIsInstance(first["duration_ms"], float)
        self.assertTrue(first["htmx"])
        self.assertIsNone(first["user"])
        self.assertEqual(second["status"], 404)

    def test_the_query_string_is_logged_capped_and_escaped(self):
        """Outside tester t7s (issue 11): the log left the query string out."""
        long_query = "q=" + "a" * 5000
        with self.assertLogs("peaceproc.requests", "INFO") as logs:
            self.client.get("/_ping")
            self.client.get("/_ping?round=astana-4&q=%D8%AF")
            self.client.get("/_ping", QUERY_STRING="q=a\nb\x1b[31m\u202e")
            self.client.get(f"/_ping?{long_query}")
        for record in logs.records:
            self.assertNotIn("\n", record.getMessage())
            self.assertNotIn("\x1b", record.getMessage())
            self.assertNotIn("\u202e", record.getMessage())
        lines = [json.loads(r.getMessage()) for r in logs.records]
        self.assertIsNone(lines[0]["query"])
        self.assertEqual(lines[1]["query"], "round=astana-4&q=%D8%AF")
        self.assertEqual(lines[2]["query"], "q=a\nb\x1b[31m\u202e")
        self.assertEqual(lines[3]["query"], long_query[:QUERY_LOG_CHARS] + "…")
        self.assertEqual(lines[3]["path"], "/_ping")

    @override_settings(CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR")
    def test_client_address_from_a_trusted_proxy_header(self):
        with self.assertLogs("peaceproc.requests", "INFO") as logs:
            self.client.get("/_ping", headers={"x-forwarded-for": "203.0.113.9, 198.51.100.7"})
        # The last address is the one the trusted proxy appended; earlier ones are the
        # client's own claims.
        self.assertEqual(json.loads(logs.records[0].getMessage())["ip"], "198.51.100.7")


class RequestSizeTests(TestCase):
    def test_oversized_body_is_refused_before_it_is_read(self):
        response = self.client.generic(
            "POST",
            "/admin/login/",
            data=b"x",
            content_type="application/octet-stream",
            CONTENT_LENGTH=str(settings.MAX_REQUEST_SIZE + 1),
        )
        self.assertEqual(response.status_code, 413)
        self.assertContains(response, "larger than the limit of 10.0\xa0MB", status_code=413)

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
    def test_oversized_form_is_refused_with_the_limit(self):
        with self.assertLogs("django.security", "ERROR"):
            response = self.client.post("/admin/login/", {"username": "a" * 2000, "password": "x"})
        self.assertEqual(response.status_code, 413)
        self.assertContains(response, "larger than the limit of 1000\xa0bytes", status_code=413)
        self.assertContains(response, "Nothing was stored", status_code=413)

    @override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=10)
    def test_too_many_fields_is_a_clear_400(self):
        with self.assertLogs("django.security", "ERROR"):
            response = self.client.post("/admin/login/", {f"f{i}": "x" for i in range(50)})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "too many fields", status_code=400)

    @override_settings(MAX_REQUEST_SIZE=5000)
    def test_oversized_upload_is_refused(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        upload = SimpleUploadedFile("article.txt", b"a" * 10_000, content_type="text/plain")
        response = self.client.post("/admin/ingest/", {"files": upload})
        self.assertEqual(response.status_code, 413)
        self.assertContains(response, "4.9\xa0KB", status_code=413)


class SecretFilesTests(SimpleTestCase):
    """Issue 13, finding 7: var/secret-key was created 0644 by `make serve`."""

    def make_key(self, folder: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["make", "-f", str(ROOT / "Makefile"), "-C", folder, "var/secret-key",
             f"PY={sys.executable}"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    def test_the_key_file_is_readable_by_its_owner_only(self):
        with tempfile.TemporaryDirectory() as folder:
            result = self.make_key(folder)
            self.assertEqual(result.returncode, 0, result.stderr)
            key = Path(folder) / "var" / "secret-key"
            self.assertEqual(key.stat().st_mode & 0o777, 0o600)
            self.assertGreaterEqual(len(key.read_text().strip()), 50)
            first = key.read_text()
            key.chmod(0o644)  # a key made by an older version
            self.make_key(folder)
            self.assertEqual(key.stat().st_mode & 0o777, 0o600)
            self.assertEqual(key.read_text(), first, "made once, never replaced")


class BackupFileModeTests(TestCase):
    def test_backups_are_readable_by_their_owner_only(self):
        from django.core.management import call_command

        with tempfile.TemporaryDirectory() as folder:
            for name in ("backup.json", "backup.json.gz"):
                path = Path(folder) / name
                call_command("exportdata", str(path), "--users", stdout=io.StringIO())
                self.assertEqual(path.stat().st_mode & 0o777, 0o600, name)
