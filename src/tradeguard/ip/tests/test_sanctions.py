"""Upheld complaints put points and strikes on the shared ledger."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeguard.accounts.tests.factories import officer
from tradeguard.common.timers import run_due
from tradeguard.ip.services import (
    appeal_decide,
    item_accept_counter,
    item_appeal,
    item_counter_notice,
    item_decide,
    item_maintain,
    item_remove,
    item_withdraw,
)
from tradeguard.ip.tests import factories as f
from tradeguard.notifications.models import Notification
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.policy import SANCTIONS_HIDDEN_PREFIX
from tradeguard.sanctions.selectors import supplier_is_restricted, supplier_standing
from tradeguard.sanctions.services import points_award

pytestmark = pytest.mark.django_db
UTC = dt.UTC


def _upheld(holder, rec, supplier_user, *, reason=None, n=1):
    listings = [f.listing(supplier_user.organization) for _ in range(n)]
    c = f.complaint(holder, rec, listings, reason=reason)
    for item in c.items.all():
        item_remove(actor=supplier_user, item=item)
    return c


def test_points_once_per_complaint_and_supplier(frozen):
    holder = f.rights_holder()
    rec = f.record(holder)
    s = f.supplier()
    _upheld(holder, rec, s, reason="trademark_misuse", n=3)
    standing = supplier_standing(s.organization)
    assert standing.points_in_force == 2
    assert standing.strikes_in_force == 0


def test_counterfeit_strikes_within_three_days_count_once_three_terminate(frozen):
    holder = f.rights_holder()
    rec = f.record(holder)
    s = f.supplier()
    _upheld(holder, rec, s)
    frozen.move_to(dt.datetime(2025, 9, 23, 9, tzinfo=UTC))
    _upheld(holder, rec, s)  # one day later: counted with the first
    standing = supplier_standing(s.organization)
    assert standing.strikes_in_force == 1
    assert standing.points_in_force == 12
    assert not standing.terminated
    frozen.move_to(dt.datetime(2025, 10, 20, tzinfo=UTC))
    _upheld(holder, rec, s)
    frozen.move_to(dt.datetime(2025, 11, 20, tzinfo=UTC))
    assert supplier_standing(s.organization).strikes_in_force == 2
    _upheld(holder, rec, s)
    standing = supplier_standing(s.organization)
    assert standing.strikes_in_force == 3
    assert standing.terminated


def test_automatic_removal_is_upheld_too(frozen):
    holder = f.rights_holder()
    rec = f.record(holder)
    s = f.supplier()
    f.complaint(holder, rec, [f.listing(s.organization)])
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))
    at = dt.datetime(2025, 9, 26, tzinfo=UTC)
    assert supplier_standing(s.organization, at).strikes_in_force == 1


def test_new_store_of_the_same_company_inherits_strikes(frozen):
    holder = f.rights_holder()
    rec = f.record(holder)
    old_store = f.supplier("CN", registration_number="91440300MA5F")
    _upheld(holder, rec, old_store)
    frozen.move_to(dt.datetime(2025, 10, 20, tzinfo=UTC))
    _upheld(holder, rec, old_store)
    new_store = f.supplier("CN", registration_number="91440300MA5F")
    standing = supplier_standing(new_store.organization)
    assert standing.strikes_in_force == 2
    frozen.move_to(dt.datetime(2025, 11, 20, tzinfo=UTC))
    _upheld(holder, rec, new_store)
    assert supplier_standing(new_store.organization).terminated
    assert supplier_standing(old_store.organization).terminated
    # A different company (other registration number) is unaffected.
    other = f.supplier("CN", registration_number="91440300XXXX")
    assert supplier_standing(other.organization).strikes_in_force == 0


# --- Undoing a removal reverses its points and strike ------------------------------------


def _removed_by_decision(holder, rec, supplier_user, deciding_officer, *, reason=None):
    """Counter-notice, the rights holder maintains, an officer upholds: removed."""
    c = f.complaint(holder, rec, [f.listing(supplier_user.organization)], reason=reason)
    item = c.items.get()
    item_counter_notice(
        actor=supplier_user,
        item=item,
        explanation="Our own design, sold since 2019.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="Li Wei",
    )
    item_maintain(actor=holder, item=item, explanation="The mark is ours.")
    item_decide(actor=deciding_officer, item=item, uphold=True, reason="Same mark, same goods.")
    item.refresh_from_db()
    return item


def test_appeal_upheld_by_a_different_officer_reverses_points_and_strike(frozen):
    holder, s = f.rights_holder(), f.supplier()
    rec = f.record(holder)
    first, second = officer(), officer()
    item = _removed_by_decision(holder, rec, s, first)
    standing = supplier_standing(s.organization)
    assert (standing.points_in_force, standing.strikes_in_force) == (6, 1)
    item_appeal(actor=s, item=item, explanation="The officer overlooked our design registration.")
    appeal_decide(actor=second, item=item, uphold=True, reason="Prior design registration shown.")
    standing = supplier_standing(s.organization)
    assert (standing.points_in_force, standing.strikes_in_force) == (0, 0)
    assert standing.level == "good"
    reversals = SanctionEntry.objects.filter(kind="reversal", supplier=s.organization)
    assert reversals.count() == 2
    assert all(r.created_by_id == second.pk for r in reversals)
    assert all("no longer upheld" in r.reason for r in reversals)
    item.listing.refresh_from_db()
    assert item.listing.status == "active"


def test_withdrawal_after_removal_reverses_and_lifts_the_restriction(frozen):
    holder, s = f.rights_holder(), f.supplier()
    rec = f.record(holder)
    # Two counterfeit removals a week apart: 12 points, a 7-day restriction.
    _upheld(holder, rec, s)
    frozen.move_to(dt.datetime(2025, 9, 29, 9, tzinfo=UTC))
    second = _upheld(holder, rec, s)
    assert supplier_standing(s.organization).points_in_force == 12
    assert supplier_is_restricted(s.organization)
    item_withdraw(actor=holder, item=second.items.get(), reason="Licensed after all.")
    standing = supplier_standing(s.organization)
    assert standing.points_in_force == 6
    assert standing.strikes_in_force == 1
    assert not supplier_is_restricted(s.organization)  # below 12 again: lifted
    assert standing.level == "warning"


def test_counter_notice_accepted_after_a_voluntary_removal_reverses(frozen):
    holder, s = f.rights_holder(), f.supplier()
    rec = f.record(holder)
    c = _upheld(holder, rec, s, reason="trademark_misuse")
    item = c.items.get()
    assert supplier_standing(s.organization).points_in_force == 2
    item_counter_notice(
        actor=s,
        item=item,
        explanation="Removed by mistake; the mark is licensed to us.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="Li Wei",
    )
    item_accept_counter(actor=holder, item=item)
    assert supplier_standing(s.organization).points_in_force == 0


def test_points_stay_while_another_item_of_the_complaint_is_still_removed(frozen):
    holder, s = f.rights_holder(), f.supplier()
    rec = f.record(holder)
    c = _upheld(holder, rec, s, reason="trademark_misuse", n=2)
    first, second = c.items.order_by("id")
    item_withdraw(actor=holder, item=first)
    assert supplier_standing(s.organization).points_in_force == 2  # given once, still held
    item_withdraw(actor=holder, item=second)
    assert supplier_standing(s.organization).points_in_force == 0


def test_a_new_removal_after_a_reversal_counts_again(frozen):
    holder, s = f.rights_holder(), f.supplier()
    rec = f.record(holder)
    listings = [f.listing(s.organization) for _ in range(2)]
    c = f.complaint(holder, rec, listings, reason="trademark_misuse")
    first, second = c.items.order_by("id")
    item_remove(actor=s, item=first)
    assert supplier_standing(s.organization).points_in_force == 2
    item_withdraw(actor=holder, item=first)  # the second listing is still only notified
    assert supplier_standing(s.organization).points_in_force == 0
    # The same complaint's other listing is removed later: the complaint counts again.
    item_remove(actor=s, item=second)
    assert supplier_standing(s.organization).points_in_force == 2
    keys = list(
        SanctionEntry.objects.filter(supplier=s.organization, kind="points")
        .order_by("id")
        .values_list("idempotency_key", flat=True)
    )
    base = f"ip:complaint:{c.pk}:supplier:{s.organization_id}:points"
    assert keys == [base, f"{base}:2"]


def test_restoration_while_sanctions_hide_listings_restores_hidden(frozen):
    holder, s = f.rights_holder(), f.supplier()
    rec = f.record(holder)
    org = s.organization
    other_listing = f.listing(org)
    c = _upheld(holder, rec, s, reason="trademark_misuse")
    item = c.items.get()
    points_award(
        supplier=org,
        points=36,
        reason="Award ignored on dispute #4",
        source_type="dispute",
        source_id=4,
        actor=None,
        idempotency_key="test-hide-36",
    )
    assert supplier_standing(org).listings_hidden
    other_listing.refresh_from_db()
    assert other_listing.status == "hidden"
    item_withdraw(actor=holder, item=item, reason="Settled with the supplier.")
    item.listing.refresh_from_db()
    assert item.listing.status == "hidden"
    assert item.listing.status_reason.startswith(SANCTIONS_HIDDEN_PREFIX)
    body = Notification.objects.filter(kind="ip.item.withdrawn").latest("id").body
    assert "stays hidden while sanctions hide your store's listings" in body
    # When the restriction ends both listings are shown again.
    end = supplier_standing(org).hidden_until
    assert end is not None
    run_due(end)
    for listing in (item.listing, other_listing):
        listing.refresh_from_db()
        assert listing.status == "active"
