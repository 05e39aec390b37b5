# Candid: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
# Test databases: SQLite always; PostgreSQL at this URL (the suite creates and drops test_* databases).
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/candid

# Django 6.1 needs Python 3.12+. Look on PATH, then in pyenv's installed versions, then .python-version.
PYTHON ?= $(shell bin/find-python)

.PHONY: help venv dev-venv demo serve messages test test-fast test-sqlite test-postgres test-python-floor lint e2e quality bench clean

help:
	@echo "make demo     install, migrate, seed demo data and serve on http://127.0.0.1:$(PORT)"
	@echo "make test     lint, checks and the whole test suite on SQLite and PostgreSQL"
	@echo "make test-fast  lint, checks and the suite on SQLite without the slow kinds (browser, production, quality)"
	@echo "make test-python-floor  checks, a gunicorn start and tests/production on the oldest Python README names"
	@echo "make quality  accessibility, HTML validity and Lighthouse checks against a served demo"
	@echo "make bench    the PostgreSQL benchmark described in bench/README.md"
	@echo "make messages  collect the strings to translate into locale/*/django.po and compile them (docs/i18n.md)"

$(VENV)/.installed: requirements.txt build-constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed: install python3.12 or python3.13 (or 'pyenv install 3.13')."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --build-constraint build-constraints.txt -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet --build-constraint build-constraints.txt -r requirements-dev.txt
	@touch $@

venv: $(VENV)/.installed
dev-venv: $(VENV)/.dev-installed

demo: venv
	DEBUG=1 $(PY) manage.py migrate --no-input
	DEBUG=1 $(PY) manage.py seed_demo
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Strings marked for translation, collected into each language's catalogue and compiled (needs GNU
# gettext). The compiled .mo files are committed, so that running the site needs no gettext.
messages: dev-venv
	DEBUG=1 $(PY) manage.py makemessages -l es --add-location=file $$($(PY) -c 'from core.i18n import MAKEMESSAGES_IGNORE as i; print(" ".join("--ignore=" + p for p in i))')
	DEBUG=1 $(PY) manage.py compilemessages -l es --ignore='.venv*'

lint: dev-venv
	$(VENV)/bin/ruff check .
	DEBUG=1 $(PY) manage.py check
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

# tests/production runs real PostgreSQL and Redis in every run, whatever database the suite uses.
test-sqlite: dev-venv
	@bin/ensure-postgres
	@bin/ensure-redis
	DATABASE_URL=sqlite:///:memory: $(VENV)/bin/pytest $(PYTEST_ARGS)

test-postgres: dev-venv
	@bin/ensure-postgres
	@bin/ensure-redis
	DATABASE_URL=$(PG_TEST_URL) $(VENV)/bin/pytest $(PYTEST_ARGS)

test: lint test-sqlite test-postgres

# The quick loop: everything but browser journeys, real-process production tests and the quality
# checkers (pytest -m "not slow"). `make test-fast PYTEST_ARGS=--lf` reruns what failed last time.
test-fast: lint
	DATABASE_URL=sqlite:///:memory: $(VENV)/bin/pytest -m "not slow" $(PYTEST_ARGS)

# README promises Python 3.12 or newer; .venv has the newest. This runs on the oldest, in .venv-py3.12.
test-python-floor:
	@bin/ensure-postgres
	@bin/ensure-redis
	bin/check-python-floor $(PYTEST_ARGS)

e2e: dev-venv
	DATABASE_URL=sqlite:///:memory: $(VENV)/bin/pytest tests/e2e $(PYTEST_ARGS)

quality: dev-venv
	bash quality/run

bench: dev-venv
	bash bench/run

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
