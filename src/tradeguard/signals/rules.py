# ruff: noqa: RUF001, RUF003 - Chinese text, patterns and examples use full-width punctuation
"""The scam patterns, as data: English and Simplified Chinese phrasings per kind.

Pure Python (no Django), versioned: a stored signal records the `VERSION` that found
it, so a changed rule set never rewrites what an officer already read. Change a rule,
bump the version, and run `benchmarks/scam_signals.py` on each labelled set in `data/`
(all development data now; a new blind set is scored once, by path, before tuning).

Each rule is a regular expression matched against one sentence of a message. A rule
only counts when its context holds:
- `needs_paid`: only after the buyer paid (a freight or insurance *quote* before payment
  is how trade works; the same fee demanded after payment is the scam);
- messages from the supplier's side count, and a buyer's message counts when it relays
  what the supplier asked (`REPORTED`): the signal is then the buyer's report of it;
- a sentence that also matches one of the kind's `BENIGN` cues (a negation, "included in
  the price", "your forwarder pays at destination") does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "2026.12.12"

EXTRA_FEE = "extra_fee"
ACCOUNT_CHANGE = "account_change"
OFF_PLATFORM = "off_platform"
CASE_WITHDRAWAL = "case_withdrawal"
SHIPMENT_RECALLED = "shipment_recalled"
COMPANY_MISMATCH = "company_mismatch"

# Kinds that are a signal only after the buyer paid (a quote before payment is trade).
NEEDS_PAID = frozenset({"extra_fee", "shipment_recalled"})

KINDS = (
    EXTRA_FEE,
    ACCOUNT_CHANGE,
    OFF_PLATFORM,
    CASE_WITHDRAWAL,
    SHIPMENT_RECALLED,
    COMPANY_MISMATCH,
)


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    language: str  # "en" | "zh"
    pattern: re.Pattern[str]
    needs_paid: bool = False
    # A second pattern the same sentence must also match (anywhere in it), e.g. a pay
    # verb somewhere in a sentence whose `pattern` is a fee with an amount.
    also: re.Pattern[str] | None = None


def _rule(
    id: str, kind: str, language: str, pattern: str, *, needs_paid: bool = False, also: str = ""
) -> Rule:
    return Rule(
        id,
        kind,
        language,
        re.compile(pattern, re.IGNORECASE),
        needs_paid,
        re.compile(also, re.IGNORECASE) if also else None,
    )


# Words, shared by several rules.
_FEE_EN = (
    r"(?:insurance|customs|clearance|release|unlock|handling|tax|duty|duties|deposit"
    r"|documentation|certificate|anti[- ]?dumping|security|storage|demurrage|re-?delivery"
    r"|compliance|inspection|port)"
)
_FEE_NOUN_EN = r"(?:fee|fees|charge|charges|cost|costs|premium|payment|deposit|money|amount)"
_DEMAND_EN = (
    r"(?:you (?:must|have to|need to|should|will need to|'ll need to|are required to)"
    r"|please|kindly|required to|need you to|we need|must)"
)
_PAY_EN = r"(?:pay|paying|transfer|send|remit|wire|cover|settle)"
_GOODS_EN = r"(?:goods|shipment|cargo|container|parcel|package|order|consignment|products?)"
_FEE_ZH = (
    r"(?:保险费|保险金|关税|清关费|清关款|放行费|解冻费|手续费|保证金|押金|税费|税款|"
    r"认证费|证书费|仓储费|滞港费|港杂费|海关费|查验费|检验费|操作费|保费|反倾销税|补税|罚款|滞纳金|"
    r"文件费|单证费|检疫费|放货费|附加费|超重费|税金)"
)
_PAY_ZH = r"(?:支付|付|缴纳|缴|交|汇|转)"
_MONEY_EN = r"(?:(?:\$|usd|us\$|eur|€)\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|dollars|\$|eur|euros?|rmb))"
_MONEY_ZH = r"(?:\d[\d,.]*\s?(?:美元|美金|元|欧元|刀|块|USD|\$)|(?:USD|US\$|\$)\s?\d[\d,.]*)"
# Any word for a fee or charge, for rules that also need an amount and a pay verb.
_FEE_ANY_EN = (
    rf"(?:{_FEE_EN}\s+{_FEE_NOUN_EN}|fee|fees|charge|charges|premium|tax|taxes|duty|duties"
    r"|demurrage|certificate|documentation|penalty|penalties|fine|surcharge|surcharges)"
)
_ASK_PAY_EN = (
    r"\b(?:pay|paid|remit|transfer|send|settle|arrange|unpaid|outstanding|owe|want|wants|ask"
    r"|asks|require|requires|need|needs|impose|imposed|imposes|levy|levied|charge|charged|charges)\b"
)

RULES: tuple[Rule, ...] = (
    # --- Extra fees after payment ------------------------------------------------------
    _rule(
        "fee.en.demand",
        EXTRA_FEE,
        "en",
        rf"{_DEMAND_EN}\b.{{0,40}}\b{_PAY_EN}\b.{{0,60}}\b{_FEE_EN}\b.{{0,20}}\b{_FEE_NOUN_EN}\b",
        needs_paid=True,
    ),
    _rule(
        "fee.en.before_ship",
        EXTRA_FEE,
        "en",
        rf"\b{_FEE_EN}\b.{{0,25}}\b{_FEE_NOUN_EN}\b.{{0,80}}\b(?:before|until|then|otherwise|or)\b"
        rf".{{0,40}}\b(?:ship|shipping|shipped|release|released|releasing|deliver|delivery|delivering|"
        rf"dispatch|dispatching|load|loaded|loading|leave|hold|held|stuck|destroyed|confiscated"
        rf"|unfreeze|unlock)\b",
        needs_paid=True,
    ),
    _rule(
        "fee.en.held",
        EXTRA_FEE,
        "en",
        rf"\b{_GOODS_EN}\b.{{0,60}}\b(?:held|on hold|stuck|blocked|detained|frozen|seized)\b"
        rf".{{0,80}}\b{_PAY_EN}\b.{{0,40}}\b(?:fee|fees|charge|charges|amount|usd|us\$|\$|dollars)",
        needs_paid=True,
    ),
    _rule(
        "fee.en.pay_first",
        EXTRA_FEE,
        "en",
        rf"\b{_PAY_EN}\b.{{0,30}}{_MONEY_EN}.{{0,50}}\b"
        rf"(?:{_FEE_EN}|first|before|then we|so we can|to release|and we will|and we'll"
        rf"|and then|after that|so that)\b",
        needs_paid=True,
    ),
    _rule(
        "fee.en.threat",
        EXTRA_FEE,
        "en",
        rf"\b{_PAY_EN}\b.{{0,30}}{_MONEY_EN}.{{0,40}}\b(?:or|otherwise|else|if not)\b.{{0,40}}"
        r"\b(?:destroyed|confiscated|returned|held|auctioned|seized|lost|stuck)\b",
        needs_paid=True,
    ),
    _rule(
        "fee.en.duty",
        EXTRA_FEE,
        "en",
        rf"{_DEMAND_EN}\b.{{0,40}}\b{_PAY_EN}\b.{{0,60}}\b(?:duty|duties|tax|taxes|insurance)\b",
        needs_paid=True,
    ),
    _rule(
        "fee.en.after_pay",
        EXTRA_FEE,
        "en",
        rf"\b{_FEE_EN}\s+{_FEE_NOUN_EN}\b.{{0,60}}\b(?:after|once|when|as soon as) you "
        r"(?:pay|paid|transfer|send|remit)",
        needs_paid=True,
    ),
    _rule(
        "fee.en.invoice_extra",
        EXTRA_FEE,
        "en",
        rf"\b(?:additional|extra|new|another|outstanding|unpaid)\s+{_FEE_EN}?\s*{_FEE_NOUN_EN}\b"
        rf".{{0,60}}\b(?:{_PAY_EN}|required|due|needed|must)\b",
        needs_paid=True,
    ),
    _rule(
        # "needs/asks for a clearance fee of $650", "requires an extra insurance fee"
        "fee.en.requires",
        EXTRA_FEE,
        "en",
        rf"\b(?:needs?|requires?|required|asks? for|asking for|demands?|charges?|requests?)\b"
        rf".{{0,25}}\b(?:(?:additional|extra|new|another)\s+)?{_FEE_EN}\s+{_FEE_NOUN_EN}\b"
        rf"(?:.{{0,15}}{_MONEY_EN}|.{{0,40}}\b(?:before|until|or|otherwise|to release)\b)",
        needs_paid=True,
    ),
    _rule(
        "fee.en.requires_extra",
        EXTRA_FEE,
        "en",
        rf"\b(?:needs?|requires?|asks? for|asking for|demands?|charges?|requests?)\b"
        rf".{{0,20}}\b(?:additional|extra|new|another)\s+{_FEE_EN}\s+{_FEE_NOUN_EN}\b",
        needs_paid=True,
    ),
    _rule(
        # "a deposit of 1200 USD must be paid", "the handling fee of 260 dollars is due"
        "fee.en.must_be_paid",
        EXTRA_FEE,
        "en",
        rf"\b{_FEE_EN}(?:\s+{_FEE_NOUN_EN})?\s+of\s+{_MONEY_EN}.{{0,30}}\b(?:must|has to|needs to"
        r"|should|is to|to) be (?:paid|settled|transferred|sent|covered)",
        needs_paid=True,
    ),
    _rule(
        # "will not leave the warehouse until you pay the handling fee"
        "fee.en.until_you_pay",
        EXTRA_FEE,
        "en",
        rf"\b(?:until|unless|only after|only when|once|as soon as|after|when|if)\s+you\s+"
        rf"(?:{_PAY_EN})\b.{{0,40}}\b{_FEE_EN}\b",
        needs_paid=True,
    ),
    _rule(
        # A fee with an amount in a sentence that asks for money: "They want 250 dollars
        # for the documentation", "customs ask anti dumping tax USD400, kindly arrange".
        "fee.en.amount",
        EXTRA_FEE,
        "en",
        rf"\b{_FEE_ANY_EN}\b.{{0,40}}{_MONEY_EN}|{_MONEY_EN}.{{0,40}}\b{_FEE_ANY_EN}\b",
        needs_paid=True,
        also=_ASK_PAY_EN,
    ),
    _rule(
        # Any fee-like word with an amount, then a pay verb or "once received": "a licence
        # costs 690 dollars. Once received we clear it", "a remote area charge of $145".
        "fee.en.cost_amount",
        EXTRA_FEE,
        "en",
        rf"\b(?:fee|fees|charge|charges|cost|costs|surcharge|licen[cs]e|permit)\b.{{0,25}}{_MONEY_EN}"
        rf"|{_MONEY_EN}.{{0,25}}\b(?:fee|fees|charge|charges|surcharge|licen[cs]e|permit)\b",
        needs_paid=True,
        also=r"\b(?:pay|payment|remit|transfer|send|settle|arrange|wire)\b"
        r"|\b(?:once|after|when|upon) (?:received|receiving|receipt)",
    ),
    _rule(
        # "the premium of US$ 520 is outstanding", "inspection fee 380 USD remain unpaid",
        # "if the clearance charge is not paid"
        "fee.en.unpaid",
        EXTRA_FEE,
        "en",
        rf"\b{_FEE_ANY_EN}\b.{{0,30}}\b(?:is|are|remains?|still)\s+(?:not paid|unpaid|outstanding"
        r"|due|owing)\b",
        needs_paid=True,
    ),
    _rule(
        # "You must pay this before the goods can be released."
        "fee.en.pay_this",
        EXTRA_FEE,
        "en",
        rf"{_DEMAND_EN}\s+{_PAY_EN}\s+(?:this|it|that|them|the (?:fee|fees|charge|money|amount))"
        rf"\b.{{0,40}}\b(?:before|until|so (?:that )?(?:we|the|they)|or|otherwise)\b.{{0,40}}"
        rf"\b(?:release|released|ship|shipped|deliver|delivered|dispatch|dispatched|load|loaded"
        rf"|clear|cleared|auctioned|destroyed|confiscated|seized|returned)\b",
        needs_paid=True,
    ),
    _rule(
        "fee.zh.demand",
        EXTRA_FEE,
        "zh",
        rf"(?:需要|必须|请|要|得|务必|麻烦)(?:您|你)?(?:先|再|另外|额外|马上|尽快)?"
        rf".{{0,10}}{_PAY_ZH}.{{0,20}}{_FEE_ZH}",
        needs_paid=True,
    ),
    _rule(
        "fee.zh.before_ship",
        EXTRA_FEE,
        "zh",
        rf"{_FEE_ZH}.{{0,30}}(?:才能|才可以|才会|之后|后才|否则|不然).{{0,15}}"
        rf"(?:发货|放行|出运|派送|清关|交货|装船|提货|销毁|扣留|没收)",
        needs_paid=True,
    ),
    _rule(
        "fee.zh.amount",
        EXTRA_FEE,
        "zh",
        r"(?:请|需要|必须|要|得)(?:您|你)?(?:先|再)?(?:汇|付|支付|转|缴纳|交)\s?\d[\d,.]*\s?"
        r"(?:美元|美金|元|欧元|USD|\$).{0,20}(?:清关|放行|发货|放货|解冻|派送|提货)",
        needs_paid=True,
    ),
    _rule(
        "fee.zh.extra",
        EXTRA_FEE,
        "zh",
        rf"(?:额外|另外|还需|还要|再)(?:的)?.{{0,6}}{_FEE_ZH}",
        needs_paid=True,
    ),
    _rule(
        # "滞港费，麻烦您尽快付一下" -- the fee, then the request to pay it.
        "fee.zh.fee_then_pay",
        EXTRA_FEE,
        "zh",
        rf"{_FEE_ZH}.{{0,20}}(?:请|麻烦|需要|必须|得|务必|要)(?:您|你)?.{{0,8}}{_PAY_ZH}",
        needs_paid=True,
    ),
    _rule(
        # "不付手续费260美元，货就不能出仓库" -- no fee, no goods.
        "fee.zh.no_pay_no_goods",
        EXTRA_FEE,
        "zh",
        rf"(?:不|没|未)(?:付|交|支付|缴|缴纳|汇)(?:这笔|这个|清)?.{{0,6}}{_FEE_ZH}.{{0,25}}"
        r"(?:不能|无法|不会|没法|就不|不予|不给)",
        needs_paid=True,
    ),
    _rule(
        # "还差450刀的手续费", "要收反倾销税400美金"
        "fee.zh.amount_fee",
        EXTRA_FEE,
        "zh",
        rf"{_MONEY_ZH}的?(?:{_FEE_ZH}|税)"
        rf"|(?:要收|收取|要交|补交|还差|还欠|欠|产生了?).{{0,4}}{_FEE_ZH}.{{0,4}}{_MONEY_ZH}",
        needs_paid=True,
    ),
    _rule(
        # Any 费 (fee) or 税 (tax) with an amount in a sentence that asks for money:
        # "要275美金的港口安保费，不付装不了船", "需要办许可证，费用690美元，收到后当天清关".
        "fee.zh.any_fee_amount",
        EXTRA_FEE,
        "zh",
        rf"(?:[\u4e00-\u9fff]{{0,4}}费|税)(?:用)?.{{0,10}}{_MONEY_ZH}|{_MONEY_ZH}.{{0,10}}"
        r"(?:[\u4e00-\u9fff]{0,4}费|税)",
        needs_paid=True,
        also=r"(?:付|转|交|汇|支付|缴|收到后|到账后)",
    ),
    _rule(
        # "放行费495美元，付款之后..." -- a fee with an amount, after the buyer paid.
        "fee.zh.amount_named",
        EXTRA_FEE,
        "zh",
        rf"{_FEE_ZH}(?:是|为|共|一共|合计)?\s?(?:\d[\d,.]*\s?(?:美元|美金|元|欧元|块|USD|\$)"
        r"|(?:USD|US\$|\$)\s?\d[\d,.]*)",
        needs_paid=True,
    ),
    _rule(
        "fee.zh.held",
        EXTRA_FEE,
        "zh",
        r"(?:货物|货柜|集装箱|包裹|货)(?:被|已被|在海关被|在港口被)?(?:扣|扣留|卡|冻结|查扣)"
        rf".{{0,30}}{_PAY_ZH}",
        needs_paid=True,
    ),
    # --- Change of the receiving bank account ------------------------------------------
    _rule(
        "account.en.changed",
        ACCOUNT_CHANGE,
        "en",
        r"\b(?:our|the|my|company'?s?)\s+(?:bank\s+|receiving\s+|beneficiary\s+|usd\s+)?"
        r"(?:account|bank details|banking details|bank information|beneficiary)"
        r"\b.{0,30}\b(?:has|have|was|were|is|are)?\s*(?:been\s+)?"
        r"(?:changed|updated|replaced|switched|frozen|closed|suspended|under audit|blocked"
        r"|under maintenance|under review|unavailable|not available|restricted|limited)",
    ),
    _rule(
        "account.en.new",
        ACCOUNT_CHANGE,
        "en",
        r"\b(?:new|updated|different|another|alternative|other)\s+(?:bank\s+|receiving\s+|"
        r"beneficiary\s+|company\s+|remittance\s+|payment\s+|wire\s+|transfer\s+)?(?:account"
        r"|bank details|banking details|beneficiary|bank information|details|instructions)\b",
    ),
    _rule(
        # "our bank has changed", "make the balance to the attached account"
        "account.en.bank_changed",
        ACCOUNT_CHANGE,
        "en",
        r"\b(?:our|the company'?s?|my)\s+bank\s+(?:has|have|was|is)\s+(?:been\s+)?(?:changed"
        r"|updated|replaced|switched)"
        r"|\b(?:pay|make|send|transfer|remit|wire|use)\b.{0,30}\b(?:to|into|in)\s+(?:the |this |our )?"
        r"(?:attached|below|following|enclosed|new|other|another)\s+(?:bank\s+)?account"
        r"|\b(?:to|into)\s+(?:our|the|this)\s+(?:[\w-]+\s+){0,2}account\s+(?:below|attached|enclosed"
        r"|as follows)\b"
        r"|\buse\s+(?:the\s+)?(?:below|following|attached|enclosed|new)\s+(?:beneficiary|bank"
        r"|account|payment)\s+(?:info|information|details)",
    ),
    _rule(
        # "receives payments through our subsidiary"
        "account.en.through_other",
        ACCOUNT_CHANGE,
        "en",
        r"\b(?:receive|receives|receiving|collect|collects|collecting|accept|accepts)\s+"
        r"(?:the\s+)?(?:payments?|money|funds|balance)\s+(?:through|via|by|in the name of)\s+"
        r"(?:our\s+|a\s+)?(?:subsidiary|sister company|partner|agent|affiliate|associated company"
        r"|related company|branch)",
    ),
    _rule(
        "account.en.receive_only",
        ACCOUNT_CHANGE,
        "en",
        r"\bfrom (?:today|now on|now|this (?:week|month))\b.{0,30}\b(?:receive|accept|take)\b.{0,30}"
        r"\baccount\b",
    ),
    _rule(
        "account.en.old",
        ACCOUNT_CHANGE,
        "en",
        r"\b(?:do not|don'?t|never|stop)\s+(?:pay|send|transfer|remit|wire)\b.{0,30}"
        r"\b(?:old|previous|former|original|above|usual)\s+(?:bank\s+)?(?:account|details)",
    ),
    _rule(
        "account.zh.changed",
        ACCOUNT_CHANGE,
        "zh",
        r"(?:银行账户|收款账户|收款账号|账户|账号|银行卡|收款信息|开户行)"
        r".{0,6}(?:已|已经|被)?(?:变更|更换|更改|换了|改了|冻结|注销|停用|审查|审计|维护|升级|受限|暂停)",
    ),
    _rule(
        # "收款人已改为我们的关联公司", "美元收款换了新的开户行"
        "account.zh.changed_to",
        ACCOUNT_CHANGE,
        "zh",
        r"(?:收款人|收款方|受益人|收款公司|收款单位|收款银行|开户行|收款)(?:已|已经|现)?"
        r"(?:改为|改成|变为|变成|换成|换为|更换为|变更为|换了|改了|更换了|变更了)",
    ),
    _rule(
        # "公司账户暂时不能收美金", "尾款请打到附件里的账户", "请用下面的收款信息"
        "account.zh.cannot_receive",
        ACCOUNT_CHANGE,
        "zh",
        r"(?:账户|账号|银行卡).{0,8}(?:暂时|目前|现在)?(?:不能|无法|不可以|没法)(?:收|接收|使用|入账)"
        r"|(?:打|汇|转|付)(?:到|至|进)(?:附件|下面|以下|下方|这个新|新)(?:里|中)?的?.{0,6}(?:账户|账号|收款信息)"
        r"|(?:用|按|使用)(?:下面|以下|下方|附件里?|新)的?(?:收款信息|账户|账号|银行信息)"
        r"|只用.{0,6}(?:账户|账号)收"
        r"|通过.{0,4}(?:子公司|关联公司|合作公司|代理|分公司)(?:代)?收款"
        r"|(?:更新后|更新|最新)的?(?:汇款|收款|银行)(?:信息|账户|账号)",
    ),
    _rule(
        "account.zh.new",
        ACCOUNT_CHANGE,
        "zh",
        r"(?:新的|新|另一个|其他|别的)(?:银行|收款|公司)?(?:账户|账号|银行卡|收款信息|开户行)",
    ),
    _rule(
        "account.zh.old",
        ACCOUNT_CHANGE,
        "zh",
        r"(?:不要|别|请勿|不能)(?:再)?(?:往|向|汇到|转到|付到|打到)?.{0,4}"
        r"(?:原来的|之前的|以前的|旧的|原)(?:银行)?(?:账户|账号)",
    ),
    # --- Payment outside the designated account ----------------------------------------
    _rule(
        "offplatform.en.direct",
        OFF_PLATFORM,
        "en",
        rf"\b{_PAY_EN}\b.{{0,40}}\b(?:directly to (?:us|me|our|my)|outside (?:the |of the )?"
        r"(?:platform|trade assurance|system|escrow)|off[- ]platform|not through the platform"
        r"|by western union|via western union|by moneygram|via moneygram|paypal friends"
        r"|friends and family|in usdt|in bitcoin|in crypto|by crypto|to my personal"
        r"|to (?:my|our) (?:personal|private)|personal account|private account"
        r"|(?:my|our) (?:alipay|wechat))",
    ),
    _rule(
        "offplatform.en.channel",
        OFF_PLATFORM,
        "en",
        r"\b(?:pay|paying|payment|transfer|send|remit|wire)\w*\b.{0,40}\b(?:western union"
        r"|moneygram|usdt|bitcoin|btc|crypto(?:currency)?|(?:to|in|under) my (?:own )?name)\b",
    ),
    _rule(
        # "no need go through Alibaba", "faster than the platform"
        "offplatform.en.not_through",
        OFF_PLATFORM,
        "en",
        r"\b(?:no need (?:to )?(?:go |pay )?(?:through|via|on)|not (?:go |pay )?through|without "
        r"(?:going through|using))\s+(?:the )?(?:platform|alibaba|trade assurance|escrow|system)"
        r"|\b(?:faster|cheaper|easier|quicker|better|simpler) than (?:the |using the )?"
        r"(?:platform|alibaba|trade assurance|escrow)"
        r"|\b(?:platform|trade assurance|alibaba|escrow)\b.{0,20}\b(?:takes? too (?:much|long)"
        r"|too (?:much|high|expensive|slow)|charges? too)"
        r"|\b(?:to|into) my (?:[a-z]+ )?(?:bank )?account\b",
    ),
    _rule(
        "offplatform.en.avoid",
        OFF_PLATFORM,
        "en",
        r"\b(?:avoid|skip|save|bypass|without)\b.{0,30}\b(?:platform|trade assurance|alibaba|escrow)"
        r"\b.{0,30}\b(?:fee|fees|commission|charges|payment|system)",
    ),
    _rule(
        "offplatform.en.personal",
        OFF_PLATFORM,
        "en",
        r"\b(?:personal|private|boss'?s?|manager'?s?|director'?s?|my (?:wife|husband|brother|sister)'?s?)"
        r"\s+(?:bank\s+)?(?:account|card|alipay|wechat|paypal|email|wise)",
    ),
    _rule(
        "offplatform.zh.direct",
        OFF_PLATFORM,
        "zh",
        r"(?:私下|直接|线下|绕过平台|不走平台|别走平台|不通过平台|平台外)"
        r".{0,8}(?:付款|转账|汇款|交易|支付|打款|付)",
    ),
    _rule(
        "offplatform.zh.personal",
        OFF_PLATFORM,
        "zh",
        r"(?:个人|私人|老板|经理|财务)(?:的)?(?:银行)?(?:账户|账号|卡|支付宝|微信)",
    ),
    _rule(
        # "不用走阿里巴巴", "比平台快多了", "用微信转给我"
        "offplatform.zh.not_through",
        OFF_PLATFORM,
        "zh",
        r"(?:不用走|不走|别走|不要走|不通过|绕过|不经过|不用通过)(?:平台|阿里巴巴|阿里|信保|担保交易)"
        r"|比(?:平台|阿里巴巴|阿里|信保)(?:快|便宜|方便|省|划算)"
        r"|(?:用|通过|走)(?:微信|西联|速汇金|USDT|比特币|泰达币)(?:转|付|汇|打)"
        r"|(?:信保|平台|阿里)(?:的)?(?:手续费|佣金|费用)(?:太|很|比较)?(?:高|贵|多)"
        r"|直接(?:转|汇|打|付)(?:到|给)我(?!们)",
    ),
    _rule(
        "offplatform.zh.fee",
        OFF_PLATFORM,
        "zh",
        r"(?:省|避免|免)(?:掉|去)?.{0,4}平台(?:的)?(?:手续费|佣金|费用)",
    ),
    # --- Close or withdraw the case for a promise --------------------------------------
    _rule(
        "withdraw.en.if",
        CASE_WITHDRAWAL,
        "en",
        r"\b(?:close|withdraw|cancel|drop|remove|retract)\b.{0,20}\b(?:case|dispute|complaint"
        r"|claim|report)\b.{0,80}\b(?:we will|we'll|i will|i'll|we promise|i promise|we can|"
        r"then|and we|guarantee|after that)\b",
    ),
    _rule(
        "withdraw.en.first",
        CASE_WITHDRAWAL,
        "en",
        r"\b(?:please|kindly|you (?:must|need to|have to|should)|first)\b.{0,20}"
        r"\b(?:close|withdraw|cancel|drop|remove|retract)\b.{0,20}"
        r"\b(?:case|dispute|complaint|claim)\b",
    ),
    _rule(
        # "Please close it and I will personally refund you"
        "withdraw.en.close_it",
        CASE_WITHDRAWAL,
        "en",
        r"\b(?:please|kindly|pls|i beg you)\s+(?:to\s+)?(?:close|withdraw|cancel|drop|remove|retract)"
        r"\s+(?:it|this|that)\b.{0,30}\b(?:and|then)\s+(?:i|we)\b",
    ),
    _rule(
        "withdraw.en.once",
        CASE_WITHDRAWAL,
        "en",
        r"\b(?:once|as soon as|after|when)\b.{0,20}\b(?:you|the)\b.{0,15}"
        r"\b(?:close|closes|closed|withdraw|withdraws|withdrawn|cancel|cancelled|drop|dropped)"
        r"\b.{0,20}\b(?:case|dispute|complaint|claim)",
    ),
    _rule(
        "withdraw.en.closed",
        CASE_WITHDRAWAL,
        "en",
        r"\b(?:once|as soon as|after|when|if)\s+(?:the|this|your)\s+(?:case|dispute|complaint|claim)"
        r"\s+(?:is|has been|gets|was)\s+(?:closed|withdrawn|cancelled|dropped)",
    ),
    _rule(
        "withdraw.zh",
        CASE_WITHDRAWAL,
        "zh",
        r"(?:撤销|撤回|关闭|取消|撤掉|撤诉|关掉)(?:这个|该|本)?(?:投诉|纠纷|案件|申诉|争议|售后|退款申请)"
        r"|撤诉|撤案|销案"
        r"|把(?:这个|该|本)?(?:纠纷|投诉|案件|申诉|争议|售后)(?:撤|关|取消)"
        r"|(?:求|请|麻烦)(?:您|你)(?:把它)?(?:关|撤|取消)(?:了|掉)",
    ),
    # --- Shipment recalled or returned after payment -----------------------------------
    _rule(
        "recall.en",
        SHIPMENT_RECALLED,
        "en",
        rf"\b(?:we|i|the (?:company|factory|supplier)|our (?:company|factory|forwarder))\b.{{0,25}}"
        rf"\b(?:recalled|called back|pulled back|took back|taken back|withdrew|cancelled|"
        rf"stopped|(?:had|have|must|will) (?:to )?recall|are recalling)\b.{{0,25}}\b{_GOODS_EN}\b",
    ),
    _rule(
        "recall.en.returned",
        SHIPMENT_RECALLED,
        "en",
        rf"\b{_GOODS_EN}\b.{{0,40}}\b(?:returned|sent back|being returned|was recalled|has been "
        r"recalled|is recalled|will be returned)\b.{0,30}\b(?:to (?:the )?(?:shipper|sender|origin"
        r"|origin|our warehouse|our factory|warehouse|factory|us|china))",
    ),
    _rule(
        # "returned the goods to the sender", "sent the container back to the origin"
        "recall.en.returned_to",
        SHIPMENT_RECALLED,
        "en",
        rf"\b(?:returned|sent back|recalled|pulled back|took back|called back|brought back)\s+"
        rf"(?:the |your |this |our )?{_GOODS_EN}\b.{{0,20}}\bto (?:the |our )?(?:shipper|sender"
        r"|origin|warehouse|factory|port of loading|china)\b",
    ),
    _rule(
        # "call back the container from the forwarder", "was withdrawn from the carrier"
        "recall.en.from_carrier",
        SHIPMENT_RECALLED,
        "en",
        rf"\b(?:recall|recalled|recalling|call(?:ed)? back|pull(?:ed)? back|t(?:ake|ook|aken) back"
        rf"|withdr(?:aw|ew|awn))\s+(?:the |your |this |our )?{_GOODS_EN}\b.{{0,30}}\bfrom (?:the )?"
        rf"(?:forwarder|carrier|shipping (?:company|line)|port|vessel|logistics|terminal)"
        rf"|\b{_GOODS_EN}\b.{{0,20}}\b(?:was|were|has been|have been|got|is being)\s+(?:withdrawn"
        r"|recalled|pulled back|called back|taken back)\s+from\b",
    ),
    _rule(
        # "bring the container back to Ningbo"
        "recall.en.back",
        SHIPMENT_RECALLED,
        "en",
        rf"\b(?:bring|brought|ship|shipped|send|sent|take|took|call|called|pull|pulled|move|moved)"
        rf"\s+(?:the |your |this |our )?{_GOODS_EN}\s+back\b",
    ),
    _rule(
        # "take the goods off the vessel", "they are back in our warehouse"
        "recall.en.off_vessel",
        SHIPMENT_RECALLED,
        "en",
        rf"\b(?:took|take|taken|unloaded|offloaded|removed|pulled)\s+(?:the |your |our |them )?"
        rf"(?:{_GOODS_EN}\s+)?(?:off|from)\s+(?:the )?(?:vessel|ship|truck|plane|flight|train)"
        r"|\b(?:back (?:in|at|to) (?:our|the) (?:warehouse|factory))\b",
    ),
    _rule(
        "recall.en.rts",
        SHIPMENT_RECALLED,
        "en",
        r"\b(?:return(?:ed)? to (?:shipper|sender)|RTS)\b",
    ),
    _rule(
        "recall.zh",
        SHIPMENT_RECALLED,
        "zh",
        r"(?:召回|撤回|拉回|退回|追回|收回|叫回|取消)(?:了)?(?:这批|那批|您的|你的)?"
        r"(?:货物|货柜|集装箱|包裹|货|发货|运单|订单货物)",
    ),
    _rule(
        "recall.zh.ba",
        SHIPMENT_RECALLED,
        "zh",
        r"把(?:这批|那批|您的|你的)?(?:货|货物|货柜|集装箱|包裹)(?:拉|撤|收|退|召|追|叫)回"
        r"|把(?:这批|那批|您的|你的)?(?:货|货物|货柜|集装箱|包裹)扣(?:在|住|下)"
        r"|把(?:这批|那批|您的|你的)?(?:货|货物|货柜|集装箱|包裹)(?:从.{0,8})?(?:拉|撤|收|召|追|叫|运)回"
        r"|(?:货|货物|货柜|集装箱|包裹)(?:已经|已)?从.{0,8}(?:撤回|拉回|召回|收回|取回|叫回)"
        r"|从(?:船上|车上|飞机上|货代那里|码头)(?:卸|拉|撤|提)(?:了)?(?:下来|回来|回)"
        r"|(?:回到|运回|退回)(?:了)?(?:我们|我司)(?:的)?(?:仓库|工厂)",
    ),
    _rule(
        "recall.zh.returned",
        SHIPMENT_RECALLED,
        "zh",
        r"(?:货物|货柜|集装箱|包裹|货)(?:已|已经|被|已被|将被|会被|正在|正被)?(?:退回|退运|返回|运回)"
        r"(?:给)?(?:发货人|发件人|工厂|我司|我们|国内|中国|原地)?"
        r"|退回(?:给)?(?:发件人|发货人|寄件人|托运人)|(?:退运|运回|退回)(?:回)?(?:国内|中国|回国)",
    ),
)

# A sentence with one of these cues does not count for the kind.
BENIGN: dict[str, tuple[re.Pattern[str], ...]] = {
    EXTRA_FEE: tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\b(?:no need to|don'?t need to|do not need to|not need to|nothing (?:more|else|extra)"
            r"|no (?:extra|additional|further|more)|never ask|will not ask|won'?t ask|never pay"
            r"|not required)\b",
            r"\b(?<!not )(?<!n't )(?:included|includes|including)\b|\b(?:covered by us|we (?:will )?(?:pay|cover|paid|covered))\b",
            r"\byour (?:own )?(?:forwarder|agent|broker|customs broker|logistics)\b",
            # A payment routed through the platform is not the off-platform fee scam.
            r"\b(?:via|through) (?:the )?(?:platform|trade assurance)\b|\bremaining balance\b",
            # Money going back to the buyer; not "a deposit, refunded later" (a known scam).
            r"\b(?:(?:we|i) (?:will |can |shall )?(?:refund|compensate|return)|refund(?:ed)? (?:it )?to"
            r" you|compensation)\b(?! later)",
            r"(?:不需要|无需|不用|不必|不会再|不会让|不收|已包含|包含在|已含|(?:我们|我方|我司)(?:已经|已|会|将|来)?(?:承担|支付|付了|付清)|"
            r"你们的货代|您的货代|你方货代|贵司货代|您的报关行|请不要把钱|自称|和我们无关|退款给您|(?<!以后会)(?<!后会)退给您|赔偿|通过平台|通过信保|剩余尾款|您当地的代理)",
        )
    ),
    ACCOUNT_CHANGE: tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\b(?:has not changed|hasn'?t changed|never change|not changed|no change|same account"
            r"|only (?:the|our) (?:designated|platform)|only through the platform)\b",
            r"\b(?:ignore|beware|be careful|scam|fraud|fake)\b",
            r"(?:没有(?:任何)?(?:变更|更换|变化|改变)|不会变更|不会更换|从不更换|未变更|唯一|谨防|诈骗|骗子|假冒|以平台为准|指定账户"
            r"|平台账户|从不|冒充|原卡|原路)",
            r"\bsame card\b|\byour company['’]?s account\b|您那边",
            r"\b(?:designated account|never ask|platform['’]?s (?:designated|collection)|platform account)\b",
            # The buyer's own bank: a refund to the buyer's new account.
            r"\byour (?:new |own )?(?:bank|account|card)\b|\brefunds?\b",
            r"(?:退款|(?<!给)您的(?:银行|账户|账号|卡)|(?<!给)你的(?:银行|账户|账号|卡))",
        )
    ),
    OFF_PLATFORM: tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\b(?:only (?:pay )?(?:through|via|by|to) (?:the )?(?:platform|trade assurance|designated)"
            r"|only accept|never|do not pay|don'?t pay|will not accept|won'?t accept|we do not accept"
            r"|scam|fraud)\b",
            r"(?:只通过平台|只走平台|仅通过平台|只接受平台|平台指定账户|不接受|请勿私下|不要私下|不要相信|别相信"
            r"|诈骗|骗子|在平台上|必须在平台|不能走私下|不能私下|(?:不用|不要|无需|不需要|不能)(?:线下|私下|直接))",
            r"\b(?:platform account|on the order page|the platform'?s|here on the platform)\b",
        )
    ),
    CASE_WITHDRAWAL: tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\b(?:after (?:you|we) (?:receive|received|get|got) the (?:refund|replacement|goods|money)"
            r"|once the refund (?:is|has been) (?:paid|received|credited|made)|the platform will close"
            r"|will close (?:automatically|itself)|no need to (?:close|withdraw)"
            r"|do not need to (?:close|withdraw)|don'?t (?:have|need) to (?:close|withdraw)"
            r"|not ask you to|keep the case open|whether to (?:close|withdraw)|up to you|your decision)\b",
            r"(?:收到退款后|退款到账后|收到货后|确认.{0,8}后|平台会自动关闭|无需撤|不需要撤|不用撤|不必撤|保持.{0,4}打开"
            r"|是否(?:关闭|撤销|撤回)|由您决定|您自己决定)",
        )
    ),
    SHIPMENT_RECALLED: tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\b(?:your (?:request|instruction)|as you (?:asked|requested)|you asked|at your request"
            r"|you (?:returned|sent back)|the buyer returned|return label|return shipment"
            r"|(?:please|kindly|you can|you may|you could)\s+(?:send|ship|return))\b",
            r"(?:按您的要求|应您的要求|您要求|您退回|你退回|退货地址|退货单|(?:请|麻烦)(?:您|你)?(?:把|将))",
        )
    ),
    COMPANY_MISMATCH: tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\b(?:same as (?:on |in )?(?:the )?(?:platform|contract|profile)|as verified)\b",
            r"(?:(?:与|和|跟)平台.{0,6}(?<!不)(?:一致|一样|相同)|与合同一致|与认证信息一致)",
            r"\b(?:verified company name|refer to the same company)\b",
        )
    ),
}


# --- Company details in a message, compared with the verified ones ---------------------
@dataclass(frozen=True)
class Claim:
    """A company detail stated in a message: `field` is "name" or "registration"."""

    id: str
    field: str
    pattern: re.Pattern[str]


_VALUE = r"(?:\s*(?:[:：]|is|是|为))?\s*(?P<value>[^\n,，;；。]{3,80})"
# A stated value that is no name: a change being announced ("has changed to ..."),
# the speaker's own company unnamed ("our company"), a bank rather than a payee.
NOT_A_NAME = re.compile(
    r"^(?:has|have|had|was|were|will|changed|updated|bank\b|for\b|our company|the same"
    r"|info\b|information|details|unchanged|and\b|match|matches|as follows|the payment|the platform"
    r"|name\b|in the platform|in\b|claiming|claims|平台"
    r"|已|已经|改|换|变|更)",
    re.IGNORECASE,
)
CLAIMS: tuple[Claim, ...] = (
    Claim(
        "company.en.beneficiary",
        "name",
        re.compile(
            r"\b(?:beneficiary(?: name)?|account (?:name|holder)|company name|payee|"
            r"receiving company|invoice(?:d)? (?:from|by)|issued by)\b" + _VALUE,
            re.IGNORECASE,
        ),
    ),
    Claim(
        "company.en.registration",
        "registration",
        re.compile(
            r"\b(?:registration (?:no\.?|number)|business licen[cs]e (?:no\.?|number)|"
            r"unified social credit code|USCC|company (?:no\.?|number))" + _VALUE,
            re.IGNORECASE,
        ),
    ),
    Claim(
        "company.zh.beneficiary",
        "name",
        re.compile(r"(?:收款人|收款单位|收款公司|户名|账户名|账户名称|公司名称|开票单位)" + _VALUE),
    ),
    Claim(
        "company.zh.registration",
        "registration",
        re.compile(r"(?:统一社会信用代码|营业执照号|注册号|信用代码)" + _VALUE),
    ),
)


# --- Concepts: what a scam says, whatever the wording ---------------------------------
# The phrasings above are precise but each covers one way of saying a thing; messages
# written by other people say it differently. A concept rule names the ideas a scam of
# one kind puts together ("a pay request" + "a fee" + "an amount or a condition") as
# lexicons, and fires when every idea is present within one sentence and the next (so a
# fee named in one sentence and demanded in the next counts). Benign cues, the author
# and the paid state apply as for the phrasings.
@dataclass(frozen=True)
class Concept:
    id: str
    kind: str
    all_of: tuple[re.Pattern[str], ...]
    needs_paid: bool = False
    # Any of these in the window and the concept does not count (besides `BENIGN`).
    unless: re.Pattern[str] | None = None


def _concept(
    id: str, kind: str, *all_of: str, needs_paid: bool = False, unless: str = ""
) -> Concept:
    return Concept(
        id,
        kind,
        tuple(re.compile(p, re.IGNORECASE) for p in all_of),
        needs_paid,
        re.compile(unless, re.IGNORECASE) if unless else None,
    )


# A request that the buyer pay, send or add money.
_C_PAY = (
    r"\b(?:pay|paying|remit|remitting|transfer|wire|send|settle\w*|cover|top up|arrange (?:the )?"
    r"payment|make (?:the )?payment|add|bear|need(?:s|ed)? (?:to )?be paid|(?:please|kindly|pls)"
    r" arrange|arrange (?:it|this|today|asap|now)|(?:you|u) (?:can )?arrange|(?:is|are) (?:needed|required)"
    r"|prepa(?:y|id)|reimburse|send (?:that|it|this) over|we need|need (?:a|an|the|extra) (?:[\w-]+ )?"
    r"(?:deposit|fee|payment|money|difference)|from you)\b"
    r"|(?:支付|付款|付一下|付清|付了|您付|你付|补上|补交|补一下|补齐|补足|需要您补|您补|补(?!发|货|寄|拍|充说明)|缴纳|缴|交(?!货|期|易|流|给您)"
    r"|汇(?:款|过来|到|给|一次)|电汇|再汇|转(?:账|过来|到|给|一下)|打(?:过来|给|到|一下)|承担|结清|先付|再付"
    r"|还差|还欠|尽快安排|安排(?:一下|付款))"
)
# A money item: a fee, tax, deposit, surcharge, difference.
_C_FEE = (
    r"\b(?:fees?|charges?|surcharges?|insurance|premium|tax(?:es)?|vat|dut(?:y|ies)|deposit"
    r"|difference|storage|demurrage|detention|penalt(?:y|ies)|fines?|short amount|amount short"
    r"|certificat(?:e|ion)|licen[cs]e|permit|re-?booking|re-?export|customs paper|clearance"
    r"|fumigation|handling|inspection|documentation|paperwork|bank charges|release (?:paper|document)s?"
    r"|anti-?dumping|adjustment|extra freight|more freight|freight difference)\b"
    r"|(?:[\u4e00-\u9fff]{0,4}(?<!免)费|税|保险|押金|保证金|差价|差额|汇率差|罚款|滞纳金|定金|证书|认证)"
)
# An amount of money, in figures or in words.
_C_AMOUNT = (
    r"(?:\$|usd|us\$|eur|€|rmb|¥|人民币|美元|美金)\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|dollars?|\$|eur|euros?"
    r"|rmb|美元|美金|元|块|刀|欧元|bucks)|\b(?:hundred|thousand)\s+(?:and\s+\w+\s+)?(?:us\s+)?(?:dollars?|usd)"
    r"|[一二三四五六七八九十两百千万壹贰叁肆伍陆柒捌玖拾佰仟]+(?:美元|美金|元|块|刀)|\d+\s?%"
)
# What the buyer gets only after paying: the goods leave, are released, are shipped.
_C_CONDITION = (
    r"\b(?:before|until|unless|then|otherwise|or (?:else|the goods|it will)|so (?:that )?we can"
    r"|after that|first|once (?:received|paid)|to (?:release|get|receive|clear|ship)"
    r"|cannot (?:ship|load|release|deliver)|can(?:'t| not) (?:ship|load|release|deliver))\b"
    r"|(?:才|再|之后|以后|否则|不然|就|马上|立刻|以免|前|先)"
)
_C_GOODS = (
    r"\b(?:goods|shipment|cargo|container|parcel|package|consignment|booking|order|products?"
    r"|boxes|pallets?|truck|driver)\b|(?:货|柜|快递|包裹|海运|空运|订舱|舱位|船|件|车|司机)"
)
_C_RECALL = (
    r"\b(?:recall(?:ed|ing)?|call(?:ed)? back|pull(?:ed)? back|held back|hold back|take back|took"
    r" back|withdr[ae]w|intercept(?:ed)?|come back|came back|returned?(?:ed)? to (?:us|shipper|sender"
    r"|origin|the (?:shipper|sender|origin|port|warehouse|factory))|return to (?:us|shipper|sender)"
    r"|sent back|back to (?:the )?(?:port|warehouse|factory|origin|china)|delivered to origin"
    r"|(?:was|were|been|is) returned|not (?:loaded|shipped) yet|held (?:at|by|in) (?:our|us)"
    r"|returned (?:\w+ ){1,3}to (?:us|the shipper|origin|the sender)|t(?:ake|ook|aken) (?:\w+ ){0,2}down"
    r"|off the (?:ship|vessel)|back (?:in|at|to) (?:the |our )?(?:port|warehouse|factory|origin)"
    r"|(?:shipment|goods|parcel|cargo|container)s? (?:was |were |is |has been )?returned"
    r"|held at (?:the )?(?:port|customs|airport|warehouse)|detained|stopped (?:your|the|our) (?:\w+ )?"
    r"(?:at|in)|returned to (?:their|our|the) (?:warehouse|factory)|brought (?:\w+ ){0,2}back"
    r"|(?:got|get|took|taken) (?:it |them |the goods )?back)\b"
    r"|(?:撤回|叫回|拉回|扣下|扣住|扣留|拦截|退回(?!您|你|给您|给你|到您|到你)|退运|退关|扣回|截(?:下|住|留)|召回|收回|撤下|被退|运回|撤了|先扣|拿回|取回|要回|开回"
    r"|(?:压|扣|留)在我们)"
)
# Another commitment demanded for the goods: a new order, a new contract at a higher price.
_C_MORE_ORDERS = (
    r"\b(?:confirm|place|sign|agree to)\s+(?:the |a |an )?(?:next|new|additional|another)\s+(?:\w+\s+)?"
    r"(?:order|contract)|higher price"
    r"|(?:下一批|新的|另一个|追加)(?:的)?(?:订单|合同)|确认.{0,8}订单"
)
_C_ACCOUNT = (
    r"\b(?:account|acount|card|bank|beneficiary|iban|swift)\b"
    r"|(?:账户|账号|卡号|银行卡|卡上|开户行|收款行|户名|收款|户头)"
)
_C_COUNTRY_EN = (
    r"(?:overseas|offshore|singapore|malaysia|malaysian|hong kong|hk|thai|vietnam|vietnamese"
    r"|turkish|turkey|dubai|uae|american|us|usa|uk|british|indonesian|philippine|korean|japanese)"
)
_C_ACCOUNT_CHANGE = (
    rf"\b(?:new|another|different|changed|updated|alternative|other|personal|private|partner['’]?s?"
    rf"|boss['’]?s?|{_C_COUNTRY_EN})\s+(?:[\w'’-]+\s+){{0,2}}(?:account|acount|card|bank|beneficiary)"
    r"|\b(?:froze|frozen|closed|blocked|suspended) (?:our|the) (?:\w+ )?account"
    r"|\b(?:account|acount|card|bank)\b.{0,40}\b(?:changed|frozen|closed|blocked|suspended|limit|quota"
    r"|problem|cannot receive|can not receive|can'?t receive|no longer|under (?:audit|review))"
    r"|\baccount of (?:our|my) (?:finance|boss|manager|colleague|wife|husband|director)"
    r"|\b(?:his|her|my|boss['’]?s?) (?:wife|husband|brother|sister|son|daughter|cousin|friend)['’]?s? (?:bank )?"
    r"(?:account|card)"
    r"|(?:新的?|换(?:成|到|了|个|这个)?|改(?:汇|成|为|到|用)?|另外(?:一个|的)?|别的|其他)"
    r".{0,4}(?:账户|账号|卡|银行|收款行|开户行|户头)"
    r"|(?:香港|海外|境外|新加坡|马来西亚|马来|美国|迪拜|越南|泰国)(?:那边)?的?(?:公司)?(?:账户|账号|户头|银行)"
    r"|(?:账户|账号|卡|银行).{0,12}(?:销户|冻结|被冻|冻了|额度|不能收|收不了|收不到|进不来|受限|有问题|出了点问题)"
    r"|个人户|私人户|\baccount in (?:malaysia|singapore|hong kong|dubai|turkey|vietnam|thailand"
    r"|indonesia|the uae|the usa?)\b|(?:老板娘|老板|个人|财务|同事|老婆|老公|爱人|媳妇|太太|姐姐|哥哥|弟弟|妹妹|朋友|表哥|表姐|表弟|表妹|堂哥|堂弟|亲戚|家人|家里人|会计)的?(?:银行)?"
    r"(?:卡|账户|账号|银行卡)|别打原来|原来那个|不要打大陆"
)
_C_ACCOUNT_PAY = (
    rf"(?:{_C_PAY})|\b(?:pay|paid|payments?|money|balance|deposit|invoice|receiving|remit\w*|use (?:this"
    r"|the new|our|it))\b"
    r"|(?:款|汇|打|付|转)"
)
_C_CHANNEL = (
    r"\b(?:whatsapp|wechat|weixin|qq|skype|telegram|viber|alipay|western union|moneygram|paypal"
    r"|payment link|pay link|own website|our (?:official )?website|stripe|outside (?:the |of the )?(?:platform"
    r"|system|site)|off (?:the )?platform|small order|\$?1 order|one dollar order|taobao"
    r"|1688|payoneer|zelle|venmo|cash ?app|usdt|bitcoin|btc|crypto\w*|binance|wise account"
    r"|(?:pay|paid|transfer|remit|send|wire)\w* (?:us |me |it |the (?:money|balance) )?direct(?:ly)?"
    r"|direct(?:ly)? (?:to|by|via) (?:us|me|our|my|t/?t|bank|wire)|privately|direct (?:bank )?(?:transfer"
    r"|t/?t|wire)|online store|www\.\S+|https?://\S+|(?:via|by|through|with) wise|(?:this|the following"
    r"|secure|below) link"
    r"|(?:don'?t|do not|not) (?:place|make) the order (?:here|on)|cancel the order on"
    r"|do it private|go private|(?:transfer|pay|send) (?:it |the money )?to me\b|"
    r"(?:don'?t|do not) use the (?:order|payment) link|not go through the (?:website|platform|site))\b"
    r"|(?:微信|支付宝|QQ|西联|速汇金|付款链接|二维码|淘宝|私下|平台外|绕过|不走平台|线下|一美元|小单|拍吧"
    r"|USDT|比特币|泰达币|币安|云闪付|(?:这个|此|下面的?|我发的|以下)链接|线下合同|收款码|别走平台|独立站|加我v"
    r"|(?<![A-Za-z])(?:paypal|wise|whatsapp|wechat|western union|moneygram|usdt|stripe)(?![A-Za-z])|官网(?:上)?(?:付|下单|支付|购买|拍)"
    r"|直接.{0,6}(?:汇|转|打|付).{0,4}(?:我|厂|公司|账户|给))"
)
_C_CHANNEL_ACT = (
    r"\b(?:pay|payment|paid|transfer|remit|wire|send|accept|place (?:the |an )?order"
    r"|cancel|contract|buy|deal|better price|save|cheaper|discount|commission|fees?|service charge"
    r"|\d%)"
    r"|(?:付|转|汇|打|下单|下个|拍(?:下|一下|单|吧)|合同|便宜|省|优惠|监控|不方便|抽成|出厂价|价格|扫)"
)
_C_CASE = (
    r"\b(?:case|dispute|claim|complaint|refund (?:request|application)|application|review|feedback"
    r"|rating)\b"
    r"|(?:纠纷|投诉|申请|差评|评价|退款|案|售后|申诉|索赔|仲裁"
    r"|(?<![A-Za-z])(?:case|dispute|claim|complaint|review)(?![A-Za-z]))"
)
_C_WITHDRAW = (
    r"\b(?:cancel\w*|close[ds]?|withdr[ae]w\w*|remove[ds]?|delete[ds]?|drop|retract|give up"
    r"|change (?:it )?to 5|5 stars?"
    r"|change (?:your|the|it|this|that)\b(?: \d)?(?: star)? (?:review|rating|feedback)?)\b"
    r"|(?:撤|取消|删|关闭|关掉|关了|关一下|放弃|结案|改成好评|五星|改一下|改掉"
    r"|(?<![A-Za-z])(?:withdraw|cancel|close|remove)(?![A-Za-z]))"
)
_C_PROMISE = (
    r"\b(?:we will|we'll|i will|i'll|we give|i give|we send|i send|we can|i can|give you|send you"
    r"|refund you|discount|gift|free|compensat\w*|replacement|replace|extra|otherwise|or else"
    r"|deal|next order|immediately after|you get nothing|promis\w*|guarantee\w*|i (?:re)?ship"
    r"|they['’]ll|if i don'?t"
    r"|they will|he will|she will|will only|if you don'?t|unless you|payment released|need the payment"
    r"|we (?:re)?ship|reship|resend|(?:full )?refund)\b"
    r"|(?:给您|给你|返|赔|红包|送|换货|补发|重发|再发|就发|重新做|优惠|折扣|不然|否则|就不|马上发|私下给|转给您"
    r"|转两|抵|我负责|有问题找我|退差价|给我退|退给|保证|担保|别想|不认|的话.{0,10}(?:不退|不发)|要是不|如果不|挂出来|曝光|全包|回款|发工资|退您|负责到底|怎么赔)"
)
_C_PAYEE = (
    r"\b(?:pay(?:ments?)? (?:\w+ ){0,2}(?:to|go(?:es)? to)|payment (?:need|should|will) go"
    r"|remit(?:tance)? to|send (?:the )?payment|beneficiary|account holder|invoice|contract"
    r"|address the payment|(?:payment )?recipient|payee|handles? (?:the )?payments?"
    r"|licen[cs]e no|registration|pay|sign(?:ed)? (?:the|with)|seller(?: name)?|exporter|l/?c|pi"
    r"|deposit|invoiced|collected|transfer|remit"
    r"|proforma)\b"
    r"|(?:收款|开票|抬头|合同|受益人|付给|付到|打到|汇到|转到|打给|汇给|盖的|货款|营业执照|信用代码|注册号|执照|发票|付款|签|甲方"
    r"|卖方)"
)
_C_OTHER_ENTITY = (
    r"\b(?:partner|subsidiary|sister company|affiliate|related company|real manufacturer"
    r"|agent company|collection agent|authori[sz]ed agent|(?:name|company) is different"
    r"|different (?:company|name|licen[cs]e)|new company|new owner|now (?:called|named)|renamed"
    r"|changed (?:our|the) (?:company )?name|in our group|trading arm|real exporter|registered in"
    r"|our agent|same group|\w+ branch|another (?:[\w-]+ ){0,2}(?:company|factory)"
    r"|restructured|cooperate with|signed with (?!us\b)|in favou?r of|not our name|name changed|bvi|instead of the (?:\w+ )?"
    r"company|(?:with|to) the factory directly|production factory|new registration|hk company"
    r"|hong kong company)\b"
    rf"|\b(?:our|the|a|an|to)\s+(?:other|another|trading|partner|agent|group'?s|{_C_COUNTRY_EN})"
    r"\s+(?:[\w()-]+\s+){0,2}(?:company|co|firm|factory|entity|branch|office)\b"
    r"|(?:代理公司|关联公司|分公司|子公司|离岸|另一家|另外注册|新公司|合作公司|合作工厂|合作厂|供应链公司"
    r"|借.{0,6}资质|(?:名字|名称|公司|抬头|代码).{0,6}(?:不一样|不同)|代我司|委托.{0,12}(?:收款|收取|代收)"
    r"|授权代理|总代理|代理商|(?:个人|私人)(?:工作室|名义)|现在叫|改名|更名|改叫|新老板|换个公司|另外一家|另一个公司"
    r"|别的公司|代理出口|外贸代理|BVI|生产工厂|合作的?进出口公司|重新注册|受益人请开成|跟工厂签|代收代付|合作方|的销售公司|只是用来展示|兄弟(?:单位|公司)|挂靠|跟(?:生产)?厂家签|控股|钱打给(?:工厂|厂家|他们)|换成了?.{0,12}(?:公司|厂)"
    r"|在.{2,8}(?:注册|的合作)的?公司|自己的工厂|集团安排|(?:负责|代为)收款"
    r"|(?:香港|海外|境外|新加坡|马来西亚|马来|美国|迪拜)(?:的)?(?:公司|分公司))"
)
# Words that show the writer warns against the scam or keeps to the platform: an
# instruction to pay on the platform, not a mere mention of it (scams mention it too).
_C_SAFE = (
    r"\b(?:only (?:on|through|via|by|to) (?:the )?platform|must be (?:placed|paid) on"
    r"|(?:please|must|still|always|only|should|keep)\s+(?:pay|order|place|use|make|complete|continue)\w*"
    r"\s+(?:\w+\s+){0,4}(?:on|through|via|in) (?:the )?(?:platform|alibaba|order page|trade assurance)|from the platform|platform['’]?s (?:collection"
    r"|designated|checkout|order)|platform account|order (?:payment )?page|designated account|never"
    r"|not accept|beware|report it|not from (?:our|us)|no need to"
    r"|(?<!not )(?<!n't )includ(?:ed|es|ing)|we (?:will )?(?:pay|cover|bear)|we(?:'ve| have)? (?:already )?paid"
    r"|at our (?:own )?cost|free of charge|if (?:you are )?satisfied|your (?:own )?(?:forwarder|agent|broker)"
    r")\b"
    r"|(?:(?:还是|必须|只|请|都|要)(?:要|一定|务必)?在(?:平台|阿里巴巴|阿里|这里)(?:上)?(?:下单|付款|付|结账|支付|下)"
    r"|从平台|平台发|平台账户|平台指定|指定账户|订单页面|必须在平台|不能走私下|不能私下"
    r"|不接受|谨防|冒充|请勿|从不|不要相信|不是我.{0,2}公司|不需要|无需|不用(?:再|另外)?(?:付|交|支付|补)"
    r"|已包含|(?<!不)(?<!没)包含|(?:我们|我方|我司)(?:公司)?(?:自己|全部|来)?承担|不会向您收取|我们(?:已经|已)?(?:付|支付|交)了|自费|满意|您的货代)"
)

CONCEPTS: tuple[Concept, ...] = (
    _concept(
        "concept.fee",
        EXTRA_FEE,
        _C_PAY,
        _C_FEE,
        rf"(?:{_C_AMOUNT})|(?:{_C_CONDITION})",
        needs_paid=True,
        unless=_C_SAFE,
    ),
    _concept(
        "concept.recall",
        SHIPMENT_RECALLED,
        _C_RECALL,
        _C_GOODS,
        rf"(?:{_C_PAY})|(?:{_C_FEE})|(?:{_C_AMOUNT})|{_C_MORE_ORDERS}",
        needs_paid=True,
        unless=_C_SAFE,
    ),
    _concept(
        "concept.account",
        ACCOUNT_CHANGE,
        _C_ACCOUNT,
        _C_ACCOUNT_CHANGE,
        _C_ACCOUNT_PAY,
        unless=_C_SAFE,
    ),
    _concept(
        "concept.channel",
        OFF_PLATFORM,
        _C_CHANNEL,
        _C_CHANNEL_ACT,
        unless=_C_SAFE,
    ),
    _concept(
        "concept.withdraw",
        CASE_WITHDRAWAL,
        _C_CASE,
        _C_WITHDRAW,
        _C_PROMISE,
        unless=_C_SAFE,
    ),
    _concept(
        # "Confirm receipt now and we ship tomorrow": the buyer gives up the protection
        # (the payment is released) before the goods arrive.
        "concept.confirm_receipt",
        CASE_WITHDRAWAL,
        r"\bconfirm(?:ing)? (?:the )?(?:receipt|delivery|(?:that )?(?:you )?(?:have )?received)\b"
        r"|确认收货|点(?:一下)?收货",
        _C_PROMISE,
        unless=_C_SAFE,
    ),
    _concept(
        "concept.payee",
        COMPANY_MISMATCH,
        _C_PAYEE,
        _C_OTHER_ENTITY,
        unless=_C_SAFE,
    ),
)


# --- A buyer reporting what the supplier asked ----------------------------------------
# "The seller says I must pay $400 insurance before they ship, is this normal?" is the
# moment the buyer most needs the warning, and the officer's evidence of the demand. A
# buyer's message counts only when it relays the supplier's words (someone on the
# supplier's side said, asked, wrote, promised) and the relayed words match a rule;
# a buyer writing about their own fees, accounts or requests does not count.
REPORTED = re.compile(
    r"\b(?:supplier|seller|factory|vendor|manufacturer|sales(?:man| rep| manager)?|they|he|she"
    r"|your (?:colleague|sales|company|team|finance|factory))\b[^.?!\n]{0,60}?\b(?:says?|said|told"
    r"|tells|telling|saying|sends?|ask(?:s|ed|ing)?|want(?:s|ed)?|wrote|writes|messag(?:ed|ing)|sent me|emailed"
    r"|offer(?:ed|ing)|push(?:es|ed|ing)|urg(?:es|ed|ing)|insist(?:s|ed)?"
    r"|demand(?:s|ed)?|request(?:s|ed)?|keeps? (?:telling|asking|saying)|promised|claim(?:s|ed)?"
    r"|informed)\b"
    r"|\b(?:i was|we were) (?:told|asked)\b|\b(?:an? |the )?(?:e-?mail|message|letter|invoice)"
    r" (?:saying|says|said|from (?:the )?(?:supplier|seller|factory))|\bwhat the (?:supplier|seller)"
    r"|(?:供应商|卖家|厂家|工厂|商家|对方|他们|他|她|业务员|你们(?:的)?(?:同事|业务|财务|公司)).{0,12}?"
    r"(?:说|让我|要我|叫我|要求|跟我说|告诉我|发来|发了|一直让|通知|承诺|声称|又要|还要|现在要|催)"
    r"|(?:邮件|信息|消息)(?:里|中)|收到(?:一封|一条)"
    r"|\b(?:on|in) the (?:e-?mail|message|letter)\b",
    re.IGNORECASE,
)


# --- Whole-message cues: the writer keeps the buyer safe -------------------------------
# A supplier warning the buyer ("we will never change our account by email; if anyone
# asks you to pay elsewhere, report it") names the scam it warns against, often in the
# next sentence to the cue. These cues anywhere in a message drop the kinds listed.
_WARNS = (
    r"\b(?:(?:we|i|company|our company) (?:will )?never|will never|never (?:ask|change|request|send|contact)"
    r"|if anyone|if someone|report (?:it|this|them|the chat|the message)|impersonat\w*|phishing|fake"
    r"|(?:please )?ignore any|(?:don'?t|do not) have any|(?<!don't )(?<!not )use the platform"
    r"|catalogue only|for (?:reference|photos?|pictures?) only"
    r"|(?:can'?t|cannot|won'?t|do not|don'?t|not) accept|must stay on|keep (?:the )?trade assurance"
    r"|(?:please|must|still|always|only|should|keep|you can|you pay)\s+"
    r"(?:(?!disregard|ignore|not\b|don|never|confirm|withdraw|close|cancel)[\w/-]+\s+){0,7}(?:on|through"
    r"|via|in|at|to) (?:the )?(?:platform|alibaba|order page|checkout)|(?:use|via|through|at) (?:the )?"
    r"platform checkout|checkout on the platform|shown at checkout|stays? (?:in|on) the platform"
    r"|platform['’]?s collection account|(?:use|using) the platform['’]?s?"
    r" (?:order|checkout|payment)|(?<!instead of )(?<!not )through the"
    r" platform(?! is)|(?:payment|money) (?:is|stays|will be) protected|not (?:sent|written)"
    r" by us|not from us|on the order page|(?:don'?t|do not) need to send (?:us )?(?:any|your)"
    r"|recommend (?:ordering|paying|buying) here|received on the platform|(?:please )?(?:do not|don'?t) pay"
    r" (?:them|it|any|anyone)|(?:payment|paid) (?:on|through|via) (?:the )?(?:platform"
    r"|trade assurance)(?! is not| isn)|here on the order)\b"
    r"|(?:绝不会|从不|如有人|如果有人|冒充|举报|不收|不接受|还是要在|要在这里|才有(?:信保)?保障|平台结账|平台保管"
    r"|只在订单页面|不是我们发的|千万别付|先在平台上.{0,8}核实|(?:都|只)走平台|平台上付款即可|通过平台(?:下单|付款)"
    r"|在订单(?:里|页面)(?:付|支付)|订单付款页面|不需要任何|没有.{0,6}(?:香港|其他|别的|关联)(?:的)?公司|不要签"
    r"|(?:平台上)?认证的(?:这家|公司|名称)|用认证名称|不会出现别的|以平台(?:订单)?为准|平台订单(?:里|中)?(?:付|支付)"
    r"|订单页面(?:付|支付|选)|(?:请|务必|一定)(?:一定|务必)?在平台(?:上)?(?:下单|付款)|已收到您在平台|在订单里更新|(?:坚持|还是|一定|请|都|只)(?:走|在)平台|不可以|不是我们换|(?:平台|platform)(?:的)?付款已收到|不要相信|任何让您|仅供参考|从来不|从来没有|不要(?:转|打|付)到任何|任何个人|不需要(?:打|转|付)到|那不是我们)"
)
_SAME_COMPANY = (
    r"\b(?:same as|match(?:es)?|identical to)\s+(?:[\w-]+\s+){0,3}(?:platform|verified|verification)\b"
    r"|(?:认证页面|认证供应商资料|认证的一致|平台认证.{0,6}一致)"
)
_SETTLED = (
    r"\b(?:if (?:you are )?satisfied|at your convenience|no rush|automatically|(?:closed|closes|close)"
    r" (?:by|on) the platform|no action (?:is )?needed|when convenient|if (?:they|it|everything)"
    r" (?:are|is) (?:all )?(?:right|ok|fine|good)|after the refund|whenever convenient|no hurry"
    r"|(?:received|receiving) the refund|refund received|closed by the system|when you have (?:checked"
    r"|received|inspected)|after (?:checking"
    r"|inspecting)|if anything is wrong)\b"
    r"|(?:满意的话|方便时|不着急|自动(?:处理|关闭)|检查(?:好|完)?(?:后|之后)|验货(?:后|之后)|有问题(?:可以)?(?:开|发起)纠纷|没问题的话"
    r"|不要(?:关闭|撤))"
)
_AT_OUR_COST = (
    r"\b(?:at our (?:own )?cost|free of charge|we (?:will )?(?:pay|cover|bear) (?:it|the cost|this)"
    r"|no (?:extra )?(?:cost|charge) (?:for|to) you|free for you|(?:is|are) on us)\b"
    r"|(?:自费|(?:我们|我方|我司)(?:公司)?(?:自己|全部|来)?承担|不会向您收取|(?:运费|费用)(?:由)?我们(?:来)?出|不会收您任何费用|不需要(?:您)?做任何|找快递理赔)"
)
# Goods back because of the weather, and nothing asked of the buyer for it.
_WEATHER_NO_MONEY = (
    r"^(?!.*(?:\$|usd|fee|pay|cost|charge|费|付|钱|转))(?=.*(?:\b(?:snow|weather|typhoon|storm|fog)\b"
    r"|road (?:opens|is closed)|台风|大雾|暴雪|暴雨|天气))"
)
MESSAGE_BENIGN: dict[str, re.Pattern[str]] = {
    EXTRA_FEE: re.compile(_WARNS, re.IGNORECASE),
    ACCOUNT_CHANGE: re.compile(_WARNS, re.IGNORECASE),
    OFF_PLATFORM: re.compile(_WARNS, re.IGNORECASE),
    COMPANY_MISMATCH: re.compile(f"{_WARNS}|{_SAME_COMPANY}", re.IGNORECASE),
    CASE_WITHDRAWAL: re.compile(_SETTLED, re.IGNORECASE),
    SHIPMENT_RECALLED: re.compile(f"{_AT_OUR_COST}|{_WEATHER_NO_MONEY}", re.IGNORECASE | re.DOTALL),
}
