from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.order_kind import OrderKind
from ...models.order_status import OrderStatus
from ...models.paged_order_read import PagedOrderRead
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: None | OrderStatus | Unset = UNSET,
    kind: None | OrderKind | Unset = UNSET,
    buyer: int | None | Unset = UNSET,
    supplier: int | None | Unset = UNSET,
    placed_after: datetime.datetime | None | Unset = UNSET,
    placed_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, OrderStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, OrderKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_buyer: int | None | Unset
    if isinstance(buyer, Unset):
        json_buyer = UNSET
    else:
        json_buyer = buyer
    params["buyer"] = json_buyer

    json_supplier: int | None | Unset
    if isinstance(supplier, Unset):
        json_supplier = UNSET
    else:
        json_supplier = supplier
    params["supplier"] = json_supplier

    json_placed_after: None | str | Unset
    if isinstance(placed_after, Unset):
        json_placed_after = UNSET
    elif isinstance(placed_after, datetime.datetime):
        json_placed_after = placed_after.isoformat()
    else:
        json_placed_after = placed_after
    params["placed_after"] = json_placed_after

    json_placed_before: None | str | Unset
    if isinstance(placed_before, Unset):
        json_placed_before = UNSET
    elif isinstance(placed_before, datetime.datetime):
        json_placed_before = placed_before.isoformat()
    else:
        json_placed_before = placed_before
    params["placed_before"] = json_placed_before

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page"] = page

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/orders",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | PagedOrderRead | None:
    if response.status_code == 200:
        response_200 = PagedOrderRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorRead.from_dict(response.json())



        return response_401

    if response.status_code == 422:
        response_422 = ErrorRead.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | PagedOrderRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OrderStatus | Unset = UNSET,
    kind: None | OrderKind | Unset = UNSET,
    buyer: int | None | Unset = UNSET,
    supplier: int | None | Unset = UNSET,
    placed_after: datetime.datetime | None | Unset = UNSET,
    placed_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> Response[ErrorRead | PagedOrderRead]:
    """ Orders List

     Orders you may see: a buyer its own, a supplier those it supplies, officers all;
    newest first (`placed_at`), 50 a page: follow `next_cursor`.

    Args:
        status (None | OrderStatus | Unset):
        kind (None | OrderKind | Unset):
        buyer (int | None | Unset):
        supplier (int | None | Unset):
        placed_after (datetime.datetime | None | Unset):
        placed_before (datetime.datetime | None | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | PagedOrderRead]
     """


    kwargs = _get_kwargs(
        status=status,
kind=kind,
buyer=buyer,
supplier=supplier,
placed_after=placed_after,
placed_before=placed_before,
q=q,
cursor=cursor,
page=page,
page_size=page_size,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: None | OrderStatus | Unset = UNSET,
    kind: None | OrderKind | Unset = UNSET,
    buyer: int | None | Unset = UNSET,
    supplier: int | None | Unset = UNSET,
    placed_after: datetime.datetime | None | Unset = UNSET,
    placed_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> ErrorRead | PagedOrderRead | None:
    """ Orders List

     Orders you may see: a buyer its own, a supplier those it supplies, officers all;
    newest first (`placed_at`), 50 a page: follow `next_cursor`.

    Args:
        status (None | OrderStatus | Unset):
        kind (None | OrderKind | Unset):
        buyer (int | None | Unset):
        supplier (int | None | Unset):
        placed_after (datetime.datetime | None | Unset):
        placed_before (datetime.datetime | None | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | PagedOrderRead
     """


    return sync_detailed(
        client=client,
status=status,
kind=kind,
buyer=buyer,
supplier=supplier,
placed_after=placed_after,
placed_before=placed_before,
q=q,
cursor=cursor,
page=page,
page_size=page_size,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OrderStatus | Unset = UNSET,
    kind: None | OrderKind | Unset = UNSET,
    buyer: int | None | Unset = UNSET,
    supplier: int | None | Unset = UNSET,
    placed_after: datetime.datetime | None | Unset = UNSET,
    placed_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> Response[ErrorRead | PagedOrderRead]:
    """ Orders List

     Orders you may see: a buyer its own, a supplier those it supplies, officers all;
    newest first (`placed_at`), 50 a page: follow `next_cursor`.

    Args:
        status (None | OrderStatus | Unset):
        kind (None | OrderKind | Unset):
        buyer (int | None | Unset):
        supplier (int | None | Unset):
        placed_after (datetime.datetime | None | Unset):
        placed_before (datetime.datetime | None | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | PagedOrderRead]
     """


    kwargs = _get_kwargs(
        status=status,
kind=kind,
buyer=buyer,
supplier=supplier,
placed_after=placed_after,
placed_before=placed_before,
q=q,
cursor=cursor,
page=page,
page_size=page_size,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | OrderStatus | Unset = UNSET,
    kind: None | OrderKind | Unset = UNSET,
    buyer: int | None | Unset = UNSET,
    supplier: int | None | Unset = UNSET,
    placed_after: datetime.datetime | None | Unset = UNSET,
    placed_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> ErrorRead | PagedOrderRead | None:
    """ Orders List

     Orders you may see: a buyer its own, a supplier those it supplies, officers all;
    newest first (`placed_at`), 50 a page: follow `next_cursor`.

    Args:
        status (None | OrderStatus | Unset):
        kind (None | OrderKind | Unset):
        buyer (int | None | Unset):
        supplier (int | None | Unset):
        placed_after (datetime.datetime | None | Unset):
        placed_before (datetime.datetime | None | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | PagedOrderRead
     """


    return (await asyncio_detailed(
        client=client,
status=status,
kind=kind,
buyer=buyer,
supplier=supplier,
placed_after=placed_after,
placed_before=placed_before,
q=q,
cursor=cursor,
page=page,
page_size=page_size,

    )).parsed
