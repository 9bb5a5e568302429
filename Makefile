# peaceproc — the two commands a new user needs are `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
MAKEFILE := $(firstword $(MAKEFILE_LIST))
HOST ?= 127.0.0.1
PORT ?= 8000
# Management commands run without SECRET_KEY (a random one, see settings.py); the dev server
# runs with DEBUG. A server with DEBUG off refuses to start without SECRET_KEY.
export PEACEPROC_COMMAND_LINE := 1

.PHONY: run test test-fast install install-dev migrate seed admin lint check-migrations test-unit test-postgres
.PHONY: bench bench-api bench-admin bench-ingest bench-upload bench-review eval-ingest learn-dates serve loadtest clean var/secret-key

# Packages go in with uv (pinned here, itself installed by pip from the registry): it
# fetches and unpacks them in parallel, where pip does one at a time; the same pinned
# requirements, the same packages. Where uv cannot be installed or fails (say, behind a
# package mirror set up for pip only), pip installs them as before, and says so.
# uv writes the packages' bytecode (.pyc) at install, as pip does by default: without it,
# where PYTHONDONTWRITEBYTECODE is set (this project's machines set it), every Python
# process compiled Django and the rest from source, about 1.2 s of CPU per start (each
# `manage.py` a test starts, the test run itself, `make run`).
UV_VERSION := 0.13.8
PIP_INSTALL = if [ ! -x $(VENV)/bin/uv ]; then \
    echo "No uv in $(VENV): installing $(1) with pip"; $(PY) -m pip install --quiet -r $(1); \
  elif echo "Installing $(1) with uv" && ! $(VENV)/bin/uv pip install --quiet --compile-bytecode --python $(PY) -r $(1); then \
    echo "uv could not install $(1): installing it with pip"; $(PY) -m pip install --quiet -r $(1); \
  fi

$(PY):
	@python=$$(scripts/find-python) && echo "Creating $(VENV) with $$python" && "$$python" -m venv $(VENV)
	@$(PY) -m pip install --quiet uv==$(UV_VERSION) || $(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: requirements.txt | $(PY)
	@$(call PIP_INSTALL,requirements.txt)
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	@$(call PIP_INSTALL,requirements-dev.txt)
	@touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev

# The default SQLite files hold password hashes and sessions: one made before the backend
# created it 0600 is tightened (a new one is created 0600 by peaceproc.sqlite).
migrate: install
	@if [ -z "$$DATABASE_URL$$SQLITE_PATH" ]; then \
	  for f in db.sqlite3 db.sqlite3-wal db.sqlite3-shm; do [ ! -e $$f ] || chmod 600 $$f; done; fi
	$(PY) manage.py setuplocked migrate --no-input

# Set-up commands hold the database's set-up lock (peaceproc/setuplock.py): `make run` and
# `make serve` started at once take turns instead of both creating the tables.
seed: migrate
	$(PY) manage.py setuplocked loadseeds

admin: migrate
	$(PY) manage.py setuplocked ensureadmin --url "http://$(HOST):$(PORT)/"

## make run: set up everything on a fresh machine and serve on http://127.0.0.1:8000/
run: seed admin
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-migrations: install-dev
	$(PY) manage.py makemigrations --check --dry-run

# Test processes: one per core by default (Django's --parallel auto); PARALLEL=1 runs them in one.
PARALLEL ?= auto
test-unit: install-dev
	$(PY) manage.py test tests --no-input --parallel $(PARALLEL)

## make test-fast: the edit loop: the suite without the browser and slow (fuzzing, concurrency,
## schemathesis) tests, in parallel; no lint. `make test` runs everything.
test-fast: install-dev
	$(PY) manage.py test tests --no-input --parallel $(PARALLEL) --exclude-tag browser --exclude-tag slow

## make test: lint, migrations check and the whole suite (browser tests included when Chromium is present)
# The checks run beside the suite (a few seconds it would otherwise wait), their output
# kept aside and shown after the suite's; `make test` fails if either fails.
test: install-dev
	@checks=$$(mktemp -d) && trap 'rm -rf "$$checks"' EXIT; \
	( $(MAKE) -k --no-print-directory -f $(MAKEFILE) lint check-migrations >"$$checks/output" 2>&1; \
	  echo $$? >"$$checks/status" ) & \
	$(MAKE) --no-print-directory -f $(MAKEFILE) test-unit; suite=$$?; wait; \
	echo "== lint and migrations check (run beside the suite)"; cat "$$checks/output"; \
	checked=$$(cat "$$checks/status"); \
	[ "$$checked" -eq 0 ] || echo "== make test: lint or the migrations check FAILED"; \
	[ "$$suite" -eq 0 ] || echo "== make test: the suite FAILED"; \
	[ "$$suite" -eq 0 ] && [ "$$checked" -eq 0 ]

## make serve: production-like on http://$(HOST):$(PORT)/ with DEBUG off: collectstatic (hashed
## names), migrate, then gunicorn with $(WORKERS) workers. SECRET_KEY comes from the environment,
## else from var/secret-key (made once, never committed).
WORKERS ?= 2
serve: seed
	$(PY) manage.py collectstatic --no-input -v0
	@test -n "$$SECRET_KEY" || $(MAKE) --no-print-directory var/secret-key
	@echo "Serving (production-like, $(WORKERS) workers) on http://$(HOST):$(PORT)/"
	PEACEPROC_COMMAND_LINE= DEBUG=0 SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret-key)}" \
	  GUNICORN_BIND=$(HOST):$(PORT) WEB_CONCURRENCY=$(WORKERS) \
	  $(VENV)/bin/gunicorn peaceproc.wsgi -c peaceproc/gunicorn_conf.py

# The key file is readable by its owner only (umask 077 before it exists, chmod for an
# older one); it is made once and never committed.
var/secret-key:
	@mkdir -p var && chmod 700 var
	@test -s $@ || (umask 077 && $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@)
	@chmod 600 $@

## make loadtest: gunicorn (2 workers) on loopback over a freshly seeded SQLite copy, driven by wrk
loadtest: install-dev
	$(PY) bench/loadtest.py

bench: install-dev
	$(PY) bench/run.py

## make bench-api: the JSON API's lists at 10,000 events (time, CPU, queries per request)
bench-api: install-dev
	$(PY) bench/api.py

## make bench-admin: the admin's change forms (round, event, agreement, participant) at 10,000 events (time, CPU, size, queries per request)
bench-admin: install-dev
	$(PY) bench/admin_forms.py

## make bench-ingest: the ingest pipeline on the worst inputs (each must take < 1 s)
bench-ingest: install-dev
	$(PY) bench/ingest_robustness.py

## make bench-upload: CPU of the whole upload path (paste, review page, ingest command) on the worst texts (each must take < 1 s)
bench-upload: install-dev
	$(PY) bench/ingest_upload.py

## make bench-review: CPU per request of the admin's review page (GET and accept) at 60 candidates and the most one review takes
bench-review: install-dev
	$(PY) bench/ingest_review.py

eval-ingest: install-dev
	$(PY) bench/eval_ingest.py

## make learn-dates: a learned 'is it a happening' decision against the rules, cross-validated on
## dev, and on the session-7 batches as read by the pipeline before they arrived (fffc0a5, 373d6b4)
learn-dates: install-dev
	$(PY) bench/learn_dates.py --at-arrival fffc0a5 --at-arrival 373d6b4

clean:
	rm -rf $(VENV) staticfiles .ruff_cache
