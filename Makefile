# TradeGuard: `make run` serves the app with demo data; `make test` runs the suite
# and the quality gates. Both set everything up on a fresh machine with only python3.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
# The local demo (DEBUG on, demo data, demo logins on the sign-in page) only on this
# machine's loopback; any other address serves with DEBUG off and needs SECRET_KEY and
# ALLOWED_HOSTS, and seeds no demo accounts (they share one published password).
LOOPBACK := $(filter 127.0.0.1 localhost ::1 [::1],$(HOST))
RUN_ENV  := DEBUG=$(if $(LOOPBACK),true,false)
# The demo's emails link to this server unless TRADEGUARD_BASE_URL says otherwise
# (`serve` does the same for the web server and workers); IPv6 hosts in brackets.
BARE_HOST := $(subst [,,$(subst ],,$(HOST)))
LOCAL_URL := http://$(if $(findstring :,$(BARE_HOST)),[$(BARE_HOST)],$(BARE_HOST)):$(PORT)
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-16)
# pytest runs one worker per core (pytest-xdist), a test file per worker at a time so a
# module's fixtures are built once; PYTEST_WORKERS=0 runs in this process (for a debugger
# or one test: `make pytest PYTEST_WORKERS=0 PYTEST_ARGS=src/.../test_x.py`).
PYTEST_WORKERS ?= auto
PYTEST := $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

.PHONY: run test setup migrate lint typecheck pytest clean client fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

migrate: setup
	$(RUN_ENV) $(BIN)/tradeguard migrate --noinput

run: migrate
	$(RUN_ENV) $(BIN)/tradeguard collectstatic --noinput --verbosity 0
ifneq ($(LOOPBACK),)
	$(RUN_ENV) TRADEGUARD_BASE_URL="$${TRADEGUARD_BASE_URL:-$(LOCAL_URL)}" $(BIN)/tradeguard demo
else
	@echo "Serving on $(HOST): no demo data (its accounts share a published password)."
	@echo "Create accounts with: .venv/bin/tradeguard createuser --help"
endif
	$(RUN_ENV) $(BIN)/tradeguard serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

pytest: setup
	$(PYTEST) $(PYTEST_ARGS)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	DJANGO_SETTINGS_MODULE=tradeguard.settings_test $(BIN)/tradeguard makemigrations --check --dry-run
	$(PYTEST) $(PYTEST_ARGS)

# The OpenAPI document and the typed Python client generated from it (both committed;
# a test fails when either is stale).
client: setup
	# The document needs no secret: a throwaway local DEBUG run writes it.
	DEBUG=true $(BIN)/tradeguard openapi --output docs/openapi.json
	$(BIN)/openapi-python-client generate --path docs/openapi.json \
		--output-path clients/python/tradeguard_client --meta none --overwrite \
		--config clients/python/openapi-python-client.yaml

# schemathesis over the whole API as four roles (also part of .ci/run).
fuzz: setup
	$(BIN)/python .ci/api_fuzz.py

clean:
	rm -rf $(VENV) var/test .mypy_cache .ruff_cache
