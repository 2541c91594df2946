"""Web forms of the IP app. They only parse; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from tradeguard.common.formatting import format_language, language_codes
from tradeguard.common.i18n.legal import label as legal_label
from tradeguard.ip import legal, policy
from tradeguard.ip.enums import ComplaintReason, RecordKind


class MultiFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiFileField(forms.FileField):
    widget = MultiFileInput

    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, list | tuple):
            return [super(MultiFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


def document_languages() -> list[tuple[str, str]]:
    """The languages a certificate may be written in (ISO 639-1, the codes the API
    takes), named in the reader's language: those officers read first (English,
    Chinese), then the rest by name (in Chinese by pinyin: GB 2312 orders its common
    characters so)."""
    chinese = (get_language() or "").startswith("zh")
    others = [
        (code, format_language(code))
        for code in language_codes()
        if len(code) == 2 and code not in policy.READABLE_LANGUAGES
    ]
    if chinese:
        others.sort(key=lambda choice: choice[1].encode("gb18030"))
    else:
        others.sort(key=lambda choice: choice[1].casefold())
    readable = sorted(policy.READABLE_LANGUAGES, key=lambda code: code != "en")
    return [*((code, format_language(code)) for code in readable), *others]


class VerificationForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[
            ("identity_document", "Passport or ID card (a person)"),
            ("business_licence", "Business licence (a company)"),
        ],
    )
    file = forms.FileField(label=_("File"), help_text=_("PDF or image, up to 20 MB."))


class RecordForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=RecordKind.choices)
    owner = forms.ChoiceField(
        required=False,
        label=_("Rights holder"),
        help_text=_("Agents: the principal you act for."),
    )
    title = forms.CharField(
        label=pgettext_lazy("intellectual property right", "Title"),
        max_length=300,
        required=False,
        help_text=_("Mark, design, invention or work title."),
    )
    registration_number = forms.CharField(
        label=_("Registration number"),
        max_length=100,
        required=False,
        help_text=_("Leave empty for an unregistered copyright work."),
    )
    jurisdiction = forms.CharField(
        label=_("Jurisdiction"),
        max_length=100,
        required=False,
        help_text=_("Office or country, e.g. EUIPO, CNIPA, US."),
    )
    classes = forms.CharField(
        label=_("Classes"),
        max_length=200,
        required=False,
        help_text=_("Trademarks: Nice classes, e.g. 9, 25."),
    )
    word_mark = forms.CharField(label=_("Word mark"), max_length=200, required=False)
    valid_until = forms.DateField(
        label=_("Valid until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    document_language = forms.ChoiceField(
        label=_("Document language"),
        choices=document_languages,
        initial="en",
        help_text=_(
            "The language the certificate is written in. A certificate in another "
            "language than English or Chinese needs a translation attached."
        ),
    )
    certificate = forms.FileField(
        label=_("Certificate"),
        required=False,
        help_text=_("Registration certificate (PDF or image)."),
    )
    translation = forms.FileField(
        label=_("Translation"),
        required=False,
        help_text=_("English or Chinese translation of the certificate."),
    )
    images = MultiFileField(
        label=_("Images"),
        required=False,
        help_text=_("Mark image, patent drawings or the copyright work's reference images."),
    )
    claim_statement = forms.CharField(
        label=_("Claim statement"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Unregistered works: who created it, when, and that you own it."),
    )
    claim_signed_name = forms.CharField(
        max_length=200, required=False, label=_("Claim signed by (full name)")
    )

    def __init__(
        self, *args: Any, owners: list[tuple[int, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["owner"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(str(pk), name) for pk, name in owners or []]


# The binding statements' words come from ip/legal.py (versioned, hashed, both
# languages), not from the catalogues; a label is the current text in the page's language.
STATEMENT_LABELS = {t.field: legal_label(t.id) for t in legal.COMPLAINT.texts}
COUNTER_LABELS = {t.field: legal_label(t.id) for t in legal.COUNTER_NOTICE.texts}


class ComplaintForm(forms.Form):
    """The notice. Listings come from the picker (`picked` ids with a `note_<id>` each,
    read by the view), pasted lines and a CSV; the CSV's rows survive a refusal in
    `csv_kept` so that it need not be uploaded again."""

    record = forms.ChoiceField(
        label=_("IP record"),
        error_messages={"required": _("Choose the IP record that backs this complaint.")},
    )
    reason = forms.ChoiceField(label=_("Reason"), choices=ComplaintReason.choices)
    q = forms.CharField(
        required=False,
        max_length=200,
        label=_("Find listings"),
        help_text=_("Search by product title, store name, listing number (#42) or URL."),
        widget=forms.TextInput(
            attrs={"type": "search", "autocomplete": "off", "placeholder": _("e.g. arc lamp")}
        ),
    )
    listings = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        label=_("Or paste listings"),
        help_text=_("Marketplace URLs or listing numbers, one per line."),
    )
    csv = forms.FileField(
        required=False,
        label=_("Or upload a CSV file"),
        help_text=_("Columns: listing,note. Download the template."),
    )
    csv_kept = forms.CharField(required=False, widget=forms.HiddenInput)
    explanation = forms.CharField(
        label=_("Explanation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("How the listings infringe: what was copied, where."),
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
    signature_name = forms.CharField(max_length=200, label=_("Electronic signature (full name)"))
    draft = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(
        self,
        *args: Any,
        records: list[tuple[int, str]] | None = None,
        choose_record: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["record"]
        assert isinstance(field, forms.ChoiceField)
        choices: list[tuple[str, Any]] = [(str(pk), label) for pk, label in records or []]
        # Several records, or a draft whose evidence belongs to none: the filer chooses
        # (a browser would silently pick the first).
        if len(choices) != 1 or choose_record:
            choices.insert(0, ("", _("Choose a record…")))
        field.choices = choices


class CounterNoticeForm(forms.Form):
    explanation = forms.CharField(
        label=_("Explanation"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Why the listing does not infringe: your own design, a licence, a different product."
        ),
    )
    documents = MultiFileField(
        required=False,
        label=_("Documents"),
        help_text=_(
            "Your own registrations, licences, design files: PDF, images, office or text "
            "files, up to 20 MB each, at most 10."
        ),
    )
    statement_perjury = forms.BooleanField(
        required=False, label=COUNTER_LABELS["statement_perjury"]
    )
    consent_jurisdiction = forms.BooleanField(
        required=False, label=COUNTER_LABELS["consent_jurisdiction"]
    )
    signature_name = forms.CharField(max_length=200, label=_("Electronic signature (full name)"))


class AppealForm(forms.Form):
    explanation = forms.CharField(
        label=_("Explanation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why the removal was wrong and what you ask for."),
    )
    documents = MultiFileField(
        required=False,
        label=_("Documents"),
        help_text=_("PDF, images, office or text files, up to 20 MB each, at most 10."),
    )


class DecisionForm(forms.Form):
    uphold = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("1", _("Uphold")), ("0", _("Do not uphold"))],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Both parties read it."),
    )
    manifestly_unfounded = forms.BooleanField(
        required=False, label=_("The complaint was manifestly unfounded")
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class CourtActionForm(forms.Form):
    reference = forms.CharField(max_length=300, label=_("Court and case number"))


class AuthorizationForm(forms.Form):
    principal = forms.IntegerField(label=_("Principal (organization id)"))
    valid_until = forms.DateField(
        label=_("Valid until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    letter = forms.FileField(
        label=_("Letter"), help_text=_("Signed letter of authorization (PDF or image).")
    )
