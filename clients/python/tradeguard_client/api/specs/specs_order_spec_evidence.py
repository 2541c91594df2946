from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.recommendation_read import RecommendationRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    order_id: int,
    *,
    clauses: str | Unset = '',

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["clauses"] = clauses


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/orders/{order_id}/spec-evidence".format(order_id=quote(str(order_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | RecommendationRead | None:
    if response.status_code == 200:
        response_200 = RecommendationRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | RecommendationRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient,
    clauses: str | Unset = '',

) -> Response[ErrorRead | RecommendationRead]:
    """ Order Spec Evidence

     Findings per cited clause (comma-separated ids) and a recommended outcome with
    its arithmetic, from the order's signed inspection reports.

    Args:
        order_id (int):
        clauses (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | RecommendationRead]
     """


    kwargs = _get_kwargs(
        order_id=order_id,
clauses=clauses,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    order_id: int,
    *,
    client: AuthenticatedClient,
    clauses: str | Unset = '',

) -> ErrorRead | RecommendationRead | None:
    """ Order Spec Evidence

     Findings per cited clause (comma-separated ids) and a recommended outcome with
    its arithmetic, from the order's signed inspection reports.

    Args:
        order_id (int):
        clauses (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | RecommendationRead
     """


    return sync_detailed(
        order_id=order_id,
client=client,
clauses=clauses,

    ).parsed

async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient,
    clauses: str | Unset = '',

) -> Response[ErrorRead | RecommendationRead]:
    """ Order Spec Evidence

     Findings per cited clause (comma-separated ids) and a recommended outcome with
    its arithmetic, from the order's signed inspection reports.

    Args:
        order_id (int):
        clauses (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | RecommendationRead]
     """


    kwargs = _get_kwargs(
        order_id=order_id,
clauses=clauses,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient,
    clauses: str | Unset = '',

) -> ErrorRead | RecommendationRead | None:
    """ Order Spec Evidence

     Findings per cited clause (comma-separated ids) and a recommended outcome with
    its arithmetic, from the order's signed inspection reports.

    Args:
        order_id (int):
        clauses (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | RecommendationRead
     """


    return (await asyncio_detailed(
        order_id=order_id,
client=client,
clauses=clauses,

    )).parsed
