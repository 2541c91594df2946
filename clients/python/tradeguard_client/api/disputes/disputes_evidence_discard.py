from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from typing import cast



def _get_kwargs(
    dispute_id: int,
    evidence_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/disputes/{dispute_id}/evidence/{evidence_id}".format(dispute_id=quote(str(dispute_id), safe=""),evidence_id=quote(str(evidence_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorRead | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dispute_id: int,
    evidence_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Any | ErrorRead]:
    """ Disputes Evidence Discard

     Discard a draft of your side (a wrong file, or one you will replace); it frees
    its size from the case's limit. Submitted evidence stays on the record (409); the
    case's history keeps the draft's SHA-256.

    Args:
        dispute_id (int):
        evidence_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorRead]
     """


    kwargs = _get_kwargs(
        dispute_id=dispute_id,
evidence_id=evidence_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    dispute_id: int,
    evidence_id: int,
    *,
    client: AuthenticatedClient,

) -> Any | ErrorRead | None:
    """ Disputes Evidence Discard

     Discard a draft of your side (a wrong file, or one you will replace); it frees
    its size from the case's limit. Submitted evidence stays on the record (409); the
    case's history keeps the draft's SHA-256.

    Args:
        dispute_id (int):
        evidence_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorRead
     """


    return sync_detailed(
        dispute_id=dispute_id,
evidence_id=evidence_id,
client=client,

    ).parsed

async def asyncio_detailed(
    dispute_id: int,
    evidence_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Any | ErrorRead]:
    """ Disputes Evidence Discard

     Discard a draft of your side (a wrong file, or one you will replace); it frees
    its size from the case's limit. Submitted evidence stays on the record (409); the
    case's history keeps the draft's SHA-256.

    Args:
        dispute_id (int):
        evidence_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorRead]
     """


    kwargs = _get_kwargs(
        dispute_id=dispute_id,
evidence_id=evidence_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    dispute_id: int,
    evidence_id: int,
    *,
    client: AuthenticatedClient,

) -> Any | ErrorRead | None:
    """ Disputes Evidence Discard

     Discard a draft of your side (a wrong file, or one you will replace); it frees
    its size from the case's limit. Submitted evidence stays on the record (409); the
    case's history keeps the draft's SHA-256.

    Args:
        dispute_id (int):
        evidence_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorRead
     """


    return (await asyncio_detailed(
        dispute_id=dispute_id,
evidence_id=evidence_id,
client=client,

    )).parsed
