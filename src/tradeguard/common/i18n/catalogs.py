"""Translation catalogues without GNU gettext: extraction, update, compilation and the
completeness check, in pure Python (Babel, which the money formatting already needs).

Each app of the `tradeguard` package keeps its own catalogues under
`<app>/locale/<lang>/LC_MESSAGES/django.po` (+ the compiled `.mo`, committed so a fresh
clone serves Chinese without build tools). Strings come from the app's Python modules
(gettext, gettext_lazy, ngettext, pgettext ... and `_`) and its templates
(`{% translate %}`, `{% blocktranslate %}`, read through Django's own `templatize`, as
`makemessages` does).

`tradeguard i18n update` merges new strings into every catalogue (Chinese left empty for
a translator, English filled with the source text), `tradeguard i18n compile` writes the
`.mo` files, and `tradeguard i18n check` lists what is missing, untranslated, fuzzy or
not compiled, and any translation that another catalogue overrides where Django
serves it ("shadowed"); a test runs the check, so an untranslated string fails
`make test`.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

PACKAGE_DIR = Path(__file__).resolve().parents[2]  # src/tradeguard
DOMAIN = "django"
# The languages TradeGuard ships; the first is the source language.
SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES = ("zh_Hans",)
CATALOGUE_LANGUAGES = (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES)

KEYWORDS: dict[str, Any] = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "_lazy": None,  # gettext_lazy where `_` is gettext
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
# Folders whose strings nobody reads in the product.
SKIP_PARTS = frozenset({"tests", "migrations", "locale", "__pycache__", "static"})

MessageId = Any  # msgid, or (singular, plural)
Key = tuple[MessageId, str | None]  # (id, context)


@dataclass(frozen=True, slots=True)
class Problem:
    app: str
    language: str
    kind: str  # missing / untranslated / fuzzy / placeholders / stale-mo / obsolete
    message: str

    def __str__(self) -> str:
        return f"{self.app} [{self.language}] {self.kind}: {self.message}"


def apps() -> list[Path]:
    """The app folders of the tradeguard package that hold translatable strings."""
    return sorted(
        p
        for p in PACKAGE_DIR.iterdir()
        if p.is_dir() and (p / "__init__.py").exists() and p.name not in SKIP_PARTS
    )


def _sources(app: Path) -> Iterator[Path]:
    for path in sorted(app.rglob("*")):
        if not path.is_file() or SKIP_PARTS.intersection(path.relative_to(app).parts):
            continue
        if path.suffix == ".py" or (path.suffix in (".html", ".txt") and "templates" in path.parts):
            yield path


def _python_messages(source: bytes, name: str) -> Iterator[tuple[int, MessageId, str | None]]:
    extractor: Any = extract_python
    for lineno, message, _comments, context in extract(
        extractor, io.BytesIO(source), keywords=KEYWORDS, strip_comment_tags=True
    ):
        yield lineno, message, context


def _template_messages(text: str, name: str) -> Iterator[tuple[int, MessageId, str | None]]:
    from django.utils.translation.template import templatize

    # templatize() writes each string as one repr() literal on one line, between masked
    # text; without the leading blanks the result tokenizes as Python for Babel.
    source = "\n".join(line.lstrip() for line in templatize(text, origin=name).splitlines())
    yield from _python_messages(source.encode(), name)


def extract_app(app: Path) -> Catalog:
    """Every translatable string of `app`, with where it is used."""
    catalog = Catalog(domain=DOMAIN, project="TradeGuard", fuzzy=False)
    for path in _sources(app):
        rel = str(path.relative_to(PACKAGE_DIR))
        if path.suffix == ".py":
            found = _python_messages(path.read_bytes(), rel)
        else:
            found = _template_messages(path.read_text(encoding="utf-8"), rel)
        for lineno, message, context in found:
            if not message or (isinstance(message, tuple) and not message[0]):
                continue
            catalog.add(message, locations=[(rel, lineno)], context=context)
    return catalog


def po_path(app: Path, language: str) -> Path:
    return app / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(path: Path, language: str) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=language, domain=DOMAIN)


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=True, ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def update(progress: Callable[[str], None] = lambda line: None) -> dict[str, int]:
    """Merge every app's strings into its catalogues; returns {app: new strings}."""
    added: dict[str, int] = {}
    for app in apps():
        template = extract_app(app)
        if not len(template):
            continue
        for language in CATALOGUE_LANGUAGES:
            path = po_path(app, language)
            if path.exists():
                catalog = read(path, language)
            else:
                catalog = Catalog(locale=language, domain=DOMAIN, project="TradeGuard")
            before = {m.id for m in catalog if m.id}
            created = catalog.creation_date
            # update() adopts the template's message objects: give each catalogue its own.
            catalog.update(
                copy.deepcopy(template), no_fuzzy_matching=True, update_header_comment=False
            )
            catalog.obsolete.clear()
            if language == SOURCE_LANGUAGE:
                for message in catalog:
                    strings = (
                        message.string if isinstance(message.string, tuple) else (message.string,)
                    )
                    if message.id and not all(strings):
                        message.string = message.id
            catalog.creation_date = created if path.exists() else catalog.creation_date
            catalog.revision_date = catalog.creation_date  # stable files, small diffs
            catalog.fuzzy = False  # a fuzzy header would drop Plural-Forms from the .mo
            catalog.copyright_holder = "The TradeGuard authors"
            catalog.last_translator = "TradeGuard translators"
            catalog.language_team = "Simplified Chinese" if language == "zh_Hans" else "English"
            _write(catalog, path)
            new = len({m.id for m in catalog if m.id} - before)
            if language != SOURCE_LANGUAGE:
                added[app.name] = new
            progress(f"{app.name} [{language}]: {len(template)} strings, {new} new")
    return added


