from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.aql_plan_read import AqlPlanRead
from ...models.error_read import ErrorRead
from ...models.specs_aql_plan_inspection import SpecsAqlPlanInspection
from ...models.specs_aql_plan_level import SpecsAqlPlanLevel
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    lot_size: str,
    level: SpecsAqlPlanLevel | Unset = UNSET,
    aql: str,
    inspection: SpecsAqlPlanInspection | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["lot_size"] = lot_size

    json_level: dict[str, Any] | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.to_dict()
    if not isinstance(json_level, Unset):
        params.update(json_level)


    params["aql"] = aql

    json_inspection: dict[str, Any] | Unset = UNSET
    if not isinstance(inspection, Unset):
        json_inspection = inspection.to_dict()
    if not isinstance(json_inspection, Unset):
        params.update(json_inspection)



    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/aql",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AqlPlanRead | ErrorRead | None:
    if response.status_code == 200:
        response_200 = AqlPlanRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AqlPlanRead | ErrorRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lot_size: str,
    level: SpecsAqlPlanLevel | Unset = UNSET,
    aql: str,
    inspection: SpecsAqlPlanInspection | Unset = UNSET,

) -> Response[AqlPlanRead | ErrorRead]:
    """ Aql Plan

     ISO 2859-1 single sampling plan (bearer token required, like every endpoint).

    Args:
        lot_size (str): Units in the lot (>= 1).
        level (SpecsAqlPlanLevel | Unset): Inspection level
        aql (str): 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 or 10.
        inspection (SpecsAqlPlanInspection | Unset): Which table applies

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AqlPlanRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        lot_size=lot_size,
level=level,
aql=aql,
inspection=inspection,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    lot_size: str,
    level: SpecsAqlPlanLevel | Unset = UNSET,
    aql: str,
    inspection: SpecsAqlPlanInspection | Unset = UNSET,

) -> AqlPlanRead | ErrorRead | None:
    """ Aql Plan

     ISO 2859-1 single sampling plan (bearer token required, like every endpoint).

    Args:
        lot_size (str): Units in the lot (>= 1).
        level (SpecsAqlPlanLevel | Unset): Inspection level
        aql (str): 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 or 10.
        inspection (SpecsAqlPlanInspection | Unset): Which table applies

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AqlPlanRead | ErrorRead
     """


    return sync_detailed(
        client=client,
lot_size=lot_size,
level=level,
aql=aql,
inspection=inspection,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lot_size: str,
    level: SpecsAqlPlanLevel | Unset = UNSET,
    aql: str,
    inspection: SpecsAqlPlanInspection | Unset = UNSET,

) -> Response[AqlPlanRead | ErrorRead]:
    """ Aql Plan

     ISO 2859-1 single sampling plan (bearer token required, like every endpoint).

    Args:
        lot_size (str): Units in the lot (>= 1).
        level (SpecsAqlPlanLevel | Unset): Inspection level
        aql (str): 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 or 10.
        inspection (SpecsAqlPlanInspection | Unset): Which table applies

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AqlPlanRead | ErrorRead]
     """


    kwargs = _get_kwargs(
        lot_size=lot_size,
level=level,
aql=aql,
inspection=inspection,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    lot_size: str,
    level: SpecsAqlPlanLevel | Unset = UNSET,
    aql: str,
    inspection: SpecsAqlPlanInspection | Unset = UNSET,

) -> AqlPlanRead | ErrorRead | None:
    """ Aql Plan

     ISO 2859-1 single sampling plan (bearer token required, like every endpoint).

    Args:
        lot_size (str): Units in the lot (>= 1).
        level (SpecsAqlPlanLevel | Unset): Inspection level
        aql (str): 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 or 10.
        inspection (SpecsAqlPlanInspection | Unset): Which table applies

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AqlPlanRead | ErrorRead
     """


    return (await asyncio_detailed(
        client=client,
lot_size=lot_size,
level=level,
aql=aql,
inspection=inspection,

    )).parsed
