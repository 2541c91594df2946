"""ISO 2859-1 clause 9 switching rules (pure), kept per supplier + product + defect class.

`switching_state(lots, reduced_approved=...)` replays a sequence of lot results and
answers where inspection stands for the next lot, with the switching score and the
reason for every switch:

- start on normal; resubmitted lots do not count;
- normal -> tightened when 2 lots are not accepted within 5 or fewer consecutive lots;
- tightened -> normal after 5 consecutive accepted lots;
- normal -> reduced when the switching score is at least 30, production is steady and
  the responsible authority approves (`reduced_approved`, a per-order flag);
  the score starts at 0 on normal and after each lot: for plans with Ac >= 2 it gains 3
  when the lot would also have been accepted at the AQL one step tighter, else resets
  to 0; for Ac 0 or 1 it gains 2 when the lot is accepted, else resets to 0;
- reduced -> normal when a lot is not accepted, production is irregular or delayed,
  or other conditions warrant it;
- discontinued when the number of lots not accepted while on tightened inspection
  reaches 5 (cumulative, as in the reference text of clause 9.4); inspection resumes on
  tightened only with a lot marked `after_corrective_action`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tradeguard.specs.enums import SwitchingStatus

SCORE_TO_REDUCE = 30
TIGHTEN_REJECTIONS = 2
TIGHTEN_WINDOW = 5
RELAX_ACCEPTED = 5
DISCONTINUE_REJECTIONS = 5


@dataclass(frozen=True, slots=True)
class LotResult:
    """One lot's outcome for one defect class.

    `acceptance_number` is the Ac of the plan used; `accepted_one_step_tighter` says
    whether the defects found would also have been accepted at the next tighter AQL
    (only used for Ac >= 2 plans on normal inspection)."""

    accepted: bool
    acceptance_number: int = 0
    accepted_one_step_tighter: bool = False
    production_steady: bool = True
    other_conditions: bool = False
    resubmitted: bool = False
    after_corrective_action: bool = False
    label: str = ""


@dataclass(frozen=True, slots=True)
class Switch:
    after_lot: int  # 1-based position in the input sequence
    old: str
    new: str
    reason: str


@dataclass(frozen=True, slots=True)
class SwitchingState:
    status: str  # a SwitchingStatus value: the inspection for the next lot
    score: int
    lots_counted: int
    switches: tuple[Switch, ...] = field(default_factory=tuple)
    # Rolling counters, for explaining the state to people.
    consecutive_accepted: int = 0
    rejected_on_tightened: int = 0

    @property
    def explanation(self) -> str:
        if not self.switches:
            return f"Normal inspection since the first lot (switching score {self.score})."
        last = self.switches[-1]
        return f"{last.new.capitalize()} since lot {last.after_lot}: {last.reason}"


def score_update(score: int, lot: LotResult) -> int:
    """ISO 2859-1 9.3.3.2: the switching score after one lot on normal inspection."""
    if lot.acceptance_number >= 2:
        return score + 3 if lot.accepted and lot.accepted_one_step_tighter else 0
    return score + 2 if lot.accepted else 0


def switching_state(lots: Iterable[LotResult], *, reduced_approved: bool = False) -> SwitchingState:
    status = SwitchingStatus.NORMAL
    score = 0
    recent: list[bool] = []  # accepted? for lots since normal inspection started
    consecutive_accepted = 0
    rejected_on_tightened = 0
    counted = 0
    switches: list[Switch] = []

    def move(position: int, new: SwitchingStatus, reason: str) -> None:
        nonlocal status, score, recent, consecutive_accepted, rejected_on_tightened
        switches.append(Switch(position, str(status), str(new), reason))
        if new == SwitchingStatus.NORMAL:
            score = 0
            recent = []
        if new == SwitchingStatus.TIGHTENED:
            rejected_on_tightened = 0
        consecutive_accepted = 0
        status = new

    for position, lot in enumerate(lots, start=1):
        if lot.resubmitted:
            continue
        if status == SwitchingStatus.DISCONTINUED:
            if not lot.after_corrective_action:
                continue  # no lot is inspected under this standard until corrective action
            move(
                position,
                SwitchingStatus.TIGHTENED,
                "resumed after the supplier's corrective action",
            )
        counted += 1
        if status == SwitchingStatus.NORMAL:
            recent = [*recent, lot.accepted][-TIGHTEN_WINDOW:]
            score = score_update(score, lot)
            if not lot.accepted and recent.count(False) >= TIGHTEN_REJECTIONS:
                move(
                    position,
                    SwitchingStatus.TIGHTENED,
                    f"{TIGHTEN_REJECTIONS} lots not accepted within {len(recent)} consecutive lots",
                )
            elif score >= SCORE_TO_REDUCE and lot.production_steady and reduced_approved:
                move(
                    position,
                    SwitchingStatus.REDUCED,
                    f"switching score {score} >= {SCORE_TO_REDUCE}, production steady, "
                    "reduced inspection approved",
                )
        elif status == SwitchingStatus.TIGHTENED:
            if lot.accepted:
                consecutive_accepted += 1
                if consecutive_accepted >= RELAX_ACCEPTED:
                    move(
                        position,
                        SwitchingStatus.NORMAL,
                        f"{RELAX_ACCEPTED} consecutive lots accepted on tightened inspection",
                    )
            else:
                consecutive_accepted = 0
                rejected_on_tightened += 1
                if rejected_on_tightened >= DISCONTINUE_REJECTIONS:
                    move(
                        position,
                        SwitchingStatus.DISCONTINUED,
                        f"{DISCONTINUE_REJECTIONS} lots not accepted while on tightened "
                        "inspection; resume on tightened after corrective action",
                    )
        elif status == SwitchingStatus.REDUCED:
            if not lot.accepted:
                move(
                    position, SwitchingStatus.NORMAL, "a lot was not accepted on reduced inspection"
                )
            elif not lot.production_steady:
                move(position, SwitchingStatus.NORMAL, "production irregular or delayed")
            elif lot.other_conditions:
                move(position, SwitchingStatus.NORMAL, "other conditions warrant normal inspection")
            else:
                consecutive_accepted += 1
    return SwitchingState(
        status=str(status),
        score=score,
        lots_counted=counted,
        switches=tuple(switches),
        consecutive_accepted=consecutive_accepted,
        rejected_on_tightened=rejected_on_tightened,
    )
