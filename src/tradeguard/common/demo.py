"""The demo-data framework: each app may have `demo.py` with `seed(ctx)`; `tradeguard
demo` runs them in dependency order. Seeds are idempotent (look up natural keys first)
and go through services, as users would."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DEMO_PASSWORD = "demo-pass-2026"
DEMO_EMAIL_DOMAIN = "@demo.tradeguard.test"

# Apps in the order their demo data depends on each other.
SEED_ORDER = [
    "accounts",
    "catalog",
    "orders",
    "specs",
    "disputes",
    "sanctions",
    "ip",
    "monitoring",
    "contracts",
]


@dataclass
class DemoContext:
    users: dict[str, Any] = field(default_factory=dict)
    objects: dict[str, Any] = field(default_factory=dict)
    log: Callable[[str], None] = print

    def user(self, key: str) -> Any:
        return self.users[key]


def demo_logins_active() -> list[str]:
    """Emails of active demo accounts that still use the published demo password."""
    from tradeguard.accounts.models import User

    demo = User.objects.filter(email__endswith=DEMO_EMAIL_DOMAIN, is_active=True)
    return [user.email for user in demo if user.check_password(DEMO_PASSWORD)]


def seed_all(log: Callable[[str], None] = print) -> DemoContext:
    ctx = DemoContext(log=log)
    for app in SEED_ORDER:
        try:
            module = importlib.import_module(f"tradeguard.{app}.demo")
        except ModuleNotFoundError as exc:
            if exc.name != f"tradeguard.{app}.demo":
                raise
            continue
        module.seed(ctx)
    return ctx


def demo_pdf(title: str) -> bytes:
    """A small, valid one-page PDF showing `title` (demo documents only)."""
    text = title.replace("\\", "").replace("(", "[").replace(")", "]")
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
