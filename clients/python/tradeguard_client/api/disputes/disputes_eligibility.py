from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.disputes_eligibility_dispute_reason import DisputesEligibilityDisputeReason
from ...models.eligibility_read import EligibilityRead
from ...models.error_read import ErrorRead
from typing import cast



def _get_kwargs(
    *,
    order_id: int,
    reason: DisputesEligibilityDisputeReason,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["order_id"] = order_id

    json_reason = reason.value
    params["reason"] = json_reason


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/disputes/eligibility",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EligibilityRead | ErrorRead | None:
    if response.status_code == 200:
        response_200 = EligibilityRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EligibilityRead | ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    order_id: int,
    reason: DisputesEligibilityDisputeReason,

) -> Response[EligibilityRead | ErrorRead]:
    """ Disputes Eligibility

     May this order be disputed for this reason now? Answers before anything is
    written: the window (and why), the covered amount, what is not covered and the
    evidence checklist.

    Args:
        order_id (int):
        reason (DisputesEligibilityDisputeReason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        order_id=order_id,
reason=reason,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    order_id: int,
    reason: DisputesEligibilityDisputeReason,

) -> EligibilityRead | ErrorRead | None:
    """ Disputes Eligibility

     May this order be disputed for this reason now? Answers before anything is
    written: the window (and why), the covered amount, what is not covered and the
    evidence checklist.

    Args:
        order_id (int):
        reason (DisputesEligibilityDisputeReason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRead | ErrorRead
     """


    return sync_detailed(
        client=client,
order_id=order_id,
reason=reason,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    order_id: int,
    reason: DisputesEligibilityDisputeReason,

) -> Response[EligibilityRead | ErrorRead]:
    """ Disputes Eligibility

     May this order be disputed for this reason now? Answers before anything is
    written: the window (and why), the covered amount, what is not covered and the
    evidence checklist.

    Args:
        order_id (int):
        reason (DisputesEligibilityDisputeReason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        order_id=order_id,
reason=reason,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    order_id: int,
    reason: DisputesEligibilityDisputeReason,

) -> EligibilityRead | ErrorRead | None:
    """ Disputes Eligibility

     May this order be disputed for this reason now? Answers before anything is
    written: the window (and why), the covered amount, what is not covered and the
    evidence checklist.

    Args:
        order_id (int):
        reason (DisputesEligibilityDisputeReason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRead | ErrorRead
     """


    return (await asyncio_detailed(
        client=client,
order_id=order_id,
reason=reason,

    )).parsed
