"""An officer confirms or dismisses a signal; a confirmed one sanctions the supplier."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tradeguard.common.testing import ApiClient
from tradeguard.disputes.tests.factories import Cast
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.policy import setting
from tradeguard.signals.enums import SignalsErrorCode
from tradeguard.signals.models import ScamSignal
from tradeguard.signals.services import SANCTION_SOURCE
from tradeguard.signals.tests.test_cases import FEE, NOW, case, client_for, post

pytestmark = pytest.mark.django_db
LATER = NOW + dt.timedelta(hours=2)


def flagged(c: Cast, *bodies: str) -> tuple[int, list[ScamSignal]]:
    dispute = case(c)
    for body in bodies or (FEE,):
        post(c, dispute, body)
    return dispute.pk, list(ScamSignal.objects.filter(dispute=dispute).order_by("id"))


def review(user, dispute_id: int, signal_id: int, decision: str, note: str = ""):  # type: ignore[no-untyped-def]
    with time_machine.travel(LATER, tick=False):
        return ApiClient(user).post(
            f"disputes/{dispute_id}/signals/{signal_id}/review",
            {"decision": decision, "note": note},
        )


def test_a_confirmed_signal_gives_the_supplier_serious_violation_points_once_per_case(
    c: Cast,
) -> None:
    dispute_id, signals = flagged(c, FEE, "Please note our company bank account has changed.")
    assert len(signals) == 2
    first = review(c.officer, dispute_id, signals[0].pk, "confirm", "Asked twice for a fee.")
    assert first.status_code == 200, first.content
    assert first.json()["status"] == "confirmed"
    assert first.json()["review_note"] == "Asked twice for a fee."
    assert review(c.officer, dispute_id, signals[1].pk, "confirm").status_code == 200
    (entry,) = SanctionEntry.objects.filter(source_type=SANCTION_SOURCE)
    assert entry.supplier == signals[0].supplier
    assert entry.points == int(setting("serious_loss_points"))
    assert f"dispute #{dispute_id}" in entry.reason


def test_a_dismissed_signal_leaves_the_buyers_warning_and_sanctions_nobody(c: Cast) -> None:
    dispute_id, (signal,) = flagged(c)
    answer = review(c.officer, dispute_id, signal.pk, "dismiss", "A real port charge.")
    assert answer.status_code == 200
    assert not SanctionEntry.objects.exists()
    body = ApiClient(c.buyer).get(f"disputes/{dispute_id}/signals").json()
    assert body["signals"] == []
    assert body["warning"] is None
    officer_view = ApiClient(c.officer).get(f"disputes/{dispute_id}/signals").json()
    assert [s["status"] for s in officer_view["signals"]] == ["dismissed"]


def test_a_signal_is_reviewed_once(c: Cast) -> None:
    dispute_id, (signal,) = flagged(c)
    assert review(c.officer, dispute_id, signal.pk, "dismiss").status_code == 200
    again = review(c.officer2, dispute_id, signal.pk, "confirm")
    assert again.status_code == 409
    assert again.json()["code"] == SignalsErrorCode.ALREADY_REVIEWED
    assert not SanctionEntry.objects.exists()


@pytest.mark.parametrize("who", ["buyer", "supplier"])
def test_only_officers_review(c: Cast, who: str) -> None:
    dispute_id, (signal,) = flagged(c)
    answer = review(getattr(c, who), dispute_id, signal.pk, "confirm")
    assert answer.status_code == 403
    signal.refresh_from_db()
    assert signal.status == "open"


def test_bad_input_answers_422_and_a_foreign_signal_404(c: Cast) -> None:
    dispute_id, (signal,) = flagged(c)
    bad = review(c.officer, dispute_id, signal.pk, "maybe")
    assert bad.status_code == 422
    assert "decision" in bad.json()["fields"]
    _, (other,) = flagged(c)
    assert review(c.officer, dispute_id, other.pk, "confirm").status_code == 404
    signal.refresh_from_db()
    assert signal.status == "open"


def test_the_officer_confirms_from_the_case_page(c: Cast) -> None:
    dispute_id, (signal,) = flagged(c)
    web = client_for(c.officer)
    with time_machine.travel(LATER, tick=False):
        page = web.get(f"/disputes/{dispute_id}/").content.decode()
        assert "sanction points" in page
        done = web.post(
            f"/disputes/{dispute_id}/act/review_signal/",
            {"signal": signal.pk, "decision": "confirm"},
            follow=True,
        )
    assert done.status_code == 200
    assert "Signal reviewed." in done.content.decode()
    signal.refresh_from_db()
    assert signal.status == "confirmed"
    assert SanctionEntry.objects.filter(source_type=SANCTION_SOURCE).count() == 1
