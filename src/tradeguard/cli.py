"""The `tradeguard` console script: the project's manage.py.

Command names may be spelled with hyphens (`tradeguard run-due`) or underscores
(`tradeguard run_due`); Django's module names use underscores.

`tradeguard images ...` (the image-copy engine's CLI) needs neither settings nor a
database and runs without starting Django; the `images` management command runs the
same code (tradeguard.imagematch.cli).

A process started with TRADEGUARD_PARENT_PID (by `tradeguard serve`, or by the
autoreloader of `tradeguard worker`) stops when that process is gone, even if it was
killed (tradeguard.common.lifeline).
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    from tradeguard.common.lifeline import die_with_parent_from_env

    die_with_parent_from_env()
    args = list(argv if argv is not None else sys.argv[1:])
    if args and args[0] == "images":
        from tradeguard.imagematch.cli import main as images

        raise SystemExit(images(args[1:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")
    from django.core.management import execute_from_command_line

    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["tradeguard", *args])


if __name__ == "__main__":
    main()
