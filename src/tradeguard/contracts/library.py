"""The first version of the marketplace's contract clause library (seeded by a data
migration; officers edit it in Settings → Contract clauses, which adds versions).

Each entry: `key`, `kind` (article: a numbered clause of every contract; fragment:
wording an article inserts through a placeholder, e.g. the chosen forum), English and
Chinese title and text, and where the clause comes from. Texts use `{name}`
placeholders from `PLACEHOLDERS`, filled per language from the contract's terms."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

# The placeholders a clause may use, and what they hold (shown on the edit page).
PLACEHOLDERS: dict[str, Any] = {
    "buyer": _("The buyer's registered name"),
    "supplier": _("The supplier's registered name"),
    "order_reference": _("The order number"),
    "spec_product": _("The specification's product name"),
    "spec_version": _("The specification's version number"),
    "spec_sha256": _("The specification version's SHA-256"),
    "spec_clauses": _("The specification's clause ids"),
    "tolerance": _("The quantity tolerance in percent"),
    "total": _("The total price with its currency"),
    "currency": _("The currency code (ISO 4217)"),
    "incoterm": _("The Incoterms 2020 rule with its name"),
    "place": _("The named place of the rule"),
    "ship_by": _("The ship-by date"),
    "delivery_by": _("The delivery date"),
    "level": _("The inspection level of ISO 2859-1"),
    "aql_critical": _("The AQL for critical defects"),
    "aql_major": _("The AQL for major defects"),
    "aql_minor": _("The AQL for minor defects"),
    "destination": _("The destination country"),
    "notice_days": _("Days the buyer has to give notice of a non-conformity"),
    "remedy_days": _("Days the supplier has to repair, replace or pay"),
    "law": _("The governing-law wording (a fragment)"),
    "forum": _("The forum wording (a fragment)"),
    "city": _("The supplier's city (for the courts of the supplier's city)"),
    "prevailing_language": _("The language that prevails"),
}

ARTICLES: list[dict[str, Any]] = [
    {
        "key": "goods",
        "title_en": "Goods and specification",
        "title_zh": "货物与产品规格",
        "source": "CISG art. 35(1)",
        "text_en": (
            "The Supplier sells and the Buyer buys the goods listed by line in Schedule 1. "
            'The goods shall conform to the specification "{spec_product}" version '
            "{spec_version} (SHA-256 {spec_sha256}), clauses {spec_clauses}, which both "
            "parties accepted on TradeGuard and which forms part of this contract. Goods "
            "that do not meet a clause of the specification do not conform to this contract."
        ),
        "text_zh": (
            "供应商向买家出售、买家向供应商购买附表一逐行列明的货物。货物应符合产品规格"
            "“{spec_product}”第 {spec_version} 版（SHA-256 {spec_sha256}）第 {spec_clauses} "
            "条的规定；该产品规格已由双方在 TradeGuard 上确认，构成本合同的组成部分。"
            "不符合产品规格任何一条的货物，即为不符合本合同的货物。"
        ),
    },
    {
        "key": "quantity",
        "title_en": "Quantity tolerance",
        "title_zh": "数量公差",
        "source": "CISG art. 35(1), 52(2)",
        "text_en": (
            "The quantity delivered of each line may differ from the quantity in Schedule 1 "
            "by no more than {tolerance}%. Within that tolerance the price is paid for the "
            "quantity actually delivered, at the line's unit price. The Buyer may refuse any "
            "quantity above the tolerance; a shortfall beyond the tolerance is a "
            "non-conformity to which the remedies of this contract apply."
        ),
        "text_zh": (
            "每一行货物的实际交货数量与附表一所列数量的差异不得超过 {tolerance}%。在该公差"
            "范围内，按该行单价以实际交货数量计算价款。超出公差多交的部分，买家可以拒收；"
            "超出公差的短交，视为货物不符合本合同，适用本合同约定的补救措施。"
        ),
    },
    {
        "key": "price",
        "title_en": "Price and delivery term",
        "title_zh": "价格与贸易术语",
        "source": "Incoterms® 2020 (ICC)",
        "text_en": (
            "The total price is {total} ({currency}), made up of the line prices in "
            "Schedule 1. The price is {incoterm}, {place}, Incoterms® 2020; costs and the "
            "risk of loss of or damage to the goods pass from the Supplier to the Buyer as "
            "that rule provides. No other charge (insurance, customs, clearance, release or "
            "similar fees) is payable by the Buyer unless both parties accept a new version "
            "of this contract that states it."
        ),
        "text_zh": (
            "合同总价为 {total}（{currency}），由附表一所列各行价格组成。价格条件为 "
            "{incoterm}，{place}，适用《2020年国际贸易术语解释通则》（Incoterms® 2020）；"
            "各项费用以及货物灭失或损坏的风险，按该术语的规定由供应商转移给买家。除非双方"
            "确认载明该项费用的本合同新版本，买家无需支付任何其他费用（包括保险费、海关费、"
            "清关费、放货费或类似费用）。"
        ),
    },
    {
        "key": "payment",
        "title_en": "Payment into the designated account",
        "title_zh": "向指定账户付款",
        "source": "TradeGuard marketplace rules (trade assurance)",
        "text_en": (
            "The Buyer pays the price only into the platform's designated account shown on "
            "TradeGuard for order {order_reference}; a payment into that account discharges "
            "the Buyer's obligation to pay to the extent of the amount paid. The Supplier "
            "shall not ask the Buyer to pay into any other account, or to pay any amount "
            "this contract does not state. Money paid into any other account is not covered "
            "by the platform's protection: the platform may decide a refund of it but cannot "
            "pay that refund out, and the Buyer bears the risk of that payment."
        ),
        "text_zh": (
            "买家仅向 TradeGuard 上为订单 {order_reference} 显示的平台指定账户支付价款；"
            "买家向该账户付款后，在所付金额范围内即履行了付款义务。供应商不得要求买家向任何"
            "其他账户付款，也不得要求买家支付本合同未载明的任何款项。向任何其他账户支付的"
            "款项不受平台保障：平台可以就该款项作出退款裁决，但无法支付该笔退款，该笔付款的"
            "风险由买家承担。"
        ),
    },
    {
        "key": "delivery",
        "title_en": "Shipment and delivery",
        "title_zh": "发货与交货",
        "source": "CISG art. 33, 47, 49",
        "text_en": (
            "The Supplier shall ship the goods no later than {ship_by} and deliver them under "
            "the agreed rule by {delivery_by}. If the goods are not shipped by {ship_by}, the "
            "Buyer may fix an additional period of reasonable length for shipment; if the "
            "Supplier does not ship within that period, or declares that it will not, the "
            "Buyer may avoid this contract and recover every amount paid."
        ),
        "text_zh": (
            "供应商应不迟于 {ship_by} 发货，并按约定的贸易术语于 {delivery_by} 前交货。"
            "货物未于 {ship_by} 前发运的，买家可以规定一段合理的额外期限供供应商发货；供应商"
            "在该期限内仍未发货或声明不会发货的，买家可以宣告本合同无效，并收回已支付的"
            "全部款项。"
        ),
    },
    {
        "key": "inspection",
        "title_en": "Pre-shipment inspection",
        "title_zh": "发货前验货",
        "source": "ISO 2859-1:1999 (GB/T 2828.1-2012); CISG art. 38",
        "text_en": (
            "Before shipment the Buyer may have the goods inspected by an inspector it names. "
            "The inspector draws samples under ISO 2859-1 (single sampling, normal "
            "inspection, inspection level {level}) with these acceptance quality limits: "
            "critical defects {aql_critical}, major defects {aql_major}, minor defects "
            "{aql_minor}; defects are judged against the clauses of the specification. If "
            "the lot is not accepted under that plan, the Buyer may reject the lot: the "
            "Supplier shall rework or replace the goods at its own cost and present them "
            "for a re-inspection, which the Supplier pays for, and the ship-by date does not "
            "move unless the Buyer agrees in writing. The Supplier shall not ship a rejected "
            "lot. Passing the inspection does not take away the Buyer's rights for "
            "non-conformities found later."
        ),
        "text_zh": (
            "发货前，买家可以委托其指定的验货员对货物进行验货。验货员按 ISO 2859-1（一次"
            "抽样、正常检验、检验水平 {level}）抽样，接收质量限（AQL）为：致命缺陷 "
            "{aql_critical}，严重缺陷 {aql_major}，轻微缺陷 {aql_minor}；缺陷按产品规格的"
            "条款判定。按上述抽样方案该批货物不被接收的，买家有权拒收该批货物：供应商应自费"
            "返工或更换货物，并重新提交验货，重新验货的费用由供应商承担；除非买家书面同意，"
            "最迟发货日不予顺延。供应商不得发运被拒收的批次。验货合格不影响买家就之后发现的"
            "不符合项享有的权利。"
        ),
    },
    {
        "key": "compliance",
        "title_en": "Labelling and compliance for the destination",
        "title_zh": "目的地标签与合规要求",
        "source": "CISG art. 35(2)(b)",
        "text_en": (
            "The goods are sold for resale and use in {destination}. The Supplier shall "
            "label, mark and certify them as Schedule 2 requires (the specification's "
            "labelling and certification clauses and the requirements listed there) and "
            "shall give the Buyer the test reports and certificates that prove it before "
            "shipment. Goods that lack a required label, marking or certificate do not "
            "conform to this contract."
        ),
        "text_zh": (
            "本合同货物供在{destination}销售和使用。供应商应按附表二的要求（产品规格中的"
            "标签和产品认证条款以及附表二所列要求）对货物进行标注、标记和认证，并在发货前"
            "向买家提供证明其符合要求的检测报告和证书。缺少所要求的标签、标记或证书的货物，"
            "即为不符合本合同的货物。"
        ),
    },
    {
        "key": "remedies",
        "title_en": "Remedies for non-conforming goods",
        "title_zh": "货物不符的补救措施",
        "source": "CISG art. 39, 46–50",
        "text_en": (
            "The Buyer shall give the Supplier notice of a non-conformity, saying what it "
            "is, within {notice_days} days after the Buyer discovered it or ought to have "
            "discovered it, and no later than two years after delivery. For goods that do "
            "not conform the Buyer may, at its choice: (a) require the Supplier to repair "
            "them; (b) require the Supplier to replace them; (c) return them and obtain a "
            "refund of the price paid for them; or (d) keep them and reduce the price in "
            "proportion to the reduction of their value. The Supplier shall complete the "
            "repair or replacement, or pay the refund or price reduction, within "
            "{remedy_days} days after the Buyer's notice; if it does not, the Buyer may "
            "choose another of these remedies. These remedies do not exclude damages."
        ),
        "text_zh": (
            "买家应在发现或理应发现货物不符之日起 {notice_days} 日内通知供应商，说明不符的"
            "具体情况，且最迟不得晚于交货之日起两年。对于不符合本合同的货物，买家可以选择："
            "（一）要求供应商修理；（二）要求供应商更换；（三）退货并要求退还该部分货物已付"
            "的价款；或（四）保留货物，并按货物价值减少的比例减低价格。供应商应在买家通知之日"
            "起 {remedy_days} 日内完成修理或更换，或支付退款或减价款项；逾期未完成的，买家可以"
            "另行选择上述其他补救措施。上述补救措施不排除买家要求损害赔偿的权利。"
        ),
    },
    {
        "key": "ip",
        "title_en": "The Buyer's designs and photos",
        "title_zh": "买家的设计与图片",
        "source": "TradeGuard marketplace IP rules",
        "text_en": (
            "The designs, drawings, artwork, logos and photos the Buyer provides belong to "
            "the Buyer, and the Supplier may use them only to make and ship this order. "
            "During and after this contract the Supplier shall not list, display, offer or "
            "sell goods made to the Buyer's design, or use the Buyer's photos, on any "
            "marketplace, website or catalogue, nor supply such goods or material to anyone "
            "else. A breach of this clause is a serious violation under the marketplace's "
            "rules, and the Buyer may file an IP complaint on TradeGuard in addition to its "
            "other remedies."
        ),
        "text_zh": (
            "买家提供的设计、图纸、图稿、标识和图片归买家所有，供应商只能为生产和发运本订单"
            "而使用。无论在本合同履行期间还是履行完毕后，供应商均不得在任何交易平台、网站或"
            "产品目录上上架、展示、报价或销售按买家设计制造的货物，不得使用买家的图片，也不得"
            "向任何他人提供上述货物或资料。违反本条的，构成平台规则下的严重违规；买家除享有"
            "其他补救措施外，还可以在 TradeGuard 上提交知识产权投诉。"
        ),
    },
    {
        "key": "disputes",
        "title_en": "Governing law and disputes",
        "title_zh": "适用法律与争议解决",
        "source": "CISG art. 1, 6; the chosen institution's model clause",
        "text_en": (
            "This contract is governed by the United Nations Convention on Contracts for the "
            "International Sale of Goods (CISG) and, for matters it does not settle, by "
            "{law}. The parties shall first try to settle any dispute through TradeGuard's "
            "dispute process. Any dispute arising from or in connection with this contract "
            "that is not settled there shall be {forum}."
        ),
        "text_zh": (
            "本合同适用《联合国国际货物销售合同公约》（CISG）；该公约未规定的事项，适用"
            "{law}。双方应首先通过 TradeGuard 的纠纷处理程序解决争议。凡因本合同引起的或与"
            "本合同有关的任何争议，未能通过该程序解决的，均应{forum}。"
        ),
    },
    {
        "key": "language",
        "title_en": "Languages",
        "title_zh": "合同文字",
        "source": "PRC Civil Code art. 466",
        "text_en": (
            "This contract is made in English and Chinese, printed side by side, and both "
            "parties accepted both texts. If the two texts differ, the {prevailing_language} "
            "text prevails."
        ),
        "text_zh": (
            "本合同以英文和中文两种文字订立，两种文本并列印制，双方均已确认两种文本。两种"
            "文本如有不一致，以{prevailing_language}文本为准。"
        ),
    },
    {
        "key": "acceptance",
        "title_en": "Acceptance and changes",
        "title_zh": "确认与变更",
        "source": "PRC Civil Code art. 469, 491",
        "text_en": (
            "Each party accepts this contract on TradeGuard by confirming its SHA-256 "
            "fingerprint, printed on it; the contract binds both parties once both have "
            "accepted the same fingerprint. Any change, including a change of the order or "
            "of the specification, is made only by a new version of this contract that both "
            "parties accept again. This contract and its schedules are the parties' entire "
            "agreement on the goods."
        ),
        "text_zh": (
            "双方各自在 TradeGuard 上核对并确认本合同所载的 SHA-256 校验值，即为确认本合同；"
            "双方确认同一校验值后，本合同对双方具有约束力。任何变更（包括订单或产品规格的"
            "变更）只能以本合同新版本的形式作出，并须经双方重新确认。本合同及其附表构成双方"
            "就该货物达成的完整协议。"
        ),
    },
]

FRAGMENTS: list[dict[str, Any]] = [
    {
        "key": "forum.cietac",
        "title_en": "Forum: CIETAC arbitration",
        "title_zh": "争议解决：中国国际经济贸易仲裁委员会仲裁",
        "source": "CIETAC model arbitration clause",
        "text_en": (
            "submitted to the China International Economic and Trade Arbitration Commission "
            "(CIETAC) for arbitration, which shall be conducted in accordance with the "
            "CIETAC arbitration rules in effect at the time of applying for arbitration. The "
            "arbitral award is final and binding upon both parties"
        ),
        "text_zh": (
            "提交中国国际经济贸易仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。"
            "仲裁裁决是终局的，对双方均有约束力"
        ),
    },
    {
        "key": "forum.hkiac",
        "title_en": "Forum: HKIAC arbitration",
        "title_zh": "争议解决：香港国际仲裁中心仲裁",
        "source": "HKIAC model clause (Administered Arbitration Rules)",
        "text_en": (
            "referred to and finally resolved by arbitration administered by the Hong Kong "
            "International Arbitration Centre (HKIAC) under the HKIAC Administered "
            "Arbitration Rules in force when the Notice of Arbitration is submitted. The "
            "seat of arbitration is Hong Kong"
        ),
        "text_zh": (
            "提交香港国际仲裁中心，依照提交仲裁通知时有效的《香港国际仲裁中心机构仲裁规则》"
            "通过仲裁最终解决。仲裁地为香港"
        ),
    },
    {
        "key": "forum.siac",
        "title_en": "Forum: SIAC arbitration",
        "title_zh": "争议解决：新加坡国际仲裁中心仲裁",
        "source": "SIAC model clause",
        "text_en": (
            "referred to and finally resolved by arbitration administered by the Singapore "
            "International Arbitration Centre (SIAC) in accordance with the Arbitration "
            "Rules of the SIAC for the time being in force. The seat of arbitration is "
            "Singapore"
        ),
        "text_zh": (
            "提交新加坡国际仲裁中心，按照届时有效的《新加坡国际仲裁中心仲裁规则》通过仲裁"
            "最终解决。仲裁地为新加坡"
        ),
    },
    {
        "key": "forum.supplier_courts",
        "title_en": "Forum: the courts of the supplier's city",
        "title_zh": "争议解决：供应商所在地法院",
        "source": "PRC Civil Procedure Law art. 35 (agreed jurisdiction)",
        "text_en": (
            "submitted to the courts having jurisdiction in {city}, where the Supplier is located"
        ),
        "text_zh": "提交供应商所在地{city}有管辖权的法院诉讼解决",
    },
    {
        "key": "law.prc",
        "title_en": "Law: People's Republic of China",
        "title_zh": "适用法律：中华人民共和国法律",
        "source": "PRC Civil Code; Law on the Application of Laws to Foreign-related Civil Relations art. 41",
        "text_en": (
            "the law of the People's Republic of China (excluding the law of Hong Kong, "
            "Macao and Taiwan)"
        ),
        "text_zh": "中华人民共和国法律（不包括香港、澳门和台湾地区的法律）",
    },
    {
        "key": "law.hong_kong",
        "title_en": "Law: Hong Kong",
        "title_zh": "适用法律：香港法律",
        "source": "Choice of law by the parties",
        "text_en": "the law of the Hong Kong Special Administrative Region",
        "text_zh": "香港特别行政区法律",
    },
    {
        "key": "law.singapore",
        "title_en": "Law: Singapore",
        "title_zh": "适用法律：新加坡法律",
        "source": "Choice of law by the parties",
        "text_en": "the law of Singapore",
        "text_zh": "新加坡法律",
    },
    {
        "key": "law.england",
        "title_en": "Law: England and Wales",
        "title_zh": "适用法律：英格兰和威尔士法律",
        "source": "Choice of law by the parties",
        "text_en": "the law of England and Wales",
        "text_zh": "英格兰和威尔士法律",
    },
]


def seed_rows() -> list[dict[str, Any]]:
    """Version 1 of every entry, with its kind and position."""
    rows = []
    for position, entry in enumerate(ARTICLES, start=1):
        rows.append({**entry, "kind": "article", "position": position})
    for position, entry in enumerate(FRAGMENTS, start=100):
        rows.append({**entry, "kind": "fragment", "position": position})
    return rows
