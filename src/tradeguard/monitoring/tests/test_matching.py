"""Monitoring end to end through the services: uploads are hashed and matched, newly
registered images scan existing listings, decisions stick across re-scans."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageDraw

from tradeguard.accounts.tests.factories import rights_holder, supplier
from tradeguard.catalog.enums import ImageHashStatus
from tradeguard.catalog.models import ListingImage
from tradeguard.monitoring import engine, matching, services
from tradeguard.monitoring.enums import FingerprintRole, MatchStatus, ScanStatus
from tradeguard.monitoring.models import ImageFingerprint, Match, MatchGroup, ScanJob
from tradeguard.monitoring.tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks: Any) -> Any:
    def run() -> Any:
        return django_capture_on_commit_callbacks(execute=True)

    return run


def test_a_cropped_watermarked_copy_on_a_listing_reaches_the_owners_queue(on_commit: Any) -> None:
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=11)
    seller = supplier()
    copy = f.watermarked_copy(f.product_photo(11), seller.organization.name.upper())
    with on_commit():
        listing, image = f.listing_with_image(copy, seller)
    match = Match.objects.get()
    assert (match.monitored_image, match.listing, match.status) == (protected, listing, "new")
    assert match.owner == owner.organization
    assert match.supplier == seller.organization
    assert match.score >= 0.5
    x0, y0, x1, y1 = match.listing_region
    assert 0 <= x0 < x1 <= 1
    assert 0 <= y0 < y1 <= 1
    assert (x1 - x0) * (y1 - y0) > 0.1
    group = MatchGroup.objects.get()
    assert (group.match_count, group.new_count, group.supplier) == (1, 1, seller.organization)
    image.refresh_from_db()
    assert image.hash_status == ImageHashStatus.HASHED


def test_an_unrelated_image_raises_no_match(on_commit: Any) -> None:
    with on_commit():
        f.monitored(rights_holder(), seed=21)
    with on_commit():
        _, image = f.listing_with_image(f.product_photo(22))
    image.refresh_from_db()
    assert image.hash_status == ImageHashStatus.HASHED
    assert not Match.objects.exists()


def test_the_same_photo_on_many_listings_of_one_supplier_is_one_group(on_commit: Any) -> None:
    with on_commit():
        f.monitored(rights_holder(), seed=31)
    seller = supplier()
    photo = f.product_photo(31)
    with on_commit():
        for quality in (70, 80, 90):
            listing = f.supplier_listing(seller)
            from tradeguard.catalog.services import listing_image_add

            listing_image_add(
                actor=seller,
                listing=listing,
                upload=f.upload(f.encode(photo.resize((400, 400)), quality=quality)),
                name="p.jpg",
            )
    assert Match.objects.count() == 3
    group = MatchGroup.objects.get()
    assert (group.match_count, group.new_count) == (3, 3)


def test_a_new_image_scans_existing_listing_images_with_progress_to_done(
    on_commit: Any, settings: Any
) -> None:
    settings.TRADEGUARD_POLICY = {"monitoring": {"scan_batch_size": 2}}
    seller = supplier()
    with on_commit():
        copied, _ = f.listing_with_image(
            f.watermarked_copy(f.product_photo(41), "COPY LTD"), seller
        )
        for seed in (42, 43, 44):
            f.listing_with_image(f.product_photo(seed), seller)
    assert ListingImage.objects.filter(hash_status=ImageHashStatus.HASHED).count() == 4
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=41)
        scan = ScanJob.objects.get(monitored_image=protected)
        assert (scan.status, scan.done) == (ScanStatus.QUEUED, 0)
    scan.refresh_from_db()
    assert (scan.status, scan.total, scan.done, scan.found) == (ScanStatus.DONE, 4, 4, 1)
    assert scan.percent == 100
    assert scan.finished_at is not None
    assert list(Match.objects.values_list("listing", flat=True)) == [copied.pk]


def test_a_scan_that_runs_out_of_time_continues_in_another_task(
    on_commit: Any, settings: Any
) -> None:
    seller = supplier()
    with on_commit():
        for seed in (51, 52, 53):
            f.listing_with_image(f.product_photo(seed), seller)
    settings.TRADEGUARD_POLICY = {"monitoring": {"scan_batch_size": 1}}
    protected = f.monitored(rights_holder(), seed=51)  # on-commit not run: scan queued
    scan = ScanJob.objects.get(monitored_image=protected)
    first = matching.scan_run(scan.pk, seconds=0)
    assert not first.finished
    assert (first.scan.status, first.scan.done, first.scan.total) == (ScanStatus.RUNNING, 1, 3)
    done = matching.scan_run(scan.pk)
    assert done.finished
    assert done.scan.status == ScanStatus.DONE
    assert done.scan.found == 1


def test_dismissed_and_authorized_matches_never_come_back_on_rescan(on_commit: Any) -> None:
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=61)
    copier, licensee = supplier(), supplier()
    with on_commit():
        f.listing_with_image(f.watermarked_copy(f.product_photo(61), "COPIER"), copier)
        f.listing_with_image(f.product_photo(61), licensee)
    dismissed = Match.objects.get(supplier=copier.organization)
    services.matches_dismiss(actor=owner, matches=[dismissed], note="Our own reseller photo.")
    services.supplier_authorize(actor=owner, supplier=licensee.organization, note="Manufacturer")
    assert set(Match.objects.values_list("status", flat=True)) == {"dismissed", "authorized"}
    with on_commit():
        services.scan_start(actor=owner, monitored=protected)
    assert Match.objects.count() == 2
    assert set(Match.objects.values_list("status", flat=True)) == {"dismissed", "authorized"}
    # New listings of the authorized supplier raise nothing at all.
    with on_commit():
        f.listing_with_image(f.watermarked_copy(f.product_photo(61), "LICENSEE"), licensee)
    assert Match.objects.count() == 2


def test_revoking_an_authorization_reopens_its_matches(on_commit: Any) -> None:
    owner = rights_holder()
    with on_commit():
        f.monitored(owner, seed=71)
    licensee = supplier()
    with on_commit():
        f.listing_with_image(f.product_photo(71), licensee)
    grant = services.supplier_authorize(actor=owner, supplier=licensee.organization)
    assert Match.objects.get().status == MatchStatus.AUTHORIZED
    services.authorization_revoke(actor=owner, authorization=grant)
    assert Match.objects.get().status == MatchStatus.NEW
    assert MatchGroup.objects.get().new_count == 1


def test_one_file_protected_by_two_rights_holders_matches_for_both(on_commit: Any) -> None:
    first, second = rights_holder(), rights_holder()
    with on_commit():
        f.monitored(first, seed=81)
        f.monitored(second, seed=81)
    with on_commit():
        f.listing_with_image(f.watermarked_copy(f.product_photo(81), "X"))
    assert set(Match.objects.values_list("owner", flat=True)) == {
        first.organization_id,
        second.organization_id,
    }


def test_archived_images_raise_no_new_matches(on_commit: Any) -> None:
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=91)
    services.monitored_set_status(actor=owner, monitored=protected, status="archived")
    with on_commit():
        f.listing_with_image(f.product_photo(91))
    assert not Match.objects.exists()


def test_the_worker_index_loads_only_new_fingerprints_and_rebuilds_after_a_reset(
    on_commit: Any,
) -> None:
    owner = rights_holder()
    with on_commit():
        f.monitored(owner, seed=101)
    index = matching.WorkerIndex()
    assert index.refresh() == 1
    assert index.refresh() == 0
    with on_commit():
        f.monitored(owner, seed=102)
    assert index.refresh() == 1
    assert len(index.index) == 2
    # The row the index last loaded disappears (a restored database): start over.
    ImageFingerprint.objects.filter(pk=index.max_id).delete()
    assert index.refresh() == 1
    assert len(index.index) == 1


def _framed(seed: int) -> Image.Image:
    """A product in a shop's studio frame: the border, banner and shop name that all of
    its photos share."""
    frame = Image.new("RGB", (480, 480), (235, 225, 200))
    draw = ImageDraw.Draw(frame)
    for x in range(0, 480, 24):
        draw.line((x, 0, x + 120, 480), fill=(205, 190, 160), width=6)
    draw.rectangle((12, 12, 468, 468), outline=(30, 60, 30), width=10)
    draw.rectangle((12, 396, 468, 468), fill=(150, 30, 40))
    draw.text((40, 420), "GOLDEN HARBOR TRADING  No.8", fill=(255, 255, 255))
    frame.paste(f.product_photo(seed, 300), (90, 60))
    return frame


def test_a_worker_loading_its_references_at_once_still_finds_the_template_they_share(
    on_commit: Any,
) -> None:
    owner = rights_holder()
    with on_commit():
        first, second = (
            services.monitored_register(
                actor=owner,
                upload=f.upload(f.encode(_framed(seed)), f"framed-{seed}.jpg"),
                name=f"framed-{seed}.jpg",
                label=f"Framed product {seed}",
            )
            for seed in (131, 132)
        )
        lone = f.monitored(owner, seed=133)
    # A restarted worker loads all three in one build; one that saw them arrive loads
    # them one at a time. Both group the two framed photos under one template.
    at_once = matching.WorkerIndex()
    assert at_once.refresh() == 3
    one_by_one = matching.WorkerIndex()
    for fingerprint in ImageFingerprint.objects.filter(role=FingerprintRole.REFERENCE).order_by(
        "id"
    ):
        one_by_one.index.add(
            str(fingerprint.file_id), bytes(fingerprint.hashes), bytes(fingerprint.features)
        )
    keys = [str(image.file_id) for image in (first, second, lone)]
    for index in (at_once.index, one_by_one.index):
        template = index.template_of(keys[0])
        assert template in keys[:2]
        assert index.template_of(keys[1]) == template
        assert index.template_of(keys[2]) == ""


def test_a_cold_load_goes_on_across_tasks_and_answers_not_ready_until_complete(
    on_commit: Any, settings: Any
) -> None:
    """A restarted worker with many references loads them a slice per task (here one
    per task): each task answers "not ready" (its image is retried) until the index is
    complete, and then the copy is found."""
    settings.TRADEGUARD_POLICY = {"monitoring": {"index_load_batch": 1, "index_load_seconds": 0}}
    owner = rights_holder()
    with on_commit():
        protected = f.monitored(owner, seed=141)
        for seed in (142, 143):
            f.monitored(owner, seed=seed)
    seller = supplier()
    _, image = f.listing_with_image(
        f.watermarked_copy(f.product_photo(141), "SLICE TRADING"), seller
    )  # its upload hooks are not run: the worker below is the one restarting
    first = matching.listing_image_hash(image.pk)
    assert first == engine.NotReady(loaded=1, expected=3)
    assert matching.listing_image_match(image.pk) == engine.NotReady(loaded=2, expected=3)
    assert not Match.objects.exists()
    found = matching.listing_image_match(image.pk)
    assert [match.monitored_image for match in found] == [protected]
    assert matching.worker_index().building is False
    # Complete, the index loads a new reference at once.
    with on_commit():
        f.monitored(owner, seed=144)
    assert matching.worker_index().refresh() == 1


def test_a_cold_load_that_fails_half_way_resumes_and_never_answers_no_match(
    on_commit: Any, monkeypatch: Any
) -> None:
    owner = rights_holder()
    with on_commit():
        for seed in (151, 152, 153):
            f.monitored(owner, seed=seed)
    index = matching.WorkerIndex()
    real_add, calls = index.index.add, []

    def failing_add(key: str, hashes: bytes, features: bytes) -> None:
        calls.append(key)
        if len(calls) == 2:
            raise OSError("connection reset while reading fingerprints")
        real_add(key, hashes, features)

    monkeypatch.setattr(index.index, "add", failing_add)
    with pytest.raises(OSError, match="connection reset"):
        index.refresh()
    assert index.building
    copy = engine.fingerprint_query(f.encode(f.product_photo(152)))
    assert isinstance(copy, engine.QueryImage)
    assert index.index.match(copy.prepared) == engine.NotReady(loaded=1, expected=3)
    monkeypatch.setattr(index.index, "add", real_add)
    assert index.refresh() == 2  # the other two, then the build is complete
    assert not index.building
    hits = index.index.match(copy.prepared)
    assert isinstance(hits, list)
    assert len(hits) == 1


def test_shards_split_references_by_hash_range(on_commit: Any) -> None:
    owner = rights_holder()
    with on_commit():
        for seed in (111, 112, 113, 114):
            f.monitored(owner, seed=seed)
    loaded = [matching.WorkerIndex(shard=k, shards=2).refresh() for k in range(2)]
    assert sum(loaded) == 4
    keys = sorted(
        ImageFingerprint.objects.filter(role=FingerprintRole.REFERENCE).values_list(
            "shard_key", flat=True
        )
    )
    low, high = engine.shard_range(0, 2)
    assert loaded[0] == sum(low <= k < high for k in keys)


def test_listing_images_are_hashed_once_per_file(on_commit: Any) -> None:
    seller = supplier()
    photo = f.product_photo(121)
    with on_commit():
        f.listing_with_image(photo, seller)
        f.listing_with_image(photo, seller)
    assert ImageFingerprint.objects.filter(role=FingerprintRole.QUERY).count() == 1


def test_an_image_taken_off_its_listing_is_not_scanned_but_its_match_stays_as_evidence(
    on_commit: Any,
) -> None:
    from django.test import Client

    from tradeguard.catalog.services import listing_image_remove

    owner = rights_holder()
    seller = supplier()
    with on_commit():
        f.monitored(owner, seed=61)
    with on_commit():
        listing, copy = f.listing_with_image(f.product_photo(61), seller)
        other_listing, removed = f.listing_with_image(f.product_photo(62), seller)
    match = Match.objects.get()
    # A photo registered after the supplier took its copy off a listing finds nothing
    # there: only images still on listings are scanned.
    listing_image_remove(actor=seller, listing=other_listing, image_id=removed.pk)
    with on_commit():
        later = f.monitored(owner, seed=62)
    scan = ScanJob.objects.get(monitored_image=later)
    assert (scan.status, scan.total, scan.found) == (ScanStatus.DONE, 1, 0)
    assert not Match.objects.filter(monitored_image=later).exists()
    # A match found before the removal stays in the owner's queue, image and all.
    listing_image_remove(actor=seller, listing=listing, image_id=copy.pk)
    web = Client()
    web.force_login(owner)
    assert web.get(f"/images/matches/{match.pk}/image/").status_code == 200
    assert Match.objects.filter(pk=match.pk, status=MatchStatus.NEW).exists()
