"""Web forms of the IP app. They only parse; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms

from tradeguard.ip.enums import ComplaintReason, RecordKind


class MultiFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiFileField(forms.FileField):
    widget = MultiFileInput

    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, list | tuple):
            return [super(MultiFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


class VerificationForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[
            ("identity_document", "Passport or ID card (a person)"),
            ("business_licence", "Business licence (a company)"),
        ]
    )
    file = forms.FileField(help_text="PDF or image, up to 20 MB.")


class RecordForm(forms.Form):
    kind = forms.ChoiceField(choices=RecordKind.choices)
    owner = forms.ChoiceField(
        required=False, label="Rights holder", help_text="Agents: the principal you act for."
    )
    title = forms.CharField(
        max_length=300, required=False, help_text="Mark, design, invention or work title."
    )
    registration_number = forms.CharField(
        max_length=100, required=False, help_text="Leave empty for an unregistered copyright work."
    )
    jurisdiction = forms.CharField(
        max_length=100, required=False, help_text="Office or country, e.g. EUIPO, CNIPA, US."
    )
    classes = forms.CharField(
        max_length=200, required=False, help_text="Trademarks: Nice classes, e.g. 9, 25."
    )
    word_mark = forms.CharField(max_length=200, required=False)
    valid_until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    document_language = forms.CharField(
        max_length=8,
        initial="en",
        help_text="Language of the certificate (ISO code). Other than en/zh needs a translation.",
    )
    certificate = forms.FileField(
        required=False, help_text="Registration certificate (PDF or image)."
    )
    translation = forms.FileField(
        required=False, help_text="English or Chinese translation of the certificate."
    )
    images = MultiFileField(
        required=False,
        help_text="Mark image, patent drawings or the copyright work's reference images.",
    )
    claim_statement = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Unregistered works: who created it, when, and that you own it.",
    )
    claim_signed_name = forms.CharField(
        max_length=200, required=False, label="Claim signed by (full name)"
    )

    def __init__(
        self, *args: Any, owners: list[tuple[int, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["owner"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(str(pk), name) for pk, name in owners or []]


STATEMENT_LABELS = {
    "statement_good_faith": "I have a good-faith belief that the use described is not authorized by the rights holder, its agent or the law.",
    "statement_accuracy": "The information in this notice is accurate, and under penalty of perjury, I am authorized to act on behalf of the rights holder.",
    "statement_authority": "I am the owner of the right or authorized to act on its owner's behalf.",
}


class ComplaintForm(forms.Form):
    record = forms.ChoiceField(label="IP record")
    reason = forms.ChoiceField(choices=ComplaintReason.choices)
    listings = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text="Marketplace URLs or listing ids, one per line (up to 300). Or upload a CSV below.",
    )
    csv = forms.FileField(
        required=False, label="CSV file", help_text="Columns: listing,note. Download the template."
    )
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="How the listings infringe: what was copied, where.",
    )
    statement_good_faith = forms.BooleanField(
        required=False, label=STATEMENT_LABELS["statement_good_faith"]
    )
    statement_accuracy = forms.BooleanField(
        required=False, label=STATEMENT_LABELS["statement_accuracy"]
    )
    statement_authority = forms.BooleanField(
        required=False, label=STATEMENT_LABELS["statement_authority"]
    )
    signature_name = forms.CharField(max_length=200, label="Electronic signature (full name)")
    draft = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(
        self, *args: Any, records: list[tuple[int, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["record"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(str(pk), label) for pk, label in records or []]


class CounterNoticeForm(forms.Form):
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Why the listing does not infringe: your own design, a licence, a different product.",
    )
    documents = MultiFileField(
        required=False, help_text="Your own registrations, licences, design files (up to 10)."
    )
    statement_perjury = forms.BooleanField(
        required=False,
        label="Under penalty of perjury, I have a good-faith belief that the listing was named as a result of mistake or misidentification.",
    )
    consent_jurisdiction = forms.BooleanField(
        required=False,
        label="I consent to the jurisdiction of the courts where the rights holder may sue, and will accept service from it.",
    )
    signature_name = forms.CharField(max_length=200, label="Electronic signature (full name)")


class AppealForm(forms.Form):
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Why the removal was wrong and what you ask for.",
    )
    documents = MultiFileField(required=False)


class DecisionForm(forms.Form):
    uphold = forms.TypedChoiceField(
        choices=[("1", "Uphold"), ("0", "Do not uphold")],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="Both parties read it."
    )
    manifestly_unfounded = forms.BooleanField(
        required=False, label="The complaint was manifestly unfounded"
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)


class CourtActionForm(forms.Form):
    reference = forms.CharField(max_length=300, label="Court and case number")


class AuthorizationForm(forms.Form):
    principal = forms.IntegerField(label="Principal (organization id)")
    valid_until = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    letter = forms.FileField(help_text="Signed letter of authorization (PDF or image).")
