"""Legal texts a party signs, held as versioned bilingual pairs.

A statement that binds (a good-faith statement, a statement under penalty of perjury,
consent to jurisdiction) is shown in English and Simplified Chinese side by side, with a
line saying which text prevails. The words are NOT taken from the gettext catalogues: what
a person signed must not change when a translator edits a catalogue. Each text is a pair
`{en, zh-hans}` with an id and a version; its SHA-256 (over the id, the version and both
texts) is what a signed object records, together with the language the signer read it in.
Changing a word means a new version: the old one stays in `TEXTS` so that every signed
record can still show exactly what was signed (a test pins the hashes).

The texts themselves live beside the feature that uses them (`tradeguard.ip.legal`) and
register here; pages render them with `web/_legal_texts.html` and `present()`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import lazy
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

ENGLISH = "en"
CHINESE = "zh-hans"
LANGUAGES = (ENGLISH, CHINESE)

# Language names as a reader of the page's language says them ("Signed in Chinese").
LANGUAGE_NAMES = {
    ENGLISH: pgettext_lazy("language name", "English"),
    CHINESE: pgettext_lazy("language name", "Chinese"),
}
# Column headings name each language in itself, whatever the page's language.
SELF_NAMES = {ENGLISH: "English", CHINESE: "中文"}


def reader_language(language: str | None = None) -> str:
    """One of LANGUAGES for a language code (the active one by default)."""
    code = (language if language is not None else get_language()) or ENGLISH
    return CHINESE if code.lower().startswith("zh") else ENGLISH


def bcp47(language: str) -> str:
    """The HTML `lang` value of a language code: "zh-hans" -> "zh-Hans"."""
    return "zh-Hans" if reader_language(language) == CHINESE else "en"


def _digest(payload: Any) -> str:
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def set_digest(refs: list[dict[str, Any]]) -> str:
    """The hash of a set of signed texts: over each text's id, version and hash, in order."""
    return _digest({"texts": refs})


@dataclass(frozen=True, slots=True)
class LegalText:
    """One binding statement in both languages. `field` is the request field (a
    checkbox) that gives it, if any."""

    id: str
    version: int
    en: str
    zh_hans: str
    field: str = ""

    @property
    def sha256(self) -> str:
        return _digest(
            {"id": self.id, "version": self.version, "en": self.en, "zh-hans": self.zh_hans}
        )

    def text(self, language: str | None = None) -> str:
        return self.zh_hans if reader_language(language) == CHINESE else self.en

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class LegalSet:
    """The statements signed together (a complaint's, a counter-notice's), the rule of
    which text prevails, and the language that prevails."""

    id: str
    texts: tuple[LegalText, ...]
    prevails: LegalText
    prevailing_language: str = ENGLISH
    refs: tuple[dict[str, Any], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "refs", tuple(t.ref() for t in (*self.texts, self.prevails)))

    @property
    def sha256(self) -> str:
        """The hash of everything signed: each text's id, version and hash."""
        return set_digest(list(self.refs))

    def signature(self, language: str) -> dict[str, Any]:
        """What a signed object records (`SignedStatements` fields)."""
        return {
            "statement_language": reader_language(language),
            "statement_texts": list(self.refs),
            "statement_sha256": self.sha256,
        }


TEXTS: dict[tuple[str, int], LegalText] = {}
SETS: dict[str, LegalSet] = {}
# The language each "which text prevails" clause makes prevail, by the clause's id.
PREVAILING: dict[str, str] = {}


def register(legal_set: LegalSet, *older: LegalText) -> LegalSet:
    """Register the current set and any older versions of its texts still on record."""
    for text in (*legal_set.texts, legal_set.prevails, *older):
        known = TEXTS.setdefault((text.id, text.version), text)
        if known != text:
            raise ValueError(f"{text.id} v{text.version} registered twice with different words")
    SETS[legal_set.id] = legal_set
    PREVAILING[legal_set.prevails.id] = legal_set.prevailing_language
    return legal_set


# --- presenting ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    language: str
    lang: str  # the HTML lang attribute
    heading: str
    text: str
    prevails: bool


@dataclass(frozen=True, slots=True)
class Row:
    text: LegalText | None
    columns: tuple[Column, ...]
    field: Any = None  # a bound checkbox of a form, when the row is signed there
    known: bool = True  # False: a signed text whose version is not in TEXTS any more


