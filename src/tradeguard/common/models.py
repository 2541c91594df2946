from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from tradeguard.common.enums import TimerStatus


class BaseModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


def language_field(**kwargs: Any) -> models.CharField:
    """The language a person wrote a text in (a code of accounts' `Language`; "" for
    texts written before languages were recorded). Set by the services from the author's
    effective language; pages mark it beside the text (the `written_in` tag)."""
    from tradeguard.accounts.enums import Language

    return models.CharField(
        max_length=10, blank=True, default="", choices=Language.choices, **kwargs
    )


class SignedStatements(models.Model):
    """What a party signed: the language it read the binding statements in, each text's
    id, version and SHA-256, and the hash of the whole set (common/i18n/legal.py)."""

    statement_language = language_field(help_text="The language the signer read them in.")
    statement_texts = models.JSONField(default=list, blank=True)
    statement_sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        abstract = True


class DocumentAcceptance(models.Model):
    """Who accepted which exact version of a document that both parties of an order
    accept (its SHA-256), and when: the sales contract and the product specification
    (common/acceptance.py has the rules). A concrete model adds the foreign key to the
    version it accepts, `party` with its app's enum (whose labels its catalogue
    translates) and `acceptance_constraints`."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    accepted_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    accepted_at = models.DateTimeField()
    sha256 = models.CharField(max_length=64)

    class Meta:
        abstract = True
        ordering = ["accepted_at", "id"]


def acceptance_constraints(
    *, document: str, parties: list[str], prefix: str
) -> list[models.BaseConstraint]:
    """A party accepts a version once, and only the buyer or the supplier accepts
    (`prefix` keeps each table's constraint names)."""
    return [
        models.UniqueConstraint(fields=[document, "party"], name=f"{prefix}_once_per_party"),
        models.CheckConstraint(condition=models.Q(party__in=parties), name=f"{prefix}_party_valid"),
    ]


class AppendOnlyError(RuntimeError):
    pass


class Event(models.Model):
    """Append-only history of every aggregate: who did what, old/new, when.

    One table for all aggregates (keyed by `aggregate` label + id) so that every
    timeline, audit export and webhook reads one indexed source.
    """

    aggregate = models.CharField(max_length=64)
    aggregate_id = models.BigIntegerField()
    type = models.CharField(max_length=64)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=200, blank=True)
    old = models.JSONField(default=dict, blank=True)
    new = models.JSONField(default=dict, blank=True)
    params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(db_index=True)
    # The hash chain of the aggregate's history (common/chain.py): the hash of the
    # event before this one ("" for the first) and the SHA-256 of this one's content.
    prev_hash = models.CharField(max_length=64, blank=True, default="")
    hash = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["aggregate", "aggregate_id", "created_at"]),
            models.Index(fields=["aggregate", "aggregate_id", "id"], name="event_chain_idx"),
        ]
        constraints = [
            # Two writers that read the same last event cannot both append after it:
            # the second retries after the first (save), the chain never forks.
            models.UniqueConstraint(
                fields=["aggregate", "aggregate_id", "prev_hash"], name="event_chain_no_fork"
            )
        ]

    def __str__(self) -> str:
        return f"{self.aggregate}#{self.aggregate_id} {self.type}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Append, linked to the aggregate's last event (the chain is written with the
        log, so an export only reads it)."""
        from django.db import IntegrityError, transaction

        from tradeguard.common import chain

        if self.pk is not None:
            raise AppendOnlyError("Events are append-only.")
        attempts = 3
        for attempt in range(attempts):
            last = (
                Event.objects.filter(aggregate=self.aggregate, aggregate_id=self.aggregate_id)
                .order_by("-id")
                .values_list("hash", flat=True)
                .first()
            )
            chain.link(self, prev_hash=last or chain.GENESIS)
            try:
                with transaction.atomic():
                    super().save(*args, **kwargs)
                return
            except IntegrityError:
                # Another writer appended to this history meanwhile: follow its event.
                self.pk = None
                if attempt == attempts - 1:
                    raise

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Events are append-only.")


class Timer(models.Model):
    """A deadline: `kind` names a registered handler, run at `due_at` for one object.

    The sweeper queues a task for it shortly before it falls due and a worker runs it
    (common/timers.py); `tradeguard run-due` runs every pending timer up to an
    instant. Handlers re-read state and are idempotent.
    """

    kind = models.CharField(max_length=64)
    aggregate_id = models.BigIntegerField()
    due_at = models.DateTimeField()
    status = models.CharField(
        max_length=16, choices=TimerStatus.choices, default=TimerStatus.PENDING
    )
    fired_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When a `fire_timer` task was queued for it (shortly before it falls due).
    queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [models.Index(fields=["status", "due_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "aggregate_id", "due_at"], name="timer_unique_kind_object_due"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=TimerStatus.values), name="timer_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}({self.aggregate_id}) at {self.due_at:%Y-%m-%d %H:%M}Z [{self.status}]"
