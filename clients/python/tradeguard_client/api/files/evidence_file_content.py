from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast



def _get_kwargs(
    file_id: int,
    *,
    download: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["download"] = download


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/files/{file_id}".format(file_id=quote(str(file_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | File | None:
    if response.status_code == 200:
        response_200 = File(
             payload = BytesIO(response.content)
        )



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | File]:
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
    download: bool | Unset = False,

) -> Response[ErrorRead | File]:
    """ File Content

     The bytes of a stored file you may see: your own side's dispute drafts, submitted
    evidence of your cases, documents of your orders and your organization, IP
    documents of records, complaints and notices you may see, inspection photos, listing
    and monitored images. Served with the type sniffed at upload, `X-Content-Type-Options:
    nosniff`, a sandboxing Content-Security-Policy, inline only for images and video
    (PDFs: see `/info` for rendered pages); `Range` requests are honoured. 404 for files
    you may not see.

    Args:
        file_id (int):
        download (bool | Unset): Send as an attachment even if it is an image or a video Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | File]
     """


    kwargs = _get_kwargs(
        file_id=file_id,
download=download,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    file_id: int,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = False,

) -> ErrorRead | File | None:
    """ File Content

     The bytes of a stored file you may see: your own side's dispute drafts, submitted
    evidence of your cases, documents of your orders and your organization, IP
    documents of records, complaints and notices you may see, inspection photos, listing
    and monitored images. Served with the type sniffed at upload, `X-Content-Type-Options:
    nosniff`, a sandboxing Content-Security-Policy, inline only for images and video
    (PDFs: see `/info` for rendered pages); `Range` requests are honoured. 404 for files
    you may not see.

    Args:
        file_id (int):
        download (bool | Unset): Send as an attachment even if it is an image or a video Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | File
     """


    return sync_detailed(
        file_id=file_id,
client=client,
download=download,

    ).parsed

async def asyncio_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = False,

) -> Response[ErrorRead | File]:
    """ File Content

     The bytes of a stored file you may see: your own side's dispute drafts, submitted
    evidence of your cases, documents of your orders and your organization, IP
    documents of records, complaints and notices you may see, inspection photos, listing
    and monitored images. Served with the type sniffed at upload, `X-Content-Type-Options:
    nosniff`, a sandboxing Content-Security-Policy, inline only for images and video
    (PDFs: see `/info` for rendered pages); `Range` requests are honoured. 404 for files
    you may not see.

    Args:
        file_id (int):
        download (bool | Unset): Send as an attachment even if it is an image or a video Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | File]
     """


    kwargs = _get_kwargs(
        file_id=file_id,
download=download,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    file_id: int,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = False,

) -> ErrorRead | File | None:
    """ File Content

     The bytes of a stored file you may see: your own side's dispute drafts, submitted
    evidence of your cases, documents of your orders and your organization, IP
    documents of records, complaints and notices you may see, inspection photos, listing
    and monitored images. Served with the type sniffed at upload, `X-Content-Type-Options:
    nosniff`, a sandboxing Content-Security-Policy, inline only for images and video
    (PDFs: see `/info` for rendered pages); `Range` requests are honoured. 404 for files
    you may not see.

    Args:
        file_id (int):
        download (bool | Unset): Send as an attachment even if it is an image or a video Default:
            False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | File
     """


    return (await asyncio_detailed(
        file_id=file_id,
client=client,
download=download,

    )).parsed
