"""Forms of the monitoring pages; they only parse input, the services decide."""

from __future__ import annotations

from typing import Any

from django import forms


class MonitoredImageForm(forms.Form):
    file = forms.ImageField(
        label="Image", help_text="A product photo you own: JPEG, PNG, WebP, GIF or BMP."
    )
    label = forms.CharField(
        max_length=200, required=False, help_text="How you call it (default: the file name)."
    )
    watch_set = forms.TypedChoiceField(
        label="Watch set", required=False, coerce=int, empty_value=None
    )
    watch_set_name = forms.CharField(label="…or a new watch set", max_length=120, required=False)

    def __init__(self, *args: Any, watch_sets: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["watch_set"].choices = [("", "— none —"), *watch_sets]  # type: ignore[attr-defined]


class ReviewForm(forms.Form):
    ACTIONS = (("confirm", "Confirm"), ("dismiss", "Dismiss"), ("authorize", "Authorize supplier"))

    action = forms.ChoiceField(choices=ACTIONS)
    match_ids = forms.TypedMultipleChoiceField(coerce=int, required=False)
    note = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, match_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["match_ids"].choices = [(i, str(i)) for i in match_ids]  # type: ignore[attr-defined]
