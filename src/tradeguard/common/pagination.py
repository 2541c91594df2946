"""Pagination in the database, before any row is built (API lists and pages alike).

A list orders by keys that end in the primary key (newest first is `-created_at, -id`)
and that an index serves. A page is found by *keyset*: the cursor holds the sort values
of the row the page starts after, so the database seeks to it in the index and page
1,000 costs what page 1 costs (OFFSET would read and throw away every row before it).
A NULL key sorts as the largest value on every database (as PostgreSQL does).

Totals never scan a large table: `count_of` counts exactly up to
`COUNT_EXACT_LIMIT` rows (a bounded `COUNT(*)` over a `LIMIT` subquery) and beyond
that answers the planner's estimate on PostgreSQL, labelled `count_is_estimate`.

The API uses `KeysetPagination` with ninja's `@paginate`; an endpoint returns an
ordered queryset, or `Rows(queryset, build)` when each row becomes a dict that needs
its prefetches (they run for the page's rows only). Pages use `keyset_page`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar, cast

from django.db import connections
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy
from django.http import HttpRequest
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from ninja import Field, Schema
from ninja.pagination import PaginationBase

from tradeguard.common.errors import ApplicationError, CommonErrorCode

T = TypeVar("T")

# Counted exactly up to here (a few milliseconds on an index); estimated beyond.
COUNT_EXACT_LIMIT = 10_000
MAX_PAGE_SIZE = 100
# Legacy ?page=N (OFFSET) is honoured this deep; cursors have no limit.
MAX_OFFSET = 10_000


@dataclass(frozen=True, slots=True)
class SortKey:
    """One key of a list's order. NULL sorts as the largest value (last going up, first
    going down), as PostgreSQL orders by default, so a plain index serves it."""

    name: str
    descending: bool = False
    nullable: bool = False

    def order(self, backwards: bool = False) -> OrderBy:
        descending = self.descending != backwards
        expression = F(self.name)
        if not self.nullable:
            return expression.desc() if descending else expression.asc()
        if descending:
            return expression.desc(nulls_first=True)
        return expression.asc(nulls_last=True)


def sort_keys(qs: QuerySet[Any]) -> tuple[SortKey, ...]:
    """The keys a queryset is ordered by (its order_by, else the model's ordering),
    ending in the primary key so that every row has one position."""
    model = qs.model
    raw: Sequence[Any] = qs.query.order_by or model._meta.ordering or ()
    keys: list[SortKey] = []
    for item in raw:
        if isinstance(item, str):
            descending = item.startswith("-")
            name = item.lstrip("-")
        elif isinstance(item, OrderBy) and isinstance(item.expression, F):
            descending = item.descending
            name = cast(Any, item.expression).name
        else:
            raise ValueError(f"cannot paginate by {item!r}: order by field names")
        name = model._meta.pk.name if name == "pk" else name
        keys.append(SortKey(name, descending, _nullable(qs, name)))
        if name == model._meta.pk.name:
            break
    if not keys or keys[-1].name != model._meta.pk.name:
        last = keys[-1].descending if keys else False
        keys.append(SortKey(model._meta.pk.name, last))
    return tuple(keys)


def _field(qs: QuerySet[Any], name: str) -> Any:
    if name in qs.query.annotations:
        return qs.query.annotations[name].output_field
    return qs.model._meta.get_field(name)


def _nullable(qs: QuerySet[Any], name: str) -> bool:
    return bool(getattr(_field(qs, name), "null", False))


# --- cursors ------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def encode_cursor(keys: Sequence[SortKey], row: Any, *, backwards: bool) -> str:
    values = [_jsonable(getattr(row, key.name)) for key in keys]
    raw = json.dumps(["b" if backwards else "a", values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def bad_cursor() -> ApplicationError:
    reason = _("This cursor is not one this list gave out; start again without it.")
    return ApplicationError(
        CommonErrorCode.INVALID_INPUT,
        _("The page cursor is not valid. Nothing was read."),
        fields={"cursor": reason},
    )


def decode_cursor(
    qs: QuerySet[Any], keys: Sequence[SortKey], cursor: str
) -> tuple[list[Any], bool]:
    """The sort values a cursor holds and whether it points backwards (a previous page)."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        direction, values = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if direction not in ("a", "b") or len(values) != len(keys):
            raise ValueError(cursor)
        parsed = [
            None if v is None else _field(qs, key.name).to_python(v)
            for key, v in zip(keys, values, strict=True)
        ]
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError, json.JSONDecodeError):
        raise bad_cursor() from None
    except Exception as exc:  # a field's to_python raises ValidationError
        if type(exc).__name__ == "ValidationError":
            raise bad_cursor() from None
        raise
    if any(v is None and not k.nullable for k, v in zip(keys, parsed, strict=True)):
        raise bad_cursor()
    return parsed, direction == "b"


