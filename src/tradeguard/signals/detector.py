# ruff: noqa: RUF001 - Chinese text and patterns use full-width Chinese punctuation
"""Find scam signals in one message: pure functions over `rules` and the learned `model`
(no Django; the model reads its labelled sets once per process).

`detect(text, context)` returns every signal with the span of the text that matched
(`start`/`end` index `text`, `evidence` is that span), at most one per kind: the
first match, so the officer reads the earliest evidence. The caller stores and acts;
the detector never does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from tradeguard.signals import model, rules

SUPPLIER = "supplier"
BUYER = "buyer"
# The rule id a finding of the learned model alone carries.
MODEL_RULE = "model"

# A concept's ideas must all appear within this many consecutive sentences.
WINDOW = 3
# Where a sentence ends: Chinese full stops, ! ? ; and line breaks anywhere; a Latin full
# stop only before a space or the end ("USD 1,150.00" and "Co.,Ltd" stay one sentence).
# A phrasing rule matches within one sentence; the presenter quotes the same sentence.
SENTENCE_END = re.compile(r"[。！？!?\n;；]|\.(?=\s|$)")
# Legal-form words that do not make two company names different.
_LEGAL_FORM = re.compile(
    r"\b(?:co|company|ltd|limited|inc|llc|corp|corporation|group|trading|the)\b|有限公司|有限责任公司|公司"
)
# Only the legal suffix may be left out when a message names the verified company.
_SUFFIX = re.compile(r"\b(?:co|company|ltd|limited|inc|llc|corp)\b|有限责任公司|有限公司")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Context:
    """What the detector needs to know besides the text.

    `paid`: had the buyer paid the order when the message was written? `author`: which
    side wrote it ("supplier", "buyer", "platform"): the supplier's messages count, and
    a buyer's message that relays what the supplier asked (`rules.REPORTED`).
    `verified_names` / `verified_registration`: the supplier's verified company details.
    """

    paid: bool
    author: str
    verified_names: Sequence[str] = field(default_factory=tuple)
    verified_registration: str = ""


@dataclass(frozen=True)
class Found:
    kind: str
    rule: str
    start: int
    end: int
    evidence: str
    # Found in a buyer's report of what the supplier asked, not in the supplier's words.
    reported: bool = False


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `text`, its closing punctuation included."""
    spans = []
    begin = 0
    for end in SENTENCE_END.finditer(text):
        if text[begin : end.end()].strip():
            spans.append((begin, end.end()))
        begin = end.end()
    if text[begin:].strip():
        spans.append((begin, len(text)))
    return spans


def detect(text: str, context: Context) -> list[Found]:
    if not text:
        return []
    if context.author == BUYER:
        if rules.REPORTED.search(text) is None:
            return []
        # The buyer's own words around the relayed demand ("I want to keep trade
        # assurance", "the store is verified as ...") do not make the demand safe.
        # Nor does the buyer naming the verified company to contrast it with the payee.
        relayed = _detect(
            text, replace(context, author=SUPPLIER), reported=True, names_verified=False
        )
        judged = _judged(text, context, relayed, reported=True, names_verified=False)
        return [replace(f, reported=True) for f in judged]
    if context.author != SUPPLIER:
        return []
    names_verified = _names_verified(text, context)
    found = _detect(text, context, reported=False, names_verified=names_verified)
    return _judged(text, context, found, reported=False, names_verified=names_verified)


def _judged(
    text: str, context: Context, found: list[Found], *, reported: bool, names_verified: bool
) -> list[Found]:
    """The rules' findings as the learned model judges the whole message (`model`): a
    finding stands unless the model is confident the message is benign (a comparison
    with the verified company's details always stands: the model cannot know them);
    with no finding, the model alone finds one signal when it is confident."""
    p, kind = model.judge(text, paid=context.paid, reported=reported)
    kept = [f for f in found if p >= model.VETO or f.rule.startswith("company.")]
    if kept or p < model.ADD:
        return kept
    # The model's likeliest kind or nothing: a fee demand before payment is a quote, not
    # a payment outside the platform.
    if kind in rules.NEEDS_PAID and not context.paid:
        return []
    # Another company than the verified one: only said against verified details, and not
    # when the message names the verified company itself.
    if kind == rules.COMPANY_MISMATCH and (not context.verified_names or names_verified):
        return []
    spans = sentences(text)
    start, end = spans[
        model.likeliest([text[a:b] for a, b in spans], paid=context.paid, reported=reported)
    ]
    while start < end and text[start].isspace():
        start += 1
    return [Found(kind, MODEL_RULE, start, end, text[start:end])]


