# TradeGuard: `make run` serves the app with demo data; `make test` runs the suite
# and the quality gates. Both set everything up on a fresh machine with only python3.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-16)

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
	$(BIN)/tradeguard migrate --noinput

run: migrate
	$(BIN)/tradeguard collectstatic --noinput --verbosity 0
	$(BIN)/tradeguard demo
	$(BIN)/tradeguard serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

pytest: setup
	$(BIN)/pytest $(PYTEST_ARGS)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	DJANGO_SETTINGS_MODULE=tradeguard.settings_test $(BIN)/tradeguard makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

# The OpenAPI document and the typed Python client generated from it (both committed;
# a test fails when either is stale).
client: setup
	$(BIN)/tradeguard openapi --output docs/openapi.json
	$(BIN)/openapi-python-client generate --path docs/openapi.json \
		--output-path clients/python/tradeguard_client --meta none --overwrite \
		--config clients/python/openapi-python-client.yaml

# schemathesis over the whole API as four roles (also part of .ci/run).
fuzz: setup
	$(BIN)/python .ci/api_fuzz.py

clean:
	rm -rf $(VENV) var/test .mypy_cache .ruff_cache
