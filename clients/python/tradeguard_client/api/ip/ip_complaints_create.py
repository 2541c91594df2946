from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.complaint_create import ComplaintCreate
from ...models.complaint_detail_read import ComplaintDetailRead
from ...models.error_read import ErrorRead
from typing import cast



def _get_kwargs(
    *,
    body: ComplaintCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ip/complaints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplaintDetailRead | ErrorRead | None:
    if response.status_code == 201:
        response_201 = ComplaintDetailRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ComplaintDetailRead | ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,

) -> Response[ComplaintDetailRead | ErrorRead]:
    """ Complaints Create

     File a notice against up to 300 listings. Listings that cannot be processed come
    back as items with status `rejected` and a `rejection_reason`; the rest are notified.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintDetailRead | ErrorRead]
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
    body: ComplaintCreate,

) -> ComplaintDetailRead | ErrorRead | None:
    """ Complaints Create

     File a notice against up to 300 listings. Listings that cannot be processed come
    back as items with status `rejected` and a `rejection_reason`; the rest are notified.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintDetailRead | ErrorRead
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,

) -> Response[ComplaintDetailRead | ErrorRead]:
    """ Complaints Create

     File a notice against up to 300 listings. Listings that cannot be processed come
    back as items with status `rejected` and a `rejection_reason`; the rest are notified.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintDetailRead | ErrorRead]
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
    body: ComplaintCreate,

) -> ComplaintDetailRead | ErrorRead | None:
    """ Complaints Create

     File a notice against up to 300 listings. Listings that cannot be processed come
    back as items with status `rejected` and a `rejection_reason`; the rest are notified.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintDetailRead | ErrorRead
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
