"""Engine-driven writes: fingerprints, matching uploaded listing images, scans.

Two directions, one engine (reached only through `engine.py`):

* a listing image is uploaded: it is hashed (its query fingerprint stored) and matched
  against every active monitored image, using this worker's in-memory
  :class:`WorkerIndex` of reference fingerprints;
* an image is registered for monitoring: it is hashed (its reference fingerprint
  stored) and a :class:`ScanJob` matches it against the stored fingerprints of every
  existing listing image, in batches, saving progress after each batch.

The in-memory index is rebuilt from the database incrementally: a worker remembers the
highest fingerprint id it loaded and, before each query, loads only newer rows of its
shard (see docs/monitoring.md, "Image monitoring at scale").
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Max, QuerySet

from tradeguard.catalog.enums import ImageHashStatus, ListingStatus
from tradeguard.catalog.models import ListingImage
from tradeguard.common import clock
from tradeguard.common.events import event_record
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_open
from tradeguard.monitoring import engine, policy, selectors, services
from tradeguard.monitoring.enums import (
    FingerprintRole,
    FingerprintStatus,
    MonitoredStatus,
    ScanStatus,
)
from tradeguard.monitoring.models import ImageFingerprint, Match, MonitoredImage, ScanJob

log = logging.getLogger(__name__)

# Environment variable naming this worker's shard as "<k>/<n>" (e.g. "0/4").
SHARD_ENV = "TRADEGUARD_MATCHER_SHARD"


# --- fingerprints --------------------------------------------------------------------


def _read(file: StoredFile) -> bytes:
    with file_open(file) as stream:
        return stream.read()


def _store(
    file: StoredFile, role: FingerprintRole, result: engine.Fingerprint | engine.FingerprintFailure
) -> ImageFingerprint:
    values: dict[str, object]
    if isinstance(result, engine.FingerprintFailure):
        values = {"status": FingerprintStatus.FAILED, "error": f"{result.kind}: {result.message}"}
    else:
        values = {
            "status": FingerprintStatus.OK,
            "hashes": result.hashes,
            "features": result.features,
            "hash_count": result.hash_count,
            "feature_count": result.feature_count,
            "width": result.width,
            "height": result.height,
            "shard_key": result.shard_key,
        }
    try:
        with transaction.atomic():
            return ImageFingerprint.objects.create(
                file=file,
                role=role,
                engine_version=engine.ENGINE_VERSION,
                created_at=clock.now(),
                **values,
            )
    except IntegrityError:  # hashed concurrently; fingerprints are deterministic
        return ImageFingerprint.objects.get(
            file=file, role=role, engine_version=engine.ENGINE_VERSION
        )


def _stored(file_id: int, role: FingerprintRole) -> ImageFingerprint | None:
    return ImageFingerprint.objects.filter(
        file_id=file_id, role=role, engine_version=engine.ENGINE_VERSION
    ).first()


def reference_fingerprint(file: StoredFile) -> ImageFingerprint:
    """The stored reference fingerprint of a protected image (computed once)."""
    found = _stored(file.pk, FingerprintRole.REFERENCE)
    if found is not None:
        return found
    return _store(file, FingerprintRole.REFERENCE, engine.fingerprint_reference(_read(file)))


@dataclass(frozen=True)
class ListingFingerprint:
    row: ImageFingerprint
    prepared: engine.PreparedImage | None  # with pixels when just decoded


def listing_fingerprint(file: StoredFile, *, decode: bool = False) -> ListingFingerprint:
    """The stored query fingerprint of a listing image, computing it if missing.

    With ``decode`` the image is decoded even when already hashed, so the engine has
    its pixels (to describe a mirrored copy precisely)."""
    found = _stored(file.pk, FingerprintRole.QUERY)
    if found is not None and not decode:
        return ListingFingerprint(found, None)
    result = engine.fingerprint_query(_read(file))
    if isinstance(result, engine.FingerprintFailure):
        return ListingFingerprint(found or _store(file, FingerprintRole.QUERY, result), None)
    row = found or _store(file, FingerprintRole.QUERY, result.fingerprint)
    return ListingFingerprint(row, result.prepared)


def _prepared(fp: ListingFingerprint) -> engine.PreparedImage | None:
    if fp.row.status != FingerprintStatus.OK:
        return None
    if fp.prepared is not None:
        return fp.prepared
    return engine.prepared_from(bytes(fp.row.hashes), bytes(fp.row.features))


# --- the worker's in-memory index ----------------------------------------------------


def worker_shard() -> tuple[int, int]:
    """This process's shard: from TRADEGUARD_MATCHER_SHARD ("k/n"), else 0 of 1."""
    raw = os.environ.get(SHARD_ENV, "").strip()
    if not raw:
        return 0, 1
    shard, _, shards = raw.partition("/")
    return int(shard), int(shards)


