"""Deadline handlers of the IP app (registered at startup from IpConfig.ready)."""

from __future__ import annotations

from tradeguard.common.timers import timer_handler
from tradeguard.ip.services.decisions import item_counter_deadline, item_respond_deadline
from tradeguard.ip.services.items import TIMER_COUNTER, TIMER_RESPOND
from tradeguard.ip.services.reporters import TIMER_DAILY, reporters_daily_check

timer_handler(TIMER_RESPOND)(item_respond_deadline)
timer_handler(TIMER_COUNTER)(item_counter_deadline)
timer_handler(TIMER_DAILY)(reporters_daily_check)
