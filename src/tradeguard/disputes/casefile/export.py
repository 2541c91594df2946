"""Export a decided or closed case as a court-ready case file (a signed ZIP).

The ZIP holds one folder, `casefile-<id>/`, with
- `case-<id>.pdf`: the bilingual case file (pdf.py);
- `evidence/<item>-<name>`: every submitted evidence file, as uploaded;
- `events.jsonl`: the case's event log, one event a line, with its hash chain;
- `public-key.pem`: the platform's Ed25519 public key;
- `README.txt`: how to check it, in English and Chinese;
- `MANIFEST.sha256`: the SHA-256 of every file above (`sha256sum -c` format);
- `MANIFEST.sha256.sig`: the Ed25519 signature of the manifest (64 raw bytes).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any

from django.conf import settings
from django.db.models import Q
from django.http import FileResponse
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from tradeguard.common import chain, clock
from tradeguard.common.errors import ApplicationError, not_found
from tradeguard.common.events import events_for
from tradeguard.common.models import Event
from tradeguard.disputes.casefile import bundle, signing
from tradeguard.disputes.enums import DisputesErrorCode, DisputeStatus, EvidenceStatus
from tradeguard.disputes.models import Dispute, EvidenceItem
from tradeguard.disputes.selectors import dispute_detail, party_of

# The statuses a case file can be exported in: the case has been decided (the record
# is complete up to the decision) or is over.
EXPORTABLE = frozenset({DisputeStatus.DECIDED, DisputeStatus.CLOSED})


def casefile_allowed(party: Any, status: str) -> bool:
    """Whether a person on the case (`party`, None for anyone else) may export its case
    file now: the page shows the button by the same rule the export applies."""
    return party is not None and status in EXPORTABLE


@dataclass
class CaseRecord:
    """Everything the case file prints, read once."""

    dispute: Dispute
    marketplace: str
    generated_at: dt.datetime
    items: list[Any]
    payments: list[Any]
    specs: list[Any]
    requirements: list[Any]
    evidence: list[tuple[EvidenceItem, str]]  # with its path in the case file
    messages: list[Any]
    proposals: list[Any]
    decisions: list[Any]
    refunds: list[Any]
    obligations: list[Any]
    sanctions: list[Any]
    events: list[Event]


@dataclass(frozen=True)
class CaseFile:
    """The ZIP, in a temporary file (deleted when closed) positioned at its start."""

    filename: str
    file: IO[bytes]
    size: int

    def read(self) -> bytes:
        self.file.seek(0)
        data = self.file.read()
        self.file.seek(0)
        return data

    def response(self) -> FileResponse:
        """The download, for the API and the case page alike."""
        return FileResponse(
            self.file, as_attachment=True, filename=self.filename, content_type="application/zip"
        )


def evidence_path(item: EvidenceItem) -> str:
    name = get_valid_filename(PurePosixPath(item.file.original_name or "").name) or ""
    if not name or name in {".", ".."}:
        name = "file"
    return f"evidence/{item.pk}-{name[:80]}"


def _record(dispute: Dispute, now: dt.datetime) -> CaseRecord:
    from tradeguard.sanctions.models import SanctionEntry
    from tradeguard.specs.selectors import order_attachments

    order = dispute.order
    evidence = list(
        dispute.evidence.filter(status=EvidenceStatus.SUBMITTED)
        .select_related("file")
        .order_by("submitted_at", "id")
    )
    obligations = list(dispute.obligations.all())
    sanctions = SanctionEntry.objects.filter(
        Q(source_type="dispute", source_id=dispute.pk)
        | Q(source_type="dispute_award", source_id__in=[o.pk for o in obligations])
    ).order_by("created_at", "id")
    return CaseRecord(
        dispute=dispute,
        marketplace=str(settings.TRADEGUARD_MARKETPLACE_NAME),
        generated_at=now,
        items=list(order.items.all()),
        payments=list(order.payments.order_by("paid_at", "id")),
        specs=order_attachments(order),
        requirements=list(dispute.requirements.all()),
        evidence=[(item, evidence_path(item)) for item in evidence],
        messages=list(dispute.messages.all()),
        proposals=list(dispute.proposals.all()),
        decisions=list(dispute.decisions.all()),
        refunds=list(dispute.refunds.all()),
        obligations=obligations,
        sanctions=list(sanctions),
        # In the order it was written: the order of the chain.
        events=list(events_for(dispute).order_by("id")),
    )


def event_line(event: Event) -> dict[str, Any]:
    return {"id": event.pk, **chain.event_content(event), "hash": event.hash}


def casefile_export(*, actor: Any, dispute_id: int) -> CaseFile:
    """The case file of a decided or closed case, for its buyer, its supplier and
    officers; 404 for anyone else, 409 while the case is not decided or closed."""
    from tradeguard.disputes.casefile.pdf import casefile_pdf
    from tradeguard.evidence.services import file_open

    dispute = dispute_detail(actor, dispute_id)
    party = party_of(actor, dispute)
    if party is None:
        raise not_found(_("dispute"))
    if not casefile_allowed(party, dispute.status):
        raise ApplicationError(
            DisputesErrorCode.CASEFILE_NOT_AVAILABLE,
            _(
                "The case file can be exported once the case is decided or closed; this "
                "case is %(status)s."
            )
            % {"status": dispute.get_status_display().lower()},
            status=409,
        )
    now = clock.now()
    record = _record(dispute, now)
    key = signing.platform_key()
    root = f"casefile-{dispute.pk}"
    target = tempfile.TemporaryFile(dir=settings.FILE_UPLOAD_TEMP_DIR)  # noqa: SIM115 (the response closes it)
    try:
        writer = bundle.ZipWriter(target, root, stamp=tuple(now.timetuple())[:6])
        for item, path in record.evidence:
            with file_open(item.file) as source:
                writer.add_stream(path, source)
        writer.add_bytes(f"case-{dispute.pk}.pdf", casefile_pdf(record))
        writer.add_bytes(bundle.EVENTS, bundle.events_jsonl([event_line(e) for e in record.events]))
        writer.add_bytes(bundle.README, bundle.README_TEXT.encode("utf-8"))
        writer.add_bytes(bundle.PUBLIC_KEY, signing.public_pem(key))
        manifest = writer.manifest()
        writer.add_bytes(bundle.MANIFEST, manifest)
        writer.add_bytes(bundle.SIGNATURE, signing.sign(manifest, key))
        writer.close()
    except BaseException:
        target.close()
        raise
    size = target.tell()
    target.seek(0)
    return CaseFile(f"{root}.zip", target, size)
