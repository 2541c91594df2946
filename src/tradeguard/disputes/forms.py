"""HTML forms for the filing wizard and the decision form. They only collect input;
the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tradeguard.disputes.enums import (
    DecisionOutcome,
    EvidenceType,
    RequestedOutcome,
    RequirementSource,
)

EVIDENCE_SLOTS = 3
# Rows the wizard accepts in one request (the page adds rows as the buyer needs them).
MAX_EVIDENCE_SLOTS = 50
FINDING_SLOTS = 3


class FilingForm(forms.Form):
    requested_outcome = forms.ChoiceField(
        label=_("What you ask for"), choices=RequestedOutcome.choices
    )
    claimed_amount = forms.DecimalField(
        label=_("Amount claimed"),
        required=False,
        min_value=0,
        decimal_places=2,
        help_text=_("Leave empty to claim the full covered amount. Required for a partial refund."),
    )
    description = forms.CharField(
        label=_("What went wrong"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What you ordered, what arrived (or did not), and what you ask for."),
    )
    requirement_source = forms.ChoiceField(
        label=_("Written requirement: where"),
        choices=[("", _("— none —")), *RequirementSource.choices],
        required=False,
    )
    requirement_reference = forms.CharField(
        label=_("Reference"),
        required=False,
        max_length=200,
        help_text=_("E.g. “Clause 4.2”, “Drawing M-12 rev B”, or the listing attribute's name."),
    )
    requirement_text = forms.CharField(
        label=_("Requirement text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Quote it as written (filled from the listing for a listing attribute)."),
    )

    def __init__(self, *args: Any, evidence_slots: int = EVIDENCE_SLOTS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i in range(evidence_slots):
            self.fields[f"evidence_{i}_type"] = forms.ChoiceField(
                label=_("Type"),
                choices=[("", _("— choose —")), *EvidenceType.choices],
                required=False,
            )
            self.fields[f"evidence_{i}_file"] = forms.FileField(label=_("File"), required=False)
            self.fields[f"evidence_{i}_description"] = forms.CharField(
                label=_("What it shows"), required=False, max_length=500
            )

    def evidence_rows(self, staged: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One row per evidence slot, with the file already held for it, if any."""
        held = {item["slot"]: item for item in staged}
        count = sum(1 for name in self.fields if name.endswith("_file"))
        return [
            {
                "index": i,
                "number": i + 1,
                "type": self[f"evidence_{i}_type"],
                "file": self[f"evidence_{i}_file"],
                "description": self[f"evidence_{i}_description"],
                "staged": held.get(i),
            }
            for i in range(count)
        ]


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=DecisionOutcome.choices)
    refund_amount = forms.DecimalField(
        label=_("Refund amount"),
        required=False,
        min_value=0,
        decimal_places=2,
        help_text=_(
            "At most the covered amount (offline: the order total). Empty = the amount claimed."
        ),
    )
    statement = forms.CharField(
        label=_("Statement of reasons"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Both parties read this. Say what you decided and why, in plain words."),
    )

    def __init__(
        self, *args: Any, evidence: list[Any], requirements: list[Any], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        evidence_choices = [
            (
                e.pk,
                f"#{e.pk} {e.get_type_display()} ({e.get_party_display()}) {e.description}",
            )
            for e in evidence
        ]
        requirement_choices = [("", gettext("— another term (write it below) —"))] + [
            (r.pk, f"{r.reference}: {r.text[:80]}") for r in requirements
        ]
        for i in range(FINDING_SLOTS):
            number = {"number": i + 1}
            self.fields[f"finding_{i}_text"] = forms.CharField(
                label=gettext("Finding %(number)s") % number,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.fields[f"finding_{i}_evidence"] = forms.MultipleChoiceField(
                label=gettext("Finding %(number)s: evidence it rests on") % number,
                required=False,
                choices=evidence_choices,
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields[f"finding_{i}_requirement"] = forms.ChoiceField(
                label=gettext("Finding %(number)s: requirement") % number,
                required=False,
                choices=requirement_choices,
            )
            self.fields[f"finding_{i}_requirement_text"] = forms.CharField(
                label=gettext("Finding %(number)s: requirement (if not cited)") % number,
                required=False,
                max_length=500,
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
