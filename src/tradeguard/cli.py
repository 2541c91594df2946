"""The `tradeguard` console script: the project's manage.py.

Command names may be spelled with hyphens (`tradeguard run-due`) or underscores
(`tradeguard run_due`); Django's module names use underscores.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")
    from django.core.management import execute_from_command_line

    args = list(argv if argv is not None else sys.argv[1:])
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["tradeguard", *args])


if __name__ == "__main__":
    main()