@dataclass
class WorkerIndex:
    """Reference fingerprints of one shard, in memory, kept up to date incrementally.

    `refresh()` loads fingerprints with ids above the highest loaded one. If the row
    it last loaded disappeared (a database restored or reset), it starts over. Hits
    are keyed by stored file id; the caller maps them to active monitored images, so
    archiving an image needs no removal from the index.
    """

    shard: int = 0
    shards: int = 1
    index: engine.ReferenceIndex = field(default_factory=engine.ReferenceIndex)
    max_id: int = 0
    anchor: tuple[int, int] | None = None  # (id, file_id) of the last row loaded
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def building(self) -> bool:
        """A cold load is under way: queries answer "not ready"."""
        return self.index.building

    def reset(self) -> None:
        self.index = engine.ReferenceIndex()
        self.max_id, self.anchor = 0, None

    def _rows(self) -> QuerySet[ImageFingerprint]:
        low, high = engine.shard_range(self.shard, self.shards)
        return ImageFingerprint.objects.filter(
            role=FingerprintRole.REFERENCE,
            engine_version=engine.ENGINE_VERSION,
            status=FingerprintStatus.OK,
            shard_key__gte=low,
            shard_key__lt=high,
        )

    def refresh(self, *, seconds: float | None = None) -> int:
        """Load fingerprints added since the last refresh; returns how many.

        A cold load (a new worker, or a rebuild) works for up to ``seconds`` (policy
        ``index_load_seconds``) a call, batch by batch, and goes on at the next call:
        until it is complete the index answers "not ready", and the task that asked
        retries its image later, instead of holding the worker for the whole load
        (each reference loaded is searched for the templates it shares, which grows
        with the references held; docs/monitoring.md). Loading new fingerprints into a
        complete index takes what it takes: they are few."""
        budget = float(policy.setting("index_load_seconds") if seconds is None else seconds)
        started = time.monotonic()
        if self.anchor is not None:
            row_id, file_id = self.anchor
            if not ImageFingerprint.objects.filter(pk=row_id, file_id=file_id).exists():
                log.warning("reference fingerprints changed under the index; rebuilding")
                self.reset()
        rows = self._rows().filter(id__gt=self.max_id)
        if self.max_id == 0 and not self.building:
            expected = rows.count()
            if not expected:
                return 0
            self.index.begin_build(expected)
        loaded = 0
        batch = int(policy.setting("index_load_batch"))
        while True:
            chunk = list(
                rows.filter(id__gt=self.max_id)
                .order_by("id")
                .values_list("id", "file_id", "hashes", "features")[:batch]
            )
            for row_id, file_id, hashes, features in chunk:
                self.index.add(str(file_id), bytes(hashes), bytes(features))
                self.max_id, self.anchor = row_id, (row_id, file_id)
                loaded += 1
            rest = bool(chunk) and rows.filter(id__gt=self.max_id).exists()
            if not rest:
                if self.building:
                    self.index.finish_build()
                return loaded
            if self.building and time.monotonic() - started >= budget:
                return loaded

    def match(self, prepared: engine.PreparedImage) -> list[engine.Hit] | engine.NotReady:
        with self.lock:
            self.refresh()
            return self.index.match(prepared, threshold=float(policy.setting("match_threshold")))


_worker_index: WorkerIndex | None = None
_worker_lock = threading.Lock()


