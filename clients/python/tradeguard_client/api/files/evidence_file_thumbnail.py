from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    file_id: int,
    *,
    size: int | Unset = 240,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["size"] = size


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/files/{file_id}/thumbnail".format(file_id=quote(str(file_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient,
    size: int | Unset = 240,

) -> Response[ErrorRead]:
    """ File Thumbnail

     A WebP thumbnail of an image (or of a PDF's first page).

    Args:
        file_id (int):
        size (int | Unset): Longest side in pixels: 240 or 1600 Default: 240.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead]
     """


    kwargs = _get_kwargs(
        file_id=file_id,
size=size,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    file_id: int,
    *,
    client: AuthenticatedClient,
    size: int | Unset = 240,

) -> ErrorRead | None:
    """ File Thumbnail

     A WebP thumbnail of an image (or of a PDF's first page).

    Args:
        file_id (int):
        size (int | Unset): Longest side in pixels: 240 or 1600 Default: 240.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead
     """


    return sync_detailed(
        file_id=file_id,
client=client,
size=size,

    ).parsed

async def asyncio_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient,
    size: int | Unset = 240,

) -> Response[ErrorRead]:
    """ File Thumbnail

     A WebP thumbnail of an image (or of a PDF's first page).

    Args:
        file_id (int):
        size (int | Unset): Longest side in pixels: 240 or 1600 Default: 240.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead]
     """


    kwargs = _get_kwargs(
        file_id=file_id,
size=size,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    file_id: int,
    *,
    client: AuthenticatedClient,
    size: int | Unset = 240,

) -> ErrorRead | None:
    """ File Thumbnail

     A WebP thumbnail of an image (or of a PDF's first page).

    Args:
        file_id (int):
        size (int | Unset): Longest side in pixels: 240 or 1600 Default: 240.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead
     """


    return (await asyncio_detailed(
        file_id=file_id,
client=client,
size=size,

    )).parsed
