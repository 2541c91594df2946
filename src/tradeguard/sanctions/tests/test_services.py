"""The ledger through its services: thresholds, expiry, company inheritance, strikes,
idempotency, and the standing API."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import time_machine
from django.utils.translation import gettext

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.accounts.tests.factories import OrganizationFactory, buyer, officer, supplier
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.common.i18n.text import reading_as
from tradeguard.common.models import AppendOnlyError
from tradeguard.common.testing import ApiClient
from tradeguard.notifications.models import Notification
from tradeguard.sanctions.enums import SanctionsErrorCode, StandingLevel
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.selectors import supplier_is_restricted, supplier_standing
from tradeguard.sanctions.services import points_award, strike_record
from tradeguard.sanctions.tests.factories import supplier_org

pytestmark = pytest.mark.django_db

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
_keys = itertools.count()


def award(org: Organization, points: int, **kw: object) -> SanctionEntry:
    kw.setdefault("idempotency_key", f"test-{next(_keys)}")
    return points_award(
        supplier=org,
        points=points,
        reason=kw.pop("reason", "Lost dispute #1"),  # type: ignore[arg-type]
        source_type="dispute",
        source_id=1,
        actor=None,
        **kw,  # type: ignore[arg-type]
    )


def strike(org: Organization) -> SanctionEntry:
    return strike_record(
        supplier=org,
        reason="Counterfeit listing",
        source_type="ip_complaint",
        source_id=next(_keys),
        actor=None,
        idempotency_key=f"strike-{next(_keys)}",
    )


def test_crossing_twelve_restricts_for_seven_days_and_notifies() -> None:
    org = supplier_org()
    member = supplier(organization=org)
    with time_machine.travel(T0, tick=False):
        award(org, 6)
        assert supplier_standing(org).level == StandingLevel.WARNING
        assert supplier_is_restricted(org) is False
    with time_machine.travel(T0 + dt.timedelta(days=2), tick=False):
        award(org, 6)
        standing = supplier_standing(org)
        assert standing.restricted_until == T0 + dt.timedelta(days=9)
        assert supplier_is_restricted(org) is True
    with time_machine.travel(T0 + dt.timedelta(days=9, seconds=1), tick=False):
        assert supplier_is_restricted(org) is False
        assert supplier_standing(org).level == StandingLevel.WARNING
    subjects = list(Notification.objects.filter(recipient=member).values_list("subject", flat=True))
    with reading_as(member):  # the supplier reads its own language (Chinese for CN)
        expected = gettext("Sanctions: %(what)s") % {"what": StandingLevel.RESTRICTED.label}
    assert expected in subjects
    assert [e.type for e in events_for(org)].count("sanctions.level_changed") == 2


def test_points_expire_after_365_days() -> None:
    org = supplier_org()
    with time_machine.travel(T0, tick=False):
        award(org, 24)
    with time_machine.travel(T0 + dt.timedelta(days=364), tick=False):
        assert supplier_standing(org).points_in_force == 24
    with time_machine.travel(T0 + dt.timedelta(days=365), tick=False):
        standing = supplier_standing(org)
        assert standing.points_in_force == 0
        assert standing.level == StandingLevel.GOOD


def test_a_new_store_of_the_same_company_inherits_points() -> None:
    old = supplier_org(registration_number="91310000MA1FL0", country="CN")
    with time_machine.travel(T0, tick=False):
        award(old, 12)
    new = supplier_org(registration_number="91310000ma1fl0", country="CN")
    other_country = supplier_org(registration_number="91310000MA1FL0", country="HK")
    with time_machine.travel(T0 + dt.timedelta(days=1), tick=False):
        assert supplier_standing(new).points_in_force == 12
        assert supplier_is_restricted(new) is True
        assert supplier_standing(other_country).points_in_force == 0


def test_without_registration_number_points_stay_with_the_store() -> None:
    a = supplier_org()
    b = supplier_org()
    award(a, 6)
    assert supplier_standing(b).points_in_force == 0


def test_strikes_within_three_days_count_once_and_three_terminate() -> None:
    org = supplier_org()
    with time_machine.travel(T0, tick=False):
        strike(org)
    with time_machine.travel(T0 + dt.timedelta(days=2), tick=False):
        strike(org)
        assert supplier_standing(org).strikes_in_force == 1
    with time_machine.travel(T0 + dt.timedelta(days=10), tick=False):
        strike(org)
        assert supplier_standing(org).strikes_in_force == 2
        assert supplier_standing(org).terminated is False
    with time_machine.travel(T0 + dt.timedelta(days=20), tick=False):
        strike(org)
        standing = supplier_standing(org)
        assert standing.strikes_in_force == 3
        assert standing.terminated is True
        assert standing.level == StandingLevel.TERMINATED
        assert supplier_is_restricted(org) is True


def test_idempotency_key_returns_the_same_entry() -> None:
    org = supplier_org()
    first = award(org, 3, idempotency_key="dispute-7-loss")
    again = award(org, 3, idempotency_key="dispute-7-loss")
    assert first.pk == again.pk
    assert supplier_standing(org).points_in_force == 3


def test_idempotency_key_reused_for_another_sanction_is_refused() -> None:
    award(supplier_org(), 3, idempotency_key="k1")
    with pytest.raises(ApplicationError) as exc:
        award(supplier_org(), 3, idempotency_key="k1")
    assert exc.value.code == SanctionsErrorCode.IDEMPOTENCY_KEY_REUSED
    assert exc.value.status == 409


def test_only_suppliers_are_sanctioned() -> None:
    org = OrganizationFactory(kind=OrgKind.BUYER)
    with pytest.raises(ApplicationError) as exc:
        award(org, 3)
    assert exc.value.code == SanctionsErrorCode.NOT_A_SUPPLIER
    assert not SanctionEntry.objects.exists()


@pytest.mark.parametrize("points", [0, -3])
def test_points_must_be_positive(points: int) -> None:
    with pytest.raises(ApplicationError) as exc:
        award(supplier_org(), points)
    assert exc.value.fields.keys() == {"points"}


def test_entries_are_append_only() -> None:
    entry = award(supplier_org(), 3)
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()


def test_api_standing_public_view_hides_ledger_reasons() -> None:
    org = supplier_org()
    award(org, 12, reason="Ignored award of dispute #9")
    body = ApiClient(buyer()).get(f"/api/v1/sanctions/suppliers/{org.pk}").json()
    assert body["points_in_force"] == 12
    assert body["restricted"] is True
    assert body["entries"] is None
    assert body["record"]["total"] == 0


def test_api_standing_shows_ledger_to_the_supplier_and_officers() -> None:
    org = supplier_org()
    award(org, 3, reason="Lost dispute #4")
    for user in (supplier(organization=org), officer()):
        body = ApiClient(user).get(f"/api/v1/sanctions/suppliers/{org.pk}").json()
        assert [e["reason"] for e in body["entries"]] == ["Lost dispute #4"]


def test_api_standing_of_a_non_supplier_is_404() -> None:
    org = OrganizationFactory(kind=OrgKind.BUYER)
    response = ApiClient(buyer()).get(f"/api/v1/sanctions/suppliers/{org.pk}")
    assert response.status_code == 404


def test_profile_page_renders_the_panel(client: object) -> None:
    org = supplier_org()
    award(org, 6)
    user = buyer()
    client.force_login(user)  # type: ignore[attr-defined]
    page = client.get(f"/sanctions/suppliers/{org.pk}/")  # type: ignore[attr-defined]
    assert page.status_code == 200
    assert b"Warning" in page.content
    assert client.get("/sanctions/suppliers/999999/").status_code == 404  # type: ignore[attr-defined]


def test_reaching_36_points_hides_the_company_listings() -> None:
    from tradeguard.catalog.services import listing_create

    org = supplier_org(registration_number="REG-36")
    sister = supplier_org(registration_number="REG-36")
    listings = [
        listing_create(
            actor=supplier(organization=o),
            marketplace_url=f"https://m.example/p/{o.pk}",
            title="Lamp",
        )
        for o in (org, sister)
    ]
    with time_machine.travel(T0, tick=False):
        award(org, 24)
        for listing in listings:
            listing.refresh_from_db()
            assert listing.status == "active"
        award(org, 12)
        standing = supplier_standing(org)
        assert standing.listings_hidden is True
        assert standing.restricted_until == T0 + dt.timedelta(days=21)
    for listing in listings:
        listing.refresh_from_db()
        assert listing.status == "hidden"
        assert "sanctions" in listing.status_reason
