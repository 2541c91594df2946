"""The web shell: login/logout, navigation, dashboards per role, the officer page."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from tradeguard.accounts.tests import factories as f
from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.web import context as web_context
from tradeguard.web.dashboard import register_panel, unregister_panel

pytestmark = pytest.mark.django_db


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def panel_keys(html: str) -> set[str]:
    return set(re.findall(r'aria-labelledby="panel-([a-z0-9-]+)"', html))


# --- Login and logout -----------------------------------------------------------------


def test_login_page_explains_tradeguard_and_lists_demo_accounts_in_debug(settings: Any) -> None:
    settings.DEBUG = True
    f.buyer(email="buyer@demo.tradeguard.test")
    f.buyer(email="someone@example.com")
    html = Client().get("/login/").content.decode()
    assert "TradeGuard is where buyers, suppliers and rights holders" in html
    assert "buyer@demo.tradeguard.test" in html
    assert "uses the password <code>demo-pass-2026</code>; choose one to fill in the form." in html
    assert "someone@example.com" not in html
    # On a phone each account is one block whose cells name their column.
    assert 'class="table table-stack demo-table"' in html
    assert 'data-label="Role"' in html


def test_demo_accounts_read_as_one_chinese_sentence(settings: Any) -> None:
    settings.DEBUG = True
    f.buyer(email="buyer@demo.tradeguard.test")
    html = Client().get("/login/", HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()
    sentence = (
        "所有演示账户的密码均为 <code>demo-pass-2026</code>；选择一个账户即可自动填写登录表单。"  # noqa: RUF001 - Chinese punctuation
    )
    assert sentence in html


def test_login_page_hides_demo_accounts_without_debug(settings: Any) -> None:
    settings.DEBUG = False
    f.buyer(email="buyer@demo.tradeguard.test")
    html = Client().get("/login/").content.decode()
    assert "buyer@demo.tradeguard.test" not in html
    assert "demo-pass-2026" not in html


def test_login_with_email_in_any_case_lands_on_the_dashboard() -> None:
    user = f.buyer(email="ben@example.com")
    client = Client()
    response = client.post("/login/", {"username": "Ben@Example.com", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    page = client.get("/dashboard/")
    assert page.status_code == 200
    assert user.email in page.content.decode()


def test_login_with_a_wrong_password_says_so_and_keeps_the_email() -> None:
    f.buyer(email="ben@example.com")
    response = Client().post("/login/", {"username": "ben@example.com", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "That email and password do not match an account" in html
    assert 'value="ben@example.com"' in html


def test_a_chinese_reader_signs_in_in_chinese() -> None:
    """The sign-in form's label and its refusal were English on the Chinese page."""
    f.supplier(email="li@example.cn")
    client = Client()
    client.cookies["tradeguard_language"] = "zh-hans"
    html = client.post("/login/", {"username": "li@example.cn", "password": "wrong"}).content
    text = html.decode()
    assert "电子邮箱" in text
    assert "电子邮箱和密码不匹配任何账户" in text
    assert "That email and password" not in text


def test_login_follows_next_to_the_page_asked_for() -> None:
    f.buyer(email="ben@example.com")
    client = Client()
    assert client.get("/account/tokens/")["Location"] == "/login/?next=/account/tokens/"
    response = client.post(
        "/login/?next=/account/tokens/",
        {"username": "ben@example.com", "password": DEFAULT_PASSWORD, "next": "/account/tokens/"},
    )
    assert response["Location"] == "/account/tokens/"


def test_logout_is_a_post_and_signs_out() -> None:
    client = client_for(f.buyer())
    assert client.get("/logout/").status_code == 405
    response = client.post("/logout/", follow=True)
    assert response.redirect_chain[-1][0] == "/login/"
    assert "You have signed out." in response.content.decode()
    assert client.get("/dashboard/")["Location"].startswith("/login/")


def test_home_sends_visitors_to_login_and_users_to_their_dashboard() -> None:
    assert Client().get("/")["Location"] == "/login/"
    assert client_for(f.buyer()).get("/")["Location"] == "/dashboard/"


# --- Navigation and the shell ---------------------------------------------------------


def nav_labels(html: str) -> list[str]:
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav)


