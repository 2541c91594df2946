"""What a person wrote, marked with its language; binding texts in both languages.
`{% load tg_lang %}`:

- `<p{{ message.language|lang_attr }}>{{ message.body }} {% language_mark message.language %}</p>`
  -> `<p lang="zh-Hans">… <span class="lang-mark">中文</span></p>`: the text as written
  (never translated), its language for screen readers and fonts, and a small mark
  when it is not the reader's language.
- `{% legal_texts presented %}`: statements side by side (common/i18n/legal.py).
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from tradeguard.common.i18n.legal import LANGUAGE_NAMES, SELF_NAMES, bcp47, reader_language

register = template.Library()


@register.filter
def lang_attr(language: str | None) -> SafeString:
    """` lang="zh-Hans"` for a recorded language; nothing when it is unknown."""
    if not language:
        return SafeString("")
    return format_html(' lang="{}"', bcp47(language))


@register.simple_tag
def language_mark(language: str | None) -> SafeString:
    """A small "中文" / "English" mark when the text is not in the reader's language."""
    if not language or reader_language(language) == reader_language():
        return SafeString("")
    code = reader_language(language)
    return format_html(
        '<span class="lang-mark" lang="{}" title="{}">{}</span>',
        bcp47(code),
        gettext("Written in %(language)s, shown as written (not translated).")
        % {"language": LANGUAGE_NAMES[code]},
        SELF_NAMES[code],
    )


@register.inclusion_tag("web/_legal_texts.html")
def legal_texts(legal: Any, heading: str = "") -> dict[str, Any]:
    return {"legal": legal, "heading": heading}
