from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.scam_signal_read import ScamSignalRead
from ...models.signal_review import SignalReview
from typing import cast



def _get_kwargs(
    dispute_id: int,
    signal_id: int,
    *,
    body: SignalReview,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/disputes/{dispute_id}/signals/{signal_id}/review".format(dispute_id=quote(str(dispute_id), safe=""),signal_id=quote(str(signal_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | ScamSignalRead | None:
    if response.status_code == 200:
        response_200 = ScamSignalRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | ScamSignalRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dispute_id: int,
    signal_id: int,
    *,
    client: AuthenticatedClient,
    body: SignalReview,

) -> Response[ErrorRead | ScamSignalRead]:
    """ Disputes Signal Review

     An officer confirms a signal (the supplier gets the serious-violation sanction
    points, once per case) or dismisses it. Others answer 403; a reviewed signal 409.

    Args:
        dispute_id (int):
        signal_id (int):
        body (SignalReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | ScamSignalRead]
     """


    kwargs = _get_kwargs(
        dispute_id=dispute_id,
signal_id=signal_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    dispute_id: int,
    signal_id: int,
    *,
    client: AuthenticatedClient,
    body: SignalReview,

) -> ErrorRead | ScamSignalRead | None:
    """ Disputes Signal Review

     An officer confirms a signal (the supplier gets the serious-violation sanction
    points, once per case) or dismisses it. Others answer 403; a reviewed signal 409.

    Args:
        dispute_id (int):
        signal_id (int):
        body (SignalReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | ScamSignalRead
     """


    return sync_detailed(
        dispute_id=dispute_id,
signal_id=signal_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    dispute_id: int,
    signal_id: int,
    *,
    client: AuthenticatedClient,
    body: SignalReview,

) -> Response[ErrorRead | ScamSignalRead]:
    """ Disputes Signal Review

     An officer confirms a signal (the supplier gets the serious-violation sanction
    points, once per case) or dismisses it. Others answer 403; a reviewed signal 409.

    Args:
        dispute_id (int):
        signal_id (int):
        body (SignalReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | ScamSignalRead]
     """


    kwargs = _get_kwargs(
        dispute_id=dispute_id,
signal_id=signal_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    dispute_id: int,
    signal_id: int,
    *,
    client: AuthenticatedClient,
    body: SignalReview,

) -> ErrorRead | ScamSignalRead | None:
    """ Disputes Signal Review

     An officer confirms a signal (the supplier gets the serious-violation sanction
    points, once per case) or dismisses it. Others answer 403; a reviewed signal 409.

    Args:
        dispute_id (int):
        signal_id (int):
        body (SignalReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | ScamSignalRead
     """


    return (await asyncio_detailed(
        dispute_id=dispute_id,
signal_id=signal_id,
client=client,
body=body,

    )).parsed
