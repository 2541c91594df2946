"""Links inside notification text.

A service writes a link into a message as `link("Arc lamp (replica)", "/ip/items/4/")`,
which stores `[Arc lamp (replica)](/ip/items/4/)`. The inbox shows it as a link with
that label, an email as "Arc lamp (replica) (https://tradeguard.example/ip/items/4/)"
(mail clients make it clickable), so nobody reads a bare "/ip/items/4/". A bare path
left in older messages is rendered as a link too ("open"), never shown raw.
"""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# [label](/path/) with an internal path (one leading slash, no scheme or host).
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((/(?!/)[^\s()]*)\)")
# A bare internal path such as /ip/items/11/ standing on its own in the text.
_BARE = re.compile(r"(?<![\w/\]\(])(/[a-z][a-z0-9_-]*/(?:[A-Za-z0-9_-]+/)*)(?=[\s.,;:)]|$)")


def link(label: str, path: str) -> str:
    """The markup for a link to an internal `path` labelled `label`."""
    clean = " ".join(str(label).replace("[", "(").replace("]", ")").split()) or path
    return f"[{clean}]({path})"


def _tokens(text: str) -> list[tuple[str, str, str]]:
    """[(kind, text, path)]: kind is "text", "link" or "bare"."""
    out: list[tuple[str, str, str]] = []
    pos = 0
    for match in _LINK.finditer(text):
        out.extend(_bare_tokens(text[pos : match.start()]))
        out.append(("link", match.group(1), match.group(2)))
        pos = match.end()
    out.extend(_bare_tokens(text[pos:]))
    return out


def _bare_tokens(text: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    pos = 0
    for match in _BARE.finditer(text):
        if match.start() > pos:
            out.append(("text", text[pos : match.start()], ""))
        out.append(("bare", match.group(1), match.group(1)))
        pos = match.end()
    if pos < len(text):
        out.append(("text", text[pos:], ""))
    return out


def to_html(text: str) -> SafeString:
    """Escaped text with links and line breaks, for the inbox."""
    parts: list[str] = []
    for kind, value, path in _tokens(text or ""):
        if kind == "text":
            parts.append(str(escape(value)))
        else:
            label = value if kind == "link" else _("open")
            parts.append(str(format_html('<a href="{}">{}</a>', path, label)))
    html = "".join(parts).replace("\r\n", "\n")
    paragraphs = [p.strip("\n") for p in re.split(r"\n{2,}", html) if p.strip()]
    return mark_safe(  # noqa: S308 - every piece above is escaped or built by format_html
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    )


def to_inline_html(text: str) -> SafeString:
    """Like `to_html` but in one run of text (line breaks as <br>), for a sentence
    inside a page, e.g. why a listing was removed."""
    parts: list[str] = []
    for kind, value, path in _tokens(text or ""):
        if kind == "text":
            parts.append(str(escape(value)))
        else:
            label = value if kind == "link" else _("open")
            parts.append(str(format_html('<a href="{}">{}</a>', path, label)))
    return mark_safe("".join(parts).replace("\n", "<br>"))  # noqa: S308 - escaped above


def to_plain(text: str, base_url: str) -> str:
    """Plain text with absolute links, for emails and the API."""
    base = base_url.rstrip("/")
    parts: list[str] = []
    for kind, value, path in _tokens(text or ""):
        if kind == "text":
            parts.append(value)
        elif kind == "link":
            parts.append(f"{value} ({base}{path})")
        else:
            parts.append(f"{base}{path}")
    return "".join(parts)


def excerpt(text: str, limit: int = 220) -> str:
    """The first `limit` characters of the readable text (links by their labels)."""
    plain = "".join(value for kind, value, _path in _tokens(text or "") if kind != "bare")
    plain = " ".join(plain.split())
    if len(plain) <= limit:
        return plain
    cut = plain[:limit].rsplit(" ", 1)[0]
    return f"{cut}…"
