# ruff: noqa: RUF001 - the Chinese headings use full-width Chinese punctuation
"""The case file's PDF: English and Simplified Chinese side by side, whatever the
reader's language (a court in either country reads it), in the spec sheet's embedded
CJK font. Headings are fixed pairs, like the spec sheet's; labels of values come from
the catalogues in both languages; what people wrote is printed as they wrote it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from django.utils import translation

from tradeguard.common.money import format_money
from tradeguard.specs.documents import _facts_table, _header_table_style, _pdf_bytes, _pdf_styles
from tradeguard.web.timeline import (
    event_label,
    format_event_value,
    format_value,
    key_label,
    shown,
)

if TYPE_CHECKING:
    from tradeguard.disputes.casefile.export import CaseRecord


def both(render: Callable[[], Any]) -> str:
    """`render()` in English and in Simplified Chinese ("Decided / 已裁决"); once when
    they read the same."""
    with translation.override("en"):
        en = str(render())
    with translation.override("zh-hans"):
        zh = str(render())
    return en if en == zh else f"{en} / {zh}"


def utc(value: dt.datetime | dt.date | None) -> str:
    """Instants in UTC, named: a court compares them with other records."""
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return value.isoformat()


def money(amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else format_money(amount, currency)


def _table(head: Iterable[str], rows: list[list[str]], widths_mm: list[float]) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table

    styles = _pdf_styles()
    data = [[Paragraph(h, styles["th"]) for h in head]]
    data += [
        [Paragraph(escape(cell).replace("\n", "<br/>"), styles["body"]) for cell in row]
        for row in rows
    ]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        _header_table_style(
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f8")])
        )
    )
    return table


def _event_details(event_type: str, values: dict[str, Any]) -> str:
    def line(key: str, value: Any) -> str:
        return f"{key_label(event_type, key)}: {format_event_value(event_type, key, value, values)}"

    return "\n".join(
        both(partial(line, key, value)) for key, value in values.items() if shown(event_type, key)
    )


def casefile_pdf(record: CaseRecord) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    styles = _pdf_styles()
    body, small, head, sub = styles["body"], styles["small"], styles["head"], styles["sub"]
    d = record.dispute
    order = d.order
    story: list[Any] = [
        Paragraph(f"Case file 案件档案 — #{d.pk}", head),
        Paragraph(
            escape(
                f"{record.marketplace} · Generated 生成于 {utc(record.generated_at)} · "
                "Every file of this case file is listed with its SHA-256 in MANIFEST.sha256, "
                "signed with the platform's Ed25519 key 本档案中每个文件的 SHA-256 均列于 "
                "MANIFEST.sha256，并以平台 Ed25519 密钥签名。"
            ),
            small,
        ),
        Spacer(1, 4 * mm),
    ]

    def section(title: str) -> None:
        story.extend([Spacer(1, 5 * mm), Paragraph(escape(title), sub), Spacer(1, 2 * mm)])

    def facts(rows: list[tuple[str, Any]]) -> None:
        story.append(
            _facts_table([(k, v if v not in (None, "") else "—") for k, v in rows], body, 48)
        )

    section("Case 案件")
    facts(
        [
            ("Reason 争议原因", both(d.get_reason_display)),
            ("Requested outcome 请求结果", both(d.get_requested_outcome_display)),
            ("Status 状态", both(d.get_status_display)),
            ("Opened 立案时间", utc(d.opened_at)),
            ("Decided 裁决时间", utc(d.decided_at)),
            ("Closed 结案时间", utc(d.closed_at)),
            ("Claimed 索赔金额", money(d.claimed_amount, d.currency)),
            ("Covered by protection 保障金额", money(d.covered_amount, d.currency)),
            ("Refund 退款状态", both(d.get_refund_status_display)),
            ("Award 裁决执行", both(d.get_award_status_display)),
            ("Description (as written) 描述（原文）", d.description),
        ]
    )

    section("Parties (verified registration data) 当事方（已核验的注册信息）")
    for role, org in (("Buyer 买方", d.buyer), ("Supplier 供应商", d.supplier)):
        facts(
            [
                (role, org.name),
                ("Country 国家/地区", org.country),
                ("Registration number 注册号", org.registration_number),
                ("Verification 核验状态", both(org.get_verification_status_display)),
                ("Verified on 核验时间", utc(org.verification_decided_at)),
                ("Contact 联系邮箱", org.contact_email),
            ]
        )
        story.append(Spacer(1, 2 * mm))

    section("Order 订单")
    facts(
        [
            ("Reference 订单号", order.reference),
            ("Kind 订单类型", both(order.get_kind_display)),
            ("Status 状态", both(order.get_status_display)),
            ("Total 总额", money(order.total, order.currency)),
            ("Placed 下单", utc(order.placed_at)),
            ("Paid 付款", utc(order.paid_at)),
            ("Ship by 最迟发货日", utc(order.ship_by)),
            ("Shipped 发货", utc(order.shipped_at)),
            (
                "Carrier / tracking 承运人 / 运单号",
                f"{order.carrier} {order.tracking_number}".strip(),
            ),
            ("Delivered 送达", utc(order.delivered_at)),
            ("Receipt confirmed 确认收货", utc(order.receipt_confirmed_at)),
        ]
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        _table(
            ["#", "Item 货品", "Quantity 数量", "Unit price 单价", "Line total 小计"],
            [
                [
                    str(i.position),
                    i.description,
                    f"{i.quantity.normalize():f} {i.unit}",
                    money(i.unit_price, order.currency),
                    money(i.line_total, order.currency),
                ]
                for i in record.items
            ],
            [10, 78, 30, 30, 30],
        )
    )
    if record.payments:
        story.append(Spacer(1, 2 * mm))
        story.append(
            _table(
                ["Paid 付款时间", "Amount 金额", "Method 方式", "Designated account 指定账户"],
                [
                    [
                        utc(p.paid_at),
                        money(p.amount, order.currency),
                        both(p.get_method_display),
                        both(partial(format_value, p.to_designated_account)),
                    ]
                    for p in record.payments
                ],
                [44, 40, 50, 44],
            )
        )

    section("Specifications and their hashes 规格书及其校验值")
    if record.specs:
        story.append(
            _table(
                ["Product 产品", "Version 版本", "Status 状态", "SHA-256 校验值"],
                [
                    [
                        s.version.specification.product_name,
                        f"v{s.version.number}",
                        both(s.get_status_display),
                        s.version.sha256,
                    ]
                    for s in record.specs
                ],
                [50, 16, 30, 82],
            )
        )
    else:
        story.append(
            Paragraph("No specification was attached to the order. 订单未附规格书。", body)
        )
    from tradeguard.contracts.models import SalesContract

    contracts = list(SalesContract.objects.filter(order=order).order_by("number"))
    if contracts:
        story.append(Spacer(1, 2 * mm))
        story.append(
            _table(
                ["Sales contract 销售合同", "Status 状态", "SHA-256 校验值"],
                [[f"v{c.number}", both(c.get_status_display), c.sha256] for c in contracts],
                [40, 56, 82],
            )
        )
    if record.requirements:
        story.append(Spacer(1, 2 * mm))
        story.append(
            _table(
                ["Cited by the buyer 买方引用", "Reference 条款", "Text 内容"],
                [[both(r.get_source_display), r.reference, r.text] for r in record.requirements],
                [44, 40, 94],
            )
        )

    section("Evidence 证据")
    story.append(
        _table(
            [
                "#",
                "Party / type 提交方 / 类型",
                "File 文件",
                "SHA-256 校验值",
                "Submitted 提交时间",
            ],
            [
                [
                    str(e.pk),
                    f"{both(e.get_party_display)}\n{both(e.get_type_display)}\n{e.description}",
                    f"{path}\n{e.file.size:,} B",
                    e.file.sha256,
                    utc(e.submitted_at),
                ]
                for e, path in record.evidence
            ],
            [10, 46, 42, 50, 30],
        )
    )

    section("Messages 留言")
    if record.messages:
        story.append(
            _table(
                ["Sent 时间", "From 发送方", "Message (as written) 内容（原文）"],
                [
                    [utc(m.created_at), f"{both(m.get_party_display)}\n{m.author.email}", m.body]
                    for m in record.messages
                ],
                [32, 40, 106],
            )
        )
    else:
        story.append(Paragraph("No messages. 无留言。", body))

    section("Proposals 和解方案")
    story.append(
        _table(
            ["Made 时间", "By 提出方", "Proposal 方案", "Amount 金额", "Status 状态", "Note 说明"],
            [
                [
                    utc(p.created_at),
                    both(p.get_party_display),
                    both(p.get_kind_display),
                    money(p.amount, p.currency),
                    both(p.get_status_display),
                    p.note,
                ]
                for p in record.proposals
            ],
            [30, 22, 30, 26, 24, 46],
        )
    )

    section("Decision, findings and reasons 裁决、认定与理由")
    for decision in record.decisions:
        facts(
            [
                ("Decided 裁决时间", utc(decision.decided_at)),
                ("Officer 裁决员", decision.officer.email),
                ("Outcome 裁决结果", both(decision.get_outcome_display)),
                ("Refund 退款", money(decision.refund_amount, decision.currency)),
                ("Statement of reasons (as written) 裁决理由（原文）", decision.statement),
            ]
        )
        story.append(Spacer(1, 2 * mm))
        story.append(
            _table(
                ["#", "Finding 认定", "Requirement 要求", "Evidence 证据"],
                [
                    [
                        str(f.position),
                        f.text,
                        f.requirement_text or (f.requirement.text if f.requirement else ""),
                        ", ".join(f"#{e.pk}" for e in f.evidence.all()),
                    ]
                    for f in decision.findings.all()
                ],
                [10, 84, 54, 30],
            )
        )
        story.append(Spacer(1, 3 * mm))

    section("Refunds and obligations 退款与义务")
    rows = [
        [
            both(lambda: translation.gettext("Refund")),
            money(r.amount, r.currency),
            both(r.get_status_display),
            f"{utc(r.created_at)}\n{utc(r.paid_at)}",
            r.payment_reference,
        ]
        for r in record.refunds
    ] + [
        [
            both(o.get_kind_display),
            money(o.amount, o.currency),
            both(o.get_status_display),
            f"{utc(o.created_at)}\n{utc(o.due_at)}",
            o.reference,
        ]
        for o in record.obligations
    ]
    if rows:
        story.append(
            _table(
                [
                    "Kind 类型",
                    "Amount 金额",
                    "Status 状态",
                    "Created / paid or due 创建 / 支付或到期",
                    "Reference 凭证",
                ],
                rows,
                [38, 30, 30, 44, 36],
            )
        )
    else:
        story.append(Paragraph("None. 无。", body))

    section("Sanctions 处罚")
    if record.sanctions:
        story.append(
            _table(
                ["Imposed 时间", "Kind 类型", "Points 分数", "Reason 理由", "Expires 到期"],
                [
                    [
                        utc(s.created_at),
                        both(s.get_kind_display),
                        str(s.points),
                        s.reason,
                        utc(s.expires_at),
                    ]
                    for s in record.sanctions
                ],
                [30, 24, 16, 78, 30],
            )
        )
    else:
        story.append(Paragraph("None. 无。", body))

    section("Timeline (the hash-chained event log) 时间线（哈希链事件记录）")
    story.append(
        _table(
            ["When 时间", "What 事件", "Who 操作人", "Details 详情"],
            [
                [
                    utc(e.created_at),
                    both(partial(event_label, e.type)),
                    e.actor_label,
                    _event_details(e.type, {**(e.old or {}), **(e.new or {}), **(e.params or {})}),
                ]
                for e in record.events
            ],
            [32, 40, 36, 70],
        )
    )
    story.append(Spacer(1, 3 * mm))
    last = record.events[-1].hash if record.events else ""
    story.append(
        Paragraph(
            escape(
                f"{len(record.events)} events; the last event's hash 最后一个事件的哈希: {last}. "
                "events.jsonl holds every event with its hash; see docs/casefile.md to verify "
                "without TradeGuard 无需 TradeGuard 亦可验证，见 docs/casefile.md。"
            ),
            small,
        )
    )
    return _pdf_bytes(story, title=f"Case file #{d.pk}")
