"""The `tradeguard aql` CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tradeguard.specs.management.commands.aql import Command


def run(capsys, *args):
    code = 0
    try:
        Command().run_from_argv(["tradeguard", "aql", *args])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_contract(capsys):
    code, out, err = run(capsys, "--lot-size", "4000", "--level", "II", "--aql", "2.5", "--json")
    assert code == 0
    assert out.strip() == (
        '{"code_letter": "L", "sample_size": 200, "accept": 10, "reject": 11, '
        '"inspection": "normal", "lot_size": 4000}'
    )
    assert err == ""


def test_tightened_and_reduced(capsys):
    _, out, _ = run(
        capsys, "--lot-size", "4000", "--aql", "2.5", "--inspection", "tightened", "--json"
    )
    assert json.loads(out) == {
        "code_letter": "L",
        "sample_size": 200,
        "accept": 8,
        "reject": 9,
        "inspection": "tightened",
        "lot_size": 4000,
    }
    _, out, _ = run(
        capsys,
        "--lot-size",
        "4000",
        "--level",
        "S-4",
        "--aql",
        "1.0",
        "--inspection",
        "reduced",
        "--json",
    )
    # S-4 -> G; reduced 2-C at 1.0: G v -> H v -> J 1/2, n=32
    assert json.loads(out) == {
        "code_letter": "J",
        "sample_size": 32,
        "accept": 1,
        "reject": 2,
        "inspection": "reduced",
        "lot_size": 4000,
    }


def test_human_output(capsys):
    code, out, _ = run(capsys, "--lot-size", "4000", "--aql", "4.0")
    assert code == 0
    assert "Code letter L" in out
    assert "at most 14" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--lot-size", "0", "--aql", "2.5"],
        ["--lot-size", "x", "--aql", "2.5"],
        ["--lot-size", "10", "--aql", "3"],
        ["--lot-size", "10", "--aql", "2.5", "--level", "IV"],
        ["--lot-size", "10", "--aql", "2.5", "--inspection", "strict"],
        ["--aql", "2.5"],
        ["--lot-size", "10", "--aql", "2.5", "--bogus"],
    ],
)
def test_invalid_input_exits_2_with_one_line(capsys, args):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.endswith("\n")
    assert err.count("\n") == 1
    assert err.startswith("error: ")


def test_console_script():
    exe = Path(sys.executable).with_name("tradeguard")
    result = subprocess.run(
        [str(exe), "aql", "--lot-size", "4000", "--level", "II", "--aql", "2.5", "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "code_letter": "L",
        "sample_size": 200,
        "accept": 10,
        "reject": 11,
        "inspection": "normal",
        "lot_size": 4000,
    }
    bad = subprocess.run(
        [str(exe), "aql", "--lot-size", "-3", "--aql", "2.5"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1
