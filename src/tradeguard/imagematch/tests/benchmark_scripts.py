"""Loads a script of benchmarks/imagematch (not a package) for the tests that pin it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[4] / "benchmarks" / "imagematch"


def load(name: str) -> ModuleType:
    """``benchmarks/imagematch/<name>.py`` as the module ``benchmark_<name>``."""
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(f"benchmark_{name}", module)
    spec.loader.exec_module(module)
    return module