def worker_index() -> WorkerIndex:
    global _worker_index
    with _worker_lock:
        if _worker_index is None:
            shard, shards = worker_shard()
            _worker_index = WorkerIndex(shard=shard, shards=shards)
        return _worker_index


def worker_index_reset() -> None:
    """Forget the in-memory index (tests; a worker reloads it on the next query)."""
    global _worker_index
    with _worker_lock:
        _worker_index = None


# --- listing images --------------------------------------------------------------------


def _eligible(image: ListingImage) -> bool:
    if image.removed_at is not None:  # taken off its listing
        return False
    return not (
        policy.setting("skip_removed_listings") and image.listing.status == ListingStatus.REMOVED
    )


def _record_hits(image: ListingImage, hits: list[engine.Hit]) -> list[Match]:
    if not hits:
        return []
    by_file: dict[int, engine.Hit] = {int(h.key): h for h in hits}
    created = []
    for monitored in selectors.active_monitored_for_files(list(by_file)):
        match = services.match_record(
            monitored=monitored,
            image=image,
            hit=by_file[monitored.file_id],
            engine_version=engine.ENGINE_VERSION,
        )
        if match is not None:
            created.append(match)
    return created


def listing_image_hash(image_id: int) -> list[Match] | engine.NotReady:
    """Hash a new listing image and match it against every monitored image (this
    worker's shard when sharded: see `tasks.listing_image_match`)."""
    image = ListingImage.objects.select_related("listing", "file").filter(pk=image_id).first()
    if image is None:
        return []
    fp = listing_fingerprint(image.file, decode=True)
    ok = fp.row.status == FingerprintStatus.OK
    services.listing_image_hash_status_set(
        image_id=image.pk, status=ImageHashStatus.HASHED if ok else ImageHashStatus.FAILED
    )
    if not ok or not _eligible(image):
        return []
    if worker_shard()[1] > 1 or int(policy.setting("matcher_shards")) > 1:
        return []  # the per-shard match tasks take it from here
    return _match(image, fp)


def listing_image_match(image_id: int) -> list[Match] | engine.NotReady:
    """Match an already hashed listing image against this worker's shard."""
    image = ListingImage.objects.select_related("listing", "file").filter(pk=image_id).first()
    if image is None or not _eligible(image):
        return []
    return _match(image, listing_fingerprint(image.file))


def _match(image: ListingImage, fp: ListingFingerprint) -> list[Match] | engine.NotReady:
    prepared = _prepared(fp)
    if prepared is None:
        return []
    hits = worker_index().match(prepared)
    if isinstance(hits, engine.NotReady):
        return hits
    return _record_hits(image, hits)


# --- scans -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanProgress:
    scan: ScanJob
    finished: bool


def _scan_images(scan: ScanJob) -> QuerySet[ListingImage]:
    qs = ListingImage.objects.filter(id__lte=scan.last_image_id, removed_at__isnull=True)
    if policy.setting("skip_removed_listings"):
        qs = qs.exclude(listing__status=ListingStatus.REMOVED)
    return qs


def _scan_finish(scan_id: int, status: ScanStatus, error: str = "") -> ScanJob:
    with transaction.atomic():
        scan = ScanJob.objects.select_for_update().get(pk=scan_id)
        if scan.status in (ScanStatus.DONE, ScanStatus.FAILED):
            return scan
        old = scan.status
        scan.status, scan.error, scan.finished_at = status, error, clock.now()
        if status == ScanStatus.DONE:
            scan.done = scan.total
        scan.save(update_fields=["status", "error", "finished_at", "done", "updated_at"])
        event_record(
            obj=scan.monitored_image,
            type=f"monitoring.scan.{status}",
            old={"status": old},
            new={"status": status},
            params={"scan": scan.pk, "found": scan.found, "error": error},
        )
    return scan


