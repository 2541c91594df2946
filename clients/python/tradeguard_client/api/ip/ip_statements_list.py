from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.legal_set_read import LegalSetRead
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ip/statements",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | list[LegalSetRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = LegalSetRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorRead.from_dict(response.json())



        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | list[LegalSetRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[ErrorRead | list[LegalSetRead]]:
    """ Statements List

     The binding statements of a complaint (`ip.complaint`) and of a counter-notice
    (`ip.counter_notice`), each in English and Simplified Chinese with the clause saying
    which text prevails. Show both languages side by side, have the signer tick each, and
    send `statement_language` and `statements_sha256` with the filing: the signature
    records which texts (id, version, hash) were signed in which language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | list[LegalSetRead]]
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

) -> ErrorRead | list[LegalSetRead] | None:
    """ Statements List

     The binding statements of a complaint (`ip.complaint`) and of a counter-notice
    (`ip.counter_notice`), each in English and Simplified Chinese with the clause saying
    which text prevails. Show both languages side by side, have the signer tick each, and
    send `statement_language` and `statements_sha256` with the filing: the signature
    records which texts (id, version, hash) were signed in which language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | list[LegalSetRead]
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[ErrorRead | list[LegalSetRead]]:
    """ Statements List

     The binding statements of a complaint (`ip.complaint`) and of a counter-notice
    (`ip.counter_notice`), each in English and Simplified Chinese with the clause saying
    which text prevails. Show both languages side by side, have the signer tick each, and
    send `statement_language` and `statements_sha256` with the filing: the signature
    records which texts (id, version, hash) were signed in which language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | list[LegalSetRead]]
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

) -> ErrorRead | list[LegalSetRead] | None:
    """ Statements List

     The binding statements of a complaint (`ip.complaint`) and of a counter-notice
    (`ip.counter_notice`), each in English and Simplified Chinese with the clause saying
    which text prevails. Show both languages side by side, have the signer tick each, and
    send `statement_language` and `statements_sha256` with the filing: the signature
    records which texts (id, version, hash) were signed in which language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | list[LegalSetRead]
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
