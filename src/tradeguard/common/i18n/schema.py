"""API field types for languages."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from tradeguard.accounts.enums import Language


def _recorded(value: Any) -> Any:
    return value or None


WrittenLanguage = Annotated[
    Language | None,
    BeforeValidator(_recorded),
    Field(
        description="The language its author wrote it in (null: not recorded). The text is "
        "shown as written, never translated."
    ),
]
"""The language of a text a person wrote (a `language_field`); "" reads as null."""
