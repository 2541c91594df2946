"""Forms for the spec editor, the order's spec page and inspection report entry. They
only shape input; the services validate it and their errors are shown on the fields."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tradeguard.specs import aql
from tradeguard.specs.enums import ClauseKind, InspectionKind, InspectionLevel, Severity

TARGET_CHOICES = [
    ("", _("Described only (not measured)")),
    ("measure", _("A value with a unit")),
    ("colour", _("A colour")),
    ("text", _("A required text or mark")),
    ("check", _("A yes/no check")),
]
MEASURE_MODES = [
    ("tolerance", _("Value ± tolerance")),
    ("range", _("Minimum and/or maximum")),
]
# Fields the spreadsheet and the editor share (documents.COLUMNS), plus "lab".
CLAUSE_FIELDS = [
    "clause_id",
    "text",
    "kind",
    "severity",
    "target_type",
    "value",
    "unit",
    "tolerance",
    "min",
    "max",
    "hex",
    "lab",
    "pantone",
    "delta_e",
    "required_text",
    "expected",
]
# Service error paths (clauses.N.target.X) -> clause form field.
TARGET_FIELD_MAP = {
    "type": "target_type",
    "value": "value",
    "unit": "unit",
    "tolerance": "tolerance",
    "min": "min",
    "max": "max",
    "hex": "hex",
    "lab": "lab",
    "pantone": "pantone",
    "delta_e": "delta_e",
    "text": "required_text",
    "expected": "expected",
}
# What a clause of each kind is usually checked by: the editor preselects it.
KIND_DEFAULT_TARGET = {
    "dimension": "measure",
    "weight": "measure",
    "colour": "colour",
    "labeling": "text",
    "certification": "text",
    "function": "check",
    "packaging": "check",
    "material": "",
    "other": "",
}
# Fields that only carry a default: a card with nothing else typed is empty.
DEFAULT_ONLY_FIELDS = {"measure_mode", "expected", "delta_e", "target_type"}


def _number(**attrs: Any) -> forms.TextInput:
    """A decimal typed as people write it ("120.5"); `inputmode` brings up the number
    keypad on phones without the browser rewriting the value like type=number does."""
    return forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", **attrs})


class SpecMetaForm(forms.Form):
    product_name = forms.CharField(max_length=200, label=_("Product name"))
    reference = forms.CharField(
        max_length=100,
        required=False,
        label=pgettext_lazy("product", "Reference"),
        help_text=_("Your SKU or code."),
    )
    notes = forms.CharField(
        max_length=500,
        required=False,
        label=_("Notes"),
        help_text=_("What changed in this version, or remarks."),
    )


class ClauseForm(forms.Form):
    """One clause card of the editor. Only shapes input: the service validates it."""

    clause_id = forms.CharField(
        max_length=20,
        required=False,
        label=_("Clause id"),
        widget=forms.TextInput(attrs={"placeholder": "3.2", "autocomplete": "off"}),
    )
    text = forms.CharField(
        required=False,
        label=_("Requirement"),
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": _("e.g. Bottle height")}),
    )
    kind = forms.ChoiceField(
        choices=[("", _("Choose…")), *ClauseKind.choices], required=False, label=_("Kind")
    )
    severity = forms.ChoiceField(
        choices=[("", _("Choose…")), *Severity.choices],
        required=False,
        label=_("Severity if broken"),
    )
    target_type = forms.ChoiceField(
        choices=TARGET_CHOICES, required=False, label=_("How it is checked")
    )
    measure_mode = forms.ChoiceField(
        choices=MEASURE_MODES,
        required=False,
        initial="tolerance",
        label=_("Target given as"),
        widget=forms.RadioSelect,
    )
    value = forms.CharField(required=False, label=_("Value"), widget=_number(placeholder="120"))
    unit = forms.CharField(
        required=False,
        label=_("Unit"),
        help_text=_("mm, cm, in, g, kg, lb, ml …"),
        widget=forms.TextInput(attrs={"placeholder": "mm", "autocomplete": "off"}),
    )
    tolerance = forms.CharField(
        required=False, label=_("Tolerance ±"), widget=_number(placeholder="2")
    )
    min = forms.CharField(required=False, label=_("Minimum"), widget=_number())
    max = forms.CharField(required=False, label=_("Maximum"), widget=_number())
    hex = forms.CharField(
        required=False,
        label=_("Colour (hex)"),
        widget=forms.TextInput(attrs={"placeholder": "#C8102E", "autocomplete": "off"}),
    )
    lab = forms.CharField(
        required=False,
        label=_("or Lab (L, a, b)"),
        widget=forms.TextInput(attrs={"placeholder": "42.5, 68.1, 48.3", "autocomplete": "off"}),
    )
    pantone = forms.CharField(
        required=False,
        label=_("Pantone"),
        widget=forms.TextInput(attrs={"placeholder": "186 C", "autocomplete": "off"}),
    )
    delta_e = forms.CharField(
        required=False,
        label=_("Tolerance ΔE00"),
        help_text=_("CIEDE2000 colour difference; 2 if left empty."),
        widget=_number(placeholder="2"),
    )
    required_text = forms.CharField(
        required=False,
        label=_("Required text or mark"),
        widget=forms.TextInput(attrs={"placeholder": "CE"}),
    )
    expected = forms.ChoiceField(
        choices=[("yes", _("Yes: the check must pass")), ("no", _("No: must not be the case"))],
        required=False,
        initial="yes",
        label=_("Expected answer"),
    )

    def is_blank(self) -> bool:
        """Nothing typed beyond defaults: the card is skipped rather than refused."""
        data = getattr(self, "cleaned_data", {}) or {}
        return not any(
            str(data.get(k) or "").strip() for k in self.fields if k not in DEFAULT_ONLY_FIELDS
        )

    def clause_row(self) -> dict[str, Any]:
        """The spreadsheet-style row (documents.row_to_clause) for what was typed; a
        measure keeps only the fields of the chosen mode."""
        data = self.cleaned_data
        row = {k: data.get(k) or "" for k in CLAUSE_FIELDS}
        if row["target_type"] == "measure":
            drop = ("min", "max") if data.get("measure_mode") != "range" else ("tolerance",)
            for key in drop:
                row[key] = ""
        return row


def editor_row(clause: dict[str, Any]) -> dict[str, Any]:
    """A stored clause as the editor's initial values."""
    from tradeguard.specs.documents import clause_to_row

    row = clause_to_row(clause)
    target = clause.get("target") or {}
    lab = target.get("lab")
    row["hex"] = target.get("hex", "")
    row["lab"] = ", ".join(f"{float(v):g}" for v in lab) if lab else ""
    row["measure_mode"] = "range" if ("min" in target or "max" in target) else "tolerance"
    if not row["expected"]:
        row["expected"] = "yes"
    return row


