"""Sentences the system stores as a code + values and renders for each reader.

An app keeps one `CodedTexts` of renderers (code -> function of the values returning the
sentence in the active language). The English rendering is what the row stores as text
(API, audit, older rows); pages render the code again in the reader's language, and an
unknown code, or values a renderer cannot use, read as stored."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.utils.translation import override

Renderer = Callable[[dict[str, Any]], str]


class CodedTexts:
    def __init__(self, renderers: Mapping[str, Renderer]) -> None:
        self.renderers = dict(renderers)

    def render(self, code: str, params: dict[str, Any], stored: str = "") -> str:
        """The sentence for `code` in the active language; `stored` for an unknown code."""
        renderer = self.renderers.get(code)
        if renderer is None:
            return stored
        try:
            return renderer(params)
        except (KeyError, TypeError, ValueError):
            return stored

    def english(self, code: str, params: dict[str, Any]) -> str:
        """The text stored beside the code."""
        with override("en"):
            return self.render(code, params)
