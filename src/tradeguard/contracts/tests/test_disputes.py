"""A dispute cites the accepted contract's clauses like spec clauses, and a claim
refused for citing nothing is told which contract clause covers it."""

from __future__ import annotations

import pytest

from tradeguard.common.errors import ApplicationError
from tradeguard.contracts.tests import factories as f
from tradeguard.disputes.enums import DisputesErrorCode
from tradeguard.disputes.services.filing import (
    RequirementInput,
    _clean_requirements,
    contract_clauses,
)
from tradeguard.specs.tests import factories as specs_f

pytestmark = pytest.mark.django_db


def test_a_contract_clause_is_cited_by_number_and_its_text_filled_in():
    w = f.world_with_spec()
    contract = f.binding(w)
    inspection = next(c for c in contract.content["clauses"] if c["key"] == "inspection")
    cleaned = _clean_requirements(
        w.order,
        "not_as_described",
        [RequirementInput("contract_clause", f"Contract clause {inspection['number']}")],
    )
    assert cleaned[0]["source"] == "contract_clause"
    assert "ISO 2859-1" in cleaned[0]["text"]
    assert "Pre-shipment inspection" in cleaned[0]["text"]
    assert [n for n, _label in contract_clauses(w.order)] == [
        c["number"] for c in contract.content["clauses"]
    ]


def test_only_an_accepted_contract_is_citable():
    w = f.world_with_spec()
    f.drafted(w)
    assert contract_clauses(w.order) == []


def test_a_claim_citing_nothing_is_told_which_contract_clause_covers_it():
    w = f.world_with_spec()
    contract = f.binding(w)
    compliance = next(c for c in contract.content["clauses"] if c["key"] == "compliance")
    with pytest.raises(ApplicationError) as exc:
        _clean_requirements(w.order, "compliance", [])
    assert exc.value.code == DisputesErrorCode.REQUIREMENT_NOT_CITED
    assert f"contract clause {compliance['number']}" in exc.value.fields["requirements"]
    # Without a contract: which clause a generated one would have had.
    other = specs_f.world()
    with pytest.raises(ApplicationError) as exc:
        _clean_requirements(other.order, "not_as_described", [])
    hint = exc.value.fields["requirements"]
    assert "would have covered this claim" in hint
    assert "Goods and specification" in hint
    assert "Pre-shipment inspection" in hint
