"""Forms of the monitoring pages; they only parse input, the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy


class MonitoredImageForm(forms.Form):
    file = forms.ImageField(
        label=gettext_lazy("Image"),
        help_text=gettext_lazy("A product photo you own: JPEG, PNG, WebP, GIF or BMP."),
    )
    label = forms.CharField(
        label=gettext_lazy("Label"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("How you call it (default: the file name)."),
    )
    watch_set = forms.TypedChoiceField(
        label=gettext_lazy("Watch set"), required=False, coerce=int, empty_value=None
    )
    watch_set_name = forms.CharField(
        label=gettext_lazy("…or a new watch set"), max_length=120, required=False
    )

    def __init__(self, *args: Any, watch_sets: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["watch_set"].choices = [("", gettext_lazy("— none —")), *watch_sets]  # type: ignore[attr-defined]


class ReviewForm(forms.Form):
    ACTIONS = (
        ("confirm", gettext_lazy("Confirm")),
        ("dismiss", gettext_lazy("Dismiss")),
        ("authorize", gettext_lazy("Authorize supplier")),
    )

    action = forms.ChoiceField(label=gettext_lazy("Action"), choices=ACTIONS)
    match_ids = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Matches"), coerce=int, required=False
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, match_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["match_ids"].choices = [(i, str(i)) for i in match_ids]  # type: ignore[attr-defined]
