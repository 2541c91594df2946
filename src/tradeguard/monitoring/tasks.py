"""Background work of image monitoring (Django tasks) and its timer handlers.

Registered at startup from MonitoringConfig.ready(). Every task re-reads the database
and is safe to run twice: fingerprints and matches are unique per file/pair.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from django_tasks import task

from tradeguard.common import clock
from tradeguard.common.db import retry_transient
from tradeguard.common.timers import timer_handler
from tradeguard.ip.models import IpRecord
from tradeguard.monitoring import engine, matching, policy, services

log = logging.getLogger(__name__)

# A worker whose index is still building answers "not ready"; the image is retried.
NOT_READY_RETRY = dt.timedelta(seconds=30)


def _outcome(result: Sequence[object] | engine.NotReady) -> str:
    if isinstance(result, engine.NotReady):
        return f"index not ready ({result.loaded}/{result.expected})"
    return f"{len(result)} new match(es)"


def _retry_later(image_id: int) -> None:
    backend = listing_image_match.get_backend()
    if backend.supports_defer:
        listing_image_match.using(run_after=clock.now() + NOT_READY_RETRY).enqueue(image_id)
    else:  # pragma: no cover - the immediate backend builds the index inline
        log.warning("index not ready for listing image %s and no deferred tasks", image_id)


@task()
def listing_image_hash(image_id: int) -> str:
    """Hash a newly uploaded listing image and match it against the monitored images
    (or hand it to every matcher shard)."""
    result = retry_transient(
        lambda: matching.listing_image_hash(image_id), what=f"hashing listing image {image_id}"
    )
    shards = int(policy.setting("matcher_shards"))
    if shards > 1:
        for shard in range(shards):
            listing_image_match.using(queue_name=policy.shard_queue(shard)).enqueue(image_id)
        return f"sent to {shards} shard(s)"
    if isinstance(result, engine.NotReady):
        _retry_later(image_id)
    return _outcome(result)


@task()
def listing_image_match(image_id: int) -> str:
    """Match a hashed listing image against this worker's shard of references."""
    result = retry_transient(
        lambda: matching.listing_image_match(image_id), what=f"matching listing image {image_id}"
    )
    if isinstance(result, engine.NotReady):
        _retry_later(image_id)
    return _outcome(result)


@task()
def monitored_image_prepare(monitored_id: int, scan_id: int) -> str:
    """Hash a newly registered image, then scan the existing listing images."""
    del monitored_id  # the scan names its image; kept in the signature for the logs
    return _scan(scan_id)


@task()
def scan_continue(scan_id: int) -> str:
    return _scan(scan_id)


def _scan(scan_id: int) -> str:
    progress = retry_transient(lambda: matching.scan_run(scan_id), what=f"scan {scan_id}")
    if not progress.finished:
        scan_continue.enqueue(scan_id)
    scan = progress.scan
    return f"scan {scan.pk}: {scan.status} {scan.done}/{scan.total}, {scan.found} found"


def enqueue_listing_image_hash(image_id: int) -> None:
    """catalog's IMAGE_ADDED_HOOKS entry (called after the upload commits)."""
    listing_image_hash.enqueue(image_id)


timer_handler(services.TIMER_DIGEST)(services.matches_digest_send)
timer_handler(services.TIMER_IP_SYNC)(services.ip_records_daily_sync)


def monitor_approved_record(record: IpRecord) -> None:
    """Hook for `ip.services.records.RECORD_APPROVED_HOOKS`: watch the reference images of
    a copyright record from the moment an officer approves it."""
    from tradeguard.ip.enums import RecordKind
    from tradeguard.monitoring.services import monitored_sync_ip_records

    if record.kind == RecordKind.COPYRIGHT:
        monitored_sync_ip_records(owner=record.owner)
