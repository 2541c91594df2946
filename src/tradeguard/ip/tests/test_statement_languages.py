"""A statement of reasons is kept in each language TradeGuard is written in: the
supplier reads it in Chinese, the rights holder and the officer in English; the English
fields stay for the API and older statements. The listing's removal reason and the
sanction it gives read in the reader's language too."""

from __future__ import annotations

import pytest
from django.utils import translation

from tradeguard.catalog.models import Listing
from tradeguard.ip.enums import ComplaintReason
from tradeguard.ip.models import StatementOfReasons
from tradeguard.ip.services import item_remove
from tradeguard.ip.tests import factories as f
from tradeguard.sanctions.models import SanctionEntry

pytestmark = pytest.mark.django_db


def test_a_removal_reads_in_each_readers_language(frozen) -> None:
    holder = f.rights_holder()
    rec = f.record(holder)
    s = f.supplier()
    listing = f.listing(s.organization)
    c = f.complaint(holder, rec, [listing], reason="counterfeit")
    item_remove(actor=s, item=c.items.get())

    statement = StatementOfReasons.objects.get(item__complaint=c)
    assert set(statement.texts) == {"en", "zh-hans"}
    assert statement.texts["en"]["ground"] == statement.ground  # the English kept as is
    with translation.override("zh-hans"):
        label = str(ComplaintReason.COUNTERFEIT.label)
        chinese = statement.for_reader
        reason = Listing.objects.get(pk=listing.pk).status_reason_text
        sanction = SanctionEntry.objects.filter(supplier=s.organization).first()
        assert sanction is not None
        sanction_text = sanction.reason_text
    assert chinese["ground"].startswith(label)
    assert rec.title in chinese["ground"]  # the record's title as its holder wrote it
    assert label in reason
    assert label in sanction_text
    with translation.override("en"):
        assert statement.for_reader["ground"] == statement.ground
        assert Listing.objects.get(pk=listing.pk).status_reason_text.startswith(
            f"Removed after IP complaint #{c.pk} (Counterfeit goods)"
        )


def test_a_statement_without_texts_reads_as_stored(frozen) -> None:
    holder = f.rights_holder()
    rec = f.record(holder)
    s = f.supplier()
    c = f.complaint(holder, rec, [f.listing(s.organization)])
    item_remove(actor=s, item=c.items.get())
    statement = StatementOfReasons.objects.get(item__complaint=c)
    StatementOfReasons.objects.filter(pk=statement.pk).update(texts={})
    statement.refresh_from_db()
    with translation.override("zh-hans"):
        assert statement.for_reader["facts"] == statement.facts
