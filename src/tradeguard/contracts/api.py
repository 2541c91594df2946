"""Sales contracts: draft a version from an order and its accepted specification,
accept it by its SHA-256, download it (PDF, DOCX); the clause library (officers edit).
Only the order's buyer and supplier and officers see an order's contracts; anyone else
gets 404."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Router, Status

from tradeguard.accounts.models import User
from tradeguard.common.api import ERROR_RESPONSES, file_download
from tradeguard.contracts import documents, selectors, services
from tradeguard.contracts.content import current_library
from tradeguard.contracts.schemas import (
    ContractAcceptanceCreate,
    ContractAcceptanceRead,
    ContractCreate,
    ContractRead,
    LibraryClauseRead,
    LibraryClauseUpdate,
    OrderContractRead,
    acceptance_read,
    contract_read,
    library_read,
)
from tradeguard.orders.selectors import order_get

router = Router(tags=["contracts"])


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


@router.get("/orders/{order_id}/contract", response={200: OrderContractRead, **ERROR_RESPONSES})
def contracts_order_state(request: HttpRequest, order_id: int) -> dict[str, Any]:
    """The order's sales contract: the binding version, the one awaiting acceptance, and
    whose move it is."""
    user = _user(request)
    panel = selectors.contract_panel(user, order_get(user, order_id))
    return {
        "order_id": order_id,
        "headline": panel.headline,
        "next_step": panel.next_step,
        "may_draft": panel.may_draft,
        "may_accept": panel.may_accept,
        "waiting_for": panel.waiting_for,
        "binding": contract_read(panel.binding) if panel.binding else None,
        "proposed": contract_read(panel.proposed) if panel.proposed else None,
    }


@router.post("/orders/{order_id}/contract", response={201: ContractRead, **ERROR_RESPONSES})
def contracts_draft(
    request: HttpRequest, order_id: int, payload: ContractCreate
) -> Status[dict[str, Any]]:
    """Buyer or supplier: draft a new version (409 without an accepted specification,
    or when nothing changed). Both parties then accept it."""
    user = _user(request)
    order = order_get(user, order_id)
    selectors.order_contracts(user, order)  # 404 for those who see the order only
    contract = services.contract_draft(actor=user, order=order, terms=payload.dict())
    return Status(201, contract_read(contract))


@router.get("/contracts/{contract_id}", response={200: ContractRead, **ERROR_RESPONSES})
def contracts_get(request: HttpRequest, contract_id: int) -> dict[str, Any]:
    """One version of a contract, with its clauses in both languages."""
    return contract_read(selectors.contract_get(_user(request), contract_id))


@router.post(
    "/contracts/{contract_id}/acceptances",
    response={201: ContractAcceptanceRead, **ERROR_RESPONSES},
)
def contracts_accept(
    request: HttpRequest, contract_id: int, payload: ContractAcceptanceCreate
) -> Status[dict[str, Any]]:
    """Buyer or supplier: accept the version whose SHA-256 you reviewed (409 when it
    differs, when you already accepted, or when the version is no longer open)."""
    user = _user(request)
    contract = selectors.contract_get(user, contract_id)
    acceptance = services.contract_accept(actor=user, contract=contract, sha256=payload.sha256)
    return Status(201, acceptance_read(acceptance))


def _file(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@router.get(
    "/contracts/{contract_id}/pdf",
    response=ERROR_RESPONSES,
    openapi_extra=file_download("The contract as a bilingual PDF", documents.PDF_TYPE),
)
def contracts_pdf(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = selectors.contract_get(_user(request), contract_id)
    return _file(
        documents.contract_pdf(contract), documents.PDF_TYPE, documents.filename(contract, "pdf")
    )


@router.get(
    "/contracts/{contract_id}/docx",
    response=ERROR_RESPONSES,
    openapi_extra=file_download("The contract as a bilingual Word document", documents.DOCX_TYPE),
)
def contracts_docx(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = selectors.contract_get(_user(request), contract_id)
    return _file(
        documents.contract_docx(contract),
        documents.DOCX_TYPE,
        documents.filename(contract, "docx"),
    )


@router.get("/contract-clauses", response={200: list[LibraryClauseRead], **ERROR_RESPONSES})
def contracts_library(request: HttpRequest) -> list[dict[str, Any]]:
    """The current version of every clause of the library, with its source."""
    services.library_seed_if_empty()
    return [library_read(row) for row in current_library()]


@router.post(
    "/contract-clauses/{key}/versions",
    response={201: LibraryClauseRead, **ERROR_RESPONSES},
)
def contracts_library_revise(
    request: HttpRequest, key: str, payload: LibraryClauseUpdate
) -> Status[dict[str, Any]]:
    """Officers: a new version of a library clause (contracts drafted later use it)."""
    row = services.library_clause_revise(actor=_user(request), key=key, **payload.dict())
    return Status(201, library_read(row))
