"""The court-ready case file lists the order's sales contracts with their hashes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from tradeguard.contracts import services
from tradeguard.contracts.tests import factories as f
from tradeguard.disputes.casefile.export import casefile_export
from tradeguard.disputes.tests.factories import cast, decided_case
from tradeguard.specs import services as specs_services
from tradeguard.specs.tests.factories import CLAUSES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def key_file(settings: Any, tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "casefile-ed25519.pem"
    settings.TRADEGUARD_CASEFILE_KEY = ""
    settings.TRADEGUARD_CASEFILE_KEY_FILE = path
    return path


def test_the_case_file_pdf_lists_the_contract_and_its_hash(tmp_path: Path) -> None:
    import datetime as dt
    import io
    import zipfile

    from tradeguard.common import clock

    c = cast()
    dispute = decided_case(c, clock.now() - dt.timedelta(days=30))
    order = dispute.order
    spec = specs_services.spec_create(actor=c.buyer, product_name="Plates", clauses=CLAUSES)
    att = specs_services.order_spec_attach(actor=c.buyer, order=order, version=spec.versions.get())
    specs_services.spec_accept(actor=c.buyer, attachment=att)
    specs_services.spec_accept(actor=c.supplier, attachment=att)
    order.refresh_from_db()
    contract = services.contract_draft(actor=c.buyer, order=order, terms=f.terms())
    content = casefile_export(actor=c.officer, dispute_id=dispute.pk).read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        name = next(n for n in archive.namelist() if n.endswith(f"case-{dispute.pk}.pdf"))
        pdf = pdfium.PdfDocument(archive.read(name))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Sales contract 销售合同" in text
    assert contract.sha256 in "".join(text.split())
