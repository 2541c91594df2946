"""The specification editor: one card per clause with the fields its kind needs; add,
remove and reorder cards (plain form buttons the server handles, which editor.js does in
the page without a round trip); a live preview rendered by the server (htmx), so the
page and the spec sheet read a target the same way; any number of clauses in one save;
every validation error at its clause's field, with everything typed kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from tradeguard.accounts.enums import Role
from tradeguard.common.errors import ApplicationError
from tradeguard.specs import selectors, services
from tradeguard.specs.clauses import describe_target, validate_target
from tradeguard.specs.documents import row_to_clause
from tradeguard.specs.enums import ClauseKind, Severity
from tradeguard.specs.forms import (
    KIND_DEFAULT_TARGET,
    MAX_CLAUSES,
    TARGET_FIELD_MAP,
    ClauseForm,
    ClauseFormSet,
    SpecMetaForm,
    editor_row,
)
from tradeguard.specs.models import Specification
from tradeguard.specs.views._common import _404, _is_owner, _user

PREFIX = "c"
OP = re.compile(r"^(add|remove|up|down)(?:-(\d+))?$")
CARD_KEY = re.compile(rf"^{PREFIX}-(\d+)-(\w+)$")


# --- Rearranging cards without JavaScript --------------------------------------------------


def posted_rows(data: QueryDict) -> list[dict[str, str]]:
    """The clause cards as posted (raw text, nothing dropped), in page order."""
    try:
        total = int(data.get(f"{PREFIX}-TOTAL_FORMS") or 0)
    except ValueError:
        total = 0
    return [
        {name: data.get(f"{PREFIX}-{i}-{name}", "") for name in ClauseForm.base_fields}
        for i in range(max(0, min(total, MAX_CLAUSES)))
    ]


def rearrange(rows: list[dict[str, Any]], op: str) -> tuple[list[dict[str, Any]], int | None]:
    """Apply "add", "remove-3", "up-3" or "down-3" (0-based card index); return the
    rows and the card to focus. An unknown or out-of-range op changes nothing."""
    match = OP.match(op or "")
    if not match:
        return rows, None
    verb, index = match.group(1), int(match.group(2) or -1)
    rows = list(rows)
    if verb == "add":
        if len(rows) >= MAX_CLAUSES:
            return rows, None
        rows.append({"measure_mode": "tolerance", "expected": "yes"})
        return rows, len(rows) - 1
    if not 0 <= index < len(rows):
        return rows, None
    if verb == "remove":
        rows.pop(index)
        return rows, min(index, len(rows) - 1) if rows else None
    other = index - 1 if verb == "up" else index + 1
    if not 0 <= other < len(rows):
        return rows, index
    rows[index], rows[other] = rows[other], rows[index]
    return rows, other


# --- Preview ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Preview:
    """How a clause card reads: the same words as the spec page and the spec sheet."""

    empty: bool
    clause_id: str = ""
    text: str = ""
    kind: str = ""
    severity: str = ""
    target: str = ""  # "120 mm ± 2", "" when described only
    problem: str = ""  # why the target cannot be shown yet
    swatch: str = ""  # "#C8102E" for colour targets


def _swatch(target: dict[str, Any]) -> str:
    if target.get("hex"):
        return str(target["hex"])
    if target.get("lab"):
        from coloraide import Color

        colour = Color("lab-d65", [float(v) for v in target["lab"]]).convert("srgb")
        return str(colour.fit("srgb").to_string(hex=True)).upper()
    return ""


def preview_of(form: ClauseForm) -> Preview:
    """The preview of one (validated) clause form; incomplete targets say what is
    missing, in the words the save would use."""
    if not form.is_valid() or form.is_blank():
        return Preview(empty=True)
    clause = row_to_clause(form.clause_row())
    kind = clause["kind"]
    severity = clause["severity"]
    preview: dict[str, Any] = {
        "empty": False,
        "clause_id": clause["clause_id"],
        "text": clause["text"],
        "kind": ClauseKind(kind).label if kind in ClauseKind.values else "",
        "severity": Severity(severity).label if severity in Severity.values else "",
    }
    if clause["target"] is None:
        return Preview(**preview)
    try:
        target = validate_target(clause["target"], kind, "target")
    except ApplicationError as exc:
        return Preview(**preview, problem=next(iter(exc.fields.values()), exc.message))
    if target is None:
        return Preview(**preview)
    swatch = _swatch(target) if target["type"] == "colour" else ""
    return Preview(**preview, target=describe_target(target), swatch=swatch)


def card_form(data: QueryDict) -> ClauseForm:
    """The one clause card in a preview request (whatever its position on the page)."""
    index = next((m.group(1) for key in data if (m := CARD_KEY.match(key))), "0")
    return ClauseForm(data, prefix=f"{PREFIX}-{index}")


@require_GET
@login_required
def clause_preview(request: HttpRequest) -> HttpResponse:
    """The preview fragment of one card; htmx asks for it as the buyer types."""
    return render(
        request, "specs/_clause_preview.html", {"preview": preview_of(card_form(request.GET))}
    )


# --- Errors at their fields ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ErrorLink:
    label: str
    reason: str
    anchor: str


def place_clause_errors(
    formset: Any, meta: SpecMetaForm, exc: ApplicationError, index: list[int]
) -> list[ErrorLink]:
    """Put each of the service's field errors (`clauses.2.target.unit`) on the field of
    the card it came from; return the summary shown above the form."""
    summary: list[ErrorLink] = []
    for name, reason in exc.fields.items():
        parts = name.split(".")
        if parts[0] == "clauses" and len(parts) >= 3 and parts[1].isdigit():
            i = int(parts[1])
            if i < len(index):
                form = formset.forms[index[i]]
                field = (
                    parts[2]
                    if parts[2] != "target"
                    else TARGET_FIELD_MAP.get(parts[3] if len(parts) > 3 else "type", "target_type")
                )
                if field not in form.fields:
                    field = "target_type"
                form.add_error(field, reason)
                number = index[i] + 1
                summary.append(
                    ErrorLink(
                        _("Clause %(number)d, %(field)s")
                        % {"number": number, "field": str(form.fields[field].label).lower()},
                        reason,
                        f"id_{form.prefix}-{field}",
                    )
                )
                continue
        if name in meta.fields:
            meta.add_error(name, reason)
            summary.append(ErrorLink(str(meta.fields[name].label), reason, f"id_{name}"))
        else:
            summary.append(ErrorLink(_("Clauses"), reason, "clauses-title"))
    return summary


# --- The editor page --------------------------------------------------------------------------


def _cards(formset: Any, focus: int | None = None) -> list[dict[str, Any]]:
    cards = []
    for i, form in enumerate(formset.forms):
        bound_target = form["target_type"].value() or ""
        mode = form["measure_mode"].value() or "tolerance"
        cards.append(
            {
                "form": form,
                "target": bound_target,
                "mode": mode,
                "preview": preview_of(form) if form.is_bound else _initial_preview(form),
                "focus": i == focus,
            }
        )
    return cards


def _initial_preview(form: ClauseForm) -> Preview:
    data = QueryDict(mutable=True)
    for name in form.fields:
        value = form[name].value()
        if value not in (None, ""):
            data[form.add_prefix(name)] = str(value)
    return preview_of(ClauseForm(data, prefix=form.prefix))


def _render(
    request: HttpRequest,
    spec: Specification | None,
    meta: SpecMetaForm,
    formset: Any,
    *,
    summary: list[ErrorLink] | None = None,
    focus: int | None = None,
    status: int = 200,
) -> HttpResponse:
    empty = formset.empty_form
    return render(
        request,
        "specs/edit.html",
        {
            "spec": spec,
            "meta": meta,
            "formset": formset,
            "cards": _cards(formset, focus),
            "empty_card": {"form": empty, "target": "", "mode": "tolerance", "preview": None},
            "kind_targets": KIND_DEFAULT_TARGET,
            "summary": summary or [],
            "max_clauses": MAX_CLAUSES,
        },
        status=status,
    )


def _meta_initial(spec: Specification | None, data: QueryDict | None = None) -> dict[str, Any]:
    if spec is not None:
        initial = {"product_name": spec.product_name, "reference": spec.reference}
        if data is not None:
            initial["notes"] = data.get("notes", "")
        return initial
    if data is None:
        return {}
    return {k: data.get(k, "") for k in ("product_name", "reference", "notes")}


def _meta_form(spec: Specification | None, data: QueryDict | None = None) -> SpecMetaForm:
    meta = SpecMetaForm(data, initial=_meta_initial(spec, None))
    if spec is not None:
        _fix_name(meta)
    return meta


def _fix_name(meta: SpecMetaForm) -> None:
    """A new version keeps the specification's name and reference."""
    for name in ("product_name", "reference"):
        meta.fields[name].disabled = True
        meta.fields[name].help_text = _("The same for every version.")


