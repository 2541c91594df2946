"""A copyright record's reference images are watched as soon as an officer approves it."""

from __future__ import annotations

from typing import Any

import pytest

from tradeguard.ip.tests import factories as ipf
from tradeguard.monitoring.enums import MonitoredSource
from tradeguard.monitoring.models import MonitoredImage

pytestmark = pytest.mark.django_db


def test_approving_a_copyright_record_starts_monitoring_its_images(
    django_capture_on_commit_callbacks: Any,
) -> None:
    holder = ipf.rights_holder()
    with django_capture_on_commit_callbacks(execute=True):
        record = ipf.record(holder, kind="copyright", approve=True)
    watched = MonitoredImage.objects.get(owner=holder.organization)
    assert watched.source == MonitoredSource.IP_RECORD
    assert watched.file_id == record.images.get().file_id


def test_trademark_records_and_pending_records_are_not_monitored(
    django_capture_on_commit_callbacks: Any,
) -> None:
    holder = ipf.rights_holder()
    with django_capture_on_commit_callbacks(execute=True):
        ipf.record(holder, kind="trademark")
        ipf.record(holder, kind="copyright", approve=False)
    assert not MonitoredImage.objects.exists()
