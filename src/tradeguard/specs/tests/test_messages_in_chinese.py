"""A party reading Chinese gets a refused specification move wholly in Chinese: the
object and its statuses are words, never codes ("proposed", "specification")."""

from __future__ import annotations

import pytest
from django.utils import translation

from tradeguard.common.errors import ApplicationError
from tradeguard.common.tests.test_i18n import english_left
from tradeguard.specs import services
from tradeguard.specs.enums import AttachmentStatus
from tradeguard.specs.tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_refused_specification_move_reads_in_chinese() -> None:
    w = f.world()
    att = f.binding_spec(w)
    with translation.override("zh-hans"), pytest.raises(ApplicationError) as refused:
        services.attachment_transition(actor=w.buyer, attachment=att, to=AttachmentStatus.PROPOSED)
    assert refused.value.status == 409
    assert english_left(refused.value.message) == [], refused.value.message
    with translation.override("en"), pytest.raises(ApplicationError) as english:
        services.attachment_transition(actor=w.buyer, attachment=att, to=AttachmentStatus.PROPOSED)
    assert english.value.message.startswith("A specification that is binding")


def test_accepting_twice_names_the_party_and_status_in_chinese() -> None:
    w = f.world()
    att = f.binding_spec(w)
    with translation.override("zh-hans"), pytest.raises(ApplicationError) as refused:
        services.spec_accept(actor=w.supplier, attachment=att)
    assert english_left(refused.value.message) == [], refused.value.message
