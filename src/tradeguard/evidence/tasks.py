"""The evidence app's timer handler (registered at startup from EvidenceConfig.ready)."""

from __future__ import annotations

from tradeguard.common.timers import timer_handler
from tradeguard.evidence.services import TIMER_COLLECT, files_collect_daily

timer_handler(TIMER_COLLECT)(files_collect_daily)
