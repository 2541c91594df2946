# Chinese test texts use full-width Chinese punctuation, which RUF001 takes for look-alikes.
# ruff: noqa: RUF001
"""The API's error `message` in the client's language (issue 12).

Rule: an `Accept-Language` header naming a supported language wins (an integrator asks
per request, for the person it shows the answer to); without one, the token owner's
saved language. Catalogue entries are added here for the duration of a test so that the
behaviour is checked whatever the translators have done so far."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.utils import translation
from django.utils.translation import gettext, trans_real

from tradeguard.accounts.services import user_set_language
from tradeguard.accounts.tests.factories import buyer
from tradeguard.common.testing import ApiClient

pytestmark = pytest.mark.django_db

NOT_FOUND = "No %(what)s with that id exists or you may not see it."
INVALID = "The request has invalid fields (%(fields)s). Nothing was saved."
_MISSING = object()


@pytest.fixture
def zh_entry() -> Iterator[Callable[[str, str], None]]:
    """Add (or replace) a zh-hans catalogue entry until the test ends."""
    catalog = trans_real.translation("zh-hans")._catalog  # type: ignore[attr-defined]
    top: dict[str, Any] = catalog._catalogs[0]
    saved: dict[str, Any] = {}

    def add(msgid: str, msgstr: str) -> None:
        saved.setdefault(msgid, top.get(msgid, _MISSING))
        top[msgid] = msgstr

    yield add
    for msgid, value in saved.items():
        if value is _MISSING:
            top.pop(msgid, None)
        else:
            top[msgid] = value


@pytest.fixture
def chinese(zh_entry: Callable[[str, str], None]) -> None:
    zh_entry(NOT_FOUND, "不存在该编号的%(what)s，或您无权查看。")
    zh_entry("dispute", "纠纷")
    zh_entry(INVALID, "请求中有无效字段（%(fields)s），未保存任何内容。")


def _get(api: ApiClient, path: str, language: str | None = None) -> Any:
    headers = {"Accept-Language": language} if language else {}
    return api.client.get(f"/api/v1/{path}", headers=api._headers(headers))


def _zh(msgid: str, **params: Any) -> str:
    with translation.override("zh-hans"):
        return gettext(msgid) % params


def test_a_404_answers_in_the_language_the_request_asks_for(chinese: None) -> None:
    api = ApiClient(user_set_language(actor=buyer(), language="en"))
    resp = _get(api, "disputes/999999", "zh-Hans,zh;q=0.9,en;q=0.5")
    assert resp.status_code == 404
    expected = _zh(NOT_FOUND, what=_zh("dispute"))
    assert resp.json()["message"] == expected == "不存在该编号的纠纷，或您无权查看。"
    assert resp["Content-Language"] == "zh-hans"
    english = _get(api, "disputes/999999", "en-US")
    assert english.json()["message"] == "No dispute with that id exists or you may not see it."


def test_a_422_answers_in_the_language_the_request_asks_for(chinese: None) -> None:
    api = ApiClient(user_set_language(actor=buyer(), language="en"))
    resp = api.post("disputes", {"reason": "not_received"}, headers={"Accept-Language": "zh-Hans"})
    assert resp.status_code == 422
    message = resp.json()["message"]
    assert message.startswith("请求中有无效字段（")
    assert message.endswith("未保存任何内容。")
    assert resp.json()["code"] == "invalid_input"  # codes stay codes


def test_without_a_header_the_token_owners_saved_language(chinese: None) -> None:
    api = ApiClient(user_set_language(actor=buyer(), language="zh-hans"))
    resp = _get(api, "disputes/999999")
    assert resp.json()["message"] == "不存在该编号的纠纷，或您无权查看。"
    assert resp["Content-Language"] == "zh-hans"


def test_a_header_wins_over_the_saved_language(chinese: None) -> None:
    api = ApiClient(user_set_language(actor=buyer(), language="zh-hans"))
    resp = _get(api, "disputes/999999", "en")
    assert resp.json()["message"] == "No dispute with that id exists or you may not see it."
    assert resp["Content-Language"] == "en"


def test_a_header_naming_only_unsupported_languages_falls_back_to_the_saved_one(
    chinese: None,
) -> None:
    api = ApiClient(user_set_language(actor=buyer(), language="zh-hans"))
    resp = _get(api, "disputes/999999", "fr-FR, de;q=0.8")
    assert resp.json()["message"] == "不存在该编号的纠纷，或您无权查看。"


def test_unauthenticated_answers_follow_the_header() -> None:
    resp = ApiClient(None).client.get("/api/v1/disputes", headers={"Accept-Language": "zh-Hans"})
    assert resp.status_code == 401
    assert resp["Content-Language"] == "zh-hans"
