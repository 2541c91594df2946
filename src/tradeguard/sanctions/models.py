from __future__ import annotations

from typing import Any

from django.db import models

from tradeguard.common.models import AppendOnlyError
from tradeguard.sanctions.enums import SanctionKind


class SanctionEntry(models.Model):
    """One row of a supplier's append-only sanctions ledger: points, a strike, or the
    reversal of one of those (`reverses`) when the decision that gave it is undone.

    Entries attach to the legal company (`company_key`), so a new store of the same
    company inherits them. Standing is always computed from these rows, never stored.
    """

    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="sanction_entries"
    )
    # "<country>:<registration number>" when the organization has one, else "org:<id>".
    company_key = models.CharField(max_length=120, db_index=True)
    kind = models.CharField(max_length=8, choices=SanctionKind.choices)
    points = models.PositiveSmallIntegerField(default=0)
    reason = models.TextField()
    # A reason the system wrote: its code and values, read in each reader's language
    # (sanctions/reasons.py); empty for reasons people typed and for older rows.
    reason_code = models.CharField(max_length=40, blank=True, default="")
    reason_params = models.JSONField(blank=True, default=dict)
    source_type = models.CharField(max_length=40)
    source_id = models.BigIntegerField()
    idempotency_key = models.CharField(max_length=200, unique=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(db_index=True)
    expires_at = models.DateTimeField()
    # Set on reversal rows only: the points or strike entry this one undoes (once).
    reverses = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversal"
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["company_key", "expires_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=SanctionKind.values), name="sanction_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(kind=SanctionKind.STRIKE, points=0)
                | models.Q(kind=SanctionKind.POINTS, points__gt=0)
                | models.Q(kind=SanctionKind.REVERSAL, points=0),
                name="sanction_points_match_kind",
            ),
            models.CheckConstraint(
                condition=models.Q(kind=SanctionKind.REVERSAL, reverses__isnull=False)
                | (~models.Q(kind=SanctionKind.REVERSAL) & models.Q(reverses__isnull=True)),
                name="sanction_reversal_names_its_entry",
            ),
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("created_at")),
                name="sanction_expires_after_created",
            ),
        ]

    def __str__(self) -> str:
        if self.kind == SanctionKind.REVERSAL:
            return f"reversal of entry {self.reverses_id} for org {self.supplier_id}"
        what = f"{self.points} points" if self.kind == SanctionKind.POINTS else "strike"
        return f"{what} for org {self.supplier_id} ({self.source_type} {self.source_id})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("Sanction entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Sanction entries are append-only.")

    @property
    def reason_text(self) -> str:
        """The reason in the active language (the stored text when it has no code)."""
        from tradeguard.sanctions.reasons import REASONS

        return REASONS.render(self.reason_code, self.reason_params, self.reason)