def _columns(text: LegalText, reader: str, prevailing: str) -> tuple[Column, ...]:
    order = (reader, *(code for code in LANGUAGES if code != reader))
    return tuple(
        Column(
            language=code,
            lang=bcp47(code),
            heading=SELF_NAMES[code],
            text=text.text(code),
            prevails=code == prevailing,
        )
        for code in order
    )


@dataclass(frozen=True, slots=True)
class Presented:
    rows: tuple[Row, ...]
    prevails: Row
    signed_language: str = ""  # set when presenting what someone signed
    intact: bool = True  # the recorded hashes match the texts shown
    prevailing_language: str = ENGLISH
    sha256: str = ""  # of the set shown (a form posts it back: `statements_sha256`)

    @property
    def signed_line(self) -> str:
        """ "Signed in Chinese; the English text prevails." in the reader's language."""
        return str(
            _("Signed in %(signed)s; the %(prevailing)s text prevails.")
            % {
                "signed": LANGUAGE_NAMES[reader_language(self.signed_language)],
                "prevailing": LANGUAGE_NAMES[self.prevailing_language],
            }
        )


def present(legal_set: LegalSet, *, reader: str | None = None, form: Any = None) -> Presented:
    """The set for a page: each text's columns in the reader's language first; with a
    form, each row carries its checkbox."""
    lang = reader_language(reader)
    rows = tuple(
        Row(
            text=t,
            columns=_columns(t, lang, legal_set.prevailing_language),
            field=form[t.field] if form is not None and t.field else None,
        )
        for t in legal_set.texts
    )
    prevails = Row(
        text=legal_set.prevails,
        columns=_columns(legal_set.prevails, lang, legal_set.prevailing_language),
    )
    return Presented(
        rows=rows,
        prevails=prevails,
        prevailing_language=legal_set.prevailing_language,
        sha256=legal_set.sha256,
    )


def present_signed(signed: Any, *, reader: str | None = None) -> Presented | None:
    """What a signed object (with `SignedStatements` fields) signed, exactly as signed,
    or None for a record signed before statements were recorded."""
    refs = list(getattr(signed, "statement_texts", None) or [])
    if not refs:
        return None
    lang = reader_language(reader)
    prevailing = PREVAILING.get(str(refs[-1].get("id")), ENGLISH)
    rows: list[Row] = []
    intact = True
    for ref in refs:
        text = TEXTS.get((str(ref.get("id")), int(ref.get("version", 0))))
        if text is None or text.sha256 != ref.get("sha256"):
            intact = False
            rows.append(Row(text=None, columns=(), known=False))
            continue
        rows.append(Row(text=text, columns=_columns(text, lang, prevailing)))
    *body, last = rows
    return Presented(
        rows=tuple(body),
        prevails=last,
        signed_language=signed.statement_language,
        intact=intact and set_digest(refs) == signed.statement_sha256,
        prevailing_language=prevailing,
    )


def _label(text_id: str) -> str:
    current = next(t for s in SETS.values() for t in s.texts if t.id == text_id)
    return current.text()


label = lazy(_label, str)
"""A form label: the current text of `text_id` in the active language (not a catalogue
entry: the words are the signed ones)."""


def signature_for(
    legal_set: LegalSet,
    *,
    actor: Any,
    language: str | None = None,
    shown_sha256: str | None = None,
) -> dict[str, Any]:
    """The `SignedStatements` fields of `actor` signing `legal_set` as shown in `language`
    (default: the actor's language). `shown_sha256`, when a client sends it, must be the
    hash of the set it showed: statements changed since are not signed (409)."""
    from tradeguard.common.errors import ApplicationError, CommonErrorCode

    if language is not None and language not in LANGUAGES:
        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            str(_("The statements' language is not one TradeGuard shows. Nothing was saved.")),
            fields={
                "statement_language": str(
                    _("Send one of: %(codes)s.") % {"codes": ", ".join(LANGUAGES)}
                )
            },
        )
    if shown_sha256 and shown_sha256 != legal_set.sha256:
        raise ApplicationError(
            CommonErrorCode.CONFLICT,
            str(
                _(
                    "The statements changed after they were shown. Show the current ones "
                    "and sign again. Nothing was saved."
                )
            ),
            fields={"statements_sha256": str(_("Send the hash of the current statements."))},
            status=409,
        )
    return legal_set.signature(language or getattr(actor, "effective_language", "") or ENGLISH)
