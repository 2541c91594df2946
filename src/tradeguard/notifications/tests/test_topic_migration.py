"""The topic back-fill (migration 0003) runs one UPDATE per kind of link; it gives every
notification the topic the row-by-row version gave it."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from django.apps import apps

from tradeguard.accounts.tests.factories import buyer
from tradeguard.common import clock
from tradeguard.notifications.models import Notification
from tradeguard.specs.tests.factories import booked, world

pytestmark = pytest.mark.django_db

migration = importlib.import_module("tradeguard.notifications.migrations.0003_notification_topic")

# The back-fill as it was first written (read and update one row at a time): the
# reference the set-based one must agree with.
_OLD_LINK_TOPICS = [
    (re.compile(r"^/disputes/(\d+)/"), "disputes.dispute"),
    (re.compile(r"^/ip/items/(\d+)/"), "ip.complaintitem"),
    (re.compile(r"^/ip/complaints/(\d+)/"), "ip.complaint"),
    (re.compile(r"^/ip/records/(\d+)/"), "ip.iprecord"),
    (re.compile(r"^/specs/orders/(\d+)/"), "orders.order"),
    (re.compile(r"^/orders/(\d+)/"), "orders.order"),
    (re.compile(r"^/sanctions/suppliers/(\d+)/"), "sanctions.supplier"),
]
_OLD_INSPECTION = re.compile(r"^/specs/inspections/(\d+)/")


def _old_backfill(apps: Any, schema_editor: Any) -> None:
    Notification = apps.get_model("notifications", "Notification")
    Inspection = apps.get_model("specs", "Inspection")
    for row in Notification.objects.filter(topic="").exclude(link="").iterator():
        topic, topic_id = "", None
        for pattern, label in _OLD_LINK_TOPICS:
            match = pattern.match(row.link)
            if match:
                topic, topic_id = label, int(match.group(1))
                break
        else:
            match = _OLD_INSPECTION.match(row.link)
            if match:
                order_id = (
                    Inspection.objects.filter(pk=int(match.group(1)))
                    .values_list("order_id", flat=True)
                    .first()
                )
                if order_id is not None:
                    topic, topic_id = "orders.order", order_id
        if topic:
            Notification.objects.filter(pk=row.pk).update(topic=topic, topic_id=topic_id)


def _topics() -> dict[int, tuple[str, int | None]]:
    return {n.pk: (n.topic, n.topic_id) for n in Notification.objects.all()}


@pytest.mark.parametrize("chunk", [500, 1], ids=["one-lookup", "chunked"])
def test_the_set_based_back_fill_gives_the_topics_the_row_by_row_one_gave(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    inspection = booked(world())
    reader = buyer()
    links = [
        "/disputes/12/",
        "/disputes/7/messages/#m3",
        "/disputes/12",  # no slash after the number: no topic
        "/disputes/abc/",
        "/x/disputes/5/",
        "/ip/items/3/",
        "/ip/complaints/40/?tab=items",
        "/ip/records/9/",
        "/specs/orders/77/",
        "/orders/0012/",  # leading zeros: order 12
        "/orders/",
        "/sanctions/suppliers/31/",
        f"/specs/inspections/{inspection.pk}/",
        f"/specs/inspections/{inspection.pk}/report/",
        f"/specs/inspections/{inspection.pk + 1000}/",  # no such inspection: no topic
        "/inbox/",
        "",
        "https://example.com/disputes/4/",
    ]
    rows = [
        Notification(recipient=reader, kind="test", subject=link, body="", link=link)
        for link in links
    ]
    # already has a topic: left alone
    rows.append(
        Notification(
            recipient=reader,
            kind="test",
            subject="set",
            body="",
            link="/disputes/99/",
            topic="orders.order",
            topic_id=5,
        )
    )
    for row in rows:
        row.created_at = clock.now()
    Notification.objects.bulk_create(rows)
    untopiced = list(Notification.objects.filter(topic="").values_list("pk", flat=True))

    _old_backfill(apps, None)
    expected = _topics()
    Notification.objects.filter(pk__in=untopiced).update(topic="", topic_id=None)
    monkeypatch.setattr(migration, "_CHUNK", chunk)
    migration.backfill_topics(apps, None)

    assert _topics() == expected
    by_link = {n.link: (n.topic, n.topic_id) for n in Notification.objects.exclude(subject="set")}
    assert by_link["/disputes/7/messages/#m3"] == ("disputes.dispute", 7)
    assert by_link["/orders/0012/"] == ("orders.order", 12)
    assert by_link[f"/specs/inspections/{inspection.pk}/report/"] == (
        "orders.order",
        inspection.order_id,
    )
    assert by_link["/disputes/12"] == ("", None)
