"""Spec documents: JSON export, the spreadsheet template (import/export) and the
printable spec sheet (PDF with English and Chinese headings, using reportlab's built-in
CID font STSong-Light, so no font file is needed)."""

from __future__ import annotations

import io
import json
from typing import Any

from django.utils.translation import gettext as _

from tradeguard.common.errors import ApplicationError
from tradeguard.specs.clauses import describe_target, max_clauses
from tradeguard.specs.enums import ClauseKind, Severity, SpecsErrorCode, TargetType
from tradeguard.specs.models import InspectionReport, SpecVersion

COLUMNS = [
    ("clause_id", "Clause id (e.g. 3.2)"),
    ("text", "Requirement"),
    ("kind", "Kind"),
    ("severity", "Severity if broken"),
    ("target_type", "Target type"),
    ("value", "Value"),
    ("unit", "Unit"),
    ("tolerance", "± Tolerance"),
    ("min", "Min"),
    ("max", "Max"),
    ("hex", "Colour hex"),
    ("pantone", "Pantone"),
    ("delta_e", "ΔE00 tolerance"),
    ("required_text", "Required text / mark"),
    ("expected", "Expected (yes/no)"),
]
# Rows of the "Specification" sheet read (product name, reference, notes).
META_ROWS = 50

KIND_ZH = {
    "dimension": "尺寸",
    "weight": "重量",
    "material": "材料",
    "colour": "颜色",
    "function": "功能",
    "labeling": "标签",
    "packaging": "包装",
    "certification": "认证",
    "other": "其他",
}
SEVERITY_ZH = {"critical": "致命", "major": "严重", "minor": "轻微"}


def export_document(version: SpecVersion) -> dict[str, Any]:
    """The canonical document plus its SHA-256 (import accepts it back)."""
    return {**version.document, "sha256": version.sha256}


def _invalid(message: str, field: str, reason: str) -> ApplicationError:
    return ApplicationError(SpecsErrorCode.INVALID_IMPORT, message, fields={field: reason})


