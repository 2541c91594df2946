from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.core import mail

from tradeguard.accounts.tests.factories import admin, buyer, supplier
from tradeguard.common.testing import ApiClient
from tradeguard.common.timers import run_due
from tradeguard.notifications.enums import DeliveryStatus
from tradeguard.notifications.models import Notification, WebhookDelivery
from tradeguard.notifications.services import notify
from tradeguard.notifications.webhooks import (
    RETRY_DELAYS,
    verify,
    webhook_emit,
    webhook_endpoint_create,
)

pytestmark = pytest.mark.django_db
DUE = dt.datetime(2026, 12, 3, 15, 59, 59, tzinfo=dt.UTC)


def test_times_render_in_each_recipients_zone(django_capture_on_commit_callbacks: Any) -> None:
    ny = buyer(timezone="America/New_York")
    sh = supplier()  # Asia/Shanghai
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            recipients=[ny, sh, ny],
            kind="dispute.opened",
            subject="Respond by {due}",
            body="The case moves to an officer at {due} unless you answer.",
            link="/disputes/1/",
            times={"due": DUE},
        )
    by_user = {n.recipient_id: n for n in Notification.objects.all()}
    assert len(by_user) == 2  # the duplicate recipient got one message
    assert "2026-12-03 10:59 EST" in by_user[ny.pk].subject
    assert "2026-12-03 23:59 UTC+8" in by_user[sh.pk].body
    assert sorted(m.to[0] for m in mail.outbox) == sorted([ny.email, sh.email])
    to_ny = next(m for m in mail.outbox if m.to == [ny.email])
    assert "http://127.0.0.1:8000/disputes/1/" in to_ny.body
    assert "Times in this message are in America/New_York" in to_ny.body


def test_inbox_api_is_private() -> None:
    me, other = buyer(), buyer()
    notify(recipients=[other], kind="x", subject="secret", body="b")
    api = ApiClient(me)
    assert api.get("notifications").json()["count"] == 0
    theirs = Notification.objects.get(recipient=other)
    assert theirs.texts == {}  # no words of ours to translate: kept once
    assert api.post(f"notifications/{theirs.pk}/read").status_code == 404
    assert Notification.objects.get(pk=theirs.pk).read_at is None
    r = ApiClient(other).post(f"notifications/{theirs.pk}/read")
    assert r.status_code == 200
    assert r.json()["read_at"] is not None


class _Receiver(http.server.BaseHTTPRequestHandler):
    answers: list[int] = []
    received: list[tuple[Any, bytes]] = []  # (case-insensitive headers, body)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((self.headers, body))
        self.send_response(type(self).answers.pop(0) if type(self).answers else 200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[_Receiver]]]:
    _Receiver.answers, _Receiver.received = [], []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hook", _Receiver
    finally:
        server.shutdown()


# The webhook tests run wholly at START: run_due plays each retry out as of its due time
# only while the real (travelled) time is earlier than that.
START = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
CASE = {
    "dispute_id": 7,
    "order_id": 3,
    "order_reference": "TA-3",
    "buyer_id": 1,
    "supplier_id": 2,
    "reason": "not_received",
    "status": "awaiting_response",
}
DISPUTE_OPENED = {**CASE, "claimed_amount": "120.00", "currency": "USD"}


@time_machine.travel(START, tick=False)
def test_webhook_is_signed_and_retried_until_delivered(
    receiver: tuple[str, type[_Receiver]],
) -> None:
    url, handler = receiver
    handler.answers = [500, 503]
    webhook_endpoint_create(url=url, secret="s" * 32, events=["dispute.opened"])
    webhook_emit(event="dispute.opened", data=DISPUTE_OPENED)
    webhook_emit(
        event="refund.paid", data={**CASE, "refund_id": 1, "amount": "9.00", "currency": "USD"}
    )  # not subscribed
    run_due(START)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.next_attempt_at == START + RETRY_DELAYS[0]
    run_due(START + dt.timedelta(hours=1))
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert delivery.attempts == 3
    headers, body = handler.received[-1]
    assert json.loads(body)["data"] == DISPUTE_OPENED
    assert headers["X-TradeGuard-Event"] == "dispute.opened"
    assert headers["X-TradeGuard-Delivery"] == str(delivery.delivery_id)
    timestamp = int(headers["X-TradeGuard-Signature"].split(",")[0][2:])
    assert verify("s" * 32, headers["X-TradeGuard-Signature"], body, now=timestamp)
    assert not verify(
        "wrong-secret-xxxxxxxx", headers["X-TradeGuard-Signature"], body, now=timestamp
    )
    assert not verify("s" * 32, headers["X-TradeGuard-Signature"], body + b" ", now=timestamp)


