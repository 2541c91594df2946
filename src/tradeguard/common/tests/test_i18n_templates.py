"""Every word a template shows comes from a translation tag or from data."""

from __future__ import annotations

from pathlib import Path

from tradeguard.common.i18n.rawtext import all_raw_text, raw_text


def test_no_template_shows_text_outside_translation_tags() -> None:
    found = [str(r) for r in all_raw_text()]
    assert found == [], "Wrap these in {% translate %} / {% blocktranslate %}:\n" + "\n".join(found)


def test_the_check_sees_text_attributes_and_ignores_translated_blocks(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '{% load i18n %}<p>Plain words</p><img alt="A cat">'
        "<p>{% translate 'Fine' %}</p><p>{% blocktranslate %}Also fine{% endblocktranslate %}</p>"
        "<p>{{ value }} · 3 %</p>",
        encoding="utf-8",
    )
    assert [r.text for r in raw_text(page, "page.html")] == ["Plain words", "A cat"]