def after(keys: Sequence[SortKey], values: Sequence[Any], *, backwards: bool = False) -> Q:
    """Rows strictly after `values` in the keys' order (before them with `backwards`).
    NULL is the largest value. A leading range condition on the first key lets the
    database seek in the index instead of filtering from its start."""
    branches: list[Q] = []
    equal = Q()
    for key, value in zip(keys, values, strict=True):
        descending = key.descending != backwards
        if value is None:
            # Going down, every value follows NULL; going up, nothing does.
            beyond = Q(**{f"{key.name}__isnull": False}) if descending else None
            same = Q(**{f"{key.name}__isnull": True})
        else:
            beyond = Q(**{f"{key.name}__{'lt' if descending else 'gt'}": value})
            if key.nullable and not descending:
                beyond |= Q(**{f"{key.name}__isnull": True})
            same = Q(**{key.name: value})
        if beyond is not None:
            branches.append(equal & beyond)
        equal &= same
    condition = branches[0]
    for branch in branches[1:]:
        condition |= branch
    first, value = keys[0], values[0]
    descending = first.descending != backwards
    if value is not None and (descending or not first.nullable):
        bound = "lte" if descending else "gte"
        condition &= Q(**{f"{first.name}__{bound}": value})
    return condition


# --- counts -----------------------------------------------------------------------


def count_of(qs: QuerySet[Any]) -> tuple[int, bool]:
    """(total, is_estimate): exact up to COUNT_EXACT_LIMIT; the planner's estimate
    beyond on PostgreSQL (exact elsewhere, where tables stay small)."""
    ids = qs.order_by().values("pk")
    capped = ids[: COUNT_EXACT_LIMIT + 1].count()
    if capped <= COUNT_EXACT_LIMIT:
        return capped, False
    connection = connections[qs.db]
    if connection.vendor != "postgresql":
        return ids.count(), False
    sql, params = ids.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    estimate = int(plan[0]["Plan"]["Plan Rows"])
    return max(estimate, capped), True


# --- pages --------------------------------------------------------------------------


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    count: int
    count_is_estimate: bool
    next_cursor: str | None
    previous_cursor: str | None
    first: bool  # no cursor: the list's first page
    param: str = "cursor"  # the query parameter that carries this list's cursor

    def link(self, request: HttpRequest, cursor: str | None) -> str:
        """The current URL with this list's cursor (other query parameters kept)."""
        params = [(k, str(v)) for k, v in request.GET.items() if k not in (self.param, "page")]
        if cursor:
            params.append((self.param, cursor))
        return "?" + urlencode(params) if params else request.path


def keyset_page(
    qs: QuerySet[Any],
    *,
    size: int,
    cursor: str | None = None,
    offset: int = 0,
    build: Callable[[Any], T] | None = None,
    prepare: Callable[[list[Any]], None] | None = None,
    count: bool = True,
    param: str = "cursor",
) -> Page[Any]:
    """One page of `qs` (ordered; see `sort_keys`) after/before `cursor`. Once the
    page's rows are fetched, `prepare(rows)` may load what they need in one query
    (counts of their children, say) and `build` turns each into its item.
    `offset` serves the API's legacy ?page=N."""
    keys = sort_keys(qs)
    values: list[Any] | None = None
    backwards = False
    if cursor:
        values, backwards = decode_cursor(qs, keys, cursor)
    ordered = qs.order_by(*(k.order(backwards) for k in keys))
    if values is not None:
        ordered = ordered.filter(after(keys, values, backwards=backwards))
        offset = 0
    rows = list(ordered[offset : offset + size + 1])
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    next_cursor = previous_cursor = None
    if rows:
        if (more and not backwards) or backwards:
            next_cursor = encode_cursor(keys, rows[-1], backwards=False)
        if (values is not None and not backwards) or (backwards and more) or offset:
            previous_cursor = encode_cursor(keys, rows[0], backwards=True)
    total, estimate = count_of(qs) if count else (len(rows), False)
    if prepare is not None:
        prepare(rows)
    items = [build(r) for r in rows] if build else rows
    return Page(items, total, estimate, next_cursor, previous_cursor, values is None, param)


