"""The PDF and the DOCX print the contract's SHA-256 and both languages."""

from __future__ import annotations

import io

import pytest

from tradeguard.contracts.documents import contract_docx, contract_pdf
from tradeguard.contracts.tests import factories as f

pytestmark = pytest.mark.django_db


def _pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return " ".join(
        "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))).split()
    )


def test_the_pdf_holds_the_hash_both_languages_and_the_acceptances():
    w = f.world_with_spec()
    contract = f.binding(w)
    data = contract_pdf(contract)
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    assert contract.sha256 in text.replace(" ", "")
    assert "Pre-shipment inspection" in text
    assert "发货前验货" in text
    assert "销售合同" in text
    assert w.order.buyer.name in text
    assert contract.spec_version.sha256 in text.replace(" ", "")


def test_the_docx_holds_the_hash_and_both_languages():
    from docx import Document

    w = f.world_with_spec()
    contract = f.drafted(w)
    document = Document(io.BytesIO(contract_docx(contract)))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    assert contract.sha256 in text
    assert "Remedies for non-conforming goods" in text
    assert "货物不符的补救措施" in text
    assert "Not yet accepted by either party" in text
    assert document.core_properties.subject == f"SHA-256 {contract.sha256}"
