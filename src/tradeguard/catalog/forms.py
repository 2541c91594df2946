"""Form shapes for the listing pages. They only parse input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.catalog.enums import ListingStatus
from tradeguard.web.forms import with_blank


class ListingFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=with_blank(ListingStatus.choices), required=False
    )
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=200)


class AttributesField(forms.CharField):
    """One "Name: value" per line <-> {"Name": "value"}."""

    widget = forms.Textarea(
        attrs={"rows": 4, "placeholder": gettext_lazy("Material: 304 stainless steel")}
    )

    def to_python(self, value: Any) -> dict[str, str]:  # type: ignore[override]
        text = super().to_python(value) or ""
        attributes: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            name, sep, val = line.partition(":")
            if not sep or not name.strip():
                raise forms.ValidationError(
                    gettext("Line %(number)s: write it as 'Name: value'.") % {"number": number}
                )
            attributes[name.strip()] = val.strip()
        return attributes

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, dict):
            return "\n".join(f"{k}: {v}" for k, v in value.items())
        return value


class ListingForm(forms.Form):
    supplier = forms.ModelChoiceField(
        label=gettext_lazy("Supplier"),
        queryset=Organization.objects.filter(kind=OrgKind.SUPPLIER),
        required=False,
    )
    marketplace_url = forms.CharField(
        max_length=500,
        label=gettext_lazy("Marketplace address"),
        help_text=gettext_lazy("The listing's http(s) address."),
    )
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    description = forms.CharField(
        label=gettext_lazy("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    attributes = AttributesField(
        label=gettext_lazy("Attributes"),
        required=False,
        help_text=gettext_lazy("One per line, as the listing states them. Disputes cite them."),
    )
    disclosed_defects = forms.CharField(
        label=gettext_lazy("Disclosed defects"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=gettext_lazy(
            "Limitations the listing discloses; they are not grounds for a dispute."
        ),
    )

    def __init__(self, *args: Any, platform: bool, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not platform or editing:
            del self.fields["supplier"]
        else:
            self.fields["supplier"].required = True


class ImageForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Product image"),
        help_text=gettext_lazy("JPEG, PNG, WebP, GIF or BMP; up to 15 MB, 20 per listing."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=ListingStatus.choices, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=5000,
        help_text=gettext_lazy("Required for removal; the supplier sees it."),
    )
