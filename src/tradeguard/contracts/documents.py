"""The contract as files: a bilingual PDF (reportlab, in the spec sheet's font that
covers Chinese) and a DOCX (python-docx), both printing the canonical content, its
SHA-256 and who accepted it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from tradeguard.contracts.enums import INCOTERM_NAMES
from tradeguard.contracts.models import SalesContract

PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

STATUS_TEXT = {
    "proposed": ("Draft awaiting acceptance", "草案，待确认"),
    "binding": ("Accepted by both parties", "双方已确认"),
    "superseded": ("Superseded by a later version", "已被新版本取代"),
}
PARTY_TEXT = {"buyer": ("Buyer", "买家"), "supplier": ("Supplier", "供应商")}


def filename(contract: SalesContract, ext: str) -> str:
    ref = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in contract.order.reference)
    return f"sales-contract-{ref}-v{contract.number}.{ext}"


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _party_rows(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(label, buyer, supplier) rows of the parties table."""
    buyer, supplier = doc["parties"]["buyer"], doc["parties"]["supplier"]

    def verified(p: dict[str, Any]) -> str:
        return "Verified 已核验" if p["verified"] else "Not verified 未核验"

    return [
        ("Registered name 注册名称", buyer["name"], supplier["name"]),
        (
            "Registration number 注册号",
            buyer["registration_number"] or "—",
            supplier["registration_number"] or "—",
        ),
        ("Country 国家/地区", buyer["country"], supplier["country"]),
        ("Registered address 注册地址", buyer["address"], supplier["address"]),
        ("Verification on TradeGuard 平台核验", verified(buyer), verified(supplier)),
    ]


def _summary_rows(contract: SalesContract, doc: dict[str, Any]) -> list[tuple[str, str]]:
    terms = doc["terms"]
    name_en, name_zh = INCOTERM_NAMES[terms["incoterm"]]
    en, zh = STATUS_TEXT[contract.status]
    return [
        ("Order 订单", doc["order"]["reference"]),
        ("Contract version 合同版本", f"v{doc['contract_version']}"),
        ("Status 状态", f"{en} {zh}"),
        ("SHA-256 校验值", contract.sha256),
        ("Total 总价", f"{doc['order']['total_text']} ({doc['order']['currency']})"),
        (
            "Incoterms® 2020 贸易术语",
            f"{terms['incoterm']} {name_en} {name_zh}, {terms['place']}",
        ),
        ("Ship by 最迟发货日", terms["ship_by"]),
        ("Deliver by 交货日", terms["delivery_by"]),
        (
            "Specification 产品规格",
            f"{doc['specification']['product_name']} v{doc['specification']['version']} "
            f"(SHA-256 {doc['specification']['sha256']})",
        ),
    ]


def _acceptance_rows(contract: SalesContract) -> list[list[str]]:
    rows = []
    for a in contract.acceptances.select_related("organization", "accepted_by"):
        en, zh = PARTY_TEXT[a.party]
        rows.append(
            [f"{en} {zh}", a.organization.name, a.accepted_by.email, _utc(a.accepted_at), a.sha256]
        )
    return rows