def parse_json_upload(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(
            f"The file is not valid JSON ({exc}).",
            "file",
            "Upload a JSON file exported from TradeGuard.",
        ) from None
    if not isinstance(data, dict):
        raise _invalid("The JSON must be an object.", "file", "Upload an exported spec.")
    return data


def clause_to_row(clause: dict[str, Any]) -> dict[str, Any]:
    target = clause.get("target") or {}
    lab = target.get("lab")
    return {
        "clause_id": clause["clause_id"],
        "text": clause["text"],
        "kind": clause["kind"],
        "severity": clause["severity"],
        "target_type": target.get("type", ""),
        "value": target.get("value", ""),
        "unit": target.get("unit", ""),
        "tolerance": target.get("tolerance", ""),
        "min": target.get("min", ""),
        "max": target.get("max", ""),
        "hex": target.get("hex", "") or (", ".join(str(v) for v in lab) if lab else ""),
        "pantone": target.get("pantone", ""),
        "delta_e": target.get("delta_e", ""),
        "required_text": target.get("text", ""),
        "expected": ("yes" if target.get("expected", True) else "no")
        if target.get("type") == "check"
        else "",
    }


def row_to_clause(row: dict[str, Any]) -> dict[str, Any]:
    """Spreadsheet row -> clause dict (validated later by validate_clauses)."""

    def cell(key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value).strip()

    ttype = cell("target_type").lower()
    target: dict[str, Any] | None = None
    if ttype == "measure":
        target = {"type": "measure", "unit": cell("unit")}
        for key in ("value", "tolerance", "min", "max"):
            if cell(key):
                target[key] = cell(key)
    elif ttype == "colour":
        target = {"type": "colour", "delta_e": cell("delta_e") or "2"}
        colour = cell("hex")
        if colour.count(",") == 2:
            target["lab"] = [v.strip() for v in colour.split(",")]
        elif colour:
            target["hex"] = colour
        if cell("lab"):  # the editor's own Lab field (the spreadsheet puts Lab under hex)
            target["lab"] = [v.strip() for v in cell("lab").split(",")]
        if cell("pantone"):
            target["pantone"] = cell("pantone")
    elif ttype == "text":
        target = {"type": "text", "text": cell("required_text")}
    elif ttype == "check":
        target = {
            "type": "check",
            "expected": cell("expected").lower() not in ("no", "false", "0", "n"),
        }
    elif ttype not in ("", "none"):
        target = {"type": ttype}
    return {
        "clause_id": cell("clause_id"),
        "text": cell("text"),
        "kind": cell("kind").lower(),
        "severity": cell("severity").lower(),
        "target": target,
    }


def _workbook(version: SpecVersion | None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    info = wb.active
    assert info is not None
    info.title = "Specification"
    doc: dict[str, Any] = version.document if version else {"specification": {}, "notes": ""}
    meta: dict[str, Any] = doc["specification"]
    info.append(["Field", "Value"])
    info.append(["product_name", meta.get("product_name", "")])
    info.append(["reference", meta.get("reference", "")])
    info.append(["notes", doc.get("notes", "")])
    if version is not None:
        info.append(["version", version.number])
        info.append(["sha256", version.sha256])
    for c in info[1]:
        c.font = Font(bold=True)
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 60

    sheet = wb.create_sheet("Clauses")
    sheet.append([key for key, _ in COLUMNS])
    sheet.append([label for _, label in COLUMNS])
    for c in sheet[1]:
        c.font = Font(bold=True)
    for c in sheet[2]:
        c.font = Font(italic=True, color="777777")
    rows = [clause_to_row(c) for c in (version.clause_dicts if version else [])]
    if version is None:
        rows = [
            clause_to_row(
                {
                    "clause_id": "3.2",
                    "text": "Handle length",
                    "kind": "dimension",
                    "severity": "major",
                    "target": {"type": "measure", "value": "120", "unit": "mm", "tolerance": "2"},
                }
            )
        ]
    for r in rows:
        sheet.append([r[key] for key, _ in COLUMNS])
    for i, (_key, label) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + i)].width = max(12, len(label) + 2)
    sheet.column_dimensions["B"].width = 40
    for column, values in (
        ("C", ClauseKind.values),
        ("D", Severity.values),
        ("E", [v for v in TargetType.values if v != "none"]),
    ):
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        dv.add(f"{column}3:{column}500")
        sheet.add_data_validation(dv)

    help_sheet = wb.create_sheet("Instructions")
    for line in (
        "One clause per row on the Clauses sheet, starting at row 3 (row 2 explains the columns).",
        "kind: " + ", ".join(ClauseKind.values),
        "severity: critical, major or minor",
        "target_type: measure (value + unit + tolerance, or min/max), colour (hex or 'L, a, b' "
        "and/or pantone, with delta_e), text (required_text), check (expected yes/no), or blank.",
        "Units: mm, cm, in, g, kg, lb, oz, ml ... (converted automatically).",
    ):
        help_sheet.append([line])
    help_sheet.column_dimensions["A"].width = 120
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def xlsx_template() -> bytes:
    return _workbook(None)


def xlsx_export(version: SpecVersion) -> bytes:
    return _workbook(version)


# An .xlsx is a ZIP archive; refuse one that expands past this before opening it.
XLSX_MAX_EXPANDED_BYTES = 50 * 1024 * 1024


