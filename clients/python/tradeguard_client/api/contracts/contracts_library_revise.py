from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.library_clause_read import LibraryClauseRead
from ...models.library_clause_update import LibraryClauseUpdate
from typing import cast



def _get_kwargs(
    key: str,
    *,
    body: LibraryClauseUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contract-clauses/{key}/versions".format(key=quote(str(key), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | LibraryClauseRead | None:
    if response.status_code == 201:
        response_201 = LibraryClauseRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | LibraryClauseRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    body: LibraryClauseUpdate,

) -> Response[ErrorRead | LibraryClauseRead]:
    """ Contracts Library Revise

     Officers: a new version of a library clause (contracts drafted later use it).

    Args:
        key (str):
        body (LibraryClauseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | LibraryClauseRead]
     """


    kwargs = _get_kwargs(
        key=key,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    key: str,
    *,
    client: AuthenticatedClient,
    body: LibraryClauseUpdate,

) -> ErrorRead | LibraryClauseRead | None:
    """ Contracts Library Revise

     Officers: a new version of a library clause (contracts drafted later use it).

    Args:
        key (str):
        body (LibraryClauseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | LibraryClauseRead
     """


    return sync_detailed(
        key=key,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    body: LibraryClauseUpdate,

) -> Response[ErrorRead | LibraryClauseRead]:
    """ Contracts Library Revise

     Officers: a new version of a library clause (contracts drafted later use it).

    Args:
        key (str):
        body (LibraryClauseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | LibraryClauseRead]
     """


    kwargs = _get_kwargs(
        key=key,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient,
    body: LibraryClauseUpdate,

) -> ErrorRead | LibraryClauseRead | None:
    """ Contracts Library Revise

     Officers: a new version of a library clause (contracts drafted later use it).

    Args:
        key (str):
        body (LibraryClauseUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | LibraryClauseRead
     """


    return (await asyncio_detailed(
        key=key,
client=client,
body=body,

    )).parsed
