"""The order page's contract forms and the clause library's edit form. They parse
input only; every rule is the services'."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tradeguard.contracts import policy
from tradeguard.contracts.enums import Forum, GoverningLaw, Incoterm, PrevailingLanguage

DATE = forms.DateInput(attrs={"type": "date"})


class ContractForm(forms.Form):
    incoterm = forms.ChoiceField(label=_("Incoterms 2020 rule"), choices=Incoterm.choices)
    place = forms.CharField(
        label=_("Named place"),
        max_length=200,
        help_text=_(
            "Where the rule delivers, e.g. Ningbo port, China (FOB) or the buyer's warehouse (DAP)."
        ),
    )
    ship_by = forms.DateField(label=_("Ship by"), widget=DATE)
    delivery_by = forms.DateField(label=_("Deliver by"), widget=DATE)
    quantity_tolerance = forms.DecimalField(
        label=_("Quantity tolerance (%)"),
        min_value=0,
        max_value=policy.TOLERANCE_MAX,
        decimal_places=1,
        help_text=_("How far each line's delivered quantity may differ, either way."),
    )
    notice_days = forms.IntegerField(
        label=_("Days to report a defect"),
        min_value=policy.NOTICE_DAYS[0],
        max_value=policy.NOTICE_DAYS[1],
        help_text=_("The buyer's notice period after discovering a non-conformity."),
    )
    remedy_days = forms.IntegerField(
        label=_("Days to repair, replace or refund"),
        min_value=policy.REMEDY_DAYS[0],
        max_value=policy.REMEDY_DAYS[1],
        help_text=_("The supplier's deadline after the buyer's notice."),
    )
    forum = forms.ChoiceField(label=_("Disputes decided by"), choices=Forum.choices)
    city = forms.CharField(
        label=_("Supplier's city"),
        max_length=100,
        required=False,
        help_text=_("Only for the courts of the supplier's city."),
    )
    governing_law = forms.ChoiceField(label=_("Governing law"), choices=GoverningLaw.choices)
    prevailing_language = forms.ChoiceField(
        label=_("If the two texts differ"), choices=PrevailingLanguage.choices
    )
    buyer_address = forms.CharField(
        label=_("Buyer's registered address"),
        max_length=policy.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    supplier_address = forms.CharField(
        label=_("Supplier's registered address"),
        max_length=policy.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    destination = forms.CharField(
        label=_("Destination country"),
        max_length=2,
        help_text=_("Two-letter code, e.g. DE, US, GB."),
    )
    compliance = forms.CharField(
        label=_("Labelling and compliance requirements"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line, beyond the specification's labelling and certification clauses, "
            "e.g. CE marking and EU declaration of conformity."
        ),
    )


class AcceptForm(forms.Form):
    contract_id = forms.IntegerField(widget=forms.HiddenInput)
    sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)


class LibraryClauseForm(forms.Form):
    title_en = forms.CharField(label=_("Title (English)"), max_length=200)
    title_zh = forms.CharField(label=_("Title (Chinese)"), max_length=200)
    text_en = forms.CharField(label=_("Text (English)"), widget=forms.Textarea(attrs={"rows": 8}))
    text_zh = forms.CharField(label=_("Text (Chinese)"), widget=forms.Textarea(attrs={"rows": 8}))
    source = forms.CharField(
        label=_("Source"),
        max_length=300,
        help_text=_("Where the clause comes from, e.g. CISG art. 35 or ISO 2859-1:1999."),
    )
    note = forms.CharField(label=_("Why it changed"), max_length=300, required=False)
