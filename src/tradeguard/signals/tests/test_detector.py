# ruff: noqa: RUF001 - Chinese text and patterns use full-width Chinese punctuation
"""The detector reads context: who wrote it, and whether the order was paid."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.signals import rules
from tradeguard.signals.detector import Context, detect, sentences
from tradeguard.signals.evaluate import LABELLED, load, score

SUPPLIER_PAID = Context(paid=True, author="supplier")
NAMES = ("Ningbo Sunrise Trading Co., Ltd.", "宁波日升贸易有限公司")


def kinds(text: str, context: Context = SUPPLIER_PAID) -> list[str]:
    return [found.kind for found in detect(text, context)]


def test_a_fee_demanded_after_payment_is_a_signal_with_its_evidence() -> None:
    text = "Thanks for paying. Kindly pay the cargo insurance premium of $299 first, then we ship."
    (found,) = detect(text, SUPPLIER_PAID)
    assert found.kind == rules.EXTRA_FEE
    assert text[found.start : found.end] == found.evidence
    assert "insurance" in found.evidence
    assert found.start >= text.index("Kindly")


def test_the_same_quote_before_payment_is_how_trade_works() -> None:
    text = "Kindly pay the cargo insurance premium of $299 first, then we ship."
    assert kinds(text, Context(paid=False, author="supplier")) == []


def test_the_platforms_messages_never_count() -> None:
    text = "The supplier says I must pay a $400 insurance fee before they ship."
    assert kinds(text, Context(paid=True, author="platform")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The supplier says I must pay a $400 insurance fee before they ship. Is this normal?",
        "卖家说我必须先付400美元保险费他们才发货，这正常吗？",
        # The buyer's own safe words ("I paid through the platform", "I want to keep
        # trade assurance") do not make the relayed demand safe.
        "I paid through the platform. Now the seller says I must pay a $450 release fee "
        "before they hand the goods over. I want to keep trade assurance.",
        "I received an email saying their bank details changed and I should pay a new account.",
    ],
)
def test_a_buyer_relaying_the_suppliers_demand_is_a_reported_signal(text: str) -> None:
    (found,) = detect(text, Context(paid=True, author="buyer"))
    assert found.reported is True
    assert text[found.start : found.end] == found.evidence


@pytest.mark.parametrize(
    "text",
    [
        # The buyer's own fees, accounts and requests: nobody on the supplier's side asked.
        "I must pay a $400 insurance fee to my own insurer before the goods leave.",
        "我们换了新的银行账户，退款请退到平台上登记的新账户。",
        "Can I pay by PayPal at checkout?",
    ],
)
def test_a_buyers_own_words_are_not_a_report(text: str) -> None:
    assert kinds(text, Context(paid=True, author="buyer")) == []


@pytest.mark.parametrize(
    "text",
    [
        "No need to pay anything more; freight and insurance were included in the CIF price.",
        "The customs duty at your port will be paid by your own forwarder.",
        "目的港的关税由您的货代支付，我们只负责这边的出口报关。",
        "您不需要再支付任何费用，运费和保险已包含在您已付的CIF价格里。",
    ],
)
def test_fees_the_supplier_says_are_not_owed_are_benign(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("已收到货款。现在需要您再支付放行费380美元，货代才会放货。", rules.EXTRA_FEE),
        (
            "请注意，由于年度审计我司银行账户已变更，请把尾款汇到下面的新账户。",
            rules.ACCOUNT_CHANGE,
        ),
        ("如果您直接私下付款给我们，可以优惠5%。", rules.OFF_PLATFORM),
        ("请先撤销投诉，我们下周一定给您补发全部货物。", rules.CASE_WITHDRAWAL),
        ("抱歉，因为尾款不够，我们从承运人那里召回了货物。", rules.SHIPMENT_RECALLED),
        ("Please note our company bank account has changed.", rules.ACCOUNT_CHANGE),
        ("Let's do it off-platform: pay directly to us by Western Union.", rules.OFF_PLATFORM),
        (
            "If you withdraw the complaint today, we will refund you tomorrow.",
            rules.CASE_WITHDRAWAL,
        ),
        ("Status shows return to shipper.", rules.SHIPMENT_RECALLED),
    ],
)
def test_each_kind_in_both_languages(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_account_change_counts_before_payment_too() -> None:
    text = "Please use our new bank account for the deposit."
    assert kinds(text, Context(paid=False, author="supplier")) == [rules.ACCOUNT_CHANGE]


def test_bank_details_given_once_are_benign() -> None:
    text = "Our bank information: Bank of China, beneficiary Ningbo Sunrise Trading Co., Ltd."
    context = Context(paid=False, author="supplier", verified_names=NAMES)
    assert kinds(text, context) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beneficiary: Hong Kong Lucky Star Limited, HSBC 652-771093-838.",
        "收款单位：香港幸运星有限公司。",
        "Our registration number is 91440300MA5F8R2L1K.",
    ],
)
def test_company_details_that_differ_from_the_verified_ones(text: str) -> None:
    context = Context(
        paid=False,
        author="supplier",
        verified_names=NAMES,
        verified_registration="91330201MA2H4K7X3Q",
    )
    assert kinds(text, context) == [rules.COMPANY_MISMATCH]


def test_company_details_are_not_compared_without_verified_ones() -> None:
    text = "Beneficiary: Hong Kong Lucky Star Limited."
    assert kinds(text, Context(paid=False, author="supplier")) == []


def test_one_signal_per_kind_in_text_order() -> None:
    text = (
        "Our account has changed. Also pay directly to my personal account. "
        "And use the new account please."
    )
    found = detect(text, SUPPLIER_PAID)
    assert [f.kind for f in found] == [rules.ACCOUNT_CHANGE, rules.OFF_PLATFORM]


def test_the_labelled_set_is_large_bilingual_and_all_development_data() -> None:
    # The former held-out half was scored once and then studied: it is development data
    # now; a new held-out set is kept outside the repo and scored by path.
    rows = load(LABELLED)
    assert len(rows) >= 390
    assert {row["language"] for row in rows} == {"en", "zh"}
    assert {row["split"] for row in rows} == {"dev"}
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["label"] for row in rows} == {"scam", "benign"}
    assert {row["kind"] for row in rows if row["label"] == "scam"} == set(rules.KINDS)
    # Hard benign cases: quotes before payment, and buyers quoting a scam.
    assert any(r["label"] == "benign" and not r["paid"] and r["kind"] == "extra_fee" for r in rows)
    assert any(r["label"] == "benign" and r["author"] == "buyer" for r in rows)


def test_the_rules_keep_their_figures_on_the_development_half() -> None:
    report = score(row for row in load(LABELLED) if row["split"] == "dev")
    assert report.overall.precision >= 0.95
    assert report.overall.recall >= 0.90


@pytest.mark.parametrize(
    "text",
    [
        # A fee word with an amount and a pay verb anywhere in the sentence.
        "Customs ask anti dumping tax USD400, kindly arrange today then we can release.",
        "They want 250 dollars for the documentation, please help to pay asap.",
        "海关要收反倾销税400美金，您今天安排一下付款。",
        "兄弟，清关这边还差450刀的手续费，转一下给我们代理。",
    ],
)
def test_a_fee_with_an_amount_and_a_pay_verb_after_payment(text: str) -> None:
    assert kinds(text) == [rules.EXTRA_FEE]
    assert kinds(text, Context(paid=False, author="supplier")) == []


@pytest.mark.parametrize(
    "text",
    [
        # The second pattern ("also": a pay verb) is missing, or a benign cue is there.
        "The insurance premium of USD 45 is shown on the policy.",
        "The insurance premium of USD 45 is included in the CIF price, please pay nothing more.",
        "The 70% balance of USD 8,400 is due before shipment; please pay it through the platform.",
        "港口产生了仓储费200美元，这个我们已经承担了。",
    ],
)
def test_a_fee_mentioned_without_a_demand_is_no_signal(text: str) -> None:
    assert kinds(text) == []


def test_a_decimal_point_or_a_legal_form_does_not_end_a_sentence() -> None:
    text = "The balance is USD 1,150.00 for Ningbo Sunrise Co., Ltd. Thanks! 好的。"
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "The balance is USD 1,150.00 for Ningbo Sunrise Co., Ltd.",
        "Thanks!",
        "好的。",
    ]
    # A rule sees the whole sentence: the amount after the decimal point still counts.
    assert kinds("An extra insurance charge of USD 1,150.00 must be paid before loading.") == [
        rules.EXTRA_FEE
    ]


# Wordings no phrasing rule knows: the concepts (the ideas a scam of one kind puts
# together) find them. Written for this test, not taken from the labelled sets.
@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Good news, production finished. The fumigation and paperwork come to 310 USD, "
            "please add it and the truck goes tomorrow.",
            rules.EXTRA_FEE,
            "concept.fee",
        ),
        (
            "工厂说出口要补开票的税点，一共八百美金，您补一下我们就装柜。",
            rules.EXTRA_FEE,
            "concept.fee",
        ),
        (
            "Your boxes are held back at the depot by our side. "
            "Send 180 dollars for the new booking and they go again.",
            rules.SHIPMENT_RECALLED,
            "concept.recall",
        ),
        (
            "Please use our Singapore account for this balance, the Hangzhou one has a problem.",
            rules.ACCOUNT_CHANGE,
            "concept.account",
        ),
        (
            "Pay with Payoneer and I give you 4% discount, much faster.",
            rules.OFF_PLATFORM,
            "concept.channel",
        ),
        (
            "If you give up the claim today, I will send the missing cartons with a gift.",
            rules.CASE_WITHDRAWAL,
            "concept.withdraw",
        ),
        (
            "Please confirm receipt on the order now, we will ship the goods tomorrow morning.",
            rules.CASE_WITHDRAWAL,
            "concept.confirm_receipt",
        ),
        (
            "货款请付给我们的香港分公司，他们负责收外汇。",
            rules.COMPANY_MISMATCH,
            "concept.payee",
        ),
    ],
)
def test_concepts_find_wordings_no_phrasing_knows(text: str, kind: str, rule: str) -> None:
    (found,) = detect(text, SUPPLIER_PAID)
    assert (found.kind, found.rule) == (kind, rule)
    # The evidence runs from the first idea's words to the last's, inside the message.
    assert text[found.start : found.end] == found.evidence
    assert len(found.evidence) >= 5


@pytest.mark.parametrize(
    "text",
    [
        # The same ideas, said to keep the buyer safe or about someone else's fee.
        "Please only pay through the platform; we never ask for payment by Payoneer.",
        "请勿把钱付到任何新账户，我们的收款账户就是平台指定账户。",
        "The photos of your order are on WhatsApp, please have a look.",
        "We can book SGS for you and you pay SGS directly, or you book it yourself.",
        "The first parcel came back because the address was incomplete; we resent it at our own cost.",
        "After you receive the replacement and confirm the quality, the case can be closed by the platform.",
    ],
)
def test_concepts_keep_quiet_on_safe_wordings(text: str) -> None:
    assert kinds(text) == []


def test_concepts_keep_the_context_rules() -> None:
    text = (
        "The fumigation and paperwork come to 310 USD, please add it and the truck goes tomorrow."
    )
    assert kinds(text, Context(paid=False, author="supplier")) == []
    assert kinds(text, Context(paid=True, author="buyer")) == []


@pytest.mark.parametrize("name", ["heldout2.jsonl", "heldout3.jsonl"])
def test_the_rules_keep_their_figures_on_the_scored_held_out_sets(name: str) -> None:
    # Each was scored once blind (heldout2: precision 0.921, recall 0.483; heldout3:
    # 0.840, 0.667) and then studied: they are development data now, and the rules must
    # keep what was learnt from them.
    report = score(load(LABELLED.with_name(name)))
    assert report.overall.precision >= 0.95
    assert report.overall.recall >= 0.90


# The learned model (signals/model.py) judges each message with the rules.
def test_the_model_alone_finds_a_demand_no_rule_words_and_quotes_its_sentence() -> None:
    # "A small formality, about 300 dollars, sort it out and we go": no fee word, no
    # pay verb a rule knows.
    text = "老板，货都装好了。就剩出口那边一点小手续，大概三百美金，您那边弄一下我们就走。"
    (finding,) = detect(text, SUPPLIER_PAID)
    assert (finding.kind, finding.rule) == (rules.EXTRA_FEE, "model")
    # The evidence is the sentence the model scores highest, whole.
    assert text[finding.start : finding.end] == finding.evidence
    assert finding.evidence.startswith("就剩出口")
    # Before payment it is a quote.
    assert kinds(text, Context(paid=False, author="supplier")) == []


def test_the_model_is_deterministic_and_knows_the_context() -> None:
    from tradeguard.signals import model

    text = "Please pay the USD 400 insurance premium first, then we ship the container."
    first = model.probability(text, paid=True, reported=False)
    assert model.probability(text, paid=True, reported=False) == first
    assert first >= model.ADD
    thanks = "Thank you, the goods arrived in good condition. We will order again next month."
    assert model.probability(thanks, paid=True, reported=False) < model.ADD
    assert kinds(thanks) == []
    # Before payment the same words are a quote: the model finds no fee demand.
    assert kinds(text, Context(paid=False, author="supplier")) == []


def test_a_comparison_with_the_verified_company_is_never_vetoed() -> None:
    # The model cannot know the verified company's name: a stated beneficiary that differs
    # from it stands whatever the model thinks of the words.
    context = Context(paid=False, author="supplier", verified_names=NAMES)
    found = detect("Beneficiary: Hong Kong Lucky Star Limited.", context)
    assert [f.kind for f in found] == [rules.COMPANY_MISMATCH]


def test_the_detector_keeps_its_blind_figures() -> None:
    # heldout10 was written blind and scored once (docs/benchmarks.md); it is kept out of
    # the model's training data, so a change that loses what it measured fails here.
    path = Path(__file__).resolve().parents[4] / "benchmarks" / "scam_signals_data"
    report = score(load(path / "heldout10.jsonl"))
    assert report.overall.precision >= 0.95
    assert report.overall.recall >= 0.90
