"""Text written for a reader who is not the person acting.

A notification, an e-mail or a statement is composed when someone acts, but read by
others, each in their own language and time zone. `Text` holds a translatable template
and its values, and becomes words only when it is read (`str()`), under the reader's
language and zone (`reading_as`)::

    body = Text(
        gettext_lazy("The supplier proposes %(what)s. Answer by %(due)s."),
        what=proposal.get_kind_display,      # a lazy label, a Money, an instant ...
        due=dispute.response_due_at,
    )
    with reading_as(recipient):
        stored = str(body)

A plural template is an `ngettext_lazy(singular, plural, "n")` with the count among the
values (`n=len(items)`). Values are rendered by their kind: instants in the reader's zone (zone named), `Money`
in the reader's locale, lazy labels in the reader's language, lists joined, other
`Text` recursively; anything else as `str()`. What a person wrote goes in as a plain
value and is never translated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext


@dataclass(frozen=True, slots=True)
class Money:
    """An amount with its currency, formatted when read."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        from tradeguard.common.money import format_money

        return format_money(self.amount, self.currency, locale=money_locale())


def money_locale() -> str:
    """Babel locale for money in the active language ("US$1,800.00" in both)."""
    return "zh_Hans_CN" if (translation.get_language() or "").startswith("zh") else "en_001"


def render(value: Any) -> str:
    if isinstance(value, Text | Money | Promise):
        return str(value)
    if isinstance(value, dt.datetime):
        from tradeguard.common.formatting import format_instant

        return format_instant(value)
    if isinstance(value, list | tuple):
        return join_list(value)
    if callable(value):
        return render(value())
    return str(value)


def join_list(values: Iterable[Any]) -> str:
    """Items read as a list in the active language: "a, b, c" / "甲、乙、丙". Each item is
    rendered by its kind (a lazy label translates)."""
    return ("、" if _chinese() else ", ").join(render(v) for v in values)


def join_or(values: Iterable[Any]) -> str:
    """Alternatives: "a, b or c" / "甲、乙或丙"."""
    items = [render(v) for v in values]
    if len(items) < 2:
        return "".join(items)
    return gettext("%(first)s or %(last)s") % {"first": join_list(items[:-1]), "last": items[-1]}


def join_and(values: Iterable[Any]) -> str:
    """All of them: "a, b and c" / "甲、乙和丙"."""
    items = [render(v) for v in values]
    if len(items) < 2:
        return "".join(items)
    return gettext("%(first)s and %(last)s") % {"first": join_list(items[:-1]), "last": items[-1]}


def label_of(choices: Any, value: Any) -> Any:
    """The translatable label of an enum `value` (a code stays itself if unknown)."""
    try:
        return choices(value).label
    except ValueError:
        return value


def _value(value: Any) -> Any:
    """A count stays a number (a plural form is chosen by it); the rest is rendered."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return render(value)


def _chinese() -> bool:
    return (translation.get_language() or "").startswith("zh")


class Text:
    """A translatable template (a gettext_lazy string) with its values; see above."""

    __slots__ = ("params", "template")

    def __init__(self, template: Any, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return str(self.template)
        values = {key: _value(value) for key, value in self.params.items()}
        if isinstance(self.template, Promise):
            # A lazy template translates now, for this reader; an ngettext_lazy one
            # picks its plural form from the named count among the values.
            return str(self.template % values)
        return str(self.template) % values

    def __add__(self, other: Any) -> Joined:
        return Joined((self, other))

    def __radd__(self, other: Any) -> Joined:
        return Joined((other, self))

    def __repr__(self) -> str:
        return f"Text({self.template!r}, {self.params!r})"


class Joined(Text):
    """Parts read one after the other (paragraphs of a notification)."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[Any, ...]) -> None:
        super().__init__("")
        self.parts = parts

    def __str__(self) -> str:
        return "".join(render(part) for part in self.parts)

    def __add__(self, other: Any) -> Joined:
        return Joined((*self.parts, other))


@contextlib.contextmanager
def reading_as(user: Any) -> Iterator[None]:
    """Render text for `user`: their language and their time zone."""
    language = getattr(user, "effective_language", None) or "en"
    try:
        zone: dt.tzinfo = zoneinfo.ZoneInfo(getattr(user, "timezone", "") or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    with translation.override(language), timezone.override(zone):
        yield


def written_in(user: Any, text: str = "") -> str:
    """The language `user` writes `text` in, recorded beside it: their effective language,
    unless the text's script plainly says otherwise (a supplier reading Chinese who writes
    in English, or the reverse). TradeGuard's two languages have distinct scripts, so a
    mark never calls Latin text 中文 nor Chinese text English. "" when unknown."""
    from tradeguard.accounts.enums import Language

    language = getattr(user, "effective_language", None) or ""
    language = language if language in Language.values else ""
    return script_language(text, language) or language


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def script_language(text: str, assumed: str = "") -> str:
    """ "en" or "zh-hans" when the script of `text` contradicts `assumed`, else "".
    Chinese text often quotes Latin model numbers and brands; one Han character stands
    for about a word, so Han text wins unless Latin letters outnumber it about 4 to 1."""
    han = len(_HAN.findall(text or ""))
    latin = len(_LATIN.findall(text or ""))
    if not han and not latin:
        return ""
    found = "zh-hans" if han * 4 >= latin else "en"
    return found if found != assumed else ""
