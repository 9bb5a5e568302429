# peaceproc — the two commands a new user needs are `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Management commands run without SECRET_KEY (see settings.py); the dev server runs with DEBUG.
export PEACEPROC_COMMAND_LINE := 1

.PHONY: run test install install-dev migrate seed admin lint check-migrations test-unit test-postgres bench eval-ingest serve loadtest clean

$(PY):
	@python=$$(scripts/find-python) && echo "Creating $(VENV) with $$python" && "$$python" -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --no-input

seed: migrate
	$(PY) manage.py loadseeds

admin: migrate
	$(PY) manage.py ensureadmin

## make run: set up everything on a fresh machine and serve on http://127.0.0.1:8000/
run: seed admin
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-migrations: install-dev
	$(PY) manage.py makemigrations --check --dry-run

test-unit: install-dev
	$(PY) manage.py test tests --no-input

## make test: lint, migrations check and the whole suite (browser tests included when Chromium is present)
test: lint check-migrations test-unit

bench: install-dev
	$(PY) bench/run.py

eval-ingest: install-dev
	$(PY) bench/eval_ingest.py

clean:
	rm -rf $(VENV) staticfiles .ruff_cache
