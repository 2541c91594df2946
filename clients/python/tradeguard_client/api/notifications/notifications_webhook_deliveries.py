from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delivery_status import DeliveryStatus
from ...models.error_read import ErrorRead
from ...models.paged_webhook_delivery_read import PagedWebhookDeliveryRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: DeliveryStatus | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DeliveryStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page"] = page

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks/deliveries",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | PagedWebhookDeliveryRead | None:
    if response.status_code == 200:
        response_200 = PagedWebhookDeliveryRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | PagedWebhookDeliveryRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> Response[ErrorRead | PagedWebhookDeliveryRead]:
    """ Webhook Deliveries

     Admin: the delivery log, newest first.

    Args:
        status (DeliveryStatus | None | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | PagedWebhookDeliveryRead]
     """


    kwargs = _get_kwargs(
        status=status,
cursor=cursor,
page=page,
page_size=page_size,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> ErrorRead | PagedWebhookDeliveryRead | None:
    """ Webhook Deliveries

     Admin: the delivery log, newest first.

    Args:
        status (DeliveryStatus | None | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | PagedWebhookDeliveryRead
     """


    return sync_detailed(
        client=client,
status=status,
cursor=cursor,
page=page,
page_size=page_size,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> Response[ErrorRead | PagedWebhookDeliveryRead]:
    """ Webhook Deliveries

     Admin: the delivery log, newest first.

    Args:
        status (DeliveryStatus | None | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | PagedWebhookDeliveryRead]
     """


    kwargs = _get_kwargs(
        status=status,
cursor=cursor,
page=page,
page_size=page_size,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | None | Unset = UNSET,

) -> ErrorRead | PagedWebhookDeliveryRead | None:
    """ Webhook Deliveries

     Admin: the delivery log, newest first.

    Args:
        status (DeliveryStatus | None | Unset):
        cursor (None | str | Unset): Where the page starts: `next_cursor` or `previous_cursor` of
            the previous response. Keeps its place while new items arrive; no depth limit.
        page (int | Unset): Page number (offset pagination, kept for existing clients; at most
            10,000 items deep). Ignored when `cursor` is given. Default: 1.
        page_size (int | None | Unset): Items per page (more than 100 count as 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | PagedWebhookDeliveryRead
     """


    return (await asyncio_detailed(
        client=client,
status=status,
cursor=cursor,
page=page,
page_size=page_size,

    )).parsed
