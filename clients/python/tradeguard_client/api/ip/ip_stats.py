from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.ip_stats_period import IpStatsPeriod
from ...models.ip_stats_response import IpStatsResponse
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    period: IpStatsPeriod | Unset = IpStatsPeriod.MONTH,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.date):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ip/stats",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | IpStatsResponse | None:
    if response.status_code == 200:
        response_200 = IpStatsResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | IpStatsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: IpStatsPeriod | Unset = IpStatsPeriod.MONTH,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,

) -> Response[ErrorRead | IpStatsResponse]:
    """ Stats

     Public transparency numbers: complaints, items, outcomes by reason, median hours
    to the first action, counter-notice rates, per week, month or quarter.

    Args:
        period (IpStatsPeriod | Unset):  Default: IpStatsPeriod.MONTH.
        since (datetime.date | None | Unset): First day (default: a year before `until`)
        until (datetime.date | None | Unset): Last day (default: today); at most five years after
            `since`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | IpStatsResponse]
     """


    kwargs = _get_kwargs(
        period=period,
since=since,
until=until,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    period: IpStatsPeriod | Unset = IpStatsPeriod.MONTH,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,

) -> ErrorRead | IpStatsResponse | None:
    """ Stats

     Public transparency numbers: complaints, items, outcomes by reason, median hours
    to the first action, counter-notice rates, per week, month or quarter.

    Args:
        period (IpStatsPeriod | Unset):  Default: IpStatsPeriod.MONTH.
        since (datetime.date | None | Unset): First day (default: a year before `until`)
        until (datetime.date | None | Unset): Last day (default: today); at most five years after
            `since`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | IpStatsResponse
     """


    return sync_detailed(
        client=client,
period=period,
since=since,
until=until,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: IpStatsPeriod | Unset = IpStatsPeriod.MONTH,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,

) -> Response[ErrorRead | IpStatsResponse]:
    """ Stats

     Public transparency numbers: complaints, items, outcomes by reason, median hours
    to the first action, counter-notice rates, per week, month or quarter.

    Args:
        period (IpStatsPeriod | Unset):  Default: IpStatsPeriod.MONTH.
        since (datetime.date | None | Unset): First day (default: a year before `until`)
        until (datetime.date | None | Unset): Last day (default: today); at most five years after
            `since`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | IpStatsResponse]
     """


    kwargs = _get_kwargs(
        period=period,
since=since,
until=until,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: IpStatsPeriod | Unset = IpStatsPeriod.MONTH,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,

) -> ErrorRead | IpStatsResponse | None:
    """ Stats

     Public transparency numbers: complaints, items, outcomes by reason, median hours
    to the first action, counter-notice rates, per week, month or quarter.

    Args:
        period (IpStatsPeriod | Unset):  Default: IpStatsPeriod.MONTH.
        since (datetime.date | None | Unset): First day (default: a year before `until`)
        until (datetime.date | None | Unset): Last day (default: today); at most five years after
            `since`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | IpStatsResponse
     """


    return (await asyncio_detailed(
        client=client,
period=period,
since=since,
until=until,

    )).parsed
