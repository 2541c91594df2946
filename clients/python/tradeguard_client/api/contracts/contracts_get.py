from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.contract_read import ContractRead
from ...models.error_read import ErrorRead
from typing import cast



def _get_kwargs(
    contract_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contracts/{contract_id}".format(contract_id=quote(str(contract_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContractRead | ErrorRead | None:
    if response.status_code == 200:
        response_200 = ContractRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContractRead | ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ContractRead | ErrorRead]:
    """ Contracts Get

     One version of a contract, with its clauses in both languages.

    Args:
        contract_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        contract_id=contract_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    contract_id: int,
    *,
    client: AuthenticatedClient,

) -> ContractRead | ErrorRead | None:
    """ Contracts Get

     One version of a contract, with its clauses in both languages.

    Args:
        contract_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractRead | ErrorRead
     """


    return sync_detailed(
        contract_id=contract_id,
client=client,

    ).parsed

async def asyncio_detailed(
    contract_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ContractRead | ErrorRead]:
    """ Contracts Get

     One version of a contract, with its clauses in both languages.

    Args:
        contract_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        contract_id=contract_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    contract_id: int,
    *,
    client: AuthenticatedClient,

) -> ContractRead | ErrorRead | None:
    """ Contracts Get

     One version of a contract, with its clauses in both languages.

    Args:
        contract_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractRead | ErrorRead
     """


    return (await asyncio_detailed(
        contract_id=contract_id,
client=client,

    )).parsed
