from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.library_clause_read import LibraryClauseRead
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contract-clauses",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | list[LibraryClauseRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = LibraryClauseRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | list[LibraryClauseRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[ErrorRead | list[LibraryClauseRead]]:
    """ Contracts Library

     The current version of every clause of the library, with its source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | list[LibraryClauseRead]]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,

) -> ErrorRead | list[LibraryClauseRead] | None:
    """ Contracts Library

     The current version of every clause of the library, with its source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | list[LibraryClauseRead]
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[ErrorRead | list[LibraryClauseRead]]:
    """ Contracts Library

     The current version of every clause of the library, with its source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | list[LibraryClauseRead]]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,

) -> ErrorRead | list[LibraryClauseRead] | None:
    """ Contracts Library

     The current version of every clause of the library, with its source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | list[LibraryClauseRead]
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
