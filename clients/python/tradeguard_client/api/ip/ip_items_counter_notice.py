from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.ip_items_counter_notice_multi_part_body_params import IpItemsCounterNoticeMultiPartBodyParams
from ...models.item_detail_read import ItemDetailRead
from typing import cast



def _get_kwargs(
    item_id: int,
    *,
    body: IpItemsCounterNoticeMultiPartBodyParams,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ip/items/{item_id}/counter-notice".format(item_id=quote(str(item_id), safe=""),),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | ItemDetailRead | None:
    if response.status_code == 200:
        response_200 = ItemDetailRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | ItemDetailRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: IpItemsCounterNoticeMultiPartBodyParams,

) -> Response[ErrorRead | ItemDetailRead]:
    """ Items Counter Notice

     Supplier counter-notice (multipart): explanation, documents, a statement under
    penalty of perjury, consent to jurisdiction and a signature. Show the statements from
    `GET /ip/statements` (both languages; English prevails); `statement_language` is the
    signer's (default: the request's language), `statements_sha256` the set you showed.

    Args:
        item_id (int):
        body (IpItemsCounterNoticeMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | ItemDetailRead]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: IpItemsCounterNoticeMultiPartBodyParams,

) -> ErrorRead | ItemDetailRead | None:
    """ Items Counter Notice

     Supplier counter-notice (multipart): explanation, documents, a statement under
    penalty of perjury, consent to jurisdiction and a signature. Show the statements from
    `GET /ip/statements` (both languages; English prevails); `statement_language` is the
    signer's (default: the request's language), `statements_sha256` the set you showed.

    Args:
        item_id (int):
        body (IpItemsCounterNoticeMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | ItemDetailRead
     """


    return sync_detailed(
        item_id=item_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: IpItemsCounterNoticeMultiPartBodyParams,

) -> Response[ErrorRead | ItemDetailRead]:
    """ Items Counter Notice

     Supplier counter-notice (multipart): explanation, documents, a statement under
    penalty of perjury, consent to jurisdiction and a signature. Show the statements from
    `GET /ip/statements` (both languages; English prevails); `statement_language` is the
    signer's (default: the request's language), `statements_sha256` the set you showed.

    Args:
        item_id (int):
        body (IpItemsCounterNoticeMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | ItemDetailRead]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: IpItemsCounterNoticeMultiPartBodyParams,

) -> ErrorRead | ItemDetailRead | None:
    """ Items Counter Notice

     Supplier counter-notice (multipart): explanation, documents, a statement under
    penalty of perjury, consent to jurisdiction and a signature. Show the statements from
    `GET /ip/statements` (both languages; English prevails); `statement_language` is the
    signer's (default: the request's language), `statements_sha256` the set you showed.

    Args:
        item_id (int):
        body (IpItemsCounterNoticeMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | ItemDetailRead
     """


    return (await asyncio_detailed(
        item_id=item_id,
client=client,
body=body,

    )).parsed