def _refuse_zip_bomb(raw: bytes) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        return  # openpyxl reports it as unreadable
    if expanded > XLSX_MAX_EXPANDED_BYTES:
        raise _invalid(
            _("The spreadsheet expands to more than %(mb)s MB; it cannot be a specification.")
            % {"mb": XLSX_MAX_EXPANDED_BYTES // (1024 * 1024)},
            "file",
            _("Download the template, fill it in and upload it as .xlsx."),
        )


def xlsx_parse(raw: bytes) -> dict[str, Any]:
    """Spreadsheet -> {"product_name", "reference", "notes", "clauses"}."""
    from openpyxl import load_workbook

    _refuse_zip_bomb(raw)
    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for damaged files
        raise _invalid(
            "The file is not a readable .xlsx spreadsheet.",
            "file",
            "Download the template, fill it in and upload it as .xlsx.",
        ) from None
    if "Clauses" not in wb.sheetnames:
        raise _invalid(
            "The spreadsheet has no 'Clauses' sheet.", "file", "Use the TradeGuard template."
        )
    meta: dict[str, Any] = {}
    if "Specification" in wb.sheetnames:
        for row in wb["Specification"].iter_rows(min_row=2, max_row=META_ROWS, values_only=True):
            if row and row[0]:
                meta[str(row[0]).strip()] = "" if len(row) < 2 or row[1] is None else str(row[1])
    # Read no further than the clause cap allows (header, hint row, clauses, one more to
    # tell "too many"): a small file can hold a million rows.
    most = max_clauses()
    rows = list(
        wb["Clauses"].iter_rows(max_row=most + 3, max_col=len(COLUMNS) + 5, values_only=True)
    )
    if not rows:
        raise _invalid("The Clauses sheet is empty.", "file", "Add one clause per row.")
    header = [str(h or "").strip() for h in rows[0]]
    missing = [k for k in ("clause_id", "text", "kind", "severity") if k not in header]
    if missing:
        raise _invalid(
            f"The Clauses sheet lacks the columns {', '.join(missing)}.",
            "file",
            "Keep the template's first row of column names.",
        )
    clauses = []
    for row in rows[2:] if len(rows) > 1 and rows[1] and rows[1][0] == COLUMNS[0][1] else rows[1:]:
        values = dict(zip(header, row, strict=False))
        if not any(v not in (None, "") for v in values.values()):
            continue
        clauses.append(row_to_clause(values))
        if len(clauses) > most:
            raise ApplicationError(
                SpecsErrorCode.TOO_MANY_CLAUSES,
                _(
                    "The spreadsheet has more than %(most)s clause rows; a specification "
                    "holds at most %(most)s. Split it into several specifications."
                )
                % {"most": most},
                fields={"file": _("Keep at most %(most)s clause rows.") % {"most": most}},
            )
    return {
        "product_name": meta.get("product_name", ""),
        "reference": meta.get("reference", ""),
        "notes": meta.get("notes", ""),
        "clauses": clauses,
    }


# Embedded when installed (Debian: fonts-wqy-microhei, fonts-arphic-uming), so every
# viewer shows the Chinese headings; otherwise the non-embedded CID font STSong-Light,
# which Acrobat and viewers with CJK fonts (poppler-data) display.
CJK_TTF_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
)


def pdf_font() -> str:
    """Register and return the font used for the spec sheet."""
    import os

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    if "TGCJK" in registered:
        return "TGCJK"
    for path, index in CJK_TTF_CANDIDATES:
        if os.path.exists(path):
            try:
                pdfmetrics.registerFont(TTFont("TGCJK", path, subfontIndex=index))
            except TTFError:
                continue
            return "TGCJK"
    if "STSong-Light" not in registered:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _pdf_styles() -> dict[str, Any]:
    """The paragraph styles both PDFs use, in the font that also covers Chinese."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    font = pdf_font()
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=9, leading=12),
        "small": ParagraphStyle(
            "small", fontName=font, fontSize=8, leading=10, textColor=colors.grey
        ),
        "head": ParagraphStyle("head", fontName=font, fontSize=16, leading=22),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=11, leading=15),
        "th": ParagraphStyle("th", fontName=font, fontSize=8.5, leading=11, textColor=colors.white),
    }


def _facts_table(rows: list[tuple[str, Any]], body: Any, key_mm: float) -> Any:
    """Label / value rows across the page (178 mm), labels shaded."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    table = Table(
        [[Paragraph(escape(k), body), Paragraph(escape(str(v)), body)] for k, v in rows],
        colWidths=[key_mm * mm, (178 - key_mm) * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _header_table_style(*extra: tuple[Any, ...]) -> Any:
    """A table with a dark header row and a grey grid."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3a5f")),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *extra,
        ]
    )


def _pdf_bytes(story: list[Any], *, title: str, invariant: bool = False) -> bytes:
    """Lay `story` out on A4 with 16 mm margins; `invariant` gives the same bytes for
    the same story (no creation time or random document id)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        **({"invariant": 1} if invariant else {}),
    ).build(story)
    return out.getvalue()


