import datetime as dt

import pytest

from tradeguard.common.workdays import add_working_days, country_zone, is_working_day

UTC = dt.UTC


def test_skips_weekend() -> None:
    friday_evening = dt.datetime(2026, 11, 27, 10, 0, tzinfo=UTC)  # 18:00 in Shanghai
    due = add_working_days(friday_evening, 3, "CN")
    assert due.astimezone(country_zone("CN")).date() == dt.date(2026, 12, 2)


def test_skips_chinese_national_day_week() -> None:
    start = dt.datetime(2026, 9, 30, 2, 0, tzinfo=UTC)
    due = add_working_days(start, 3, "CN")
    # 1-7 October are holidays; 10 October (Saturday) is an adjusted working day.
    assert due.astimezone(country_zone("CN")).date() == dt.date(2026, 10, 10)


def test_us_thanksgiving_is_not_a_working_day() -> None:
    assert not is_working_day(dt.date(2026, 11, 26), "US")
    assert is_working_day(dt.date(2026, 11, 26), "CN")


def test_deadline_is_end_of_local_day_in_utc() -> None:
    due = add_working_days(dt.datetime(2026, 12, 1, 1, 0, tzinfo=UTC), 1, "DE")
    assert due == dt.datetime(2026, 12, 2, 22, 59, 59, tzinfo=UTC)


def test_needs_a_positive_count() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        add_working_days(dt.datetime(2026, 12, 1, tzinfo=UTC), 0, "DE")