def _editor(request: HttpRequest, spec: Specification | None) -> HttpResponse:
    user = _user(request)
    if request.method != "POST":
        latest = spec.latest_version if spec else None
        rows = (
            [editor_row(c) for c in latest.clause_dicts]
            if latest
            else [{"measure_mode": "tolerance", "expected": "yes"}]
        )
        formset = ClauseFormSet(prefix=PREFIX, initial=rows)
        return _render(request, spec, _meta_form(spec), formset)

    op = request.POST.get("op", "")
    if op:  # rearranging cards (no JavaScript): nothing is saved or refused
        rows, focus = rearrange(posted_rows(request.POST), op)
        meta = SpecMetaForm(initial=_meta_initial(spec, request.POST))
        if spec is not None:
            _fix_name(meta)
        formset = ClauseFormSet(prefix=PREFIX, initial=rows)
        return _render(request, spec, meta, formset, focus=focus)

    meta = _meta_form(spec, request.POST)
    formset = ClauseFormSet(request.POST, prefix=PREFIX)
    summary: list[ErrorLink] = []
    if meta.is_valid() and formset.is_valid():
        index = [i for i, form in enumerate(formset.forms) if not form.is_blank()]
        clauses = [row_to_clause(formset.forms[i].clause_row()) for i in index]
        try:
            if spec is None:
                spec = services.spec_create(
                    actor=user,
                    product_name=meta.cleaned_data["product_name"],
                    reference=meta.cleaned_data["reference"],
                    notes=meta.cleaned_data["notes"],
                    clauses=clauses,
                )
                messages.success(
                    request,
                    ngettext(
                        "“%(name)s” saved as version 1 with %(count)d clause. Next: attach "
                        "it to an order below; the supplier is asked to accept it.",
                        "“%(name)s” saved as version 1 with %(count)d clauses. Next: attach "
                        "it to an order below; the supplier is asked to accept it.",
                        len(clauses),
                    )
                    % {"name": spec.product_name, "count": len(clauses)},
                )
            else:
                version = services.spec_version_create(
                    actor=user,
                    specification=spec,
                    clauses=clauses,
                    notes=meta.cleaned_data["notes"],
                )
                messages.success(
                    request,
                    ngettext(
                        "Saved as version %(number)d with %(count)d clause. Orders keep the "
                        "version they accepted until you attach this one and both parties "
                        "accept it.",
                        "Saved as version %(number)d with %(count)d clauses. Orders keep the "
                        "version they accepted until you attach this one and both parties "
                        "accept it.",
                        len(clauses),
                    )
                    % {"number": version.number, "count": len(clauses)},
                )
            return redirect("specs:detail", spec.pk)
        except ApplicationError as exc:
            if exc.status == 403:
                raise Http404(exc.message) from None
            summary = place_clause_errors(formset, meta, exc, index)
            if not exc.fields:  # e.g. "nothing changed": no field to show it at
                meta.add_error(None, exc.message)
    else:
        summary = [
            ErrorLink(str(form.fields[name].label), str(errors[0]), f"id_{form.prefix}-{name}")
            for form in formset.forms
            for name, errors in form.errors.items()
        ]
    return _render(request, spec, meta, formset, summary=summary, status=422)


@login_required
def spec_new(request: HttpRequest) -> HttpResponse:
    if _user(request).role != Role.BUYER:
        raise Http404("Only buyers write specifications.")
    return _editor(request, None)


@login_required
def spec_edit(request: HttpRequest, spec_id: int) -> HttpResponse:
    """Edit = write the next version (earlier versions never change)."""
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id)
    if not _is_owner(user, spec):
        raise Http404("Only the owning buyer edits a specification.")
    return _editor(request, spec)