def _scan_begin(scan_id: int) -> ScanJob:
    with transaction.atomic():
        scan = ScanJob.objects.select_for_update().get(pk=scan_id)
        if scan.status != ScanStatus.QUEUED:
            return scan
        last = ListingImage.objects.aggregate(m=Max("id"))["m"] or 0
        scan.last_image_id = last
        scan.status = ScanStatus.RUNNING
        scan.started_at = clock.now()
        scan.total = _scan_images(scan).count()
        scan.save(update_fields=["last_image_id", "status", "started_at", "total", "updated_at"])
        event_record(
            obj=scan.monitored_image,
            type="monitoring.scan.running",
            old={"status": ScanStatus.QUEUED},
            new={"status": ScanStatus.RUNNING},
            params={"scan": scan.pk, "total": scan.total},
        )
    return scan


def scan_run(scan_id: int, *, seconds: float | None = None) -> ScanProgress:
    """Work on a scan for up to `seconds` (policy `scan_task_seconds`), batch by batch.
    Returns whether it finished; the task re-enqueues itself otherwise."""
    budget = float(policy.setting("scan_task_seconds") if seconds is None else seconds)
    started = time.monotonic()
    scan = ScanJob.objects.select_related("monitored_image", "monitored_image__file").get(
        pk=scan_id
    )
    if scan.status in (ScanStatus.DONE, ScanStatus.FAILED):
        return ScanProgress(scan, True)
    monitored: MonitoredImage = scan.monitored_image
    if monitored.status != MonitoredStatus.ACTIVE:
        return ScanProgress(
            _scan_finish(scan.pk, ScanStatus.FAILED, "image no longer monitored"), True
        )
    reference = reference_fingerprint(monitored.file)
    if reference.status != FingerprintStatus.OK:
        return ScanProgress(
            _scan_finish(
                scan.pk, ScanStatus.FAILED, f"the image could not be read ({reference.error})"
            ),
            True,
        )
    scan = _scan_begin(scan.pk)
    index = engine.scan_index(
        str(monitored.file_id),
        bytes(reference.hashes),
        bytes(reference.features),
        _read(monitored.file),
        threshold=float(policy.setting("match_threshold")),
    )
    batch_size = int(policy.setting("scan_batch_size"))
    while True:
        batch = list(
            _scan_images(scan)
            .filter(id__gt=scan.cursor)
            .select_related("listing", "file")
            .order_by("id")[:batch_size]
        )
        if not batch:
            return ScanProgress(_scan_finish(scan.pk, ScanStatus.DONE), True)
        found = _scan_batch(monitored, index, batch)
        with transaction.atomic():
            scan = ScanJob.objects.select_for_update().get(pk=scan.pk)
            scan.cursor = batch[-1].pk
            scan.done = min(scan.total, scan.done + len(batch))
            scan.found += found
            scan.save(update_fields=["cursor", "done", "found", "updated_at"])
        if time.monotonic() - started > budget:
            return ScanProgress(scan, False)


def _scan_batch(
    monitored: MonitoredImage, index: engine.ReferenceIndex, batch: list[ListingImage]
) -> int:
    stored = {
        fp.file_id: fp
        for fp in ImageFingerprint.objects.filter(
            file_id__in={img.file_id for img in batch},
            role=FingerprintRole.QUERY,
            engine_version=engine.ENGINE_VERSION,
        )
    }
    found = 0
    for image in batch:
        row = stored.get(image.file_id)
        if row is None:  # not hashed yet (its own task may still be queued)
            fp = listing_fingerprint(image.file)
            services.listing_image_hash_status_set(
                image_id=image.pk,
                status=ImageHashStatus.HASHED
                if fp.row.status == FingerprintStatus.OK
                else ImageHashStatus.FAILED,
            )
        else:
            fp = ListingFingerprint(row, None)
        prepared = _prepared(fp)
        if prepared is None:
            continue
        hits = index.match(prepared)
        if isinstance(hits, engine.NotReady) or not hits:
            continue
        match = services.match_record(
            monitored=monitored, image=image, hit=hits[0], engine_version=engine.ENGINE_VERSION
        )
        found += match is not None
    return found


def reference_fingerprint_status(file_id: int) -> ImageFingerprint | None:
    """The stored reference fingerprint of a file (hash counts, or why it failed)."""
    return (
        ImageFingerprint.objects.filter(
            file_id=file_id, role=FingerprintRole.REFERENCE, engine_version=engine.ENGINE_VERSION
        )
        .defer("hashes", "features")
        .first()
    )