# Bump when the spec sheet's layout changes: cached copies are then built again.
SHEET_LAYOUT = "1"


def spec_sheet_pdf_cached(version: SpecVersion) -> bytes:
    """The spec sheet of `version`, built once and kept in the file store
    (`derived/spec-sheets/`); built again only when what it prints changes."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    spec = version.specification
    printed = [
        SHEET_LAYOUT,
        version.pk,
        version.sha256,
        version.number,
        version.created_at.isoformat(),
        spec.product_name,
        spec.reference,
        spec.buyer.name,
    ]
    key = hashlib.sha256(json.dumps(printed, ensure_ascii=False).encode()).hexdigest()[:32]
    name = f"derived/spec-sheets/{version.pk}-{key}.pdf"
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as fh:
            return bytes(fh.read())
    data = spec_sheet_pdf(version)
    saved = default_storage.save(name, ContentFile(data))
    if saved != name:  # built meanwhile by another request: keep one copy
        default_storage.delete(saved)
    return data


def spec_sheet_pdf(version: SpecVersion) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    styles = _pdf_styles()
    body, small, head, th = styles["body"], styles["small"], styles["head"], styles["th"]

    spec = version.specification
    doc = version.document
    story: list[Any] = [
        Paragraph("Product specification 产品规格书", head),
        Spacer(1, 3 * mm),
    ]
    info = [
        ("Product 产品", spec.product_name),
        ("Reference 编号", spec.reference or "—"),
        ("Buyer 买方", spec.buyer.name),
        ("Version 版本", f"v{version.number} ({version.created_at:%Y-%m-%d})"),
        ("SHA-256 校验值", version.sha256),
    ]
    if doc.get("notes"):
        info.append(("Notes 备注", doc["notes"]))
    story += [_facts_table(info, body, 38), Spacer(1, 6 * mm)]
    header = [
        Paragraph(h, th)
        for h in (
            "Clause<br/>条款",
            "Requirement<br/>要求",
            "Kind<br/>类别",
            "Target / tolerance<br/>目标值 / 公差",
            "Severity<br/>缺陷等级",
        )
    ]
    rows = [header]
    for clause in version.clause_dicts:
        rows.append(
            [
                Paragraph(escape(clause["clause_id"]), body),
                Paragraph(escape(clause["text"]), body),
                Paragraph(f"{clause['kind']}<br/>{KIND_ZH.get(clause['kind'], '')}", body),
                Paragraph(escape(describe_target(clause.get("target")) or "—"), body),
                Paragraph(
                    f"{clause['severity']}<br/>{SEVERITY_ZH.get(clause['severity'], '')}", body
                ),
            ]
        )
    table = Table(rows, colWidths=[16 * mm, 70 * mm, 24 * mm, 48 * mm, 20 * mm], repeatRows=1)
    table.setStyle(
        _header_table_style(
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f8")])
        )
    )
    story += [
        table,
        Spacer(1, 6 * mm),
        Paragraph(
            "Defect classes 缺陷分类: critical 致命 (none allowed 不允许) · major 严重 (AQL 2.5) · "
            "minor 轻微 (AQL 4.0), ISO 2859-1 / GB/T 2828.1, level II 一般检验水平 II, unless the "
            "order sets others 除非订单另有规定.",
            small,
        ),
        Paragraph(
            "Colour tolerances are CIEDE2000 ΔE00 颜色公差为 CIEDE2000 色差. "
            "Generated by TradeGuard; verify the SHA-256 against the accepted version "
            "请核对 SHA-256 与已确认版本一致.",
            small,
        ),
    ]
    return _pdf_bytes(story, title=f"{spec.product_name} v{version.number}")


VERDICT_ZH = {"pass": "合格", "fail": "不合格", "pending": "待定"}


def inspection_report_facts(report: InspectionReport) -> list[tuple[str, str]]:
    """The identifying facts printed at the top of a signed report's PDF."""
    inspection = report.inspection
    order = inspection.order
    facts = [
        ("Order 订单", f"{order.reference} ({order.buyer.name} ← {order.supplier.name})"),
        ("Inspection 检验", inspection.get_kind_display()),
        ("Inspector 检验机构", inspection.inspector_org.name if inspection.inspector_org else "—"),
        ("Report 报告", f"version {report.number}"),
        (
            "Signed 签署",
            f"{report.signed_at:%Y-%m-%d %H:%M} UTC by "
            f"{report.signed_by.full_name or report.signed_by.email}"
            if report.signed_at and report.signed_by
            else "—",
        ),
        ("SHA-256 校验值", report.sha256),
        (
            "Overall verdict 总体结论",
            f"{report.overall or '—'} {VERDICT_ZH.get(report.overall, '')}".strip(),
        ),
    ]
    if report.correction_reason:
        facts.append(("Correction 更正", report.correction_reason))
    return facts


