from __future__ import annotations

from django.db import models
from django.db.models import Q

from tradeguard.common.models import BaseModel
from tradeguard.monitoring.enums import (
    FingerprintRole,
    FingerprintStatus,
    MatchBasis,
    MatchStatus,
    MonitoredSource,
    MonitoredStatus,
    ScanStatus,
)


class WatchSet(BaseModel):
    """A rights holder's named set of images to watch (e.g. "2025 website photos")."""

    owner = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="watch_sets"
    )
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["owner_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="watch_set_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


class MonitoredImage(BaseModel):
    """An image a rights holder protects: from an approved copyright record or a watch
    set. Every listing image is matched against the active ones."""

    owner = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="monitored_images"
    )
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    label = models.CharField(max_length=200)
    source = models.CharField(max_length=10, choices=MonitoredSource.choices)
    watch_set = models.ForeignKey(
        WatchSet, null=True, blank=True, on_delete=models.SET_NULL, related_name="images"
    )
    ip_record = models.ForeignKey(
        "ip.IpRecord", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=MonitoredStatus.choices, default=MonitoredStatus.ACTIVE
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "status"]),
            models.Index(fields=["file", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "file"], name="monitored_image_unique_file"),
            models.CheckConstraint(
                condition=Q(status__in=MonitoredStatus.values), name="monitored_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(source__in=MonitoredSource.values), name="monitored_source_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.label


class ImageFingerprint(models.Model):
    """The engine's hashes and local features of one stored file in one role, so that
    matcher workers rebuild their in-memory index from the database incrementally (by
    increasing id) without decoding images. Immutable; one per file, role and engine
    version. `shard_key` (top 16 bits of the plain PDQ hash) partitions references
    across matcher workers."""

    file = models.ForeignKey(
        "evidence.StoredFile", on_delete=models.CASCADE, related_name="fingerprints"
    )
    role = models.CharField(max_length=10, choices=FingerprintRole.choices)
    engine_version = models.CharField(max_length=40)
    status = models.CharField(max_length=10, choices=FingerprintStatus.choices)
    error = models.TextField(blank=True)
    hashes = models.BinaryField(default=b"")
    features = models.BinaryField(default=b"")
    hash_count = models.PositiveIntegerField(default=0)
    feature_count = models.PositiveIntegerField(default=0)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    shard_key = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["role", "engine_version", "shard_key", "id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["file", "role", "engine_version"], name="fingerprint_unique"
            ),
            models.CheckConstraint(
                condition=Q(role__in=FingerprintRole.values), name="fingerprint_role_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=FingerprintStatus.values), name="fingerprint_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role} fingerprint of file {self.file_id} ({self.status})"


class MatchGroup(BaseModel):
    """All matches of one monitored image on one supplier's listings: the same photo on
    40 listings of one supplier is reviewed once. Counts are kept by the services."""

    owner = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE, related_name="+")
    monitored_image = models.ForeignKey(
        MonitoredImage, on_delete=models.CASCADE, related_name="groups"
    )
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+"
    )
    match_count = models.PositiveIntegerField(default=0)
    new_count = models.PositiveIntegerField(default=0)
    best_score = models.FloatField(default=0.0)
    last_found_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-new_count", "-last_found_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "new_count"]),
            # The review queue (groups with matches to review), everyone's and an owner's.
            models.Index(
                fields=["-new_count", "-last_found_at", "-id"],
                condition=Q(new_count__gt=0),
                name="match_group_queue_idx",
            ),
            models.Index(
                fields=["owner", "-new_count", "-last_found_at", "-id"],
                condition=Q(new_count__gt=0),
                name="match_group_owner_queue_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["monitored_image", "supplier"], name="match_group_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.monitored_image_id} on supplier {self.supplier_id}"


