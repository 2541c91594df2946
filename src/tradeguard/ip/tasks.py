"""Deadline handlers of the IP app (registered at startup from IpConfig.ready)."""

from __future__ import annotations

from tradeguard.common.timers import timer_handler
from tradeguard.ip.services.decisions import item_counter_deadline, item_respond_deadline
from tradeguard.ip.services.items import TIMER_COUNTER, TIMER_RESPOND
from tradeguard.ip.services.records import TIMER_REVIEW_DUE, record_review_overdue
from tradeguard.ip.services.reminders import (
    TIMER_COUNTER_REMINDER,
    TIMER_RESPOND_REMINDER,
    item_counter_reminder,
    item_respond_reminder,
)
from tradeguard.ip.services.reporters import TIMER_DAILY, reporters_daily_check

timer_handler(TIMER_RESPOND)(item_respond_deadline)
timer_handler(TIMER_COUNTER)(item_counter_deadline)
timer_handler(TIMER_DAILY)(reporters_daily_check)
timer_handler(TIMER_RESPOND_REMINDER)(item_respond_reminder)
timer_handler(TIMER_COUNTER_REMINDER)(item_counter_reminder)
timer_handler(TIMER_REVIEW_DUE)(record_review_overdue)