def _detect(text: str, context: Context, *, reported: bool, names_verified: bool) -> list[Found]:
    found: dict[str, Found] = {}
    spans = sentences(text)
    for start, end in spans:
        chunk = text[start:end]
        for rule in rules.RULES:
            if rule.kind in found or (rule.needs_paid and not context.paid):
                continue
            match = rule.pattern.search(chunk)
            if match is None or _benign(rule.kind, chunk):
                continue
            if rule.also is not None and rule.also.search(chunk) is None:
                continue
            found[rule.kind] = Found(
                rule.kind, rule.id, start + match.start(), start + match.end(), match.group()
            )
        if rules.COMPANY_MISMATCH not in found:
            claim = _company_mismatch(chunk, start, context)
            if claim is not None:
                found[rules.COMPANY_MISMATCH] = claim
    if not found:
        # The concepts only speak when no phrasing did: a phrasing's evidence is tighter.
        for index, (start, _end) in enumerate(spans):
            end = spans[min(index + WINDOW - 1, len(spans) - 1)][1]
            concept = _concept(text, start, end, context, found, names_verified=names_verified)
            if concept is not None:
                found[concept.kind] = concept
    kept = [f for f in found.values() if reported or not _warns(f.kind, text)]
    return sorted(kept, key=lambda f: f.start)


def _warns(kind: str, text: str) -> bool:
    """Does the message as a whole keep the buyer safe from this kind (a warning, the
    platform's checkout insisted on, a cost the supplier bears)?"""
    cue = rules.MESSAGE_BENIGN.get(kind)
    return cue is not None and cue.search(text) is not None


def _concept(
    text: str,
    start: int,
    end: int,
    context: Context,
    found: dict[str, Found],
    *,
    names_verified: bool,
) -> Found | None:
    """The first concept whose ideas all appear in `text[start:end]` (`WINDOW` sentences);
    its evidence runs from the first idea's words to the last's."""
    window = text[start:end]
    for concept in rules.CONCEPTS:
        if concept.kind in found or (concept.needs_paid and not context.paid):
            continue
        if concept.unless is not None and concept.unless.search(window):
            continue
        if concept.kind == rules.COMPANY_MISMATCH and names_verified:
            continue
        matches = [pattern.search(window) for pattern in concept.all_of]
        if any(match is None for match in matches) or _benign(concept.kind, window):
            continue
        first = min(match.start() for match in matches if match is not None)
        last = max(match.end() for match in matches if match is not None)
        return Found(concept.kind, concept.id, start + first, start + last, window[first:last])
    return None


def _names_verified(text: str, context: Context) -> bool:
    """Does the message name the supplier's verified company (then "our partner factory
    makes it, the contract is with <verified company>" is no other payee)?"""
    # The full name, legal form included: "Ningbo Sunrise Industrial" is not "Ningbo
    # Sunrise Trading Co., Ltd." (look-alike names are the scam).
    normal = _normal(text, _SUFFIX)
    return any(
        _normal(name, _SUFFIX) and _normal(name, _SUFFIX) in normal
        for name in context.verified_names
    )


def _benign(kind: str, sentence: str) -> bool:
    return any(cue.search(sentence) for cue in rules.BENIGN[kind])


def _normal(value: str, forms: re.Pattern[str] = _LEGAL_FORM) -> str:
    """Letters and digits only, lower case, without the words `forms` matches."""
    value = forms.sub(" ", unicodedata.normalize("NFKC", value).lower())
    return re.sub(r"[\W_]+", "", value)


def _company_mismatch(sentence: str, offset: int, context: Context) -> Found | None:
    for claim in rules.CLAIMS:
        match = claim.pattern.search(sentence)
        if match is None:
            continue
        value = match.group("value").strip()
        if rules.NOT_A_NAME.search(value) or _benign(rules.COMPANY_MISMATCH, sentence):
            continue
        if claim.field == "registration":
            known = [context.verified_registration] if context.verified_registration else []
        else:
            known = [n for n in context.verified_names if n]
        # Compare like with like: a Chinese name with a Chinese one.
        known = [k for k in known if bool(_CJK.search(k)) == bool(_CJK.search(value))]
        if not known or not _normal(value):
            continue
        if any(_same(_normal(value), _normal(k)) for k in known):
            continue
        return Found(
            rules.COMPANY_MISMATCH,
            claim.id,
            offset + match.start(),
            offset + match.end(),
            match.group(),
        )
    return None


def _same(stated: str, verified: str) -> bool:
    return bool(verified) and (stated in verified or verified in stated)
