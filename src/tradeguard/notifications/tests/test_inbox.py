"""The inbox: grouped by case, notice or order; unread styling; mark one or all read
(htmx and plain forms); links, never raw paths; emails with labels and absolute links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.test import Client

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, buyer
from tradeguard.common.testing import ApiClient
from tradeguard.disputes.tests.factories import cast, delivered_order, file_dispute
from tradeguard.notifications import selectors, text
from tradeguard.notifications.models import Notification
from tradeguard.notifications.services import notify

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _clock() -> Iterator[Any]:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def client_for(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.email, password=DEFAULT_PASSWORD)
    return client


@pytest.fixture
def two_cases(_clock: Any) -> Any:
    """A supplier with two disputes and an order-level message, in that order."""
    c = cast()
    first = file_dispute(c, delivered_order(c, NOW))
    _clock.shift(dt.timedelta(minutes=5))
    order = delivered_order(c, NOW)
    notify(
        recipients=[c.supplier],
        kind="spec.attached",
        subject=f"Specification to accept on order {order.reference}",
        body="Review and accept it so it becomes binding.",
        link=f"/specs/orders/{order.pk}/",
        topic=order,
    )
    _clock.shift(dt.timedelta(minutes=5))
    second = file_dispute(c, delivered_order(c, NOW))
    _clock.shift(dt.timedelta(minutes=5))
    from tradeguard.disputes import services

    services.message_post(actor=c.buyer, dispute=first, body="Any news?")
    return c, first, second, order


def test_groups_are_one_per_topic_newest_first_with_title_and_status(two_cases: Any) -> None:
    c, first, second, order = two_cases
    _page, groups = selectors.inbox_groups(c.supplier)
    assert [g.topic.url for g in groups] == [
        f"/disputes/{first.pk}/",  # its message is the newest
        f"/disputes/{second.pk}/",
        f"/orders/{order.pk}/",
    ]
    top = groups[0]
    assert top.topic.title.startswith(f"Dispute #{first.pk} · Not as described · order ")
    assert top.topic.status_label == "Awaiting the supplier's response"
    assert (top.total, top.unread) == (2, 2)
    assert [n.kind for n in top.notifications] == ["dispute.message", "dispute.opened"]
    assert groups[2].topic.title.startswith(f"Order {order.reference} · ")


def test_the_inbox_page_renders_groups_without_raw_paths_or_a_doubled_title(
    two_cases: Any, django_assert_max_num_queries: Any
) -> None:
    c, first, *_ = two_cases
    client = client_for(c.supplier)
    with django_assert_max_num_queries(25):
        html = client.get("/inbox/").content.decode()
    assert "<title>Inbox · TradeGuard</title>" in html
    assert html.count('class="card inbox-group has-unread"') == 3
    assert f'<a href="/disputes/{first.pk}/">Dispute #{first.pk} · Not as described' in html
    # Under the group's title the subject drops the repeated "Dispute #N:" prefix.
    assert ">Message from the buyer</a>" in html
    assert 'class="inbox-message unread"' in html
    body_text = html.split('id="inbox-body"', 1)[1]
    assert "/disputes/" not in _visible_text(body_text)


def _visible_text(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", html)


def test_query_count_does_not_grow_with_the_number_of_groups(
    django_assert_max_num_queries: Any,
) -> None:
    c = cast()
    for _ in range(12):
        file_dispute(c, delivered_order(c, NOW))
    client = client_for(c.supplier)
    with django_assert_max_num_queries(25):
        assert client.get("/inbox/").status_code == 200


def test_mark_one_read_with_htmx_returns_the_group_and_the_new_count(two_cases: Any) -> None:
    c, first, *_ = two_cases
    message = Notification.objects.get(recipient=c.supplier, kind="dispute.message")
    client = client_for(c.supplier)
    response = client.post(f"/inbox/{message.pk}/read/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="inbox-group-disputes-dispute-{first.pk}"' in html
    assert "1 new" in html  # the filing message of that case is still unread
    assert 'id="nav-unread"' in html
    assert 'hx-swap-oob="true"' in html
    assert ">3<" in html  # four unread before (two filings, the order, the message)
    message.refresh_from_db()
    assert message.read_at is not None


def test_mark_all_read_without_script_redirects_with_a_message(two_cases: Any) -> None:
    c, *_ = two_cases
    client = client_for(c.supplier)
    response = client.post("/inbox/read-all/", follow=True)
    assert "4 messages marked as read." in response.content.decode()
    assert not Notification.objects.filter(recipient=c.supplier, read_at__isnull=True).exists()


def test_mark_all_read_with_htmx_returns_the_inbox(two_cases: Any) -> None:
    c, *_ = two_cases
    html = client_for(c.supplier).post("/inbox/read-all/", HTTP_HX_REQUEST="true").content.decode()
    assert 'id="inbox-body"' in html
    assert "All caught up" in html
    assert "has-unread" not in html


def test_opening_a_message_marks_it_read_and_goes_to_its_page(two_cases: Any) -> None:
    c, first, *_ = two_cases
    message = Notification.objects.get(recipient=c.supplier, kind="dispute.message")
    response = client_for(c.supplier).get(f"/inbox/{message.pk}/open/")
    assert response.status_code == 302
    assert response["Location"] == f"/disputes/{first.pk}/"
    message.refresh_from_db()
    assert message.read_at is not None


def test_someone_elses_message_is_404(two_cases: Any) -> None:
    c, *_ = two_cases
    message = Notification.objects.filter(recipient=c.supplier).first()
    assert message is not None
    stranger = client_for(buyer())
    assert stranger.post(f"/inbox/{message.pk}/read/").status_code == 404
    assert stranger.get(f"/inbox/{message.pk}/open/").status_code == 404
    message.refresh_from_db()
    assert message.read_at is None


def test_links_in_text_render_as_labelled_links_never_raw_paths() -> None:
    body = (
        f"These listings:\n- {text.link('Arc lamp [replica]', '/ip/items/4/')}\nOld: /ip/items/11/."
    )
    html = str(text.to_html(body))
    assert '<a href="/ip/items/4/">Arc lamp (replica)</a>' in html
    assert '<a href="/ip/items/11/">open</a>' in html
    assert ">/ip/items/" not in html
    plain = text.to_plain(body, "https://tg.example")
    assert "Arc lamp (replica) (https://tg.example/ip/items/4/)" in plain
    assert "https://tg.example/ip/items/11/" in plain
    assert "/ip/items" not in text.excerpt(body)


def test_html_in_message_text_is_escaped() -> None:
    html = str(text.to_html("<script>alert(1)</script> [x](javascript:alert(1))"))
    assert "<script>" not in html
    assert "javascript:" not in html.split("href=")[-1][:12]


def test_emails_have_labels_absolute_links_and_the_readers_zone(
    django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    settings.TRADEGUARD_BASE_URL = "https://tg.example"
    reader = buyer(timezone="America/New_York")
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            recipients=[reader],
            kind="ip.complaint.notice",
            subject="Answer by {due}",
            body=f"- {text.link('Arc lamp', '/ip/items/4/')}",
            link="/ip/items/4/",
            times={"due": NOW},
        )
    [email] = mail.outbox
    assert email.subject.endswith("Answer by 2026-06-01 05:00 EDT")
    assert "Arc lamp (https://tg.example/ip/items/4/)" in email.body
    assert "Open in TradeGuard: https://tg.example/ip/items/4/" in email.body
    assert "America/New_York" in email.body
    assert "](/" not in email.body


def test_the_api_lists_the_topic_and_plain_text_with_absolute_links(
    two_cases: Any, settings: Any
) -> None:
    settings.TRADEGUARD_BASE_URL = "https://tg.example"
    c, first, *_ = two_cases
    Notification.objects.filter(recipient=c.supplier, kind="dispute.message").update(
        body=f"See {text.link('the case', f'/disputes/{first.pk}/')}."
    )
    rows = ApiClient(c.supplier).get("notifications").json()["items"]
    assert {"topic": "disputes.dispute", "topic_id": first.pk}.items() <= rows[0].items()
    assert rows[0]["body"] == f"See the case (https://tg.example/disputes/{first.pk}/)."


# --- A group with many messages ------------------------------------------------------


@pytest.fixture
def busy_case(_clock: Any) -> Any:
    """A case the supplier has 31 messages about (the filing and 30 more)."""
    c = cast()
    case = file_dispute(c, delivered_order(c, NOW))
    for number in range(30):
        _clock.shift(dt.timedelta(minutes=1))
        notify(
            recipients=[c.supplier],
            kind="dispute.message",
            subject=f"Dispute #{case.pk}: message {number}",
            body=f"Message number {number}.",
            link=f"/disputes/{case.pk}/",
            topic=case,
        )
    return c, case


def test_a_busy_group_lists_its_newest_messages_and_links_to_all_of_them(
    busy_case: Any, django_assert_max_num_queries: Any
) -> None:
    c, _case = busy_case
    _page, groups = selectors.inbox_groups(c.supplier)
    group = groups[0]
    assert (group.total, len(group.notifications)) == (31, selectors.SHOWN_PER_GROUP)
    assert group.notifications[0].subject.endswith("message 29")  # newest first
    assert (group.earlier_count, group.unlisted) == (29, 11)
    assert group.earlier_unread == 29  # counted over the whole group, not the listed part
    client = client_for(c.supplier)
    with django_assert_max_num_queries(25):
        html = client.get("/inbox/").content.decode()
    assert "29 earlier messages" in html
    assert "See all 31 messages about this" in html
    assert "11 older messages are not listed here" in html
    assert html.count('<li class="inbox-message') == selectors.SHOWN_PER_GROUP


def test_the_topic_page_lists_every_message_and_marks_read_in_place(busy_case: Any) -> None:
    c, case = busy_case
    client = client_for(c.supplier)
    url = f"/inbox/?topic=disputes.dispute&topic_id={case.pk}"
    html = client.get(url).content.decode()
    assert html.count('<li class="inbox-message') == 31
    assert "message 0<" in html
    assert "message 29<" in html
    oldest = Notification.objects.filter(recipient=c.supplier).order_by("created_at").first()
    assert oldest is not None
    response = client.post(f"/inbox/{oldest.pk}/read/", {"next": url})
    assert (response.status_code, response["Location"]) == (302, url)
    oldest.refresh_from_db()
    assert oldest.read_at is not None
    # Somewhere else than this site: back to the inbox instead.
    response = client.post(f"/inbox/{oldest.pk}/read/", {"next": "https://evil.example/"})
    assert response["Location"] == "/inbox/"


def test_a_topic_the_reader_has_no_messages_about_is_404(busy_case: Any) -> None:
    c, case = busy_case
    stranger = client_for(buyer())
    assert stranger.get(f"/inbox/?topic=disputes.dispute&topic_id={case.pk}").status_code == 404
    own = client_for(c.supplier)
    assert own.get("/inbox/?topic=disputes.dispute&topic_id=x").status_code == 404
    assert own.get("/inbox/?topic=disputes.dispute").status_code == 404
