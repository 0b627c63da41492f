# MN Digital Aid — the two commands are `make run` and `make test`; both set up everything.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
DEV := DEBUG=1
# A throw-away strong key for `check --deploy`, never used to serve anything.
DEPLOY_CHECK_ENV = DEBUG=0 SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	ALLOWED_HOSTS=aid.example.org IDENTIFIER_PEPPER=deploy-check-pepper \
	REDIS_URL=redis://127.0.0.1:6379/0 DATABASE_URL=$$($(PY) -m config.embedded_db url)

.PHONY: help
help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock requirements-bootstrap.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-hashes --no-deps -r requirements-bootstrap.lock
	$(UV) pip sync --quiet --python $(PY) --require-hashes requirements.lock
	@# Make the project importable from anywhere (celery, gunicorn) without a build step.
	@$(PY) -c 'import site, pathlib; pathlib.Path(site.getsitepackages()[0], "mndigitalaid.pth").write_text(str(pathlib.Path.cwd()) + "\n")'
	@mkdir -p var
	@touch $(STAMP)

.PHONY: install
install: $(STAMP)  ## Create .venv, install the locked dependencies, write a development .env if none
	@$(PY) -m config.dev_env write

.PHONY: venv
venv: $(STAMP)  ## Only create .venv with the locked dependencies (writes no .env: production hosts)

.PHONY: lock
lock:  ## Regenerate the lock files (exact versions with hashes) from pyproject.toml
	@test -x $(UV) || { $(PYTHON) -m venv $(VENV) && $(VENV)/bin/pip install --quiet uv; }
	$(UV) pip compile --quiet pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--universal -o requirements.lock
	echo "uv==$$($(UV) --version | cut -d' ' -f2)" | $(UV) pip compile --quiet - --generate-hashes \
		--python-version 3.11 --universal -o requirements-bootstrap.lock

.PHONY: db
db: install  ## Start the embedded PostgreSQL (when DATABASE_URL is unset) and migrate
	@# --upgrade: a var/pgdata made by the previous embedded server (PostgreSQL 16) is
	@# dumped and restored into PostgreSQL 18, the old directory kept beside it.
	@if [ -z "$$DATABASE_URL" ]; then $(PY) -m config.embedded_db start --upgrade >/dev/null; fi
	$(DEV) $(PY) manage.py migrate --noinput

.PHONY: run
run: db  ## Set up everything and serve the app on http://127.0.0.1:8000 (DEBUG on)
	$(DEV) $(PY) manage.py load_demo_data
	$(DEV) $(PY) manage.py ensure_dev_superuser
	$(DEV) $(PY) manage.py runserver 127.0.0.1:8000

.PHONY: test
test: $(STAMP)  ## Set up everything and run the whole suite with ruff and the Django checks
	@bash scripts/ensure_redis.sh
	@bash scripts/ensure_chromium.sh
	@if [ -z "$$DATABASE_URL" ]; then $(PY) -m config.embedded_db start --upgrade >/dev/null; fi
	$(VENV)/bin/ruff check .
	$(DEV) $(PY) manage.py makemigrations --check --dry-run
	$(DEPLOY_CHECK_ENV) $(PY) manage.py check --deploy --fail-level WARNING
	@# The gunicorn drills serve the development database: it must have today's schema.
	$(DEV) $(PY) manage.py migrate --noinput -v 0
	$(PY) -m pytest $(PYTEST_ARGS)

.PHONY: serve
serve: db  ## Serve as production does: gunicorn, DEBUG off, static files collected
	@test -f var/secret_key || $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key
	@test -f var/identifier_pepper || $(PY) -c 'import secrets; print(secrets.token_urlsafe(32))' > var/identifier_pepper
	@export DEBUG=0 SECRET_KEY=$${SECRET_KEY:-$$(cat var/secret_key)} \
		IDENTIFIER_PEPPER=$${IDENTIFIER_PEPPER:-$$(cat var/identifier_pepper)} \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
		SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} \
		SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-0} CSRF_COOKIE_SECURE=$${CSRF_COOKIE_SECURE:-0} \
		DATABASE_URL=$${DATABASE_URL:-$$($(PY) -m config.embedded_db url)} && \
	$(PY) manage.py collectstatic --noinput -v 0 && \
	exec $(VENV)/bin/gunicorn config.wsgi -c gunicorn.conf.py

# Worker and beat take their configuration from the environment and .env as they are: no
# DEBUG=1 here. With DEBUG on they start only next to the development .env (`make install`);
# on a production host (no such file) DEBUG=1 is refused, here and by the Celery app itself.
# They never migrate: run `make run` (or `make db`) first in development, migrate on deploy.
.PHONY: worker
worker: $(STAMP)  ## Start a Celery worker (needs CELERY_BROKER_URL, e.g. redis://127.0.0.1:6379/0)
	@$(PY) -m config.dev_env check-celery worker
	exec $(VENV)/bin/celery -A config worker --loglevel INFO

.PHONY: beat
beat: $(STAMP)  ## Start Celery beat, exactly one per deployment (schedule: settings.CELERY_BEAT_SCHEDULE)
	@$(PY) -m config.dev_env check-celery beat
	@mkdir -p var
	exec $(VENV)/bin/celery -A config beat --loglevel INFO --schedule var/celerybeat-schedule

.PHONY: schema
schema: $(STAMP)  ## Regenerate schema.graphql from the code
	$(DEV) $(PY) manage.py graphql_schema --schema config.schema.schema --out schema.graphql

.PHONY: lint
lint: $(STAMP)  ## ruff
	$(VENV)/bin/ruff check .

.PHONY: audit
audit: $(STAMP)  ## pip-audit the lock file (needs the vulnerability service; not part of `make test`)
	$(UV) pip install --quiet --python $(PY) pip-audit
	$(VENV)/bin/pip-audit --require-hashes --disable-pip -r requirements.lock

.PHONY: backup
backup: $(STAMP)  ## Back up the embedded database with its pg_dump (FILE=path, default var/backups/)
	$(PY) -m config.embedded_db backup $(FILE) $(if $(DB),--database $(DB))

.PHONY: restore
restore: $(STAMP)  ## Replace the embedded database with a backup (FILE=path; current data saved first)
	@test -n "$(FILE)" || { echo "Name the backup to restore: make restore FILE=var/backups/<name>.dump"; exit 2; }
	$(PY) -m config.embedded_db restore "$(FILE)" $(if $(DB),--database $(DB))

.PHONY: db-stop
db-stop: $(STAMP)  ## Stop the embedded PostgreSQL (its data under var/ is kept)
	$(PY) -m config.embedded_db stop

.PHONY: clean
clean:  ## Remove the virtualenv and caches (keeps var/ and its database)
	rm -rf $(VENV) .pytest_cache .ruff_cache