def compile_all(progress: Callable[[str], None] = lambda line: None) -> int:
    """Write the .mo of every catalogue; returns how many were written."""
    written = 0
    for app in apps():
        for language in CATALOGUE_LANGUAGES:
            path = po_path(app, language)
            if not path.exists():
                continue
            data = _mo_bytes(read(path, language))
            mo = path.with_suffix(".mo")
            if not mo.exists() or mo.read_bytes() != data:
                mo.write_bytes(data)
                written += 1
                progress(f"compiled {mo.relative_to(PACKAGE_DIR)}")
    return written


_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|\{(\w+)\}")


def _placeholders(text: Any) -> set[str]:
    """The named placeholders a translation must keep: %(name)s and {name}."""
    return {a or b for a, b in _PLACEHOLDER.findall(text or "")}


def check() -> list[Problem]:
    """What stands between the source and complete, compiled catalogues."""
    problems: list[Problem] = []
    for app in apps():
        template = extract_app(app)
        if not len(template):
            continue
        wanted = {(m.id, m.context) for m in template if m.id}
        for language in CATALOGUE_LANGUAGES:
            path = po_path(app, language)
            if not path.exists():
                problems.append(Problem(app.name, language, "missing", str(path)))
                continue
            catalog = read(path, language)
            have = {(m.id, m.context): m for m in catalog if m.id}
            for key in sorted(wanted - have.keys(), key=str):
                problems.append(Problem(app.name, language, "missing", _show(key[0])))
            for key, message in have.items():
                if key not in wanted:
                    problems.append(Problem(app.name, language, "obsolete", _show(key[0])))
                    continue
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                if not all(strings):
                    problems.append(Problem(app.name, language, "untranslated", _show(key[0])))
                elif message.fuzzy:
                    problems.append(Problem(app.name, language, "fuzzy", _show(key[0])))
                elif any(
                    _placeholders(s) != _placeholders(_show(key[0])) for s in strings if s
                ) and not isinstance(key[0], tuple):
                    problems.append(Problem(app.name, language, "placeholders", _show(key[0])))
            mo = path.with_suffix(".mo")
            if not mo.exists() or _mo_stale(mo, catalog, language):
                problems.append(Problem(app.name, language, "stale-mo", str(mo)))
            elif language != SOURCE_LANGUAGE:
                problems.extend(_shadowed(app, language, catalog))
    return problems


def _shadowed(app: Path, language: str, catalog: Catalog) -> list[Problem]:
    """The app's translations that Django does not serve. Django merges every catalogue
    of a language into one table, so when two apps translate one msgid (and context)
    differently, one of them reads the other's words: the supplier's "Removed" spec
    line read "已下架", delisted. Give one a context (pgettext, `context` in a
    template tag) or both the same words."""
    from django.utils import translation

    problems: list[Problem] = []
    with translation.override(language.replace("_", "-").lower()):
        for message in catalog:
            if not message.id or not message.string:
                continue
            context = message.context
            if isinstance(message.id, (tuple, list)):
                singular, plural = str(message.id[0]), str(message.id[1])
                wanted = str(message.string[0])
                served = (
                    translation.npgettext(context, singular, plural, 1)
                    if context
                    else translation.ngettext(singular, plural, 1)
                )
            else:
                wanted = str(message.string)
                served = (
                    translation.pgettext(context, message.id)
                    if context
                    else translation.gettext(message.id)
                )
            if wanted and served != wanted:
                problems.append(
                    Problem(
                        app.name,
                        language,
                        "shadowed",
                        f"{_show(message.id)!r} reads {served!r}, not {wanted!r}",
                    )
                )
    return problems


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _mo_stale(mo: Path, catalog: Catalog, language: str) -> bool:
    return mo.read_bytes() != _mo_bytes(catalog)


def _show(message_id: MessageId) -> str:
    return message_id[0] if isinstance(message_id, tuple) else message_id
