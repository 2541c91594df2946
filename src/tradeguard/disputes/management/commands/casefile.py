"""`tradeguard casefile check-chain`: the hash chain of the whole event log;
`tradeguard casefile verify DIR|ZIP`: an exported case file (docs/casefile.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.events import events_check_chains
from tradeguard.disputes.casefile import signing
from tradeguard.disputes.casefile.bundle import sha256_hex
from tradeguard.disputes.casefile.verify import verify_path


class Command(BaseCommand):
    help = "Court-ready case files: check the event log's hash chains, verify an export."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser(
            "check-chain",
            help="Verify the hash chain of every history in the database; names the "
            "first broken event. Exit code 1 when any chain is broken.",
        )
        check.add_argument("--aggregate", help="Only one kind of history, e.g. disputes.dispute.")
        check.add_argument("--quiet", action="store_true", help="No progress lines on stderr.")

        verify = sub.add_parser(
            "verify",
            help="Check an exported case file (its folder or ZIP): the manifest's "
            "signature, every file's SHA-256, the event log's hash chain. Exit code 0 "
            "when nothing was changed, 1 otherwise (each changed item named).",
        )
        verify.add_argument("source", help="The case file's folder or ZIP.")
        verify.add_argument(
            "--public-key",
            help="The platform's published public key (PEM) to check the signature "
            "against; without it, the key inside the case file is used.",
        )

        sub.add_parser(
            "public-key",
            help="Print the platform's public key (PEM) that signs case files, to publish.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "check-chain":
            self._check_chain(options)
        elif options["action"] == "verify":
            self._verify(options)
        elif options["action"] == "public-key":
            pem = signing.public_pem(signing.platform_key())
            self.stdout.write(pem.decode(), ending="")
            self.stderr.write(f"SHA-256 of this file: {sha256_hex(pem)}")

    def _verify(self, options: dict[str, Any]) -> None:
        source = Path(options["source"])
        if not source.exists():
            raise CommandError(f"{source}: no such folder or file.", returncode=1)
        trusted = Path(options["public_key"]).read_bytes() if options["public_key"] else None
        verdict = verify_path(source, trusted_key=trusted)
        if not verdict.ok:
            lines = "\n".join(f"  - {problem}" for problem in verdict.problems)
            raise CommandError(f"FAILED: {source} was changed.\n{lines}", returncode=1)
        key = "the trusted key given" if trusted else "the key inside the case file"
        self.stdout.write(
            f"OK: {verdict.files} files match the signed manifest, {verdict.events} events "
            f"form an unbroken chain; signed by {key} "
            f"(public-key.pem SHA-256 {sha256_hex(verdict.public_key)})."
        )

    def _check_chain(self, options: dict[str, Any]) -> None:
        def progress(done: int, total: int) -> None:
            share = f" ({100 * done / total:.0f} %)" if total else ""
            self.stderr.write(f"  checked {done:,} of {total:,} events{share}")

        report = events_check_chains(
            aggregate=options["aggregate"], progress=None if options["quiet"] else progress
        )
        if report.first_break is not None:
            raise CommandError(
                f"Broken: {report.breaks:,} event(s) do not hold. The first: "
                f"{report.first_break.describe()}",
                returncode=1,
            )
        self.stdout.write(
            f"OK: {report.events:,} events in {report.histories:,} histories, every chain holds."
        )
