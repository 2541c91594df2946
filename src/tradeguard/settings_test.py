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