def test_nav_shows_each_role_only_its_links() -> None:
    buyer_nav = nav_labels(client_for(f.buyer()).get("/dashboard/").content.decode())
    officer_nav = nav_labels(client_for(f.officer()).get("/dashboard/").content.decode())
    admin_nav = nav_labels(client_for(f.admin()).get("/dashboard/").content.decode())
    assert buyer_nav[0] == "Dashboard"
    assert "Verification queue" not in buyer_nav
    assert "Officer queues" not in buyer_nav
    assert "Admin" not in buyer_nav
    assert {"Verification queue", "Officer queues"} <= set(officer_nav)
    assert "Admin" not in officer_nav
    assert "Admin" in admin_nav


def test_nav_leaves_out_links_whose_page_does_not_exist_yet(monkeypatch: Any) -> None:
    monkeypatch.setattr(
        web_context,
        "NAV_ITEMS",
        (
            *web_context.NAV_ITEMS,
            web_context.NavItem("Not built", "nowhere:list", frozenset({"buyer"})),
        ),
    )
    html = client_for(f.buyer()).get("/dashboard/").content.decode()
    assert "Not built" not in nav_labels(html)


def test_current_page_is_marked_in_the_nav() -> None:
    html = client_for(f.officer()).get("/officer/").content.decode()
    assert re.search(r'<a href="/officer/" aria-current="page">Officer queues</a>', html)


def test_shell_shows_account_menu_and_viewer_time_zone() -> None:
    user = f.supplier(full_name="Li Wei")
    html = client_for(user).get("/dashboard/").content.decode()
    assert "Times shown in Asia/Shanghai" in html
    assert user.email in html
    assert user.organization.name in html
    assert 'action="/logout/"' in html


# --- Dashboard panels -----------------------------------------------------------------

EXPECTED_PANELS = {
    "buyer": ({"orders", "accountsorganization"}, {"accountsverification", "admin"}),
    "supplier": ({"orders", "cataloglistings", "accountsorganization"}, {"accountsverification"}),
    "officer": (
        {"accountsverification", "orders", "cataloglistings"},
        {"accountsorganization", "admin"},
    ),
    "admin": ({"accountsverification", "orders", "admin"}, {"accountsorganization"}),
    "inspector": ({"accountsorganization"}, {"orders", "accountsverification"}),
    "rights_holder": ({"accountsorganization"}, {"orders", "accountsverification"}),
}
MAKERS = {
    "buyer": f.buyer,
    "supplier": f.supplier,
    "officer": f.officer,
    "admin": f.admin,
    "inspector": f.inspector,
    "rights_holder": f.rights_holder,
}


@pytest.mark.parametrize("role", sorted(EXPECTED_PANELS))
def test_dashboard_shows_the_panels_of_the_role(role: str) -> None:
    html = client_for(MAKERS[role]()).get("/dashboard/").content.decode()
    present, absent = EXPECTED_PANELS[role]
    keys = panel_keys(html)
    assert present <= keys, keys
    assert not (absent & keys), keys
    failed = set(re.findall(r'class="card panel panel-failed" data-panel="([^"]+)"', html))
    assert not failed & {"orders", "catalog.listings", "accounts.organization", "admin"}
    assert "accounts.verification" not in failed


def test_supplier_sees_orders_to_ship_first_with_the_ship_by_deadline() -> None:
    from tradeguard.orders.services import Shipping
    from tradeguard.orders.tests.factories import order

    supplier = f.supplier()
    order(
        supplier=supplier.organization,
        status="paid",
        reference="TA-SHIP-1",
        shipping=Shipping(ship_by=dt.date(2030, 1, 31)),
    )
    html = client_for(supplier).get("/dashboard/").content.decode()
    assert "TA-SHIP-1" in html
    assert "Supplier to ship · due" in html
    assert '<time class="countdown countdown-later" datetime="2030-01-31T23:59:59Z"' in html
    assert "need your action" in html or "needs your action" in html
    # Panels needing action come first: orders before the listings panel.
    assert html.index('id="panel-orders"') < html.index('id="panel-cataloglistings"')


def test_buyer_without_orders_gets_an_empty_state_that_says_what_to_do() -> None:
    html = client_for(f.buyer()).get("/dashboard/").content.decode()
    assert "Nothing here needs you right now." in html
    assert "Orders you place on the marketplace appear here." in html


def test_officer_sees_the_verification_queue_count_on_the_dashboard() -> None:
    from io import BytesIO

    from tradeguard.accounts.services import organization_document_add
    from tradeguard.common.testing import PDF_BYTES

    member = f.supplier()
    organization_document_add(
        actor=member,
        organization=member.organization,
        kind="business_licence",
        upload=BytesIO(PDF_BYTES),
        name="licence.pdf",
    )
    html = client_for(f.officer()).get("/dashboard/").content.decode()
    assert "Organizations to verify" in html
    assert member.organization.name in html
    assert "1 organization uploaded documents" in html
    assert "Supplier · China" in html  # the country by its name, not "CN"


