"""Django settings, read from the environment (see README, "Configuration").

Embedded defaults run on one machine: SQLite and media files under the data dir
(`TRADEGUARD_DATA_DIR`, default `var/`), tasks stored in the database.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from tradeguard.common.secretfiles import read_or_create


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {raw!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if not raw:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("TRADEGUARD_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Off unless set: `make run` turns it on for its local demo (127.0.0.1 only).
DEBUG = env_bool("DEBUG", False)
# With DEBUG on, still answer a missing page or a crash with the project's own pages
# (the demo runs with DEBUG on); false shows Django's technical pages for debugging.
TRADEGUARD_FRIENDLY_ERRORS = env_bool("TRADEGUARD_FRIENDLY_ERRORS", True)


def _secret_key() -> str:
    key = os.environ.get("SECRET_KEY", "")
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off TradeGuard refuses to start without one: "
            "set SECRET_KEY to a long random string."
        )
    key_file = DATA_DIR / "secret_key"
    return read_or_create(key_file, lambda: secrets.token_urlsafe(50).encode()).decode().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "tradeguard.common",
    "tradeguard.accounts",
    "tradeguard.evidence",
    "tradeguard.notifications",
    "tradeguard.catalog",
    "tradeguard.orders",
    "tradeguard.sanctions",
    "tradeguard.disputes",
    "tradeguard.signals",
    "tradeguard.specs",
    "tradeguard.contracts",
    "tradeguard.ip",
    "tradeguard.monitoring",
    "tradeguard.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tradeguard.web.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "tradeguard.accounts.middleware.UserTimezoneMiddleware",
    "tradeguard.accounts.middleware.UserLanguageMiddleware",
    # With DEBUG on, the project's own 404/500 pages rather than Django's technical ones.
    "tradeguard.web.error_pages.FriendlyErrorsMiddleware",
    # After the friendly errors: a busy database is answered 503 before they see it
    # (exceptions reach middleware from the last to the first).
    "tradeguard.web.middleware.BusyDatabaseMiddleware",
]

ROOT_URLCONF = "tradeguard.urls"
WSGI_APPLICATION = "tradeguard.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tradeguard.web.context.nav",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'tradeguard.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server and the worker read while the other writes; writes wait
    # their turn for up to DB_BUSY_TIMEOUT seconds (Django's backend, plus a retry of
    # statements run outside a transaction: common/dbbackends/sqlite3).
    DATABASES["default"]["ENGINE"] = "tradeguard.common.dbbackends.sqlite3"
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": float(os.environ.get("DB_BUSY_TIMEOUT", "20")),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A statement waits at most DB_BUSY_TIMEOUT seconds for a row or table lock, then
    # fails as a transient error: retried in background work, 503 in a request.
    _lock_ms = int(float(os.environ.get("DB_BUSY_TIMEOUT", "20")) * 1000)
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c lock_timeout={_lock_ms}"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:dashboard"
LOGOUT_REDIRECT_URL = "web:login"

# Reset links work once, for this many seconds.
PASSWORD_RESET_TIMEOUT = 2 * 60 * 60
# Behind one reverse proxy that appends the client's address to X-Forwarded-For, sign-in
# throttling counts that address instead of the proxy's.
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR", False)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# English and Simplified Chinese; each app's catalogues live in <app>/locale/ and are
# maintained with `tradeguard i18n update|compile|check` (no GNU gettext needed).
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
LANGUAGE_COOKIE_NAME = "tradeguard_language"
# Our catalogues outrank every other app's: Django merges catalogues into one table per
# language, the earliest installed app winning a msgid two catalogues share, and the
# contrib apps come first, so Django admin's "过滤器" stood in for our "Filter" (筛选).
# Catalogues in LOCALE_PATHS outrank all apps. `tradeguard i18n check` reports a msgid
# whose translation another catalogue overrides.
LOCALE_PATHS = [
    PACKAGE_DIR / name.removeprefix("tradeguard.") / "locale"
    for name in INSTALLED_APPS
    if name.startswith("tradeguard.")
]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", str(DATA_DIR / "media")))

# Storage: local files by default; S3-compatible when STORAGE_BACKEND=s3 (pip install
# "tradeguard[s3]"; configure with the AWS_* variables django-storages reads).
STORAGE_BACKEND = os.environ.get("STORAGE_BACKEND", "local")
if STORAGE_BACKEND == "s3":
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", ""),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
elif STORAGE_BACKEND == "local":
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise ImproperlyConfigured(f"STORAGE_BACKEND must be local or s3, got {STORAGE_BACKEND!r}")

STORAGES = {
    "default": _default_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email: console by default; SMTP when EMAIL_HOST is set.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "TradeGuard <noreply@tradeguard.local>")

# Background work: Django's tasks API. "database" (default) stores tasks for
# `tradeguard worker`; "rq" puts them on Redis queues for `tradeguard rqworker
# --with-scheduler` (pip install 'tradeguard[redis]'; REDIS_URL); "immediate" runs them
# inline (tests, one-off scripts).
TASK_BACKEND = os.environ.get("TASK_BACKEND", "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, got {TASK_BACKEND!r}"
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND]}}
# Queues the Redis backend serves: "default", plus one per image-matcher shard when
# TRADEGUARD_POLICY["monitoring"]["matcher_shards"] > 1 (see docs/monitoring.md).
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
TASK_QUEUES = env_list("TASK_QUEUES", ["default"])
RQ_QUEUES = {name: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600} for name in TASK_QUEUES}
try:
    import django_rq  # noqa: F401  (the optional Redis queue: pip install 'tradeguard[redis]')
except ImportError:
    if TASK_BACKEND == "rq":
        raise ImproperlyConfigured(
            "TASK_BACKEND=rq needs the Redis extra: pip install 'tradeguard[redis]'"
        ) from None
else:
    INSTALLED_APPS.append("django_rq")

# Cache: aggregates of large tables (dashboard counts, transparency statistics; see
# common/aggregates.py). Per process by default; CACHE_URL=redis://host:6379/1 shares one
# cache between every web process and host.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
elif CACHE_URL:
    raise ImproperlyConfigured(f"CACHE_URL must be a redis:// URL, got {CACHE_URL!r}")
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Security headers (and web/middleware.py: Content-Security-Policy). Cookies are
# Secure unless DEBUG; HSTS is sent on HTTPS responses only, for HSTS_SECONDS (a year
# by default with DEBUG off; 0 turns it off).
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Uploads: every endpoint's body cap (common/limits.py) holds while the body streams:
# the WSGI wrapper (wsgi.py) refuses an over-long body before reading it, and the first
# upload handler stops a file at its limit before it reaches a temp file. Uploads larger
# than FILE_UPLOAD_MAX_MEMORY_SIZE stream to FILE_UPLOAD_TEMP_DIR, where
# `files-collect` removes what a killed process left behind.
FILE_UPLOAD_HANDLERS = [
    "tradeguard.common.limits.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_TEMP_DIR = str(DATA_DIR / "tmp")
Path(FILE_UPLOAD_TEMP_DIR).mkdir(parents=True, exist_ok=True)
# Form fields and JSON bodies read into memory (the per-endpoint caps are smaller).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# --- TradeGuard policy -----------------------------------------------------------
# Every policy default lives in the app's policy.py; a marketplace overrides any of
# them here, e.g. TRADEGUARD_POLICY = {"orders": {"max_items": 500}}.
TRADEGUARD_POLICY: dict[str, dict[str, object]] = {}
TRADEGUARD_BASE_URL = os.environ.get("TRADEGUARD_BASE_URL", "http://127.0.0.1:8000")
TRADEGUARD_MARKETPLACE_NAME = os.environ.get("TRADEGUARD_MARKETPLACE_NAME", "TradeGuard Market")
# Check every API answer against the OpenAPI document (common/contract.py): on in the
# test settings and on the fuzzing server (.ci/api_fuzz.py), off in production.
TRADEGUARD_API_CONTRACT_CHECKS = env_bool("TRADEGUARD_API_CONTRACT_CHECKS", False)
# Court-ready case files (disputes/casefile) are signed with the platform's Ed25519 key:
# a PEM (PKCS#8) private key in TRADEGUARD_CASEFILE_KEY, else the key file below,
# generated on first use (keep it and back it up: its public key is what courts check).
TRADEGUARD_CASEFILE_KEY = os.environ.get("TRADEGUARD_CASEFILE_KEY", "")
TRADEGUARD_CASEFILE_KEY_FILE = Path(
    os.environ.get("TRADEGUARD_CASEFILE_KEY_FILE", str(DATA_DIR / "casefile-ed25519.pem"))
)