@time_machine.travel(START, tick=False)
def test_webhook_gives_up_after_the_last_retry(receiver: tuple[str, type[_Receiver]]) -> None:
    url, handler = receiver
    handler.answers = [500] * 20
    webhook_endpoint_create(url=url, secret="s" * 32, events=[])
    webhook_emit(
        event="dispute.decided",
        data={**CASE, "outcome": "supplier", "refund_amount": "0.00", "currency": "USD"},
    )
    run_due(START + dt.timedelta(days=3))
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.GAVE_UP
    assert delivery.attempts == len(RETRY_DELAYS) + 1
    assert delivery.last_status_code == 500


def test_webhook_admin_api() -> None:
    assert ApiClient(buyer()).get("webhooks/deliveries").status_code == 403
    api = ApiClient(admin())
    r = api.post("webhooks/endpoints", {"url": "ftp://x", "secret": "s" * 20})
    assert r.status_code == 422
    assert r.json()["fields"]["url"]
    r = api.post(
        "webhooks/endpoints", {"url": "https://m.example/h", "secret": "s" * 20, "events": ["nope"]}
    )
    assert r.status_code == 422
    r = api.post(
        "webhooks/endpoints",
        {"url": "https://m.example/h", "secret": "s" * 20, "events": ["refund.paid"]},
    )
    assert r.status_code == 201
    assert "secret" not in r.json()
    assert api.get("webhooks/deliveries").json()["count"] == 0


@time_machine.travel(START, tick=False)
def test_an_admin_replays_a_delivery_as_a_new_one(receiver: tuple[str, type[_Receiver]]) -> None:
    url, handler = receiver
    handler.answers = [500] * 20
    webhook_endpoint_create(url=url, secret="s" * 32, events=["dispute.opened"])
    webhook_emit(event="dispute.opened", data=DISPUTE_OPENED)
    run_due(START + dt.timedelta(days=3))
    given_up = WebhookDelivery.objects.get()
    assert given_up.status == DeliveryStatus.GAVE_UP
    assert ApiClient(buyer()).post(f"webhooks/deliveries/{given_up.pk}/replay").status_code == 403
    handler.answers = [200]
    r = ApiClient(admin()).post(f"webhooks/deliveries/{given_up.pk}/replay")
    assert r.status_code == 201
    assert r.json()["replay_of_id"] == given_up.pk
    run_due(START + dt.timedelta(days=3, minutes=1))
    replay = WebhookDelivery.objects.get(pk=r.json()["id"])
    assert replay.status == DeliveryStatus.DELIVERED
    headers, body = handler.received[-1]
    assert json.loads(body) == given_up.payload
    assert headers["X-TradeGuard-Replay-Of"] == str(given_up.delivery_id)
    assert headers["X-TradeGuard-Delivery"] == str(replay.delivery_id)


def test_the_webhook_catalogue_is_listed_and_in_the_openapi_document() -> None:
    from tradeguard.notifications.webhooks import EVENTS

    listed = ApiClient(admin()).get("webhooks/events").json()
    assert {e["event"] for e in listed} == set(EVENTS)
    doc = ApiClient().client.get("/api/v1/openapi.json").json()
    assert set(doc["webhooks"]) == set(EVENTS)
    opened = doc["webhooks"]["dispute.opened"]["post"]["requestBody"]["content"]
    data_ref = opened["application/json"]["schema"]["properties"]["data"]["$ref"]
    schema = doc["components"]["schemas"][data_ref.rsplit("/", 1)[-1]]
    assert {"dispute_id", "claimed_amount", "currency"} <= set(schema["properties"])
    assert doc["components"]["schemas"]["DisputeReason"]["enum"]


