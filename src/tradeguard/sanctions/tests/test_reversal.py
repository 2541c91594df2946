"""Reversals: a points or strike entry undone by a later decision stops counting (and so
do the restrictions and hidden listings it caused); listings hidden by sanctions are
shown again when the hiding ends."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import time_machine

from tradeguard.accounts.models import Organization
from tradeguard.accounts.tests.factories import officer, supplier
from tradeguard.catalog.models import Listing
from tradeguard.catalog.services import listing_create, listing_set_status
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.common.models import AppendOnlyError
from tradeguard.common.testing import ApiClient
from tradeguard.common.timers import run_due
from tradeguard.notifications.models import Notification
from tradeguard.sanctions.enums import SanctionKind, SanctionsErrorCode, StandingLevel
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.policy import SANCTIONS_HIDDEN_PREFIX, LedgerItem, standing_compute
from tradeguard.sanctions.selectors import supplier_is_restricted, supplier_standing
from tradeguard.sanctions.services import entry_reverse, points_award, strike_record
from tradeguard.sanctions.tests.factories import supplier_org

pytestmark = pytest.mark.django_db

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
_keys = itertools.count()
E = SanctionsErrorCode


def award(org: Organization, points: int) -> SanctionEntry:
    return points_award(
        supplier=org,
        points=points,
        reason="IP complaint #7 upheld",
        source_type="ip_complaint",
        source_id=7,
        actor=None,
        idempotency_key=f"award-{next(_keys)}",
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


def reverse(entry: SanctionEntry, key: str | None = None) -> SanctionEntry:
    return entry_reverse(
        entry=entry,
        reason="Appeal upheld by a different officer",
        actor=officer(),
        idempotency_key=key or f"reverse-{entry.pk}",
    )


def run_due_at(instant: dt.datetime) -> list[str]:
    with time_machine.travel(instant, tick=False):
        return [t.outcome for t in run_due(instant)]


def listing_of(org: Organization, name: str) -> Listing:
    return listing_create(
        actor=supplier(organization=org),
        marketplace_url=f"https://m.example/p/{org.pk}/{name}",
        title=name,
    )


# --- Reversing points and strikes ---------------------------------------------------


def test_points_given_then_reversed_put_the_standing_back() -> None:
    org = supplier_org()
    member = supplier(organization=org)
    with time_machine.travel(T0, tick=False):
        award(org, 6)
    with time_machine.travel(T0 + 2 * DAY, tick=False):
        wrong = award(org, 6)
        assert supplier_standing(org).level == StandingLevel.RESTRICTED
        assert supplier_is_restricted(org) is True
    with time_machine.travel(T0 + 3 * DAY, tick=False):
        reversal = reverse(wrong)
        standing = supplier_standing(org)
        assert standing.points_in_force == 6
        assert standing.level == StandingLevel.WARNING  # back where it was before
        assert standing.restricted_until is None
        assert supplier_is_restricted(org) is False  # the restriction is lifted
        assert [e.pk for e in standing.entries_in_force] == [wrong.pk - 1]
    assert (reversal.kind, reversal.points, reversal.reverses_id) == (
        SanctionKind.REVERSAL,
        0,
        wrong.pk,
    )
    # History is kept: as of before the reversal, the points counted.
    assert supplier_standing(org, T0 + 2 * DAY + dt.timedelta(hours=1)).points_in_force == 12
    types = [e.type for e in events_for(org) if e.type.startswith("sanctions.")]
    assert types[-2:] == ["sanctions.entry_reversed", "sanctions.level_changed"]
    reversed_event = next(e for e in events_for(org) if e.type == "sanctions.entry_reversed")
    assert reversed_event.old["points_in_force"] == 12
    assert reversed_event.new["points_in_force"] == 6
    assert Notification.objects.filter(
        recipient=member, subject="Sanctions: 6 sanction points reversed"
    ).exists()


def test_reversing_the_first_entry_lifts_a_restriction_a_later_entry_reached() -> None:
    org = supplier_org()
    with time_machine.travel(T0, tick=False):
        first = award(org, 6)
    with time_machine.travel(T0 + DAY, tick=False):
        award(org, 6)  # reaches 12: restricted 7 days
        assert supplier_is_restricted(org)
    with time_machine.travel(T0 + 2 * DAY, tick=False):
        reverse(first)
        standing = supplier_standing(org)
        assert (standing.points_in_force, standing.restricted) == (6, False)
    with time_machine.travel(T0 + 3 * DAY, tick=False):
        award(org, 6)  # 12 again, now for real: a new restriction from this instant
        assert supplier_standing(org).restricted_until == T0 + 10 * DAY


def test_a_reversed_strike_no_longer_counts_towards_termination() -> None:
    org = supplier_org()
    strikes = []
    for day in (0, 10, 20):
        with time_machine.travel(T0 + day * DAY, tick=False):
            strikes.append(strike(org))
    with time_machine.travel(T0 + 21 * DAY, tick=False):
        assert supplier_standing(org).terminated is True
        reverse(strikes[1])
        standing = supplier_standing(org)
        assert standing.terminated is False
        assert standing.strikes_in_force == 2
        assert standing.level == StandingLevel.GOOD


def test_reversal_is_once_per_entry_and_idempotent_per_key() -> None:
    org = supplier_org()
    entry = award(org, 3)
    first = reverse(entry, key="k-1")
    assert reverse(entry, key="k-1").pk == first.pk  # a retry
    assert SanctionEntry.objects.filter(kind=SanctionKind.REVERSAL).count() == 1
    with pytest.raises(ApplicationError) as again:
        reverse(entry, key="k-2")
    assert (again.value.code, again.value.status) == (E.ALREADY_REVERSED, 409)
    with pytest.raises(ApplicationError) as of_reversal:
        reverse(first, key="k-3")
    assert of_reversal.value.code == E.NOT_REVERSIBLE
    other = award(org, 3)
    with pytest.raises(ApplicationError) as reused:
        reverse(other, key="k-1")
    assert (reused.value.code, reused.value.status) == (E.IDEMPOTENCY_KEY_REUSED, 409)
    with pytest.raises(ApplicationError) as no_reason:
        entry_reverse(entry=other, reason=" ", actor=None, idempotency_key="k-4")
    assert no_reason.value.fields == {"reason": no_reason.value.fields["reason"]}
    assert supplier_standing(org).points_in_force == 3
    with pytest.raises(AppendOnlyError):
        first.save()
    with pytest.raises(AppendOnlyError):
        first.delete()


def test_the_ledger_api_lists_only_entries_that_count() -> None:
    org = supplier_org()
    kept = award(org, 3)
    reverse(award(org, 6))
    body = ApiClient(supplier(organization=org)).get(f"/api/v1/sanctions/suppliers/{org.pk}").json()
    assert body["points_in_force"] == 3
    assert [e["id"] for e in body["entries"]] == [kept.pk]


def test_policy_leaves_reversed_items_out() -> None:
    year = dt.timedelta(days=365)
    items = [
        LedgerItem("points", 6, T0, T0 + year),
        LedgerItem("points", 6, T0 + DAY, T0 + DAY + year, reversed_at=T0 + 2 * DAY),
    ]
    assert standing_compute(items, T0 + DAY).restricted is True
    assert standing_compute(items, T0 + 2 * DAY).restricted is False
    assert standing_compute(items, T0 + 2 * DAY).points_in_force == 6


# --- Hidden listings come back --------------------------------------------------------


def test_listings_hidden_by_sanctions_are_shown_when_the_restriction_ends() -> None:
    org = supplier_org(registration_number="REG-UNHIDE")
    sister = supplier_org(registration_number="REG-UNHIDE")
    with time_machine.travel(T0 - DAY, tick=False):
        lamp, sister_lamp = listing_of(org, "lamp"), listing_of(sister, "lamp")
        own = listing_of(org, "own")
        listing_set_status(actor=supplier(organization=org), listing=own, status="hidden")
        gone = listing_of(org, "gone")
        listing_set_status(actor=officer(), listing=gone, status="removed", reason="IP")
    with time_machine.travel(T0, tick=False):
        award(org, 36)  # 21-day restriction, listings hidden
    for listing in (lamp, sister_lamp):
        listing.refresh_from_db()
        assert listing.status == "hidden"
        assert listing.status_reason.startswith(SANCTIONS_HIDDEN_PREFIX)
    assert run_due_at(T0 + 20 * DAY) == []
    assert run_due_at(T0 + 21 * DAY) == ["shown 2"]
    for listing, status in ((lamp, "active"), (sister_lamp, "active"), (own, "hidden")):
        listing.refresh_from_db()
        assert listing.status == status
    gone.refresh_from_db()
    assert gone.status == "removed"
    assert "sanctions.listings_shown" in [e.type for e in events_for(org)]
    # Idempotent: firing the handler again shows nothing more.
    from tradeguard.sanctions.services import listings_unhide

    with time_machine.travel(T0 + 22 * DAY, tick=False):
        assert listings_unhide(org.pk) == "shown 0"
    own.refresh_from_db()
    assert own.status == "hidden"


def test_hiding_extended_or_made_permanent_keeps_listings_hidden() -> None:
    org = supplier_org()
    with time_machine.travel(T0 - DAY, tick=False):
        lamp = listing_of(org, "lamp")
    with time_machine.travel(T0, tick=False):
        award(org, 36)
    with time_machine.travel(T0 + 5 * DAY, tick=False):
        award(org, 12)  # 48: membership terminated, listings hidden for good
    assert run_due_at(T0 + 30 * DAY) == ["still hidden"]
    lamp.refresh_from_db()
    assert lamp.status == "hidden"


def test_reversing_the_points_that_hid_listings_shows_them_at_once() -> None:
    org = supplier_org()
    with time_machine.travel(T0 - DAY, tick=False):
        lamp = listing_of(org, "lamp")
    with time_machine.travel(T0, tick=False):
        award(org, 24)
    with time_machine.travel(T0 + DAY, tick=False):
        wrong = award(org, 12)
    lamp.refresh_from_db()
    assert lamp.status == "hidden"
    with time_machine.travel(T0 + 2 * DAY, tick=False):
        reverse(wrong)
        standing = supplier_standing(org)
        assert (standing.points_in_force, standing.listings_hidden) == (24, False)
        assert standing.restricted_until == T0 + 14 * DAY  # the 24-point restriction stays
    lamp.refresh_from_db()
    assert lamp.status == "active"
    assert "the sanctions that hid it were reversed" in lamp.status_reason
    # The end-of-hiding timer later finds nothing left to show.
    assert run_due_at(T0 + 30 * DAY) == ["shown 0"]
