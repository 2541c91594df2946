from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_read import ErrorRead
from ...models.event_page import EventPage
from ...models.notifications_events_list_event_aggregate import NotificationsEventsListEventAggregate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    aggregate: NotificationsEventsListEventAggregate,
    aggregate_id: int,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_aggregate = aggregate.value
    params["aggregate"] = json_aggregate

    params["aggregate_id"] = aggregate_id

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorRead | EventPage | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorRead | EventPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    aggregate: NotificationsEventsListEventAggregate,
    aggregate_id: int,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[ErrorRead | EventPage]:
    """ Events List

     One object's append-only history (who did what, old and new values, when), oldest
    first, as you may see it on its page: 404 for an object you may not see. Resync
    after missed webhooks by following `next_cursor`; keep the last one to resume.

    Args:
        aggregate (NotificationsEventsListEventAggregate): What `GET /events` serves the history
            of.
        aggregate_id (int): The object's id
        after (None | str | Unset): `next_cursor` of the previous page
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | EventPage]
     """


    kwargs = _get_kwargs(
        aggregate=aggregate,
aggregate_id=aggregate_id,
after=after,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    aggregate: NotificationsEventsListEventAggregate,
    aggregate_id: int,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> ErrorRead | EventPage | None:
    """ Events List

     One object's append-only history (who did what, old and new values, when), oldest
    first, as you may see it on its page: 404 for an object you may not see. Resync
    after missed webhooks by following `next_cursor`; keep the last one to resume.

    Args:
        aggregate (NotificationsEventsListEventAggregate): What `GET /events` serves the history
            of.
        aggregate_id (int): The object's id
        after (None | str | Unset): `next_cursor` of the previous page
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | EventPage
     """


    return sync_detailed(
        client=client,
aggregate=aggregate,
aggregate_id=aggregate_id,
after=after,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    aggregate: NotificationsEventsListEventAggregate,
    aggregate_id: int,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[ErrorRead | EventPage]:
    """ Events List

     One object's append-only history (who did what, old and new values, when), oldest
    first, as you may see it on its page: 404 for an object you may not see. Resync
    after missed webhooks by following `next_cursor`; keep the last one to resume.

    Args:
        aggregate (NotificationsEventsListEventAggregate): What `GET /events` serves the history
            of.
        aggregate_id (int): The object's id
        after (None | str | Unset): `next_cursor` of the previous page
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorRead | EventPage]
     """


    kwargs = _get_kwargs(
        aggregate=aggregate,
aggregate_id=aggregate_id,
after=after,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    aggregate: NotificationsEventsListEventAggregate,
    aggregate_id: int,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> ErrorRead | EventPage | None:
    """ Events List

     One object's append-only history (who did what, old and new values, when), oldest
    first, as you may see it on its page: 404 for an object you may not see. Resync
    after missed webhooks by following `next_cursor`; keep the last one to resume.

    Args:
        aggregate (NotificationsEventsListEventAggregate): What `GET /events` serves the history
            of.
        aggregate_id (int): The object's id
        after (None | str | Unset): `next_cursor` of the previous page
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorRead | EventPage
     """


    return (await asyncio_detailed(
        client=client,
aggregate=aggregate,
aggregate_id=aggregate_id,
after=after,
limit=limit,

    )).parsed
