from __future__ import annotations

import json
from typing import Any

from django.db import models

from tradeguard.common.models import BaseModel, DocumentAcceptance, acceptance_constraints
from tradeguard.contracts.enums import ContractParty, ContractStatus, LibraryKind


class LibraryClause(BaseModel):
    """One version of a clause of the marketplace's contract library. Editing a clause
    adds a version (`number` + 1); contracts print the latest version of each clause and
    record which one they used. `{name}` placeholders are filled from the contract's terms."""

    key = models.CharField(max_length=40)
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=LibraryKind.choices)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order of numbered clauses in a contract."
    )
    title_en = models.CharField(max_length=200)
    title_zh = models.CharField(max_length=200)
    text_en = models.TextField()
    text_zh = models.TextField()
    source = models.CharField(
        max_length=300, help_text="Where the clause comes from, e.g. 'CISG art. 35'."
    )
    note = models.CharField(max_length=300, blank=True, help_text="Why this version changed.")
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["position", "key", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["key", "number"], name="libraryclause_unique_version"),
            models.CheckConstraint(
                condition=models.Q(kind__in=LibraryKind.values), name="libraryclause_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key} v{self.number}"


class SalesContract(BaseModel):
    """One version of an order's sales contract. Its canonical JSON and SHA-256 are what
    both parties accept; any change is a new version that both accept again."""

    order = models.ForeignKey(
        "orders.Order", on_delete=models.CASCADE, related_name="sales_contracts"
    )
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=12, choices=ContractStatus.choices, default=ContractStatus.PROPOSED
    )
    terms = models.JSONField(help_text="The options chosen when it was drafted.")
    canonical = models.TextField(help_text="Canonical JSON of the contract (sorted keys).")
    sha256 = models.CharField(max_length=64)
    spec_version = models.ForeignKey(
        "specs.SpecVersion", on_delete=models.PROTECT, related_name="sales_contracts"
    )
    library = models.ManyToManyField(LibraryClause, related_name="contracts", blank=True)
    drafted_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    binding_at = models.DateTimeField(null=True, blank=True)
    superseded_at = models.DateTimeField(null=True, blank=True)
    document = models.ForeignKey(
        "orders.OrderDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The accepted contract's PDF among the order's documents.",
    )

    class Meta:
        ordering = ["order_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["order", "number"], name="contract_unique_number"),
            models.CheckConstraint(
                condition=models.Q(status__in=ContractStatus.values),
                name="contract_status_valid",
            ),
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(status="binding"),
                name="contract_one_binding",
            ),
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(status="proposed"),
                name="contract_one_proposed",
            ),
        ]

    def __str__(self) -> str:
        return f"Sales contract v{self.number} of order {self.order_id}"

    @property
    def content(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.canonical)
        return data


class ContractAcceptance(DocumentAcceptance):
    """Who accepted which exact contract (its SHA-256), and when."""

    contract = models.ForeignKey(
        SalesContract, on_delete=models.CASCADE, related_name="acceptances"
    )
    party = models.CharField(max_length=10, choices=ContractParty.choices)

    class Meta(DocumentAcceptance.Meta):
        constraints = acceptance_constraints(
            document="contract", parties=ContractParty.values, prefix="contract_acceptance"
        )

    def __str__(self) -> str:
        return f"{self.party} accepted contract {self.contract_id}"
