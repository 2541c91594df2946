from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tradeguard.common.errors import ApplicationError
from tradeguard.sanctions import policy, selectors


@login_required
def supplier_profile(request: HttpRequest, org_id: int) -> HttpResponse:
    """The supplier's public standing and dispute record."""
    try:
        org = selectors.supplier_get(request.user, org_id)
    except ApplicationError as exc:
        raise Http404(exc.message) from None
    standing = selectors.supplier_standing(org)
    return render(
        request,
        "sanctions/supplier.html",
        {
            "org": org,
            "standing": standing,
            "show_ledger": selectors.may_see_ledger(request.user, org),
            "ladder": policy.ladder(),
            "general_points": policy.setting("general_loss_points"),
            "serious_points": policy.setting("serious_loss_points"),
            "ignored_points": policy.setting("award_ignored_points"),
            "valid_days": policy.setting("points_valid_days"),
        },
    )
