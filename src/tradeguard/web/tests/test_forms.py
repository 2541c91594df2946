"""web.forms.add_service_error: a service's refusal shown on a form, in the reader's words."""

from __future__ import annotations

from django import forms
from django.utils import translation

from tradeguard.common.errors import ApplicationError
from tradeguard.web.forms import add_service_error


class _Form(forms.Form):
    title = forms.CharField(label="Title")


def _refused(**fields: str) -> ApplicationError:
    return ApplicationError("invalid", "Check the fields marked.", fields=fields)


def test_a_reason_goes_beside_its_field_and_the_message_on_top() -> None:
    form = _Form({"title": "x"})
    assert form.is_valid()
    add_service_error(form, _refused(title="Give the mark's title."))
    assert form.errors["title"] == ["Give the mark's title."]
    assert form.non_field_errors() == ["Check the fields marked."]


def test_a_field_the_form_lacks_is_named_in_words_in_the_readers_language() -> None:
    for language, expected in (("en", "Document language"), ("zh-hans", "文件语言")):
        with translation.override(language):
            form = _Form({"title": "x"})
            assert form.is_valid()
            add_service_error(form, _refused(document_language="Unknown."))
            assert f"{expected}: Unknown." in form.non_field_errors()
            assert not any("document_language" in e for e in form.non_field_errors())
