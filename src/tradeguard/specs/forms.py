"""Forms for the spec editor, the order's spec page and inspection report entry. They
only shape input; the services validate it and their errors are shown on the fields."""

from __future__ import annotations

import re
from typing import Any

from django import forms

from tradeguard.specs import aql
from tradeguard.specs.enums import ClauseKind, InspectionKind, Severity

TARGET_CHOICES = [
    ("", "Not measurable"),
    ("measure", "Value ± tolerance / min-max"),
    ("colour", "Colour (ΔE00)"),
    ("text", "Required text or mark"),
    ("check", "Yes/no check"),
]
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
    "lab": "hex",
    "pantone": "pantone",
    "delta_e": "delta_e",
    "text": "required_text",
    "expected": "expected",
}


def _small(**attrs: Any) -> forms.TextInput:
    return forms.TextInput(attrs={"size": 8, **attrs})


class SpecMetaForm(forms.Form):
    product_name = forms.CharField(max_length=200)
    reference = forms.CharField(max_length=100, required=False, help_text="Your SKU or code.")
    notes = forms.CharField(
        max_length=500, required=False, help_text="What changed in this version, or remarks."
    )


class ClauseForm(forms.Form):
    clause_id = forms.CharField(max_length=20, required=False, label="Id", widget=_small(size=5))
    text = forms.CharField(
        required=False, label="Requirement", widget=forms.TextInput(attrs={"size": 30})
    )
    kind = forms.ChoiceField(choices=[("", "—"), *ClauseKind.choices], required=False)
    severity = forms.ChoiceField(choices=[("", "—"), *Severity.choices], required=False)
    target_type = forms.ChoiceField(choices=TARGET_CHOICES, required=False, label="Target")
    value = forms.CharField(required=False, widget=_small())
    unit = forms.CharField(required=False, widget=_small(size=5))
    tolerance = forms.CharField(required=False, label="±", widget=_small(size=5))
    min = forms.CharField(required=False, widget=_small(size=5))
    max = forms.CharField(required=False, widget=_small(size=5))
    hex = forms.CharField(required=False, label="Colour", widget=_small(placeholder="#C8102E"))
    pantone = forms.CharField(required=False, widget=_small(placeholder="186 C"))
    delta_e = forms.CharField(required=False, label="ΔE00", widget=_small(size=4))
    required_text = forms.CharField(required=False, label="Text/mark", widget=_small())
    expected = forms.ChoiceField(
        choices=[("", "—"), ("yes", "yes"), ("no", "no")], required=False, label="Expected"
    )

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {}) or {}
        return not any(str(data.get(k) or "").strip() for k in ("clause_id", "text"))


ClauseFormSet = forms.formset_factory(ClauseForm, extra=3, max_num=200)


class AttachForm(forms.Form):
    order = forms.ChoiceField(label="Order", choices=())

    def __init__(self, *args: Any, orders: list[Any] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        self.fields["order"].choices = [  # type: ignore[attr-defined]
            (o.pk, f"{o.reference} — {o.supplier.name}") for o in orders
        ]


class AttachVersionForm(forms.Form):
    version = forms.ChoiceField(label="Specification version", choices=())

    def __init__(self, *args: Any, versions: list[Any] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        self.fields["version"].choices = [  # type: ignore[attr-defined]
            (v.pk, f"{v.specification.product_name} v{v.number}") for v in versions
        ]


class QualityForm(forms.Form):
    level = forms.ChoiceField(choices=[(lv, lv) for lv in aql.LEVELS], initial="II")
    aql_critical = forms.CharField(
        required=False, label="Critical AQL", help_text="Blank: none allowed (Ac 0)."
    )
    aql_major = forms.ChoiceField(choices=[(a, a) for a in aql.AQL_LABELS], label="Major AQL")
    aql_minor = forms.ChoiceField(choices=[(a, a) for a in aql.AQL_LABELS], label="Minor AQL")
    reduced_approved = forms.BooleanField(
        required=False,
        label="Approve reduced inspection when the switching score allows it",
    )


class BookForm(forms.Form):
    kind = forms.ChoiceField(choices=InspectionKind.choices, initial=InspectionKind.PRE_SHIPMENT)
    inspector_org = forms.ChoiceField(label="Inspection company", choices=())
    scheduled_for = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, companies: list[Any] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        self.fields["inspector_org"].choices = [  # type: ignore[attr-defined]
            ("", "We inspect ourselves"),
            *((c.pk, c.name) for c in companies),
        ]
        self.fields["inspector_org"].required = False


class PhotoForm(forms.Form):
    file = forms.ImageField(label="Photo")
    caption = forms.CharField(max_length=300, required=False)


class ImportForm(forms.Form):
    file = forms.FileField(
        help_text="A TradeGuard JSON export or the spreadsheet template (.xlsx)."
    )


class ReportMetaForm(forms.Form):
    lot_size = forms.IntegerField(min_value=1, required=False, help_text="Units in the lot.")
    sample_size = forms.IntegerField(min_value=1, required=False, label="Units drawn")
    quantity_presented = forms.IntegerField(
        min_value=0, required=False, help_text="Units counted for shipment."
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    correction_reason = forms.CharField(
        max_length=500, required=False, help_text="Needed to correct a signed report."
    )


class DefectForm(forms.Form):
    severity = forms.ChoiceField(choices=[("", "—"), *Severity.choices], required=False)
    description = forms.CharField(max_length=500, required=False)
    units = forms.IntegerField(min_value=1, required=False, initial=1)
    photo = forms.ImageField(required=False)


class TestForm(forms.Form):
    name = forms.CharField(max_length=200, required=False, label="Test")
    passed = forms.ChoiceField(
        choices=[("", "—"), ("yes", "pass"), ("no", "fail")], required=False, label="Result"
    )
    notes = forms.CharField(max_length=1000, required=False)


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