def page_size_from(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("page_size", "")
    return min(MAX_PAGE_SIZE, int(raw)) if raw.isdigit() and int(raw) > 0 else default


def page_from(
    request: HttpRequest,
    qs: QuerySet[Any],
    *,
    size: int,
    param: str = "cursor",
    **kwargs: Any,
) -> Page[Any]:
    """`keyset_page` for a web page: the cursor comes from ?<param>= (two lists on one
    page use two names); a bad one shows the first page rather than an error page."""
    cursor = request.GET.get(param) or None
    size = page_size_from(request, size)
    try:
        return keyset_page(qs, size=size, cursor=cursor, param=param, **kwargs)
    except ApplicationError:
        return keyset_page(qs, size=size, param=param, **kwargs)


# --- the API ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rows:
    """An ordered queryset and how to turn each of its rows into a response item
    (`prepare` first loads what a page of rows needs; see `keyset_page`)."""

    queryset: QuerySet[Any]
    build: Callable[[Any], Any] = lambda row: row
    prepare: Callable[[list[Any]], None] | None = None


class KeysetPagination(PaginationBase):
    """`items`, `count` (+ `count_is_estimate`) and cursors to the next and previous
    page. `?page=N` keeps working (offset, up to MAX_OFFSET rows deep)."""

    class Input(Schema):
        cursor: str | None = Field(
            None,
            description="Where the page starts: `next_cursor` or `previous_cursor` of the "
            "previous response. Keeps its place while new items arrive; no depth limit.",
        )
        page: int = Field(
            1,
            ge=1,
            le=MAX_OFFSET,
            description="Page number (offset pagination, kept for existing clients; at "
            f"most {MAX_OFFSET:,} items deep). Ignored when `cursor` is given.",
        )
        page_size: int | None = Field(
            None,
            ge=1,
            description=f"Items per page (more than {MAX_PAGE_SIZE} count as {MAX_PAGE_SIZE})",
        )

    class Output(Schema):
        items: list[Any]
        count: int = Field(
            description=f"Items matching the filters: exact up to {COUNT_EXACT_LIMIT:,}, "
            "an estimate beyond (then `count_is_estimate` is true)."
        )
        count_is_estimate: bool = False
        next_cursor: str | None = Field(None, description="Send as `cursor` for the next page.")
        previous_cursor: str | None = Field(
            None, description="Send as `cursor` for the page before."
        )

    def __init__(self, *, page_size: int = 50, **kwargs: Any) -> None:
        self.page_size = page_size
        super().__init__(**kwargs)

    def paginate_queryset(
        self, queryset: Any, pagination: Any, request: HttpRequest, **params: Any
    ) -> Any:
        rows = queryset if isinstance(queryset, Rows) else Rows(queryset)
        size = min(pagination.page_size or self.page_size, MAX_PAGE_SIZE)
        offset = 0 if pagination.cursor else (pagination.page - 1) * size
        if offset > MAX_OFFSET:
            raise ApplicationError(
                CommonErrorCode.INVALID_INPUT,
                _("That page is too deep for page numbers. Nothing was read."),
                fields={
                    "page": _(
                        "Page numbers reach %(limit)s items; follow next_cursor to go further."
                    )
                    % {"limit": f"{MAX_OFFSET:,}"}
                },
            )
        page = keyset_page(
            rows.queryset,
            size=size,
            cursor=pagination.cursor,
            offset=offset,
            build=rows.build,
            prepare=rows.prepare,
        )
        return {
            "items": page.items,
            "count": page.count,
            "count_is_estimate": page.count_is_estimate,
            "next_cursor": page.next_cursor,
            "previous_cursor": page.previous_cursor,
        }


def chunked(items: Iterable[T], size: int) -> Iterable[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
