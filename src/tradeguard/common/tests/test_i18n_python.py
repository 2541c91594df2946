"""No message people read is written in Python as a plain string.

Every error message (`ApplicationError`, `invalid`, `permission_denied`, the 403 page's
`PermissionDenied`), every flash message (`messages.*`) and every notification's subject
and body goes through gettext (`_()`, `gettext_lazy`, `ngettext`) or a `Text`, so it
reaches each reader in their language. This reads the source of every module outside
tests and fails on a string literal, an f-string, or a literal formatted with `%` or
`.format()`, passed as such a message. Codes and field names are other arguments and are
never looked at.

Field errors are often gathered before the error is raised: a literal assigned into an
`errors[...]` subscript (any name ending in `errors`), or a value of a dict assigned to
such a name (`errors = {...}`, `errors.update({...})`, `errors.setdefault(k, "...")`), is
a message too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import tradeguard

PACKAGE_DIR = Path(tradeguard.__file__).parent


@dataclass(frozen=True)
class Checked:
    """Which arguments of a call are read by people: positions and keywords."""

    positions: tuple[int, ...] = ()
    keywords: tuple[str, ...] = ()
    dict_keywords: tuple[str, ...] = ()  # keywords whose dict values are messages


# Calls by the name they are made with (a bare name or the last attribute). `not_found`
# takes what was not found ("dispute"), which its message names.
CHECKED: dict[str, Checked] = {
    "ApplicationError": Checked((1,), ("message",), ("fields",)),
    "invalid": Checked((1, 2), ("reason", "message")),
    "permission_denied": Checked((0,), ("message",)),
    "not_found": Checked((0,), ("what",)),
    "PermissionDenied": Checked((0,)),
    "notify": Checked((), ("subject", "body")),
    "notify_org": Checked((), ("subject", "body")),
}
# messages.success(request, "..."), messages.add_message(request, level, "...")
MESSAGES = {"debug": 1, "info": 1, "success": 1, "warning": 1, "error": 1, "add_message": 2}


def _is_raw(node: ast.AST) -> bool:
    """A literal people would read untranslated: "...", f"...", "..." % x, "...".format()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
            for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return _is_raw(node.left) or (isinstance(node.op, ast.Add) and _is_raw(node.right))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _is_raw(node.func.value)
    if isinstance(node, ast.IfExp):
        return _is_raw(node.body) or _is_raw(node.orelse)
    return False


def _messages_in(node: ast.AST) -> list[ast.AST]:
    """The values of a field-error message: the node, or a dict literal's values (also
    one picked from a dict literal, `{...}[name]`)."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
        node = node.value
    if isinstance(node, ast.Dict):
        return [v for v in node.values if v is not None]
    return [node]


def _is_errors(node: ast.AST) -> bool:
    """`errors`, `field_errors`, `self.errors`: a name that gathers field errors."""
    return _name(node).endswith("errors")


def _field_errors(tree: ast.AST) -> Iterator[ast.AST]:
    """Messages gathered into an errors dict before an error is raised."""
    for node in ast.walk(tree):
        targets: list[ast.AST] = []
        value: ast.AST | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets, value = [node.target], node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("update", "setdefault")
            and _is_errors(node.func.value)
        ):
            values = node.args[-1:] if node.func.attr == "update" else node.args[1:2]
            for arg in values:
                yield from _messages_in(arg)
            continue
        if value is None:
            continue
        for target in targets:
            into_errors = isinstance(target, ast.Subscript) and _is_errors(target.value)
            is_errors_dict = (
                isinstance(target, ast.Name | ast.Attribute)
                and _is_errors(target)
                and isinstance(value, ast.Dict)
            )
            if into_errors or is_errors_dict:
                yield from _messages_in(value)


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _messages_call(func: ast.AST) -> int | None:
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "messages"
    ):
        return MESSAGES.get(func.attr)
    return None


def raw_messages(source: str) -> Iterator[tuple[int, str]]:
    """(line, call) for each plain-string message in `source`."""
    tree = ast.parse(source)
    for suspect in _field_errors(tree):
        if _is_raw(suspect):
            yield suspect.lineno, "errors[...]"
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        rule = CHECKED.get(name)
        position = _messages_call(node.func)
        if position is not None:
            rule = Checked((position,), ("message",))
            name = f"messages.{name}"
        if rule is None:
            continue
        suspects = [node.args[i] for i in rule.positions if i < len(node.args)]
        suspects += [k.value for k in node.keywords if k.arg in rule.keywords]
        for keyword in node.keywords:
            if keyword.arg in rule.dict_keywords and isinstance(keyword.value, ast.Dict):
                suspects += [v for v in keyword.value.values if v is not None]
        for suspect in suspects:
            if _is_raw(suspect):
                yield suspect.lineno, name


def _modules() -> Iterator[Path]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR)
        if "tests" in relative.parts or "migrations" in relative.parts:
            continue
        if relative.parts[0] == "imagematch":  # a pure library with no user-facing text
            continue
        yield path


def test_no_user_facing_message_is_a_plain_string() -> None:
    found = [
        f"{path.relative_to(PACKAGE_DIR)}:{line}: {call}"
        for path in _modules()
        for line, call in sorted(raw_messages(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "Wrap these messages in gettext (or a Text):\n" + "\n".join(found)


def test_the_check_finds_plain_messages_and_leaves_codes_alone() -> None:
    source = """
ApplicationError(Code.X, "Plain words.", fields={"field": "must be set"})
ApplicationError(Code.X, _("Translated."), fields={"field": _("Fine.")})
raise invalid("field_name", f"{n} is too many")
invalid("field_name", _("%(n)s is too many") % {"n": n})
messages.success(request, "Saved.")
messages.success(request, _("Saved."))
notify(recipients=r, kind="ip.notice", subject="Hello %s" % name, body=Text(_lazy("x")))
notify_org(organization=o, kind="dispute.opened", subject=subject, body=body)
PermissionDenied("Officers only.")
ApplicationError(code, message)
errors["title"] = "Give the title."
errors[name] = {"a": "State it.", "b": _("Fine.")}[name]
field_errors: dict[str, str] = {"x": f"At most {n}.", "y": _("Fine.")}
errors.setdefault("z", "Sign it.")
errors["title"] = _("Give the title.")
codes["title"] = "not_a_message"
errors = {}
"""
    assert sorted(raw_messages(source)) == [
        (2, "ApplicationError"),
        (2, "ApplicationError"),
        (4, "invalid"),
        (6, "messages.success"),
        (8, "notify"),
        (10, "PermissionDenied"),
        (12, "errors[...]"),
        (13, "errors[...]"),
        (14, "errors[...]"),
        (15, "errors[...]"),
    ]
