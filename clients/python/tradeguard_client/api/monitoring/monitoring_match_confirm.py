from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.confirm_read import ConfirmRead
from ...models.decision_in import DecisionIn
from ...models.error_read import ErrorRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    match_id: int,
    *,
    body: DecisionIn | None | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/images/matches/{match_id}/confirm".format(match_id=quote(str(match_id), safe=""),),
    }

    
    if isinstance(body, DecisionIn):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConfirmRead | ErrorRead | None:
    if response.status_code == 200:
        response_200 = ConfirmRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConfirmRead | ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    match_id: int,
    *,
    client: AuthenticatedClient,
    body: DecisionIn | None | Unset = UNSET,

) -> Response[ConfirmRead | ErrorRead]:
    """ Match Confirm

     Confirm the copy: prepares an `image_copy` complaint draft for the listing;
    review, sign and file it at `complaint_form_url`.

    Args:
        match_id (int):
        body (DecisionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        match_id=match_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    match_id: int,
    *,
    client: AuthenticatedClient,
    body: DecisionIn | None | Unset = UNSET,

) -> ConfirmRead | ErrorRead | None:
    """ Match Confirm

     Confirm the copy: prepares an `image_copy` complaint draft for the listing;
    review, sign and file it at `complaint_form_url`.

    Args:
        match_id (int):
        body (DecisionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmRead | ErrorRead
     """


    return sync_detailed(
        match_id=match_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    match_id: int,
    *,
    client: AuthenticatedClient,
    body: DecisionIn | None | Unset = UNSET,

) -> Response[ConfirmRead | ErrorRead]:
    """ Match Confirm

     Confirm the copy: prepares an `image_copy` complaint draft for the listing;
    review, sign and file it at `complaint_form_url`.

    Args:
        match_id (int):
        body (DecisionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        match_id=match_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    match_id: int,
    *,
    client: AuthenticatedClient,
    body: DecisionIn | None | Unset = UNSET,

) -> ConfirmRead | ErrorRead | None:
    """ Match Confirm

     Confirm the copy: prepares an `image_copy` complaint draft for the listing;
    review, sign and file it at `complaint_form_url`.

    Args:
        match_id (int):
        body (DecisionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmRead | ErrorRead
     """


    return (await asyncio_detailed(
        match_id=match_id,
client=client,
body=body,

    )).parsed