def inspection_report_pdf(report: InspectionReport) -> bytes:
    """A signed report as a PDF for a dispute file: the facts, the verdict of every
    section with its reasons, and the AQL arithmetic per defect class. The same report
    always gives the same bytes (so it is stored once, with one SHA-256)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    styles = _pdf_styles()
    body, small, head, sub, th = (styles[k] for k in ("body", "small", "head", "sub", "th"))
    story: list[Any] = [Paragraph("Inspection report 验货报告", head), Spacer(1, 3 * mm)]
    story += [_facts_table(inspection_report_facts(report), body, 42), Spacer(1, 5 * mm)]
    for section in report.verdict.get("sections", []):
        verdict = str(section.get("verdict", ""))
        story.append(
            Paragraph(
                escape(f"{section.get('title', '')}: {verdict} {VERDICT_ZH.get(verdict, '')}"),
                sub,
            )
        )
        for note in section.get("notes", []):
            story.append(Paragraph(escape(f"• {note}"), body))
        story.append(Spacer(1, 3 * mm))
    classes = report.verdict.get("classes", [])
    if classes:
        rows = [
            [
                Paragraph(h, th)
                for h in (
                    "Class<br/>缺陷等级",
                    "AQL",
                    "Code<br/>字码",
                    "Sample<br/>样本量",
                    "Ac / Re",
                    "Found<br/>发现",
                    "Verdict<br/>结论",
                )
            ]
        ]
        for c in classes:
            rows.append(
                [
                    Paragraph(
                        f"{escape(str(c['severity']))} {SEVERITY_ZH.get(c['severity'], '')}", body
                    ),
                    Paragraph(escape(str(c.get("aql", ""))), body),
                    Paragraph(escape(str(c.get("code_letter", ""))), body),
                    Paragraph(escape(str(c.get("required_sample", ""))), body),
                    Paragraph(escape(f"{c.get('accept', '')} / {c.get('reject', '')}"), body),
                    Paragraph(escape(str(c.get("found", ""))), body),
                    Paragraph(
                        escape(
                            f"{c.get('verdict', '')} {VERDICT_ZH.get(c.get('verdict', ''), '')}"
                        ),
                        body,
                    ),
                ]
            )
        table = Table(
            rows, colWidths=[30 * mm, 22 * mm, 16 * mm, 20 * mm, 22 * mm, 18 * mm, 30 * mm]
        )
        table.setStyle(_header_table_style())
        story += [Paragraph("AQL (ISO 2859-1) 抽样检验", sub), table, Spacer(1, 4 * mm)]
    story.append(
        Paragraph(
            "Generated by TradeGuard from the signed report; the SHA-256 above identifies its "
            "signed content 由 TradeGuard 根据已签署报告生成; 上方 SHA-256 标识签署内容.",
            small,
        )
    )
    return _pdf_bytes(
        story,
        title=f"Inspection report {report.inspection.order.reference} v{report.number}",
        invariant=True,
    )