def test_the_admin_replay_action(admin_client: Any) -> None:
    endpoint = webhook_endpoint_create(url="https://m.example/h", secret="s" * 32, events=[])
    webhook_emit(event="dispute.opened", data=DISPUTE_OPENED)
    original = WebhookDelivery.objects.get(endpoint=endpoint)
    r = admin_client.post(
        "/admin/notifications/webhookdelivery/",
        {"action": "replay", "_selected_action": [original.pk]},
        follow=True,
    )
    assert r.status_code == 200
    assert WebhookDelivery.objects.filter(replay_of=original).count() == 1


def test_the_replay_button_on_a_deliverys_admin_page(admin_client: Any) -> None:
    endpoint = webhook_endpoint_create(url="https://m.example/h", secret="s" * 32, events=[])
    webhook_emit(event="dispute.opened", data=DISPUTE_OPENED)
    original = WebhookDelivery.objects.get(endpoint=endpoint)
    page = admin_client.get(f"/admin/notifications/webhookdelivery/{original.pk}/change/")
    assert b"Replay" in page.content
    url = f"/admin/notifications/webhookdelivery/{original.pk}/replay/"
    assert admin_client.get(url).status_code == 405
    assert admin_client.post(url).status_code == 302
    assert WebhookDelivery.objects.filter(replay_of=original).count() == 1


def test_a_transaction_queues_all_its_emails_at_once_and_none_of_a_rollback(
    django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    """A run of many deadlines in one transaction notifies many people: one flush after
    the commit queues every e-mail; notifications of a rolled-back savepoint get none."""
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    b, s = buyer(), supplier()
    with django_capture_on_commit_callbacks(execute=True) as hooks:
        for n in range(3):
            notify(recipients=[b, s], kind="dispute.reminder", subject=f"#{n}", body="...")
        try:
            with transaction.atomic():
                notify(recipients=[b], kind="dispute.reminder", subject="gone", body="...")
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert len(hooks) == 1
    queued = [r.args_kwargs["args"][0] for r in DBTaskResult.objects.all()]
    assert sorted(queued) == sorted(Notification.objects.values_list("pk", flat=True))
    assert len(queued) == 6


def test_the_inbox_reads_in_the_readers_language_now_not_when_sent() -> None:
    """A message is kept in both languages, each in the recipient's zone: a buyer who
    switches to Chinese reads earlier messages in Chinese, in the inbox and the API;
    what a person wrote stays as written."""
    from django.test import Client
    from django.utils.translation import gettext_lazy

    from tradeguard.common.i18n.text import Text

    template = "The decision target of %(due)s has passed. The case is highlighted in the queue."
    reader = buyer(timezone="America/New_York", language="en")
    notify(
        recipients=[reader],
        kind="dispute.overdue",
        subject=Text(gettext_lazy(template), due=DUE),
        body=Text(gettext_lazy(template), due=DUE) + "\n\n“Speakers measure 6 W”",
    )
    sent = Notification.objects.get(recipient=reader)
    assert sent.subject.startswith("The decision target of 2026-12-03 10:59 EST")
    assert set(sent.texts) == {"zh-hans"}
    api = ApiClient(reader)
    assert api.get("notifications").json()["items"][0]["subject"] == sent.subject

    reader.language = "zh-hans"
    reader.save(update_fields=["language"])
    shown = ApiClient(reader).get("notifications").json()["items"][0]
    assert shown["subject"].startswith("裁决目标时间2026-12-03 10:59 EST已过")
    assert shown["body"].endswith("“Speakers measure 6 W”")
    client = Client()
    client.force_login(reader)
    page = client.get("/inbox/").content.decode()
    assert "裁决目标时间2026-12-03 10:59 EST已过" in page
    assert "The decision target" not in page
