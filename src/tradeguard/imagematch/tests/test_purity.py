"""The engine is a pure library: importing it must not import Django."""

import pkgutil
import subprocess
import sys

import tradeguard.imagematch as package


def test_no_module_imports_django() -> None:
    modules = [
        f"tradeguard.imagematch.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if info.name != "tests"
    ]
    assert len(modules) >= 8
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
