# Chinese test texts use full-width Chinese punctuation, which RUF001 takes for look-alikes.
# ruff: noqa: RUF001
"""The language recorded beside what a person writes (common/i18n/text.written_in)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tradeguard.common.i18n.text import written_in

CHINESE_READER = SimpleNamespace(effective_language="zh-hans")
ENGLISH_READER = SimpleNamespace(effective_language="en")


@pytest.mark.parametrize(
    ("author", "text", "expected"),
    [
        (CHINESE_READER, "灯罩有划痕，型号 LX-200。", "zh-hans"),
        (CHINESE_READER, "Our floor lamp has a different base.", "en"),  # wrote English
        (CHINESE_READER, "12345", "zh-hans"),  # nothing to tell: the author's language
        (ENGLISH_READER, "The shade of model 贝壳 is scratched.", "en"),  # quotes a name
        (ENGLISH_READER, "货物与合同不符。", "zh-hans"),
        (ENGLISH_READER, "", "en"),
        (SimpleNamespace(), "", ""),  # the system: unknown
    ],
)
def test_the_authors_language_unless_the_script_plainly_says_otherwise(
    author: object, text: str, expected: str
) -> None:
    assert written_in(author, text) == expected
