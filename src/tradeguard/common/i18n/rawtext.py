"""Find text in templates that people would read untranslated.

Every word a page shows must come from a translation tag (`{% translate %}`,
`{% blocktranslate %}`) or from data (`{{ value }}`). This reads each template with
Django's own lexer, blanks out what translation tags and variables produce, and parses
the rest as HTML: any text node, or user-facing attribute (placeholder, title, alt,
aria-label, data-confirm ...), that still holds words is reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from django.template.base import Lexer, TokenType

# Attributes whose values people read (or hear, with a screen reader).
READ_ATTRIBUTES = frozenset(
    {"placeholder", "title", "alt", "aria-label", "data-confirm", "data-too-big", "label"}
)
# Words that stay as they are in every language.
UNTRANSLATED = frozenset(
    {
        "TradeGuard",
        "TG",
        "API",
        "SHA-256",
        "SHA",
        "PDF",
        "CSV",
        "XLSX",
        "JSON",
        "AQL",
        "ISO",
        "UTC",
        "PNG",
        "JPEG",
        "DOCX",
        "OpenAPI",
        "Incoterms",
        "English",
        "htmx",
        "v.",
    }
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]")
PLACEHOLDER = "\u2063"  # an invisible separator standing for translated or variable text
_SLOT = re.compile(r"__\w+__")  # row-template slots that app.js fills in (__i__, __n__)
_START = re.compile(r"^(blocktranslate|blocktrans)\b")
_END = re.compile(r"^(endblocktranslate|endblocktrans)\b")


@dataclass(frozen=True, slots=True)
class RawText:
    template: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.template}:{self.line}: {self.text!r}"


def _masked(source: str) -> str:
    """The template with tags, variables, comments and translated blocks replaced by
    placeholders (newlines kept, so line numbers still match)."""
    out: list[str] = []
    depth = 0
    in_comment = False
    for token in Lexer(source).tokenize():
        raw = token.contents
        if token.token_type == TokenType.BLOCK:
            if raw == "comment" or raw.startswith("comment "):
                in_comment = True
            elif raw == "endcomment":
                in_comment = False
            elif _START.match(raw):
                depth += 1
            elif _END.match(raw):
                depth = max(0, depth - 1)
        if token.token_type == TokenType.TEXT and not in_comment and not depth:
            out.append(raw)
        else:
            newlines = _token_newlines(token, source)
            out.append(PLACEHOLDER + "\n" * newlines)
    return "".join(out)


def _token_newlines(token: object, source: str) -> int:
    position = getattr(token, "position", None)
    if position is None:
        return 0
    start, end = position
    return source.count("\n", start, end)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self._check(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._check(data)

    def _check(self, text: str) -> None:
        for piece in _SLOT.sub("", text).split(PLACEHOLDER):
            words = [w for w in _WORD.findall(piece) if w not in UNTRANSLATED]
            if words:
                self.found.append((self.getpos()[0], " ".join(piece.split())))


def raw_text(path: Path, name: str) -> Iterator[RawText]:
    reader = _Reader()
    reader.feed(_masked(path.read_text(encoding="utf-8")))
    reader.close()
    for line, text in reader.found:
        yield RawText(name, line, text)


def templates() -> Iterator[tuple[Path, str]]:
    from tradeguard.common.i18n.catalogs import PACKAGE_DIR

    for path in sorted(PACKAGE_DIR.glob("*/templates/**/*.html")):
        yield path, str(path.relative_to(PACKAGE_DIR))


def all_raw_text() -> list[RawText]:
    return [found for path, name in templates() for found in raw_text(path, name)]
