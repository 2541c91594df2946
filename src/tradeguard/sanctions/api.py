from typing import Any

from django.http import HttpRequest
from ninja import Router

from tradeguard.accounts.models import User
from tradeguard.common.api import ERROR_RESPONSES
from tradeguard.sanctions import selectors
from tradeguard.sanctions.schemas import StandingRead

router = Router(tags=["sanctions"])


def standing_payload(standing: selectors.Standing, user: User) -> dict[str, Any]:
    org = standing.organization
    record = standing.record
    return {
        "organization_id": org.pk,
        "organization_name": org.name,
        "at": standing.at,
        "level": str(standing.level),
        "level_label": standing.level_label,
        "summary": standing.summary,
        "points_in_force": standing.points_in_force,
        "strikes_in_force": standing.strikes_in_force,
        "restricted": standing.restricted,
        "restricted_until": standing.restricted_until,
        "listings_hidden": standing.listings_hidden,
        "terminated": standing.terminated,
        "terminated_at": standing.terminated_at,
        "next_expiry": standing.next_expiry,
        "entries": standing.entries_in_force if selectors.may_see_ledger(user, org) else None,
        "record": {
            "total": record.total,
            "open": record.open,
            "won_by_buyer": record.won_by_buyer,
            "won_by_supplier": record.won_by_supplier,
            "settled": record.settled,
            "withdrawn": record.withdrawn,
            "open_awards": record.open_awards,
            "ignored_awards": record.ignored_awards,
            "public_cases": record.public_cases,
        },
    }


@router.get("/sanctions/suppliers/{org_id}", response={200: StandingRead, **ERROR_RESPONSES})
def supplier_standing(request: HttpRequest, org_id: int) -> dict[str, Any]:
    """A supplier's standing (points and strikes in force, restriction, termination)
    and its public dispute record. Ledger reasons only for the supplier and officers."""
    user: User = request.user  # type: ignore[assignment]
    org = selectors.supplier_get(user, org_id)
    return standing_payload(selectors.supplier_standing(org), user)
