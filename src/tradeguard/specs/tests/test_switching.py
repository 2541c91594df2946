"""ISO 2859-1 clause 9 switching rules over sequences of lots."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeguard.specs.switching import LotResult, score_update, switching_state

A = LotResult(accepted=True, acceptance_number=1)
R = LotResult(accepted=False, acceptance_number=1)


def seq(pattern: str, **kw) -> list[LotResult]:
    return [LotResult(accepted=c == "A", acceptance_number=1, **kw) for c in pattern]


@pytest.mark.parametrize(
    ("pattern", "status"),
    [
        ("", "normal"),
        ("AAAA", "normal"),
        ("R", "normal"),
        ("RR", "tightened"),
        ("RAAAR", "tightened"),  # 2 within 5 consecutive lots
        ("RAAAAR", "normal"),  # 2 rejections 6 lots apart: not within 5
        ("RR" + "AAAA", "tightened"),  # 4 accepted on tightened: not yet
        ("RR" + "AAAAA", "normal"),  # 5 consecutive accepted: back to normal
        ("RR" + "AARAAAA", "tightened"),  # consecutive count restarts after a rejection
        ("RR" + "AARAAAAA", "normal"),
        ("RR" + "RRRR", "tightened"),  # 4 not accepted on tightened
        ("RR" + "RRRRR", "discontinued"),  # 5 cumulative not accepted on tightened
        ("RR" + "RARARARAR", "discontinued"),  # cumulative, not consecutive
        ("RR" + "RRRRR" + "AAAA", "discontinued"),  # lots without corrective action ignored
    ],
)
def test_normal_tightened_discontinued(pattern, status):
    assert switching_state(seq(pattern)).status == status


def test_resume_on_tightened_after_corrective_action():
    lots = [*seq("RRRRRRR"), LotResult(accepted=True, after_corrective_action=True)]
    state = switching_state(lots)
    assert state.status == "tightened"
    assert state.switches[-1].reason.startswith("resumed")


def test_back_to_normal_resets_the_window_and_score():
    state = switching_state(seq("RR" + "AAAAA" + "R"))
    assert state.status == "normal"  # one rejection since returning to normal
    assert state.score == 0


def test_resubmitted_lots_do_not_count():
    lots = [R, LotResult(accepted=False, acceptance_number=1, resubmitted=True), A]
    state = switching_state(lots)
    assert state.status == "normal"
    assert state.lots_counted == 2


def test_score_rules():
    ac2_tight_ok = LotResult(accepted=True, acceptance_number=2, accepted_one_step_tighter=True)
    ac2_tight_fail = LotResult(accepted=True, acceptance_number=2, accepted_one_step_tighter=False)
    assert score_update(10, ac2_tight_ok) == 13
    assert score_update(10, ac2_tight_fail) == 0
    assert score_update(10, LotResult(accepted=False, acceptance_number=5)) == 0
    assert score_update(10, A) == 12
    assert score_update(10, R) == 0
    assert score_update(4, LotResult(accepted=True, acceptance_number=0)) == 6


def test_normal_to_reduced_needs_score_steady_production_and_approval():
    good = LotResult(accepted=True, acceptance_number=3, accepted_one_step_tighter=True)
    lots = [good] * 10  # 10 x 3 = 30
    assert switching_state(lots[:9], reduced_approved=True).status == "normal"
    assert switching_state(lots[:9], reduced_approved=True).score == 27
    state = switching_state(lots, reduced_approved=True)
    assert state.status == "reduced"
    assert "switching score 30" in state.switches[-1].reason
    assert switching_state(lots, reduced_approved=False).status == "normal"
    unsteady = [
        *lots[:9],
        LotResult(
            accepted=True,
            acceptance_number=3,
            accepted_one_step_tighter=True,
            production_steady=False,
        ),
    ]
    assert switching_state(unsteady, reduced_approved=True).status == "normal"


def test_ac_0_1_plans_reach_reduced_after_15_accepted_lots():
    assert switching_state(seq("A" * 14), reduced_approved=True).status == "normal"
    assert switching_state(seq("A" * 15), reduced_approved=True).status == "reduced"


@pytest.mark.parametrize(
    ("last", "reason"),
    [
        (LotResult(accepted=False, acceptance_number=1), "not accepted"),
        (LotResult(accepted=True, acceptance_number=1, production_steady=False), "irregular"),
        (LotResult(accepted=True, acceptance_number=1, other_conditions=True), "other conditions"),
    ],
)
def test_reduced_back_to_normal(last, reason):
    lots = [*seq("A" * 15), A, A, last]
    state = switching_state(lots, reduced_approved=True)
    assert state.status == "normal"
    assert reason in state.switches[-1].reason
    assert state.score == 0


def test_reduced_stays_while_lots_pass():
    assert switching_state(seq("A" * 25), reduced_approved=True).status == "reduced"


@given(st.lists(st.booleans(), max_size=40))
def test_state_is_always_one_of_the_four_and_score_is_even_for_ac1(results):
    state = switching_state(seq("".join("A" if r else "R" for r in results)))
    assert state.status in {"normal", "tightened", "reduced", "discontinued"}
    assert state.score % 2 == 0
    # Without approval there is never reduced inspection.
    assert state.status != "reduced"
