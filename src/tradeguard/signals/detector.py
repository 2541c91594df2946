# ruff: noqa: RUF001 - Chinese text and patterns use full-width Chinese punctuation
"""Find scam signals in one message: pure functions over `rules` (no Django, no I/O).

`detect(text, context)` returns every signal with the span of the text that matched
(`start`/`end` index `text`, `evidence` is that span), at most one per kind: the
first match, so the officer reads the earliest evidence. The caller stores and acts;
the detector never does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from tradeguard.signals import rules

SUPPLIER = "supplier"

# Sentence ends, English and Chinese; a rule matches within one sentence.
_SENTENCE = re.compile(r"[^.!?。！？\n;；]+[.!?。！？\n;；]*")
# Legal-form words that do not make two company names different.
_LEGAL_FORM = re.compile(
    r"\b(?:co|company|ltd|limited|inc|llc|corp|corporation|group|trading|the)\b|有限公司|有限责任公司|公司"
)
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Context:
    """What the detector needs to know besides the text.

    `paid`: had the buyer paid the order when the message was written? `author`: which
    side wrote it ("supplier", "buyer", "platform"); only the supplier's side counts.
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


def detect(text: str, context: Context) -> list[Found]:
    if context.author != SUPPLIER or not text:
        return []
    found: dict[str, Found] = {}
    for sentence in _SENTENCE.finditer(text):
        chunk = sentence.group()
        for rule in rules.RULES:
            if rule.kind in found or (rule.needs_paid and not context.paid):
                continue
            match = rule.pattern.search(chunk)
            if match is None or _benign(rule.kind, chunk):
                continue
            if rule.also is not None and rule.also.search(chunk) is None:
                continue
            start = sentence.start() + match.start()
            found[rule.kind] = Found(
                rule.kind, rule.id, start, sentence.start() + match.end(), match.group()
            )
        if rules.COMPANY_MISMATCH not in found:
            claim = _company_mismatch(chunk, sentence.start(), context)
            if claim is not None:
                found[rules.COMPANY_MISMATCH] = claim
    return sorted(found.values(), key=lambda f: f.start)


def _benign(kind: str, sentence: str) -> bool:
    return any(cue.search(sentence) for cue in rules.BENIGN[kind])


def _normal(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).lower()
    value = _LEGAL_FORM.sub(" ", value)
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
