"""The contract's content: one canonical JSON document built from the order, its
binding specification, the drafting terms and the current clause library. Its SHA-256
is what both parties accept; the PDF, the DOCX and the page print this document, so
what a party reads is what it accepted."""

from __future__ import annotations

import hashlib
import json
import string
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from babel import Locale

from tradeguard.common.money import format_money
from tradeguard.contracts.enums import INCOTERM_NAMES
from tradeguard.contracts.library import PLACEHOLDERS
from tradeguard.contracts.models import LibraryClause
from tradeguard.orders.models import Order
from tradeguard.specs.models import SpecVersion

FORMAT = "tradeguard.contract/1"
# Spec clause kinds that are labelling and compliance requirements (Schedule 2).
COMPLIANCE_KINDS = ("labeling", "certification")
LANGUAGE_NAMES = {"en": ("English", "英文"), "zh": ("Chinese", "中文")}


def canonical_json(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_of(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def placeholders_in(text: str) -> set[str]:
    """The `{name}` placeholders of a clause text (ValueError when it is malformed)."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def unknown_placeholders(text: str) -> set[str]:
    return placeholders_in(text) - set(PLACEHOLDERS)


def current_library() -> list[LibraryClause]:
    """The latest version of every library entry."""
    latest: dict[str, LibraryClause] = {}
    for row in LibraryClause.objects.order_by("key", "-number"):
        latest.setdefault(row.key, row)
    return sorted(latest.values(), key=lambda r: (r.position, r.key))


def _country(code: str, locale: str) -> str:
    return str(Locale.parse(locale).territories.get(code.upper(), code.upper()))


def _aql(value: str, lang: str) -> str:
    if not value:
        return "0 (none accepted)" if lang == "en" else "0（不接受）"
    return value


def _decimal_text(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def values_for(
    *,
    lang: str,
    order: Order,
    spec: SpecVersion,
    terms: Mapping[str, Any],
    quality: Mapping[str, Any],
    fragments: Mapping[str, LibraryClause],
) -> dict[str, str]:
    """What each placeholder reads in `lang` ("en" or "zh")."""
    zh = lang == "zh"
    clause_ids = [c["clause_id"] for c in spec.clause_dicts]
    rule = terms["incoterm"]
    name_en, name_zh = INCOTERM_NAMES[rule]
    values = {
        "buyer": order.buyer.name,
        "supplier": order.supplier.name,
        "order_reference": order.reference,
        "spec_product": spec.specification.product_name,
        "spec_version": str(spec.number),
        "spec_sha256": spec.sha256,
        "spec_clauses": ("、" if zh else ", ").join(clause_ids),
        "tolerance": terms["quantity_tolerance"],
        "total": format_money(order.total, order.currency),
        "currency": order.currency,
        "incoterm": f"{rule}（{name_zh}）" if zh else f"{rule} ({name_en})",
        "place": terms["place"],
        "ship_by": terms["ship_by"],
        "delivery_by": terms["delivery_by"],
        "level": quality["level"],
        "aql_critical": _aql(quality["aql_critical"], lang),
        "aql_major": quality["aql_major"],
        "aql_minor": quality["aql_minor"],
        "destination": _country(terms["destination"], "zh_Hans" if zh else "en"),
        "notice_days": str(terms["notice_days"]),
        "remedy_days": str(terms["remedy_days"]),
        "city": terms.get("city") or "",
        "prevailing_language": LANGUAGE_NAMES[terms["prevailing_language"]][1 if zh else 0],
    }
    for placeholder, key in (
        ("law", f"law.{terms['governing_law']}"),
        ("forum", f"forum.{terms['forum']}"),
    ):
        fragment = fragments[key]
        values[placeholder] = (fragment.text_zh if zh else fragment.text_en).format_map(values)
    return values


def _party(org: Any, address: str) -> dict[str, Any]:
    return {
        "name": org.name,
        "registration_number": org.registration_number,
        "country": org.country,
        "address": address,
        "verified": bool(org.is_verified),
    }


def build(
    *,
    order: Order,
    spec: SpecVersion,
    terms: Mapping[str, Any],
    quality: Mapping[str, Any],
    library: Iterable[LibraryClause],
    number: int,
) -> dict[str, Any]:
    """The canonical document of contract version `number`."""
    rows = list(library)
    fragments = {r.key: r for r in rows if r.kind == "fragment"}
    en = values_for(
        lang="en", order=order, spec=spec, terms=terms, quality=quality, fragments=fragments
    )
    zh = values_for(
        lang="zh", order=order, spec=spec, terms=terms, quality=quality, fragments=fragments
    )
    articles = []
    for i, row in enumerate((r for r in rows if r.kind == "article"), start=1):
        articles.append(
            {
                "number": str(i),
                "key": row.key,
                "library_version": row.number,
                "source": row.source,
                "title_en": row.title_en,
                "title_zh": row.title_zh,
                "text_en": row.text_en.format_map(en),
                "text_zh": row.text_zh.format_map(zh),
            }
        )
    used: list[dict[str, Any]] = sorted(
        [{"key": r.key, "version": r.number} for r in rows if r.kind == "article"]
        + [
            {"key": f.key, "version": f.number}
            for f in (
                fragments[f"law.{terms['governing_law']}"],
                fragments[f"forum.{terms['forum']}"],
            )
        ],
        key=lambda x: str(x["key"]),
    )
    compliance_clauses = [
        {"clause_id": c["clause_id"], "text": c["text"]}
        for c in spec.clause_dicts
        if c["kind"] in COMPLIANCE_KINDS
    ]
    return {
        "format": FORMAT,
        "contract_version": number,
        "order": {
            "reference": order.reference,
            "currency": order.currency,
            "total": str(order.total),
            "total_text": en["total"],
        },
        "parties": {
            "buyer": _party(order.buyer, terms["buyer_address"]),
            "supplier": _party(order.supplier, terms["supplier_address"]),
        },
        "goods": [
            {
                "position": item.position,
                "description": item.description,
                "quantity": _decimal_text(item.quantity),
                "unit": item.unit,
                "unit_price": format_money(item.unit_price, order.currency),
                "line_total": format_money(item.line_total, order.currency),
            }
            for item in order.items.all()
        ],
        "specification": {
            "product_name": spec.specification.product_name,
            "version": spec.number,
            "sha256": spec.sha256,
            "clause_ids": [c["clause_id"] for c in spec.clause_dicts],
        },
        "inspection": dict(quality),
        "compliance": {
            "destination": terms["destination"],
            "destination_en": en["destination"],
            "destination_zh": zh["destination"],
            "spec_clauses": compliance_clauses,
            "requirements": list(terms.get("compliance") or []),
        },
        "terms": dict(terms),
        "clauses": articles,
        "library": used,
    }
