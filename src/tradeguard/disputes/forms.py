"""HTML forms for the filing wizard and the decision form. They only collect input;
the services decide."""

from __future__ import annotations

from typing import Any

from django import forms

from tradeguard.disputes.enums import (
    DecisionOutcome,
    EvidenceType,
    RequestedOutcome,
    RequirementSource,
)

EVIDENCE_SLOTS = 3
FINDING_SLOTS = 3


class FilingForm(forms.Form):
    requested_outcome = forms.ChoiceField(
        label="What you ask for", choices=RequestedOutcome.choices
    )
    claimed_amount = forms.DecimalField(
        label="Amount claimed",
        required=False,
        min_value=0,
        decimal_places=2,
        help_text="Leave empty to claim the full covered amount. Required for a partial refund.",
    )
    description = forms.CharField(
        label="What went wrong",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What you ordered, what arrived (or did not), and what you ask for.",
    )
    requirement_source = forms.ChoiceField(
        label="Written requirement: where",
        choices=[("", "— none —"), *RequirementSource.choices],
        required=False,
    )
    requirement_reference = forms.CharField(
        label="Reference",
        required=False,
        max_length=200,
        help_text="E.g. 'Clause 4.2', 'Drawing M-12 rev B', or the listing attribute's name.",
    )
    requirement_text = forms.CharField(
        label="Requirement text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Quote it as written (filled from the listing for a listing attribute).",
    )

    def __init__(self, *args: Any, evidence_slots: int = EVIDENCE_SLOTS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i in range(evidence_slots):
            self.fields[f"evidence_{i}_type"] = forms.ChoiceField(
                label=f"Evidence {i + 1}: type",
                choices=[("", "— none —"), *EvidenceType.choices],
                required=False,
            )
            self.fields[f"evidence_{i}_file"] = forms.FileField(
                label=f"Evidence {i + 1}: file", required=False
            )
            self.fields[f"evidence_{i}_description"] = forms.CharField(
                label=f"Evidence {i + 1}: description", required=False, max_length=500
            )


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(choices=DecisionOutcome.choices)
    refund_amount = forms.DecimalField(
        required=False,
        min_value=0,
        decimal_places=2,
        help_text="At most the covered amount (offline: the order total). Empty = the amount claimed.",
    )
    statement = forms.CharField(
        label="Statement of reasons",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Both parties read this. Say what you decided and why, in plain words.",
    )

    def __init__(
        self, *args: Any, evidence: list[Any], requirements: list[Any], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        evidence_choices = [
            (e.pk, f"#{e.pk} {e.get_type_display()} ({e.party}) {e.description}") for e in evidence
        ]
        requirement_choices = [("", "— another term (write it below) —")] + [
            (r.pk, f"{r.reference}: {r.text[:80]}") for r in requirements
        ]
        for i in range(FINDING_SLOTS):
            self.fields[f"finding_{i}_text"] = forms.CharField(
                label=f"Finding {i + 1}", required=False, widget=forms.Textarea(attrs={"rows": 2})
            )
            self.fields[f"finding_{i}_evidence"] = forms.MultipleChoiceField(
                label=f"Finding {i + 1}: evidence it rests on",
                required=False,
                choices=evidence_choices,
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields[f"finding_{i}_requirement"] = forms.ChoiceField(
                label=f"Finding {i + 1}: requirement", required=False, choices=requirement_choices
            )
            self.fields[f"finding_{i}_requirement_text"] = forms.CharField(
                label=f"Finding {i + 1}: requirement (if not cited)", required=False, max_length=500
            )

    def finding_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "text": self[f"finding_{i}_text"],
                "evidence": self[f"finding_{i}_evidence"],
                "requirement": self[f"finding_{i}_requirement"],
                "requirement_text": self[f"finding_{i}_requirement_text"],
            }
            for i in range(FINDING_SLOTS)
        ]
