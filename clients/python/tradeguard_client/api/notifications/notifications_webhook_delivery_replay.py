from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.webhook_delivery_read import WebhookDeliveryRead
from typing import cast



def _get_kwargs(
    delivery_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/deliveries/{delivery_id}/replay".format(delivery_id=quote(str(delivery_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | WebhookDeliveryRead | None:
    if response.status_code == 201:
        response_201 = WebhookDeliveryRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | WebhookDeliveryRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorRead | WebhookDeliveryRead]:
    """ Webhook Delivery Replay

     Admin: send a delivery again (a missed or given-up one, or to resync a receiver):
    a new delivery of the same event and payload to the same endpoint, with a new
    `X-TradeGuard-Delivery` and `X-TradeGuard-Replay-Of: <the original's>`.

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | WebhookDeliveryRead]
     """


    kwargs = _get_kwargs(
        delivery_id=delivery_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorRead | WebhookDeliveryRead | None:
    """ Webhook Delivery Replay

     Admin: send a delivery again (a missed or given-up one, or to resync a receiver):
    a new delivery of the same event and payload to the same endpoint, with a new
    `X-TradeGuard-Delivery` and `X-TradeGuard-Replay-Of: <the original's>`.

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | WebhookDeliveryRead
     """


    return sync_detailed(
        delivery_id=delivery_id,
client=client,

    ).parsed

async def asyncio_detailed(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorRead | WebhookDeliveryRead]:
    """ Webhook Delivery Replay

     Admin: send a delivery again (a missed or given-up one, or to resync a receiver):
    a new delivery of the same event and payload to the same endpoint, with a new
    `X-TradeGuard-Delivery` and `X-TradeGuard-Replay-Of: <the original's>`.

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | WebhookDeliveryRead]
     """


    kwargs = _get_kwargs(
        delivery_id=delivery_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorRead | WebhookDeliveryRead | None:
    """ Webhook Delivery Replay

     Admin: send a delivery again (a missed or given-up one, or to resync a receiver):
    a new delivery of the same event and payload to the same endpoint, with a new
    `X-TradeGuard-Delivery` and `X-TradeGuard-Replay-Of: <the original's>`.

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | WebhookDeliveryRead
     """


    return (await asyncio_detailed(
        delivery_id=delivery_id,
client=client,

    )).parsed
