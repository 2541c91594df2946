"""Fuzz the API with schemathesis as a buyer, a supplier, a rights holder and an officer.

    .venv/bin/python .ci/api_fuzz.py [--examples N] [--seed S] [--port P] [--roles a,b]
                                     [--phases examples,coverage,fuzzing]

Seeds the demo data into a fresh SQLite database in a temporary folder, serves it with
gunicorn on 127.0.0.1 (contract checks on: an answer the OpenAPI document does not
describe becomes a 500), and runs `schemathesis run` once per role: the examples,
coverage and fuzzing phases with the not_a_server_error, status_code_conformance and
response_schema_conformance checks and a fixed seed. `POST /tokens/{token_id}/revoke`
runs last, on a token of its own, so that revoking its own token cannot cut a run short.
Prints the totals per role and exits non-zero if any run found a failure.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ROLES = {
    "buyer": "buyer@demo.tradeguard.test",
    "supplier": "supplier@demo.tradeguard.test",
    "rights_holder": "rights@demo.tradeguard.test",
    "officer": "officer@demo.tradeguard.test",
}
CHECKS = "not_a_server_error,status_code_conformance,response_schema_conformance"
PHASES = "examples,coverage,fuzzing"
REVOKE = "accounts_tokens_revoke"


def _tokens(env: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Two tokens per role: one for the run, one for the revoke operation."""
    script = (
        "import django; django.setup()\n"
        "from tradeguard.accounts.models import User\n"
        "from tradeguard.accounts.services import api_token_create\n"
        f"for key, email in {ROLES!r}.items():\n"
        "    user = User.objects.get(email=email)\n"
        "    _, run = api_token_create(actor=user, name='fuzz')\n"
        "    _, spare = api_token_create(actor=user, name='fuzz-revoke')\n"
        "    print(key, run, spare)\n"
    )
    out = subprocess.run(
        [str(BIN / "python"), "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout
    tokens = {}
    for line in out.splitlines():
        key, run, spare = line.split()
        tokens[key] = (run, spare)
    return tokens


def _wait(url: str, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310  (our own server on 127.0.0.1)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer {url} in {seconds} s")


def _schemathesis(
    schema_url: str, token: str, args: argparse.Namespace, extra: list[str], log: Path
) -> tuple[int, int, int, int]:
    command = [
        str(BIN / "schemathesis"),
        "run",
        schema_url,
        "--header",
        f"Authorization: Bearer {token}",
        "--phases",
        args.phases,
        "--checks",
        CHECKS,
        "--max-examples",
        str(args.examples),
        "--seed",
        str(args.seed),
        "--workers",
        "2",
        "--request-timeout",
        "60",
        "--suppress-health-check",
        "all",
        *extra,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=log.parent)
    log.write_text(result.stdout + result.stderr)
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    cases = re.search(r"(\d+) generated", result.stdout)
    failures = re.search(r"(\d+) failures?\b", last)
    errors = re.search(r"(\d+) errors?\b", last)
    return (
        int(cases.group(1)) if cases else 0,
        int(failures.group(1)) if failures else 0,
        int(errors.group(1)) if errors else 0,
        result.returncode,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5, help="max examples per operation")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--port", type=int, default=8914)
    parser.add_argument("--roles", default=",".join(ROLES))
    parser.add_argument("--phases", default=PHASES, help=f"schemathesis phases ({PHASES})")
    parser.add_argument("--keep", action="store_true", help="keep the data folder and logs")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="tradeguard-fuzz-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tradeguard.settings",
        "TRADEGUARD_DATA_DIR": str(data),
        "DATABASE_URL": f"sqlite:///{data / 'fuzz.sqlite3'}",
        "TASK_BACKEND": "immediate",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(32),
        "TRADEGUARD_API_CONTRACT_CHECKS": "true",
        "TRADEGUARD_BASE_URL": f"http://127.0.0.1:{args.port}",
        "LOG_LEVEL": "WARNING",
    }
    tradeguard = str(BIN / "tradeguard")
    started = time.monotonic()
    subprocess.run([tradeguard, "migrate", "--noinput", "-v0"], env=env, check=True)
    # DEBUG is off as in production, so the pages' hashed static files must exist.
    subprocess.run([tradeguard, "collectstatic", "--noinput", "-v0"], env=env, check=True)
    subprocess.run([tradeguard, "demo"], env=env, check=True, capture_output=True)
    tokens = _tokens(env)
    server_log = (data / "server.log").open("w")
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "tradeguard.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            "2",
            "--timeout",
            "120",
            "--preload",
        ],
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    schema_url = f"http://127.0.0.1:{args.port}/api/v1/openapi.json"
    failed = False
    try:
        _wait(schema_url)
        print(
            f"== schemathesis {args.phases}; checks {CHECKS}; seed {args.seed}; "
            f"at most {args.examples} examples per operation"
        )
        for role in args.roles.split(","):
            run, spare = tokens[role]
            role_started = time.monotonic()
            main_log, revoke_log = data / f"{role}.log", data / f"{role}-revoke.log"
            totals = [
                _schemathesis(schema_url, run, args, ["--exclude-operation-id", REVOKE], main_log),
                _schemathesis(
                    schema_url, spare, args, ["--include-operation-id", REVOKE], revoke_log
                ),
            ]
            cases = sum(t[0] for t in totals)
            failures = sum(t[1] for t in totals)
            errors = sum(t[2] for t in totals)
            took = time.monotonic() - role_started
            print(
                f"{role:>14}: {cases} test cases, {failures} failures, {errors} errors "
                f"({took:.0f} s)"
            )
            if failures or errors or any(t[3] for t in totals):
                failed = True
                for log in (main_log, revoke_log):
                    print(log.read_text()[-20000:])
    finally:
        server.terminate()
        server.wait(timeout=30)
        server_log.close()
        if failed or args.keep:
            print(f"data, server log and schemathesis logs kept in {data}")
        else:
            shutil.rmtree(data, ignore_errors=True)
    print(f"== api fuzz {'FAILED' if failed else 'passed'} in {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
