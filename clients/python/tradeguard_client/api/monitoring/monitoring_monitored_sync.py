from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.monitored_image_read import MonitoredImageRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    owner_id: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_owner_id: int | None | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/images/monitored/sync",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | list[MonitoredImageRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = MonitoredImageRead.from_dict(response_200_item_data)



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | list[MonitoredImageRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    owner_id: int | None | Unset = UNSET,

) -> Response[ErrorRead | list[MonitoredImageRead]]:
    """ Monitored Sync

     Monitor the reference images of your approved copyright records (runs daily too);
    returns the images newly monitored.

    Args:
        owner_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | list[MonitoredImageRead]]
     """


    kwargs = _get_kwargs(
        owner_id=owner_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    owner_id: int | None | Unset = UNSET,

) -> ErrorRead | list[MonitoredImageRead] | None:
    """ Monitored Sync

     Monitor the reference images of your approved copyright records (runs daily too);
    returns the images newly monitored.

    Args:
        owner_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | list[MonitoredImageRead]
     """


    return sync_detailed(
        client=client,
owner_id=owner_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    owner_id: int | None | Unset = UNSET,

) -> Response[ErrorRead | list[MonitoredImageRead]]:
    """ Monitored Sync

     Monitor the reference images of your approved copyright records (runs daily too);
    returns the images newly monitored.

    Args:
        owner_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | list[MonitoredImageRead]]
     """


    kwargs = _get_kwargs(
        owner_id=owner_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    owner_id: int | None | Unset = UNSET,

) -> ErrorRead | list[MonitoredImageRead] | None:
    """ Monitored Sync

     Monitor the reference images of your approved copyright records (runs daily too);
    returns the images newly monitored.

    Args:
        owner_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | list[MonitoredImageRead]
     """


    return (await asyncio_detailed(
        client=client,
owner_id=owner_id,

    )).parsed
