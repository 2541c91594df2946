"""Settings for the test suite: tasks run inline, fast password hashing, data under
var/test (media files go to a temporary folder per test run, see conftest.py)."""

import os

os.environ.setdefault("TRADEGUARD_DATA_DIR", "var/test")
os.environ.setdefault("TASK_BACKEND", "immediate")
os.environ.setdefault("DEBUG", "true")

from tradeguard.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
TRADEGUARD_API_CONTRACT_CHECKS = True

if DATABASES["default"]["ENGINE"] == "tradeguard.common.dbbackends.sqlite3":  # noqa: F405
    # Django's default for SQLite, said explicitly: pytest-django recognises only its own
    # engine's name, and under pytest-xdist would otherwise give each worker a file
    # database named after the data path ("test_/…/tradeguard.sqlite3_gw0"). In memory,
    # each worker process has its own.
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}  # noqa: F405
