"""The rules of accepting by SHA-256 (common/acceptance.py), for both documents accepted
that way: the sales contract and the specification attached to an order."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tradeguard.common.acceptance import AcceptanceRules, accept_by_hash
from tradeguard.common.errors import ApplicationError
from tradeguard.common.models import Event
from tradeguard.contracts import services as contracts
from tradeguard.contracts.tests import factories as contracts_f
from tradeguard.specs import services as specs
from tradeguard.specs.services import specifications
from tradeguard.specs.tests import factories as specs_f
from tradeguard.specs.tests.factories import World

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Document:
    """How a test proposes, replaces and accepts one kind of document."""

    rules: AcceptanceRules[Any]
    world: Callable[[], World]
    propose: Callable[[World], Any]
    replace: Callable[[World, Any], Any]  # a new proposed version: the first is superseded
    accept: Callable[..., Any]
    sha256: Callable[[Any], str]


def _spec_replace(w: World, attachment: Any) -> Any:
    clauses = copy.deepcopy(specs_f.CLAUSES)
    clauses[0]["target"]["tolerance"] = "1"
    version = specs.spec_version_create(
        actor=w.buyer, specification=attachment.version.specification, clauses=clauses
    )
    return specs.order_spec_attach(actor=w.buyer, order=w.order, version=version)


CONTRACT = Document(
    rules=contracts.ACCEPTANCE,
    world=contracts_f.world_with_spec,
    propose=contracts_f.drafted,
    replace=lambda w, _: contracts_f.drafted(w, remedy_days=20),
    accept=lambda actor, doc, sha256: contracts.contract_accept(
        actor=actor, contract=doc, sha256=sha256
    ),
    sha256=lambda doc: str(doc.sha256),
)
SPEC = Document(
    rules=specifications.ACCEPTANCE,
    world=specs_f.world,
    propose=lambda w: specs.order_spec_attach(
        actor=w.buyer, order=w.order, version=specs_f.spec(w.buyer).versions.get()
    ),
    replace=_spec_replace,
    accept=lambda actor, doc, sha256: specs.spec_accept(actor=actor, attachment=doc, sha256=sha256),
    sha256=lambda doc: str(doc.version.sha256),
)
DOCUMENTS = pytest.mark.parametrize("kind", [CONTRACT, SPEC], ids=["contract", "spec"])


def _refused(kind: Document, actor: Any, doc: Any, sha256: str | None) -> ApplicationError:
    """The refusal of an acceptance, after checking that it wrote nothing."""
    acceptances, events = kind.rules.model.objects.count(), Event.objects.count()
    with pytest.raises(ApplicationError) as exc:
        kind.accept(actor, doc, sha256)
    assert (kind.rules.model.objects.count(), Event.objects.count()) == (acceptances, events)
    return exc.value


@DOCUMENTS
def test_each_party_accepts_the_hash_once_and_both_make_it_binding(kind: Document) -> None:
    w = kind.world()
    doc = kind.propose(w)
    sha256 = kind.sha256(doc)

    first = kind.accept(w.buyer, doc, f"  {sha256.upper()} ")
    assert (first.party, first.organization, first.accepted_by, first.sha256) == (
        "buyer",
        w.order.buyer,
        w.buyer,
        sha256,
    )
    assert doc.status == kind.rules.proposed

    again = _refused(kind, w.buyer, doc, sha256)
    assert (again.code, again.status) == (kind.rules.already_accepted, 409)
    assert again.message == "The buyer has already accepted this version."

    second = kind.accept(w.supplier, doc, sha256)
    assert (second.party, second.organization) == ("supplier", w.order.supplier)
    assert doc.status == kind.rules.binding

    late = _refused(kind, w.supplier, doc, sha256)
    assert (late.code, late.status) == (kind.rules.already_accepted, 409)
    assert "accepted by both" in late.message
    assert "there is nothing to accept" in late.message


@DOCUMENTS
def test_only_the_parties_accept_and_only_the_hash_they_reviewed(kind: Document) -> None:
    w = kind.world()
    doc = kind.propose(w)
    sha256 = kind.sha256(doc)
    for outsider in (w.inspector, specs_f.other_buyer(), specs_f.other_supplier()):
        refused = _refused(kind, outsider, doc, sha256)
        assert (refused.code, refused.status) == (kind.rules.not_a_party, 403)
    for wrong in ("0" * 64, "", sha256[:-1]):
        refused = _refused(kind, w.supplier, doc, wrong)
        assert (refused.code, refused.status) == (kind.rules.hash_mismatch, 409)
        assert sha256 in refused.fields["sha256"]


@DOCUMENTS
def test_a_replaced_version_is_no_longer_open(kind: Document) -> None:
    w = kind.world()
    old = kind.propose(w)
    kind.accept(w.buyer, old, kind.sha256(old))
    kind.replace(w, old)
    old.refresh_from_db()
    refused = _refused(kind, w.supplier, old, kind.sha256(old))
    assert (refused.code, refused.status) == (kind.rules.not_open, 409)
    assert "is superseded; there is nothing to accept" in refused.message


@pytest.mark.parametrize(("kind", "accepted"), [(CONTRACT, False), (SPEC, True)])
def test_no_hash_accepts_only_where_the_rules_allow_it(kind: Document, accepted: bool) -> None:
    """The contract always wants the hash; the specification without one accepts the
    version attached (its API documents the hash as optional)."""
    w = kind.world()
    doc = kind.propose(w)

    def accept() -> Any:
        return accept_by_hash(
            rules=kind.rules,
            actor=w.buyer,
            order=w.order,
            document=doc,
            party="buyer",
            sha256=None,
            expected=kind.sha256(doc),
            on_accepted=lambda *_: None,
        )

    if accepted:
        assert accept().sha256 == kind.sha256(doc)
    else:
        with pytest.raises(ApplicationError) as exc:
            accept()
        assert exc.value.code == kind.rules.hash_mismatch
        assert not kind.rules.model.objects.exists()
