"""Contract pages: the order page's "Sales contract" section posts here (draft, accept),
downloads, and the clause library officers edit (Settings → Contract clauses)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tradeguard.accounts.models import User
from tradeguard.common.errors import ApplicationError
from tradeguard.contracts import documents, selectors, services
from tradeguard.contracts.content import current_library
from tradeguard.contracts.forms import AcceptForm, ContractForm, LibraryClauseForm
from tradeguard.contracts.library import PLACEHOLDERS
from tradeguard.contracts.models import LibraryClause
from tradeguard.orders.models import Order
from tradeguard.web.forms import add_service_error


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def order_section(user: User, order: Order) -> dict[str, Any] | None:
    """The order page's contract context (None for viewers who are not a party or an
    officer, e.g. the order's inspector)."""
    if not selectors.may_see_contracts(user, order):
        return None
    panel = selectors.contract_panel(user, order)
    shown = panel.shown
    return {
        "panel": panel,
        "form": ContractForm(prefix="contract", initial=selectors.draft_defaults(order, panel))
        if panel.may_draft
        else None,
        "accept": AcceptForm(
            prefix="contract_accept",
            initial={"contract_id": panel.proposed.pk, "sha256": panel.proposed.sha256},
        )
        if panel.may_accept and panel.proposed
        else None,
        "doc": shown.content if shown else None,
        "accepted": list(shown.acceptances.all()) if shown else [],
        "history": [c for c in panel.versions if c != shown],
    }


def _draft(user: User, order: Order, data: dict[str, Any]) -> Any:
    terms = dict(data)
    terms["compliance"] = (data.get("compliance") or "").splitlines()
    return services.contract_draft(actor=user, order=order, terms=terms)


def _accept(user: User, order: Order, data: dict[str, Any]) -> Any:
    contract = selectors.contract_get(user, data["contract_id"])
    if contract.order_id != order.pk:
        raise Http404
    return services.contract_accept(actor=user, contract=contract, sha256=data["sha256"])


@login_required
@require_POST
def contract_draft(request: HttpRequest, order_id: int) -> HttpResponse:
    from tradeguard.orders.views import _action

    return _action(
        request,
        order_id,
        form_class=ContractForm,
        name="contract",
        run=_draft,
        done=_("New contract version drafted. Both parties now review it and accept its SHA-256."),
    )


@login_required
@require_POST
def contract_accept(request: HttpRequest, order_id: int) -> HttpResponse:
    from tradeguard.orders.views import _action

    return _action(
        request,
        order_id,
        form_class=AcceptForm,
        name="contract_accept",
        run=_accept,
        done=lambda order, data: _contract_accepted_message(data["contract_id"]),
    )


def _contract_accepted_message(contract_id: int) -> str:
    from tradeguard.contracts.models import SalesContract

    contract = SalesContract.objects.get(pk=contract_id)
    if contract.status == "binding":
        return _(
            "Contract accepted by both parties: version %(number)d is binding and its PDF is "
            "among the order's documents."
        ) % {"number": contract.number}
    return _("Contract accepted. It binds once the other party accepts the same SHA-256.")


def _download(request: HttpRequest, contract_id: int, kind: str) -> HttpResponse:
    try:
        contract = selectors.contract_get(_user(request), contract_id)
    except ApplicationError:
        raise Http404 from None
    if kind == "pdf":
        body, content_type = documents.contract_pdf(contract), documents.PDF_TYPE
    else:
        body, content_type = documents.contract_docx(contract), documents.DOCX_TYPE
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{documents.filename(contract, kind)}"'
    return response


@login_required
def contract_pdf(request: HttpRequest, contract_id: int) -> HttpResponse:
    return _download(request, contract_id, "pdf")


@login_required
def contract_docx(request: HttpRequest, contract_id: int) -> HttpResponse:
    return _download(request, contract_id, "docx")


# --- The clause library (officers) -----------------------------------------------------


def _officer(request: HttpRequest) -> User:
    user = _user(request)
    if not (user.is_platform or user.is_staff):
        raise Http404
    return user


@login_required
def library(request: HttpRequest) -> HttpResponse:
    _officer(request)
    services.library_seed_if_empty()
    rows = current_library()
    counts = {r.key: r.number for r in rows}
    return render(
        request,
        "contracts/library.html",
        {
            "articles": [r for r in rows if r.kind == "article"],
            "fragments": [r for r in rows if r.kind == "fragment"],
            "counts": counts,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def library_edit(request: HttpRequest, key: str) -> HttpResponse:
    user = _officer(request)
    latest = LibraryClause.objects.filter(key=key).order_by("-number").first()
    if latest is None:
        raise Http404
    if request.method == "POST":
        form = LibraryClauseForm(request.POST)
        if form.is_valid():
            try:
                row = services.library_clause_revise(actor=user, key=key, **form.cleaned_data)
            except ApplicationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(
                    request,
                    _(
                        "Version %(number)d of “%(title)s” saved. Contracts drafted from now "
                        "on use it; contracts already drafted keep the version they used."
                    )
                    % {"number": row.number, "title": row.title_en},
                )
                return redirect("contracts:library")
        status = 422
    else:
        form = LibraryClauseForm(
            initial={
                f: getattr(latest, f)
                for f in ("title_en", "title_zh", "text_en", "text_zh", "source")
            }
        )
        status = 200
    return render(
        request,
        "contracts/library_edit.html",
        {
            "clause": latest,
            "form": form,
            "versions": LibraryClause.objects.filter(key=key).order_by("-number"),
            "placeholders": sorted(PLACEHOLDERS.items()),
        },
        status=status,
    )
