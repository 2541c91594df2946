from django.contrib import admin

from tradeguard.monitoring.models import (
    ImageFingerprint,
    Match,
    MatchGroup,
    MonitoredImage,
    ScanJob,
    SupplierAuthorization,
    WatchSet,
)


@admin.register(WatchSet)
class WatchSetAdmin(admin.ModelAdmin[WatchSet]):
    list_display = ("name", "owner", "created_at")


@admin.register(MonitoredImage)
class MonitoredImageAdmin(admin.ModelAdmin[MonitoredImage]):
    list_display = ("label", "owner", "source", "status", "created_at")
    list_filter = ("status", "source")
    raw_id_fields = ("file", "ip_record", "watch_set")


@admin.register(ImageFingerprint)
class ImageFingerprintAdmin(admin.ModelAdmin[ImageFingerprint]):
    list_display = ("file", "role", "status", "engine_version", "shard_key", "created_at")
    list_filter = ("role", "status", "engine_version")
    exclude = ("hashes", "features")
    raw_id_fields = ("file",)


@admin.register(Match)
class MatchAdmin(admin.ModelAdmin[Match]):
    list_display = ("id", "monitored_image", "listing", "supplier", "score", "status", "found_at")
    list_filter = ("status",)
    raw_id_fields = ("monitored_image", "listing_image", "listing", "group", "complaint_draft")


@admin.register(MatchGroup)
class MatchGroupAdmin(admin.ModelAdmin[MatchGroup]):
    list_display = ("monitored_image", "supplier", "match_count", "new_count", "best_score")


@admin.register(SupplierAuthorization)
class SupplierAuthorizationAdmin(admin.ModelAdmin[SupplierAuthorization]):
    list_display = ("owner", "supplier", "created_at", "revoked_at")


@admin.register(ScanJob)
class ScanJobAdmin(admin.ModelAdmin[ScanJob]):
    list_display = ("id", "monitored_image", "status", "done", "total", "found", "created_at")
    list_filter = ("status",)
