# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""One IP case, two languages: each party's notices and e-mails are written in the
recipient's language and zone, not the language of whoever acted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import trans_real

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import UserFactory
from tradeguard.ip.services import item_remove
from tradeguard.ip.tests import factories as f
from tradeguard.notifications.models import Notification

pytestmark = pytest.mark.django_db

NOTICE_SUBJECT = (
    "IP complaint against %(n)s of your listings — answer by %(due)s",
    "IP complaint against %(n)s of your listings — answer by %(due)s",
)
REMOVED_SUBJECT = "Listing removed: %(title)s"


@pytest.fixture
def chinese() -> Iterator[dict[Any, str]]:
    """Chinese for the notices under test, whether or not the catalogue has them yet:
    the test is about whose language is used, not about the wording."""
    catalog = trans_real.translation("zh-hans")._catalog  # type: ignore[attr-defined]
    added = {
        (NOTICE_SUBJECT[0], 0): "知识产权投诉：您的 %(n)s 件商品，请在 %(due)s 前答复",
        (NOTICE_SUBJECT[0], 1): "知识产权投诉：您的 %(n)s 件商品，请在 %(due)s 前答复",
        REMOVED_SUBJECT: "商品已下架：%(title)s",
    }
    saved = {key: catalog.get(key) for key in added}
    for key, text in added.items():
        catalog[key] = text
    yield added
    for key, text in saved.items():
        if text is None:
            for part in catalog._catalogs:
                part.pop(key, None)
        else:
            catalog[key] = text


def _people() -> tuple[User, User, User, User]:
    holder = f.rights_holder()  # GB: English by default
    holder_colleague = UserFactory(
        role=holder.role, organization=holder.organization, timezone="Europe/London"
    )
    supplier = f.supplier("CN")
    supplier.language = "zh-hans"
    supplier.timezone = "Asia/Shanghai"
    supplier.save(update_fields=["language", "timezone"])
    english_colleague = UserFactory(
        role=supplier.role, organization=supplier.organization, timezone="America/New_York"
    )
    english_colleague.language = "en"
    english_colleague.save(update_fields=["language"])
    return holder, holder_colleague, supplier, english_colleague


def test_an_ip_notice_reaches_each_reader_in_their_language(
    chinese: dict[Any, str], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):  # setup's own notices go out
        holder, holder_colleague, supplier, english_colleague = _people()
        rec = f.record(holder)
        listing = f.listing(supplier.organization)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        complaint = f.complaint(holder, rec, [listing])
    item = complaint.items.get()

    zh = Notification.objects.get(recipient=supplier, kind="ip.complaint.notice")
    en = Notification.objects.get(recipient=english_colleague, kind="ip.complaint.notice")
    with translation.override("zh-hans"):
        zh_template = translation.ngettext(*NOTICE_SUBJECT, 1)
    assert zh_template == chinese[(NOTICE_SUBJECT[0], 0)]
    assert zh.subject.startswith("知识产权投诉：您的 1 件商品")
    assert "UTC+8" in zh.subject  # the deadline in the supplier's zone
    assert en.subject.startswith("IP complaint against 1 of your listings — answer by")
    assert "EST" in en.subject or "EDT" in en.subject
    # The same notice's body: labels in the reader's language, what the holder wrote as written.
    assert "The listing sells goods bearing our registered mark." in zh.body
    assert str(complaint.get_reason_display()) in en.body
    with translation.override("zh-hans"):
        assert str(complaint.get_reason_display()) in zh.body

    # Their colleague's note that it was filed (the filer is not told of their own move).
    filed = Notification.objects.get(recipient=holder_colleague, kind="ip.complaint.filed")
    assert filed.subject == f"Complaint #{complaint.pk} filed: 1 listing notified"

    emails = {m.to[0]: m for m in mail.outbox}
    assert "知识产权投诉" in emails[supplier.email].subject
    assert "IP complaint against 1 of your listings" in emails[english_colleague.email].subject
    assert "Asia/Shanghai" in emails[supplier.email].body
    assert "Open in TradeGuard" in emails[english_colleague.email].body

    # The supplier (reading Chinese) acts; the rights holder is told in English.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        item_remove(actor=english_colleague, item=item)
    removed = Notification.objects.get(recipient=supplier, kind="ip.item.removed")
    assert removed.subject == f"商品已下架：{listing.title}"
    told = Notification.objects.get(recipient=holder, kind="ip.item.removed")
    assert told.subject == f"Listing removed by the supplier — complaint #{complaint.pk}"
    assert f"The supplier removed “{listing.title}”" in told.body
    holder_email = next(m for m in mail.outbox if m.to == [holder.email])
    assert holder_email.subject.endswith(
        f"Listing removed by the supplier — complaint #{complaint.pk}"
    )
