from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.order_create import OrderCreate
from ...models.order_detail_read import OrderDetailRead
from typing import cast



def _get_kwargs(
    *,
    body: OrderCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | OrderDetailRead | None:
    if response.status_code == 201:
        response_201 = OrderDetailRead.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = ErrorRead.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorRead.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ErrorRead.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = ErrorRead.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = ErrorRead.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = ErrorRead.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = ErrorRead.from_dict(response.json())



        return response_422

    if response.status_code == 503:
        response_503 = ErrorRead.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | OrderDetailRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderCreate,

) -> Response[ErrorRead | OrderDetailRead]:
    """ Orders Create

     Record an order with its items and payments in one body.

    Trade-assurance and wholesale orders: officers or marketplace integration tokens.
    Offline orders: a buyer declares its own (marked self-declared). Past dates and an
    initial status with its timestamps are accepted for imported history.

    Args:
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | OrderDetailRead]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: OrderCreate,

) -> ErrorRead | OrderDetailRead | None:
    """ Orders Create

     Record an order with its items and payments in one body.

    Trade-assurance and wholesale orders: officers or marketplace integration tokens.
    Offline orders: a buyer declares its own (marked self-declared). Past dates and an
    initial status with its timestamps are accepted for imported history.

    Args:
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | OrderDetailRead
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderCreate,

) -> Response[ErrorRead | OrderDetailRead]:
    """ Orders Create

     Record an order with its items and payments in one body.

    Trade-assurance and wholesale orders: officers or marketplace integration tokens.
    Offline orders: a buyer declares its own (marked self-declared). Past dates and an
    initial status with its timestamps are accepted for imported history.

    Args:
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | OrderDetailRead]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrderCreate,

) -> ErrorRead | OrderDetailRead | None:
    """ Orders Create

     Record an order with its items and payments in one body.

    Trade-assurance and wholesale orders: officers or marketplace integration tokens.
    Offline orders: a buyer declares its own (marked self-declared). Past dates and an
    initial status with its timestamps are accepted for imported history.

    Args:
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | OrderDetailRead
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