@pytest.fixture
def extra_panel() -> Iterator[list[str]]:
    keys: list[str] = []
    yield keys
    for key in keys:
        unregister_panel(key)


def test_registered_panels_render_hide_and_fail_safely(extra_panel: list[str]) -> None:
    def shown(user: Any) -> dict[str, Any]:
        return {"action_count": 2}

    def hidden(user: Any) -> None:
        return None

    def broken(user: Any) -> dict[str, Any]:
        raise RuntimeError("boom")

    register_panel({"buyer"}, "web/_panel.html", shown, order=99, key="test-shown")
    register_panel({"buyer"}, "web/_panel.html", hidden, order=1, key="test-hidden")
    register_panel({"buyer"}, "web/_panel.html", broken, order=2, key="test-broken")
    register_panel({"supplier"}, "web/_panel.html", shown, order=1, key="test-other-role")
    extra_panel.extend(["test-shown", "test-hidden", "test-broken", "test-other-role"])

    html = client_for(f.buyer()).get("/dashboard/").content.decode()
    keys = panel_keys(html)
    assert "test-shown" in keys
    assert "test-hidden" not in keys
    assert "test-other-role" not in keys
    assert "This part of the dashboard could not load." in html
    # A panel needing action (2) comes before the orders panel, which needs none.
    assert html.index('id="panel-test-shown"') < html.index('id="panel-orders"')


def test_register_panel_refuses_unknown_roles_and_pages() -> None:
    with pytest.raises(ValueError, match="Unknown roles"):
        register_panel({"buyers"}, "x.html", lambda u: {}, key="bad")
    with pytest.raises(ValueError, match="Unknown pages"):
        register_panel({"buyer"}, "x.html", lambda u: {}, key="bad", pages=("home",))


# --- Officer page ---------------------------------------------------------------------


def test_officer_page_links_the_queues() -> None:
    html = client_for(f.officer()).get("/officer/").content.decode()
    assert '<a href="/account/verification/">Verification queue</a>' in html
    assert "Organizations to verify" in html  # the verification panel is on this page too


@pytest.mark.parametrize("make", [f.buyer, f.supplier, f.rights_holder, f.inspector])
def test_officer_page_is_forbidden_to_others(make: Any) -> None:
    response = client_for(make()).get("/officer/")
    assert response.status_code == 403
    assert "Only platform officers and admins work the queues." in response.content.decode()


def test_built_in_panels_use_a_fixed_number_of_queries(
    django_assert_max_num_queries: Any,
) -> None:
    from io import BytesIO

    from tradeguard.accounts.services import organization_document_add
    from tradeguard.common.testing import PDF_BYTES
    from tradeguard.orders.tests.factories import order
    from tradeguard.web import panels

    supplier = f.supplier()
    for _ in range(5):
        order(supplier=supplier.organization, status="paid")
    for _ in range(4):
        member = f.buyer()
        organization_document_add(
            actor=member,
            organization=member.organization,
            kind="business_licence",
            upload=BytesIO(PDF_BYTES),
            name="licence.pdf",
        )
    officer = f.officer()
    with django_assert_max_num_queries(3):
        context = panels.orders_panel(supplier)
    assert context is not None
    assert len(context["rows"]) == 5
    with django_assert_max_num_queries(4):
        context = panels.verification_panel(officer)
        assert context is not None
        assert context["count"] == 4
    with django_assert_max_num_queries(3):
        assert panels.listings_panel(supplier) is not None


@pytest.mark.parametrize("role", sorted(MAKERS))
def test_dashboard_links_with_one_name_go_to_one_place(role: str) -> None:
    """A screen reader lists links by name: two panels' "Open the queue" links to
    different queues could not be told apart (the IP panel's is "Open the IP queue")."""
    from collections import defaultdict

    html = client_for(MAKERS[role]()).get("/dashboard/").content.decode()
    places: dict[str, set[str]] = defaultdict(set)
    for href, text in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', html):
        places[" ".join(text.split())].add(href.split("#")[0])
    assert places, "the dashboard has links"
    assert {name: hrefs for name, hrefs in places.items() if len(hrefs) > 1} == {}
