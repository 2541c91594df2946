"""Form shapes for the order pages. They only parse input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.orders.enums import (
    OrderDocumentKind,
    OrderKind,
    OrderStatus,
    PaymentMethod,
    ShipmentEventStatus,
)
from tradeguard.orders.services import ItemInput, PaymentInput
from tradeguard.web.forms import with_blank

DATE = forms.DateInput(attrs={"type": "date"})
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class OrderFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=with_blank(OrderStatus.choices), required=False
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"), choices=with_blank(OrderKind.choices), required=False
    )
    q = forms.CharField(label=gettext_lazy("Reference"), required=False, max_length=100)


class ShipForm(forms.Form):
    carrier = forms.CharField(
        label=gettext_lazy("Carrier"),
        max_length=100,
        help_text=gettext_lazy("e.g. DHL, COSCO, Maersk"),
    )
    tracking_number = forms.CharField(max_length=100, label=gettext_lazy("Tracking or B/L number"))
    estimated_delivery = forms.DateField(
        label=gettext_lazy("Estimated delivery"), required=False, widget=DATE
    )


class PaymentForm(forms.Form):
    amount = forms.CharField(
        label=gettext_lazy("Amount"),
        max_length=30,
        help_text=gettext_lazy("In the order's currency, e.g. 1800.00"),
    )
    paid_at = forms.DateTimeField(widget=DATETIME, label=gettext_lazy("Paid at (your time zone)"))
    method = forms.ChoiceField(label=gettext_lazy("Method"), choices=PaymentMethod.choices)
    reference = forms.CharField(
        max_length=200, required=False, label=gettext_lazy("Payment reference")
    )
    to_designated_account = forms.BooleanField(
        required=False,
        label=gettext_lazy("Paid into the platform's designated account"),
        help_text=gettext_lazy("Only such payments are covered by trade assurance."),
    )

    def __init__(self, *args: Any, platform: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not platform:  # a buyer's own (offline) payment never went to the platform
            del self.fields["to_designated_account"]

    def payment(self) -> PaymentInput:
        data = self.cleaned_data
        return PaymentInput(
            amount=data["amount"],
            paid_at=data["paid_at"],
            method=data["method"],
            to_designated_account=data.get("to_designated_account", False),
            reference=data["reference"],
        )


class ShipmentEventForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("What happened"), choices=ShipmentEventStatus.choices
    )
    occurred_at = forms.DateTimeField(widget=DATETIME, label=gettext_lazy("When (your time zone)"))
    carrier = forms.CharField(max_length=100, required=False, label=gettext_lazy("Carrier"))
    tracking_number = forms.CharField(
        max_length=100, required=False, label=gettext_lazy("Tracking number")
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=OrderDocumentKind.choices)
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("PDF, image, Word or Excel; up to 25 MB."),
    )
    description = forms.CharField(label=gettext_lazy("Description"), max_length=300, required=False)


class CancelForm(forms.Form):
    refunded = forms.BooleanField(
        required=False, label=gettext_lazy("The money paid has been returned to the buyer")
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )


class TransitionForm(forms.Form):
    to = forms.ChoiceField(choices=OrderStatus.choices, widget=forms.HiddenInput)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=2000)


class OrderNewForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"), choices=OrderKind.choices, initial=OrderKind.OFFLINE
    )
    reference = forms.CharField(
        label=gettext_lazy("Reference"),
        max_length=100,
        required=False,
        help_text=gettext_lazy("Your or the supplier's order number, if any."),
    )
    buyer = forms.ModelChoiceField(
        label=gettext_lazy("Buyer"), queryset=Organization.objects.none(), required=False
    )
    supplier = forms.ModelChoiceField(
        label=gettext_lazy("Supplier"),
        queryset=Organization.objects.filter(kind=OrgKind.SUPPLIER),
        help_text=gettext_lazy("The supplier organization you ordered from."),
    )
    currency = forms.CharField(label=gettext_lazy("Currency"), max_length=3, initial="USD")
    total = forms.CharField(
        label=gettext_lazy("Total"),
        max_length=30,
        help_text=gettext_lazy("Must equal the sum of the items."),
    )
    placed_at = forms.DateTimeField(
        widget=DATETIME,
        label=gettext_lazy("Ordered at (your time zone)"),
        help_text=gettext_lazy("When the order was agreed."),
    )
    ship_by = forms.DateField(
        widget=DATE, required=False, label=gettext_lazy("Agreed ship-by date")
    )
    notes = forms.CharField(
        label=gettext_lazy("Notes"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=5000,
    )

    def __init__(self, *args: Any, platform: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if platform:
            self.fields["buyer"].queryset = Organization.objects.filter(kind=OrgKind.BUYER)  # type: ignore[attr-defined]
            self.fields["buyer"].required = True
        else:
            self.fields["kind"].choices = [(OrderKind.OFFLINE, OrderKind.OFFLINE.label)]  # type: ignore[attr-defined]
            self.fields["kind"].widget = forms.HiddenInput()
            del self.fields["buyer"]


class ItemForm(forms.Form):
    description = forms.CharField(label=gettext_lazy("Description"), max_length=500, required=False)
    quantity = forms.CharField(label=gettext_lazy("Quantity"), max_length=20, required=False)
    unit = forms.CharField(label=gettext_lazy("Unit"), max_length=20, required=False, initial="pcs")
    unit_price = forms.CharField(label=gettext_lazy("Unit price"), max_length=30, required=False)

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not any(data.get(k) for k in ("description", "quantity", "unit_price"))

    def item(self) -> ItemInput:
        data = self.cleaned_data
        return ItemInput(
            data["description"], data["quantity"], data["unit_price"], data["unit"] or "pcs"
        )


ItemFormSet = forms.formset_factory(ItemForm, extra=5, max_num=50)


class OptionalPaymentForm(PaymentForm):
    """The payment made so far, when declaring an order (all fields optional). A buyer's
    offline payment never went into the platform's account, so it is not asked."""

    def __init__(self, *args: Any, platform: bool, **kwargs: Any) -> None:
        super().__init__(*args, platform=platform, **kwargs)
        for name in ("amount", "paid_at", "method"):
            self.fields[name].required = False
        self.fields["method"].choices = with_blank(PaymentMethod.choices, "—")  # type: ignore[attr-defined]

    def is_blank(self) -> bool:
        return not self.cleaned_data.get("amount")
