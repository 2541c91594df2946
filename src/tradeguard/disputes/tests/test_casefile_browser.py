"""In headless Chromium: a buyer exports the case file of a decided case from the case
page, and the downloaded ZIP verifies (and fails once a byte is changed)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD
from tradeguard.common import clock
from tradeguard.disputes.tests.factories import cast, decided_case
from tradeguard.disputes.tests.test_casefile_verify import flip_in_zip
from tradeguard.web.testing import browser_page, login

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]


def test_a_buyer_exports_the_case_file_and_it_verifies(
    browser_page: Any, live_server: Any, settings: Any, tmp_path: Path
) -> None:
    settings.TRADEGUARD_CASEFILE_KEY = ""
    settings.TRADEGUARD_CASEFILE_KEY_FILE = tmp_path / "key.pem"
    page = browser_page
    c = cast()
    dispute = decided_case(c, clock.now() - dt.timedelta(days=30))
    login(page, live_server, c.buyer.email, DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/disputes/{dispute.pk}/")
    page.get_by_role("heading", name="Case file for a court").wait_for()
    with page.expect_download() as started:
        page.get_by_role("link", name="Export the case file").click()
    download = started.value
    assert download.suggested_filename == f"casefile-{dispute.pk}.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)

    out = io.StringIO()
    call_command("casefile", "verify", str(saved), stdout=out)
    assert out.getvalue().startswith("OK: ")

    changed = flip_in_zip(saved, "events.jsonl")  # one byte of the downloaded file
    with pytest.raises(CommandError) as failure:
        call_command("casefile", "verify", str(saved), stdout=io.StringIO())
    assert f"{changed}: " in str(failure.value)