class Match(BaseModel):
    """A listing image the engine judged a copy of a monitored image. One per pair:
    a dismissed or authorized match is never raised again."""

    monitored_image = models.ForeignKey(
        MonitoredImage, on_delete=models.CASCADE, related_name="matches"
    )
    listing_image = models.ForeignKey(
        "catalog.ListingImage", on_delete=models.CASCADE, related_name="+"
    )
    # Denormalized for filtering and grouping without joins.
    owner = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE, related_name="+")
    listing = models.ForeignKey("catalog.Listing", on_delete=models.CASCADE, related_name="+")
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+"
    )
    group = models.ForeignKey(MatchGroup, on_delete=models.CASCADE, related_name="matches")
    score = models.FloatField()
    hash_distance = models.PositiveSmallIntegerField(null=True, blank=True)
    # The PDQ distance once local features have overlaid the listing on the protected
    # image (undoing a crop, a small turn or a canvas); None for a match without that
    # fit, or found before the eighth round (imagematch.verify.W_REGISTERED).
    registered_distance = models.PositiveSmallIntegerField(null=True, blank=True)
    # On flat graphics overlaid with the listing: pixels (of a 96 px thumbnail) of the
    # largest blob of the protected image's ink the listing lacks, and of the largest
    # solid blob it adds where the protected image has background; None otherwise, or
    # found before the ninth round (imagematch.verify.W_LOST_INK, W_EXTRA_INK).
    lost_ink = models.PositiveSmallIntegerField(null=True, blank=True)
    extra_ink = models.PositiveSmallIntegerField(null=True, blank=True)
    # On flat graphics: [x0, y0, x1, y1] (fractions of the protected image) of the band
    # a line of text across the listing covers, when the registered distance was
    # measured without it (imagematch.verify.text_band): what the text hides was not
    # compared. [] for other matches and before the sixteenth round.
    text_band = models.JSONField(default=list, blank=True)
    inliers = models.PositiveIntegerField(default=0)
    # [x0, y0, x1, y1] as fractions of each image's width and height.
    listing_region = models.JSONField(default=list)
    reference_region = models.JSONField(default=list)
    # What the score rests on, the matching features inside the protected image's own
    # content (outside a template it shares with the owner's other images), and that
    # template's name (the smallest file id among the images sharing it; "" if none).
    basis = models.CharField(max_length=10, choices=MatchBasis.choices, default=MatchBasis.OBJECT)
    own_inliers = models.PositiveIntegerField(default=0)
    # Whether local features matched the listing turned a quarter or more, or mirrored
    # (icon sets hold one drawing in several directions; the score counts it against
    # the match). A match on hashes alone records False.
    turned = models.BooleanField(default=False)
    # Whether the protected image is flat graphics (an icon, a logo, line art): a match
    # on it needs the higher complaint threshold (policy.complaint_threshold). Matches
    # found before the engine told the kinds apart hold True, the stricter threshold.
    graphics = models.BooleanField(default=True)
    # The score model that scored the match (engine.SCORE_MODEL; "" before the seventh
    # round): a match keeps the complaint threshold its model was set for when that is
    # the higher one (policy.complaint_threshold).
    score_model = models.CharField(max_length=20, blank=True, default="")
    template_key = models.CharField(max_length=64, blank=True)
    engine_version = models.CharField(max_length=40)
    status = models.CharField(max_length=12, choices=MatchStatus.choices, default=MatchStatus.NEW)
    found_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_note = models.TextField(blank=True)
    complaint_draft = models.ForeignKey(
        "ip.ComplaintDraft", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Reported in the owner's digest notification.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-score", "-id"]
        indexes = [
            models.Index(fields=["owner", "status"]),
            models.Index(fields=["group", "status"]),
            models.Index(fields=["owner", "notified_at"]),
            # Decided matches, newest decision first; one status by score (API).
            models.Index(fields=["status", "-decided_at", "-id"], name="match_status_decided_idx"),
            models.Index(
                fields=["owner", "status", "-decided_at", "-id"], name="match_owner_decided_idx"
            ),
            models.Index(fields=["status", "-score", "-id"], name="match_status_score_idx"),
            models.Index(fields=["owner", "status", "-score", "-id"], name="match_owner_score_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["monitored_image", "listing_image"], name="match_unique_pair"
            ),
            models.CheckConstraint(
                condition=Q(status__in=MatchStatus.values), name="match_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="match_score_in_range"
            ),
            models.CheckConstraint(
                condition=Q(basis__in=MatchBasis.values), name="match_basis_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"match {self.pk}: image {self.monitored_image_id} on listing {self.listing_id}"


class SupplierAuthorization(BaseModel):
    """The rights holder allows this supplier to use its images: no further matches
    from it while the authorization stands."""

    owner = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="image_authorizations"
    )
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+"
    )
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "supplier"], name="supplier_authorization_unique"
            ),
        ]

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def __str__(self) -> str:
        return f"{self.supplier_id} authorized by {self.owner_id}"


class ScanJob(BaseModel):
    """A newly registered image scanned against every existing listing image, in
    batches; `done`/`total` is the progress shown in the UI."""

    monitored_image = models.ForeignKey(
        MonitoredImage, on_delete=models.CASCADE, related_name="scans"
    )
    owner = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=ScanStatus.choices, default=ScanStatus.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    found = models.PositiveIntegerField(default=0)
    # Listing images with ids up to `last_image_id` existed when the scan started;
    # later ones are matched on upload. `cursor` is the last id scanned.
    last_image_id = models.BigIntegerField(default=0)
    cursor = models.BigIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ScanStatus.values), name="scan_status_valid"
            ),
        ]

    @property
    def percent(self) -> int:
        if self.status == ScanStatus.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    def __str__(self) -> str:
        return f"scan {self.pk} of image {self.monitored_image_id} ({self.done}/{self.total})"
