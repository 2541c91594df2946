"""Upheld complaints put points and strikes on the shared ledger."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeguard.common.timers import run_due
from tradeguard.ip.services import item_remove
from tradeguard.ip.tests import factories as f
from tradeguard.sanctions.selectors import supplier_standing

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