MAX_CLAUSES = 500
ClauseFormSet = forms.formset_factory(
    ClauseForm,
    extra=0,
    max_num=MAX_CLAUSES,
    absolute_max=MAX_CLAUSES,
    validate_max=True,
)


class AttachForm(forms.Form):
    order = forms.ChoiceField(label=_("Order"), choices=())

    def __init__(self, *args: Any, orders: list[Any] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        self.fields["order"].choices = [  # type: ignore[attr-defined]
            (o.pk, f"{o.reference} — {o.supplier.name}") for o in orders
        ]


class AttachVersionForm(forms.Form):
    version = forms.ChoiceField(label=_("Specification version"), choices=())

    def __init__(self, *args: Any, versions: list[Any] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        self.fields["version"].choices = [  # type: ignore[attr-defined]
            (v.pk, f"{v.specification.product_name} v{v.number}") for v in versions
        ]


class QualityForm(forms.Form):
    level = forms.ChoiceField(
        choices=[(lv, InspectionLevel(lv).label) for lv in aql.LEVELS],
        initial="II",
        label=_("Inspection level"),
        help_text=_("General II unless the product calls for fewer or more samples."),
    )
    aql_critical = forms.CharField(
        required=False,
        label=_("Critical AQL"),
        help_text=_("Leave empty: no critical defect allowed."),
    )
    aql_major = forms.ChoiceField(choices=[(a, a) for a in aql.AQL_LABELS], label=_("Major AQL"))
    aql_minor = forms.ChoiceField(choices=[(a, a) for a in aql.AQL_LABELS], label=_("Minor AQL"))
    reduced_approved = forms.BooleanField(
        required=False,
        label=_("Approve reduced inspection when the switching score allows it"),
    )


class BookForm(forms.Form):
    kind = forms.ChoiceField(
        choices=InspectionKind.choices, initial=InspectionKind.PRE_SHIPMENT, label=_("Kind")
    )
    inspector_org = forms.ChoiceField(label=_("Inspection company"), choices=())
    scheduled_for = forms.DateField(
        required=False,
        label=_("Scheduled for"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args: Any, companies: list[Any] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        self.fields["inspector_org"].choices = [  # type: ignore[attr-defined]
            ("", _("We inspect ourselves")),
            *((c.pk, c.name) for c in companies),
        ]
        self.fields["inspector_org"].required = False


class PhotoForm(forms.Form):
    file = forms.ImageField(label=_("Photo"))
    caption = forms.CharField(max_length=300, required=False, label=_("Caption"))


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("A TradeGuard JSON export or the spreadsheet template (.xlsx), up to 2 MB."),
    )


class ReportMetaForm(forms.Form):
    lot_size = forms.IntegerField(
        min_value=1, required=False, label=_("Lot size"), help_text=_("Units in the lot.")
    )
    sample_size = forms.IntegerField(min_value=1, required=False, label=_("Units drawn"))
    quantity_presented = forms.IntegerField(
        min_value=0,
        required=False,
        label=_("Quantity presented"),
        help_text=_("Units counted for shipment."),
    )
    notes = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, label=_("Notes")
    )
    correction_reason = forms.CharField(
        max_length=500,
        required=False,
        label=_("Reason for the correction"),
        help_text=_("Needed to correct a signed report."),
    )


class DefectForm(forms.Form):
    severity = forms.ChoiceField(
        choices=[("", "—"), *Severity.choices], required=False, label=_("Severity")
    )
    description = forms.CharField(max_length=500, required=False, label=_("Description"))
    units = forms.IntegerField(min_value=1, required=False, initial=1, label=_("Units"))
    photo = forms.ImageField(required=False, label=_("Photo"))


class TestForm(forms.Form):
    name = forms.CharField(max_length=200, required=False, label=_("Test"))
    passed = forms.ChoiceField(
        choices=[("", "—"), ("yes", _("Pass")), ("no", _("Fail"))],
        required=False,
        label=_("Result"),
    )
    notes = forms.CharField(max_length=1000, required=False, label=_("Notes"))


DefectFormSet = forms.formset_factory(DefectForm, extra=2, max_num=100)
TestFormSet = forms.formset_factory(TestForm, extra=1, max_num=50)

TRUE_WORDS = {"y", "yes", "pass", "ok", "true", "1", "match"}
FALSE_WORDS = {"n", "no", "fail", "false", "0", "nomatch", "no-match"}
TOKEN = re.compile(r"^(?P<value>.+?)\s*(?:[*×x]\s*(?P<count>\d+))?$")  # noqa: RUF001 - the multiplication sign is what inspectors type on phones


def parse_values(text: str, target: dict[str, Any]) -> list[Any]:
    """Inspector shorthand: one value per unit, separated by commas or new lines;
    `125*7` repeats a value 7 times; `4.75 in` carries its own unit; yes/no for
    text, check and eye-judged colour clauses."""
    values: list[Any] = []
    for raw in re.split(r"[,\n;]+", text or ""):
        token = raw.strip()
        if not token:
            continue
        match = TOKEN.match(token)
        value = match.group("value").strip() if match else token
        count = int(match.group("count")) if match and match.group("count") else 1
        count = min(count, 100_000)
        parsed: Any = value
        lowered = value.lower()
        boolean_target = target["type"] in ("text", "check") or (
            target["type"] == "colour" and not (target.get("hex") or target.get("lab"))
        )
        if boolean_target and lowered in TRUE_WORDS | FALSE_WORDS:
            parsed = lowered in TRUE_WORDS
        elif target["type"] == "measure":
            parts = value.split()
            if len(parts) == 2:
                parsed = {"value": parts[0], "unit": parts[1]}
        values.extend([parsed] * count)
    return values


def format_values(values: list[Any]) -> str:
    """The reverse of parse_values, compressing runs (`125*7`)."""
    tokens: list[str] = []
    run: tuple[str, int] | None = None
    for v in values:
        if isinstance(v, bool):
            text = "yes" if v else "no"
        elif isinstance(v, dict):
            text = f"{v.get('value')} {v.get('unit')}"
        else:
            text = str(v)
        if run and run[0] == text:
            run = (text, run[1] + 1)
        else:
            if run:
                tokens.append(run[0] if run[1] == 1 else f"{run[0]}*{run[1]}")
            run = (text, 1)
    if run:
        tokens.append(run[0] if run[1] == 1 else f"{run[0]}*{run[1]}")
    return ", ".join(tokens)