def contract_pdf(contract: SalesContract) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from tradeguard.specs.documents import (
        _facts_table,
        _header_table_style,
        _pdf_styles,
        pdf_font,
    )

    styles = _pdf_styles()
    body, small, head, sub, th = (
        styles["body"],
        styles["small"],
        styles["head"],
        styles["sub"],
        styles["th"],
    )
    doc = contract.content

    def p(text: Any, style: Any = body) -> Any:
        return Paragraph(escape(str(text)), style)

    story: list[Any] = [
        p("Sales contract 销售合同", head),
        p(
            f"{doc['parties']['buyer']['name']} · {doc['parties']['supplier']['name']}",
            sub,
        ),
        Spacer(1, 3 * mm),
        _facts_table(_summary_rows(contract, doc), body, 46),
        Spacer(1, 5 * mm),
        p("Parties 合同双方", sub),
        Spacer(1, 2 * mm),
    ]
    parties = Table(
        [[p("", th), p("Buyer 买家", th), p("Supplier 供应商", th)]]
        + [[p(k), p(b), p(s)] for k, b, s in _party_rows(doc)],
        colWidths=[42 * mm, 68 * mm, 68 * mm],
    )
    parties.setStyle(_header_table_style())
    story += [parties, Spacer(1, 5 * mm), p("Clauses 合同条款", sub), Spacer(1, 2 * mm)]
    rows = [[p("English", th), p("中文", th)]]
    for clause in doc["clauses"]:
        rows.append(
            [
                Paragraph(
                    f"<b>{clause['number']}. {escape(clause['title_en'])}</b><br/>"
                    f"{escape(clause['text_en'])}<br/>"
                    f"<font size=7 color='grey'>Source: {escape(clause['source'])} · "
                    f"library v{clause['library_version']}</font>",
                    body,
                ),
                Paragraph(
                    f"<b>第 {clause['number']} 条 {escape(clause['title_zh'])}</b><br/>"
                    f"{escape(clause['text_zh'])}<br/>"
                    f"<font size=7 color='grey'>来源：{escape(clause['source'])}</font>",
                    body,
                ),
            ]
        )
    clauses = Table(rows, colWidths=[89 * mm, 89 * mm], repeatRows=1)
    clauses.setStyle(
        _header_table_style(
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f8")])
        )
    )
    story += [
        clauses,
        Spacer(1, 5 * mm),
        p("Schedule 1: goods 附表一：货物", sub),
        Spacer(1, 2 * mm),
    ]
    goods = Table(
        [[p(h, th) for h in ("#", "Goods 货物", "Quantity 数量", "Unit price 单价", "Total 小计")]]
        + [
            [
                p(g["position"]),
                p(g["description"]),
                p(f"{g['quantity']} {g['unit']}"),
                p(g["unit_price"]),
                p(g["line_total"]),
            ]
            for g in doc["goods"]
        ],
        colWidths=[10 * mm, 78 * mm, 30 * mm, 30 * mm, 30 * mm],
        repeatRows=1,
    )
    goods.setStyle(_header_table_style())
    spec = doc["specification"]
    story += [
        goods,
        Spacer(1, 2 * mm),
        p(
            f"Specification 产品规格: {spec['product_name']} v{spec['version']}, "
            f"clauses 条款 {', '.join(spec['clause_ids'])}; SHA-256 {spec['sha256']}",
            small,
        ),
        Spacer(1, 5 * mm),
        p(
            "Schedule 2: labelling and compliance for "
            f"{doc['compliance']['destination_en']} 附表二：{doc['compliance']['destination_zh']}"
            "标签与合规要求",
            sub,
        ),
        Spacer(1, 2 * mm),
    ]
    compliance = [
        [p(f"Specification clause 产品规格条款 {c['clause_id']}"), p(c["text"])]
        for c in doc["compliance"]["spec_clauses"]
    ] + [
        [p(f"Requirement 要求 {i}"), p(text)]
        for i, text in enumerate(doc["compliance"]["requirements"], start=1)
    ]
    if compliance:
        table = Table(compliance, colWidths=[48 * mm, 130 * mm])
        table.setStyle(_header_table_style(("BACKGROUND", (0, 0), (-1, 0), colors.white)))
        story.append(table)
    else:
        story.append(p("None stated 未载明", small))
    story += [Spacer(1, 5 * mm), p("Acceptance 确认记录", sub), Spacer(1, 2 * mm)]
    accepted = _acceptance_rows(contract)
    if accepted:
        table = Table(
            [
                [
                    p(h, th)
                    for h in (
                        "Party 当事方",
                        "Organization 企业",
                        "By 确认人",
                        "At 时间",
                        "SHA-256",
                    )
                ]
            ]
            + [[p(c, small) for c in row] for row in accepted],
            colWidths=[22 * mm, 38 * mm, 38 * mm, 28 * mm, 52 * mm],
        )
        table.setStyle(_header_table_style())
        story.append(table)
    else:
        story.append(p("Not yet accepted by either party 双方均尚未确认", small))
    story.append(Spacer(1, 3 * mm))
    story.append(
        p(
            "Both parties accept this exact text by its SHA-256 on TradeGuard. "
            "双方在 TradeGuard 上按 SHA-256 校验值确认本合同文本。",
            small,
        )
    )
    font = pdf_font()

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.grey)
        canvas.drawString(
            16 * mm,
            9 * mm,
            f"{doc['order']['reference']} v{doc['contract_version']} · SHA-256 {contract.sha256}"
            f" · {canvas.getPageNumber()}",
        )
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"Sales contract {doc['order']['reference']} v{doc['contract_version']}",
        invariant=1,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def contract_docx(contract: SalesContract) -> bytes:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = contract.content
    out = Document()
    normal = out.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9.5)
    # East Asian text in a font Word has for Chinese.
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    props = out.core_properties
    props.title = f"Sales contract {doc['order']['reference']} v{doc['contract_version']}"
    props.subject = f"SHA-256 {contract.sha256}"
    out.add_heading("Sales contract 销售合同", level=0)

    def grid(header: tuple[str, ...] | None, rows: Sequence[Sequence[str]]) -> Any:
        """A bordered table: an optional bold header row, then plain text rows."""
        width = len(header) if header else len(rows[0])
        table = out.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        if header:
            for cell, text in zip(table.add_row().cells, header, strict=True):
                cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        return table

    grid(None, _summary_rows(contract, doc))
    out.add_heading("Parties 合同双方", level=1)
    grid(("", "Buyer 买家", "Supplier 供应商"), _party_rows(doc))
    out.add_heading("Clauses 合同条款", level=1)
    table = grid(("English", "中文"), [])
    for clause in doc["clauses"]:
        cells = table.add_row().cells
        en, zh = cells[0].paragraphs[0], cells[1].paragraphs[0]
        en.add_run(f"{clause['number']}. {clause['title_en']}").bold = True
        zh.add_run(f"第 {clause['number']} 条 {clause['title_zh']}").bold = True
        cells[0].add_paragraph(clause["text_en"])
        cells[1].add_paragraph(clause["text_zh"])
        cells[0].add_paragraph(
            f"Source: {clause['source']} · library v{clause['library_version']}"
        ).runs[0].italic = True
        cells[1].add_paragraph(f"来源：{clause['source']}").runs[0].italic = True
    out.add_heading("Schedule 1: goods 附表一：货物", level=1)
    grid(
        ("#", "Goods 货物", "Quantity 数量", "Unit price 单价", "Total 小计"),
        [
            (
                str(g["position"]),
                g["description"],
                f"{g['quantity']} {g['unit']}",
                g["unit_price"],
                g["line_total"],
            )
            for g in doc["goods"]
        ],
    )
    spec = doc["specification"]
    out.add_paragraph(
        f"Specification 产品规格: {spec['product_name']} v{spec['version']}, "
        f"clauses 条款 {', '.join(spec['clause_ids'])}; SHA-256 {spec['sha256']}"
    )
    out.add_heading(
        f"Schedule 2: labelling and compliance for {doc['compliance']['destination_en']} "
        f"附表二：{doc['compliance']['destination_zh']}标签与合规要求",
        level=1,
    )
    compliance = [
        (f"Specification clause 产品规格条款 {c['clause_id']}", c["text"])
        for c in doc["compliance"]["spec_clauses"]
    ] + [
        (f"Requirement 要求 {i}", text)
        for i, text in enumerate(doc["compliance"]["requirements"], start=1)
    ]
    if compliance:
        grid(None, compliance)
    else:
        out.add_paragraph("None stated 未载明")
    out.add_heading("Acceptance 确认记录", level=1)
    accepted = _acceptance_rows(contract)
    if accepted:
        grid(("Party 当事方", "Organization 企业", "By 确认人", "At 时间", "SHA-256"), accepted)
    else:
        out.add_paragraph("Not yet accepted by either party 双方均尚未确认")
    footer = out.sections[0].footer.paragraphs[0]
    footer.text = (
        f"{doc['order']['reference']} v{doc['contract_version']} · SHA-256 {contract.sha256}"
    )
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()
