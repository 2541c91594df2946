"""The typed Python client generated from the OpenAPI document (clients/python,
`make client`) drives a live server, so the document cannot drift from the behaviour:
a field renamed, a status or an enum value not documented, and these calls fail to
parse. The committed document and client must also be what the code generates now."""

from __future__ import annotations

import datetime as dt
import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from tradeguard_client import AuthenticatedClient, Client
from tradeguard_client.api.accounts import accounts_me, accounts_token_issue
from tradeguard_client.api.disputes import (
    disputes_create,
    disputes_eligibility,
    disputes_escalate,
    disputes_get,
    disputes_list,
)
from tradeguard_client.api.notifications import notifications_events_list
from tradeguard_client.models import (
    DisputeCreate,
    DisputeReason,
    DisputeStatus,
    ErrorCode,
    ErrorRead,
    EventAggregate,
    EventPage,
    RequestedOutcome,
    Role,
    TokenCreate,
)

from tradeguard.common.contract import openapi_document
from tradeguard.disputes.tests.factories import cast, delivered_order

ROOT = Path(__file__).resolve().parents[4]
DOCUMENT = ROOT / "docs" / "openapi.json"
CLIENT = ROOT / "clients" / "python" / "tradeguard_client"
NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


def test_the_committed_openapi_document_is_current() -> None:
    assert DOCUMENT.read_text(encoding="utf-8") == openapi_document(), (
        "docs/openapi.json is stale: run `make client` and commit the result"
    )


def _differences(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    found = [str(Path(a.name) / n) for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for sub in cmp.common_dirs:
        found += _differences(a / sub, b / sub)
    return found


def test_the_committed_client_is_generated_from_the_document(tmp_path: Path) -> None:
    generator = Path(sys.executable).parent / "openapi-python-client"
    if not generator.exists():
        pytest.skip("openapi-python-client is not installed (pip install -e '.[test]')")
    out = tmp_path / "tradeguard_client"
    subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(DOCUMENT),
            "--output-path",
            str(out),
            "--meta",
            "none",
            "--config",
            str(ROOT / "clients" / "python" / "openapi-python-client.yaml"),
        ],
        check=True,
        capture_output=True,
    )
    assert _differences(out, CLIENT) == [], "clients/python is stale: run `make client`"
    shutil.rmtree(out)


@pytest.mark.django_db(transaction=True)
def test_a_buyer_files_and_follows_a_dispute_through_the_generated_client(
    live_server: object,
) -> None:
    base = f"{live_server}/"  # the client's paths start with /api/v1
    with time_machine.travel(NOW, tick=False):
        c = cast()
        order = delivered_order(c, NOW)
        c.buyer.set_password("a-long-password-1")
        c.buyer.save()

        issued = accounts_token_issue.sync(
            client=Client(base_url=base),
            body=TokenCreate(email=c.buyer.email, password="a-long-password-1"),
        )
        assert not isinstance(issued, ErrorRead)
        assert issued is not None
        api = AuthenticatedClient(base_url=base, token=issued.token)

        me = accounts_me.sync(client=api)
        assert me is not None
        assert me.role == Role.BUYER

        eligibility = disputes_eligibility.sync(
            client=api, order_id=order.pk, reason=DisputeReason.DEFECTIVE_OR_DAMAGED
        )
        assert eligibility is not None
        assert not isinstance(eligibility, ErrorRead)
        assert eligibility.eligible

        created = disputes_create.sync_detailed(
            client=api,
            body=DisputeCreate(
                order_id=order.pk,
                reason=DisputeReason.DEFECTIVE_OR_DAMAGED,
                requested_outcome=RequestedOutcome.FULL_REFUND,
                description="Twelve bowls arrived cracked; photos follow on the case.",
            ),
        )
        assert created.status_code == 201
        case = created.parsed
        assert case is not None
        assert not isinstance(case, ErrorRead)
        assert case.status == DisputeStatus.AWAITING_RESPONSE
        assert case.response_due_at > NOW
        assert case.auto_escalation_due_at > case.escalation_opens_at

        too_early = disputes_escalate.sync_detailed(client=api, dispute_id=case.id, body=None)
        assert too_early.status_code == 409
        assert isinstance(too_early.parsed, ErrorRead)
        assert too_early.parsed.code == ErrorCode.ESCALATION_TOO_EARLY
        assert too_early.parsed.fields.to_dict() == {}

        again = disputes_get.sync(client=api, dispute_id=case.id)
        assert again is not None
        assert not isinstance(again, ErrorRead)
        assert again.id == case.id

        listed = disputes_list.sync(client=api, status=DisputeStatus.AWAITING_RESPONSE)
        assert listed is not None
        assert not isinstance(listed, ErrorRead)
        assert [d.id for d in listed.items] == [case.id]

        events = notifications_events_list.sync(
            client=api, aggregate=EventAggregate.DISPUTE, aggregate_id=case.id
        )
        assert isinstance(events, EventPage)
        assert events.items[0].type_ == "dispute.opened"

        missing = disputes_get.sync_detailed(client=api, dispute_id=case.id + 1000)
        assert missing.status_code == 404
        assert isinstance(missing.parsed, ErrorRead)
        assert missing.parsed.code == ErrorCode.NOT_FOUND
