from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.catalog_listings_image_add_file_params import CatalogListingsImageAddFileParams
from ...models.error_read import ErrorRead
from ...models.listing_image_read import ListingImageRead
from typing import cast



def _get_kwargs(
    listing_id: int,
    *,
    body: CatalogListingsImageAddFileParams,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/listings/{listing_id}/images".format(listing_id=quote(str(listing_id), safe=""),),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | ListingImageRead | None:
    if response.status_code == 201:
        response_201 = ListingImageRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | ListingImageRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    listing_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogListingsImageAddFileParams,

) -> Response[ErrorRead | ListingImageRead]:
    """ Listings Image Add

     Add a product image (JPEG, PNG, WebP, GIF or BMP; at most 20 per listing).

    Args:
        listing_id (int):
        body (CatalogListingsImageAddFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | ListingImageRead]
     """


    kwargs = _get_kwargs(
        listing_id=listing_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    listing_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogListingsImageAddFileParams,

) -> ErrorRead | ListingImageRead | None:
    """ Listings Image Add

     Add a product image (JPEG, PNG, WebP, GIF or BMP; at most 20 per listing).

    Args:
        listing_id (int):
        body (CatalogListingsImageAddFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | ListingImageRead
     """


    return sync_detailed(
        listing_id=listing_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    listing_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogListingsImageAddFileParams,

) -> Response[ErrorRead | ListingImageRead]:
    """ Listings Image Add

     Add a product image (JPEG, PNG, WebP, GIF or BMP; at most 20 per listing).

    Args:
        listing_id (int):
        body (CatalogListingsImageAddFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | ListingImageRead]
     """


    kwargs = _get_kwargs(
        listing_id=listing_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    listing_id: int,
    *,
    client: AuthenticatedClient,
    body: CatalogListingsImageAddFileParams,

) -> ErrorRead | ListingImageRead | None:
    """ Listings Image Add

     Add a product image (JPEG, PNG, WebP, GIF or BMP; at most 20 per listing).

    Args:
        listing_id (int):
        body (CatalogListingsImageAddFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | ListingImageRead
     """


    return (await asyncio_detailed(
        listing_id=listing_id,
client=client,
body=body,

    )).parsed
