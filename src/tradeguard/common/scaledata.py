"""A marketplace's year of data, written through the models in bulk: the scale
benchmark's database (benchmarks/scale/seed.py) and the data of the tests that check
list queries and plans against many rows (common/tests/test_list_queries.py).

`Seeder(disputes=100_000, ...)` writes the issue-15 year: 100k disputes (40% active),
200k orders, 10k suppliers, 200k listings with an image each, 1.3M events, 266k timers
(65k pending), 137k notifications, 50k IP complaint items, 50k image matches; smaller
numbers scale everything down. The given buyer is the big buyer (3.6% of all orders and
disputes). Deterministic (seeded random); files have rows, no bytes. On PostgreSQL the
rows are written with COPY (primary keys assigned here), elsewhere with bulk_create.
Not for production databases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

BATCH = 5000


def _batches(rows: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def given_timestamps() -> Iterator[None]:
    """Within the block, bulk_create keeps the created_at/updated_at we give (spread
    over the year) instead of stamping every row with now."""
    from django.apps import apps

    changed = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            flags = (getattr(field, "auto_now_add", False), getattr(field, "auto_now", False))
            if any(flags):
                changed.append((field, flags))
                field.auto_now_add = field.auto_now = False  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for field, (add, now) in changed:
            field.auto_now_add, field.auto_now = add, now  # type: ignore[attr-defined]


class Seeder:
    def __init__(
        self,
        disputes: int,
        *,
        officer: Any,
        big_buyer: Any,
        supplier: Any,
        rights_holder: Any,
        seed: int = 15,
        prefix: str = "Scale",
        log: Callable[[str], None] = lambda line: None,
    ) -> None:
        from tradeguard.common import clock

        self.officer = officer
        self.big_buyer_user = big_buyer
        self.big_buyer = big_buyer.organization
        self.demo_supplier_user = supplier
        self.demo_supplier = supplier.organization
        self.rights_user = rights_holder
        self.rights_org = rights_holder.organization
        self.prefix = prefix
        self.key = prefix.lower().replace(" ", "-")
        self.n_disputes = disputes
        self.f = disputes / 100_000
        self.rng = random.Random(seed)  # noqa: S311 (synthetic data, not secrets)
        self.now = clock.now().replace(microsecond=0)
        self.year_ago = self.now - dt.timedelta(days=365)
        self.log = log
        self.t0 = time.monotonic()
        self.next_pk: dict[str, int] = {}

    # --- helpers ---------------------------------------------------------------------

    def scaled(self, n: int, minimum: int) -> int:
        return max(minimum, round(n * self.f))

    def when(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> dt.datetime:
        a = (start or self.year_ago).timestamp()
        b = (end or self.now).timestamp()
        return dt.datetime.fromtimestamp(self.rng.uniform(a, b), tz=dt.UTC).replace(microsecond=0)

    def bulk(self, model: Any, rows: Iterable[Any]) -> list[Any]:
        """Write model instances in batches; returns them with their primary keys."""
        out: list[Any] = []
        for batch in _batches(rows):
            self._write(model, batch)
            out += batch
        self.log(f"{model._meta.label}: {len(out):,} rows ({time.monotonic() - self.t0:.0f} s)")
        return out

    def stream(self, model: Any, rows: Iterator[Any]) -> int:
        """Like `bulk`, without keeping the instances (events, notifications, timers)."""
        n = 0
        for batch in _batches(rows):
            self._write(model, batch)
            n += len(batch)
        self.log(f"{model._meta.label}: {n:,} rows ({time.monotonic() - self.t0:.0f} s)")
        return n

    def _write(self, model: Any, batch: list[Any]) -> None:
        """PostgreSQL: COPY the instances' column values (field by field, as the model
        prepares them for saving) with primary keys we assign; elsewhere bulk_create."""
        from django.db import connection

        if connection.vendor != "postgresql":
            model.objects.bulk_create(batch, batch_size=BATCH)
            return
        table = model._meta.db_table
        pk = model._meta.pk
        if table not in self.next_pk:
            with connection.cursor() as cursor:
                cursor.execute(f'SELECT COALESCE(MAX("{pk.column}"), 0) FROM "{table}"')  # noqa: S608 (our table name)
                self.next_pk[table] = cursor.fetchone()[0] + 1
        for obj in batch:
            setattr(obj, pk.attname, self.next_pk[table])
            obj._state.adding = False
            self.next_pk[table] += 1
        fields = model._meta.concrete_fields
        columns = ", ".join(f'"{f.column}"' for f in fields)
        sql = f'COPY "{table}" ({columns}) FROM STDIN'
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for obj in batch:
                copy.write_row(
                    [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
                )

    def reset_sequences(self) -> None:
        from django.db import connection

        with connection.cursor() as cursor:
            for table in self.next_pk:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "  # noqa: S608
                    f'(SELECT MAX(id) FROM "{table}"))'
                )

    # --- the year ---------------------------------------------------------------------

    def run(self) -> None:
        with given_timestamps():
            self.organizations()
            self.listings()
            self.orders()
            self.disputes()
            self.events()
            self.timers()
            self.notifications()
            self.ip()
            self.matches()
            self.signals()
        self.reset_sequences()

    def organizations(self) -> None:
        from django.contrib.auth.hashers import make_password

        from tradeguard.accounts.enums import OrgKind, Role, VerificationStatus
        from tradeguard.accounts.models import Organization, User

        countries_s = ["CN", "CN", "CN", "VN", "IN", "TR", "TH"]
        countries_b = ["US", "DE", "GB", "FR", "AU", "CA", "BR", "AE"]

        def orgs(kind: str, prefix: str, n: int, countries: list[str]) -> Iterator[Any]:
            for i in range(n):
                at = self.when()
                yield Organization(
                    name=f"{prefix} {i + 1:05d}",
                    kind=kind,
                    country=self.rng.choice(countries),
                    verification_status=VerificationStatus.VERIFIED
                    if self.rng.random() < 0.7
                    else VerificationStatus.UNVERIFIED,
                    created_at=at,
                    updated_at=at,
                )

        self.suppliers = self.bulk(
            Organization,
            orgs(OrgKind.SUPPLIER, f"{self.prefix} supplier", self.scaled(10_000, 20), countries_s),
        )
        self.buyers = self.bulk(
            Organization,
            orgs(OrgKind.BUYER, f"{self.prefix} buyer", self.scaled(2_000, 10), countries_b),
        )
        self.holders = self.bulk(
            Organization,
            orgs(OrgKind.RIGHTS_HOLDER, f"{self.prefix} brand", self.scaled(200, 5), countries_b),
        )
        password = make_password("demo-pass-2026")
        zones = ["UTC", "Asia/Shanghai", "America/New_York", "Europe/Berlin"]

        def users() -> Iterator[Any]:
            for org, role in (
                *((o, Role.SUPPLIER) for o in self.suppliers),
                *((o, Role.BUYER) for o in self.buyers),
                *((o, Role.RIGHTS_HOLDER) for o in self.holders),
            ):
                yield User(
                    email=f"{role}-{org.pk}@{self.key}.tradeguard.test",
                    full_name=f"{org.name} staff",
                    role=role,
                    organization=org,
                    timezone=self.rng.choice(zones),
                    password=password,
                    created_at=org.created_at,
                )

        made = self.bulk(User, users())
        self.user_of: dict[int, int] = {u.organization_id: u.pk for u in made}
        for user in (self.big_buyer_user, self.demo_supplier_user, self.rights_user):
            self.user_of[user.organization_id] = user.pk

    def listings(self) -> None:
        from tradeguard.catalog.enums import ImageHashStatus, ListingStatus
        from tradeguard.catalog.models import Listing, ListingImage
        from tradeguard.evidence.enums import FileCategory
        from tradeguard.evidence.models import StoredFile

        n = self.scaled(200_000, 400)
        supplier_pool = [*self.suppliers, self.demo_supplier]
        words = ["Steel", "Bamboo", "LED", "Ceramic", "Cotton", "Solar", "Glass", "Copper"]
        things = ["lamp", "bottle", "mug", "cable", "towel", "charger", "vase", "hinge", "bag"]

        def files() -> Iterator[Any]:
            for i in range(n):
                digest = hashlib.sha256(f"{self.key}-listing-image-{i}".encode()).hexdigest()
                at = self.when()
                yield StoredFile(
                    sha256=digest,
                    size=40_000 + i % 50_000,
                    mime_type="image/jpeg",
                    category=FileCategory.IMAGE,
                    width=800,
                    height=800,
                    storage_name=f"{self.key}/{digest[:2]}/{digest}",
                    original_name=f"photo-{i}.jpg",
                    created_at=at,
                    last_stored_at=at,
                )

        self.image_files = self.bulk(StoredFile, files())

        def listings() -> Iterator[Any]:
            for i in range(n):
                supplier = supplier_pool[i % len(supplier_pool)]
                at = self.image_files[i].created_at
                status = ListingStatus.ACTIVE if self.rng.random() < 0.93 else ListingStatus.HIDDEN
                yield Listing(
                    supplier=supplier,
                    marketplace_url=f"https://market.example/item/{self.key}-{i}",
                    title=f"{self.rng.choice(words)} {self.rng.choice(things)} model {i}",
                    description="Wholesale product listing.",
                    attributes={"Material": self.rng.choice(words)},
                    status=status,
                    created_at=at,
                    updated_at=at,
                )

        self.listing_rows = self.bulk(Listing, listings())
        self.images = self.bulk(
            ListingImage,
            (
                ListingImage(
                    listing=listing,
                    file=self.image_files[i],
                    position=0,
                    hash_status=ImageHashStatus.HASHED,
                    created_at=listing.created_at,
                    updated_at=listing.created_at,
                )
                for i, listing in enumerate(self.listing_rows)
            ),
        )

    def orders(self) -> None:
        from tradeguard.orders.enums import OrderKind, OrderStatus, PaymentMethod
        from tradeguard.orders.models import Order, OrderItem, Payment

        n = self.scaled(200_000, 2 * self.n_disputes)
        statuses = [
            (OrderStatus.CREATED, 0.04),
            (OrderStatus.PAID, 0.08),
            (OrderStatus.SHIPPED, 0.12),
            (OrderStatus.DELIVERED, 0.16),
            (OrderStatus.COMPLETED, 0.45),
            (OrderStatus.CANCELLED, 0.05),
            (OrderStatus.CLOSED, 0.10),
        ]
        names, weights = zip(*statuses, strict=True)
        kinds = [OrderKind.TRADE_ASSURANCE] * 6 + [OrderKind.WHOLESALE] * 3 + [OrderKind.OFFLINE]

        def orders() -> Iterator[Any]:
            for i in range(n):
                # The first n_disputes orders are the disputed ones: paid and shipped.
                disputed = i < self.n_disputes
                buyer = (
                    self.big_buyer
                    if self.rng.random() < 0.036
                    else self.buyers[self.rng.randrange(len(self.buyers))]
                )
                listing = self.listing_rows[self.rng.randrange(len(self.listing_rows))]
                status = (
                    self.rng.choice([OrderStatus.DELIVERED, OrderStatus.COMPLETED])
                    if disputed
                    else self.rng.choices(names, weights)[0]
                )
                placed = self.when(end=self.now - dt.timedelta(days=3))
                paid = status != OrderStatus.CREATED
                shipped = status not in (OrderStatus.CREATED, OrderStatus.PAID)
                shipped_at = placed + dt.timedelta(days=5) if shipped else None
                kind = self.rng.choice(kinds)
                total = Decimal(self.rng.randrange(200, 50_000))
                yield Order(
                    kind=kind,
                    reference=f"{self.key.upper()}-{i + 1:07d}",
                    buyer=buyer,
                    supplier_id=listing.supplier_id,
                    listing=listing,
                    self_declared=kind == OrderKind.OFFLINE,
                    currency="USD",
                    total=total,
                    status=status,
                    placed_at=placed,
                    ship_by=(placed + dt.timedelta(days=10)).date(),
                    shipped_at=shipped_at,
                    carrier="DHL" if shipped else "",
                    tracking_number=f"TRK{i:09d}" if shipped else "",
                    estimated_delivery=(placed + dt.timedelta(days=25)).date(),
                    delivered_at=placed + dt.timedelta(days=20)
                    if status in (OrderStatus.DELIVERED, OrderStatus.COMPLETED)
                    else None,
                    paid_at=placed + dt.timedelta(hours=6) if paid else None,
                    created_at=placed,
                    updated_at=placed,
                )

        self.order_rows = self.bulk(Order, orders())
        self.bulk(
            OrderItem,
            (
                OrderItem(
                    order=o,
                    position=1,
                    description="Goods as listed",
                    quantity=Decimal(100),
                    unit="pcs",
                    unit_price=o.total / 100,
                    line_total=o.total,
                )
                for o in self.order_rows
            ),
        )
        self.bulk(
            Payment,
            (
                Payment(
                    order=o,
                    amount=o.total,
                    paid_at=o.paid_at,
                    method=PaymentMethod.BANK_TRANSFER,
                    to_designated_account=o.kind != "offline",
                    created_at=o.paid_at,
                    updated_at=o.paid_at,
                )
                for o in self.order_rows
                if o.paid_at is not None
            ),
        )

    def disputes(self) -> None:
        from tradeguard.disputes.enums import (
            DisputeReason,
            DisputeStatus,
            ProposalStatus,
            RequestedOutcome,
        )
        from tradeguard.disputes.models import Dispute, Proposal

        S = DisputeStatus
        # 40% active (awaiting .. appealed), 60% over.
        mix = [
            (S.AWAITING_RESPONSE, 0.10),
            (S.NEGOTIATING, 0.10),
            (S.ESCALATED, 0.05),
            (S.UNDER_REVIEW, 0.05),
            (S.DECIDED, 0.08),
            (S.APPEALED, 0.02),
            (S.SETTLED, 0.25),
            (S.WITHDRAWN, 0.10),
            (S.CLOSED, 0.25),
        ]
        names, weights = zip(*mix, strict=True)
        reasons = [r for r in DisputeReason.values if r != DisputeReason.CANCELLATION_REFUND]
        day = dt.timedelta(days=1)
        self.active_disputes: list[tuple[int, str]] = []

        def disputes() -> Iterator[Any]:
            for i in range(self.n_disputes):
                order = self.order_rows[i]
                status = self.rng.choices(names, weights)[0]
                active = status in (
                    S.AWAITING_RESPONSE,
                    S.NEGOTIATING,
                    S.ESCALATED,
                    S.UNDER_REVIEW,
                    S.DECIDED,
                    S.APPEALED,
                )
                # Active cases are recent; finished ones spread over the year.
                opened = (
                    self.when(start=self.now - dt.timedelta(days=20))
                    if active
                    else self.when(end=self.now - dt.timedelta(days=30))
                )
                d = Dispute(
                    order=order,
                    buyer_id=order.buyer_id,
                    supplier_id=order.supplier_id,
                    order_kind=order.kind,
                    opened_by_id=self.user_of.get(order.buyer_id, self.big_buyer_user.pk),
                    reason=self.rng.choice(reasons),
                    requested_outcome=self.rng.choice(RequestedOutcome.values),
                    description="The goods do not match the agreed specification.",
                    currency="USD",
                    claimed_amount=order.total,
                    covered_amount=order.total,
                    status=status,
                    opened_at=opened,
                    response_due_at=opened + 3 * day,
                    escalation_allowed_at=opened + 3 * day,
                    auto_escalate_at=opened + 7 * day,
                    created_at=opened,
                    updated_at=opened,
                )
                if status != S.AWAITING_RESPONSE:
                    d.supplier_responded_at = opened + day
                    d.negotiating_at = opened + day
                escalated = opened + 4 * day
                reviewed = escalated + 5 * day
                decided = reviewed + day
                if status in (S.ESCALATED, S.UNDER_REVIEW, S.DECIDED, S.APPEALED, S.CLOSED):
                    d.escalated_at = escalated
                    d.escalated_by = "buyer"
                    d.evidence_due_at = escalated + 5 * day
                if status in (S.UNDER_REVIEW, S.DECIDED, S.APPEALED, S.CLOSED):
                    d.under_review_at = reviewed
                    d.decision_due_at = reviewed + 2 * day
                if status in (S.DECIDED, S.APPEALED, S.CLOSED):
                    d.decided_at = decided
                    d.appeal_due_at = decided + 30 * day
                if status == S.APPEALED:
                    d.appealed_at = decided + 2 * day
                    d.decision_due_at = decided + 4 * day
                if status == S.SETTLED:
                    d.settled_at = opened + 3 * day
                if status == S.WITHDRAWN:
                    d.withdrawn_at = opened + 2 * day
                if status == S.CLOSED:
                    d.closed_at = d.appeal_due_at
                # Keep the clock consistent: nothing active is in the future.
                for name in ("escalated_at", "under_review_at", "decided_at", "appealed_at"):
                    value = getattr(d, name)
                    if value is not None and value > self.now:
                        setattr(d, name, self.now - dt.timedelta(hours=1))
                if status == S.ESCALATED:
                    d.evidence_due_at = self.when(start=self.now, end=self.now + 5 * day)
                if status in (S.UNDER_REVIEW, S.APPEALED):
                    d.decision_due_at = self.when(
                        start=self.now - dt.timedelta(hours=12), end=self.now + 2 * day
                    )
                d.on_public_record = status in (S.DECIDED, S.CLOSED)
                yield d

        self.dispute_rows = self.bulk(Dispute, disputes())
        self.active_disputes = [
            (d.pk, d.status)
            for d in self.dispute_rows
            if d.status not in (S.SETTLED, S.WITHDRAWN, S.CLOSED)
        ]
        self.bulk(
            Proposal,
            (
                Proposal(
                    dispute=d,
                    party="buyer",
                    proposed_by_id=d.opened_by_id,
                    kind=d.requested_outcome,
                    amount=d.claimed_amount,
                    currency="USD",
                    is_initial_request=True,
                    status=ProposalStatus.OPEN
                    if d.status in (S.AWAITING_RESPONSE, S.NEGOTIATING)
                    else ProposalStatus.SUPERSEDED,
                    created_at=d.opened_at,
                )
                for d in self.dispute_rows
            ),
        )

    def events(self) -> None:
        """~1.3M at 100k: 3 per order (600k) and 7 per dispute (700k)."""
        from tradeguard.common import chain
        from tradeguard.common.models import Event

        hour = dt.timedelta(hours=1)
        officer = self.officer.pk

        def rows() -> Iterator[Any]:
            for o in self.order_rows:
                yield Event(
                    aggregate="orders.order",
                    aggregate_id=o.pk,
                    type="order.created",
                    actor_label="integration",
                    new={"status": "created"},
                    created_at=o.placed_at,
                )
                yield Event(
                    aggregate="orders.order",
                    aggregate_id=o.pk,
                    type="order.paid",
                    actor_label="integration",
                    new={"status": "paid"},
                    created_at=o.placed_at + 6 * hour,
                )
                yield Event(
                    aggregate="orders.order",
                    aggregate_id=o.pk,
                    type="order.shipped",
                    actor_label="integration",
                    new={"status": "shipped"},
                    created_at=o.placed_at + 120 * hour,
                )
            kinds = [
                "dispute.opened",
                "dispute.proposal_made",
                "dispute.message",
                "dispute.status_changed",
                "dispute.evidence_submitted",
                "dispute.evidence_submitted",
                "dispute.message",
            ]
            for d in self.dispute_rows:
                for k, kind in enumerate(kinds):
                    yield Event(
                        aggregate="disputes.dispute",
                        aggregate_id=d.pk,
                        type=kind,
                        actor_id=d.opened_by_id if k % 3 else officer,
                        actor_label="scale",
                        new={"status": d.status} if kind == "dispute.status_changed" else {},
                        params={"party": "buyer"},
                        created_at=min(d.opened_at + k * 5 * hour, self.now),
                    )

        def chained(events: Iterator[Any]) -> Iterator[Any]:
            # Each history's events come consecutively, in order: link them as the
            # model does when it writes one (common/chain.py).
            key, prev = None, chain.GENESIS
            for event in events:
                if (event.aggregate, event.aggregate_id) != key:
                    key, prev = (event.aggregate, event.aggregate_id), chain.GENESIS
                chain.link(event, prev_hash=prev)
                prev = event.hash
                yield event

        self.stream(Event, chained(rows()))

    def timers(self) -> None:
        """266k at 100k: 65k pending (future deadlines of active cases) and ~201k fired."""
        from tradeguard.common.enums import TimerStatus
        from tradeguard.common.models import Timer

        pending_target = self.scaled(65_000, 50)
        done_target = self.scaled(201_000, 100)
        active = self.active_disputes
        day = dt.timedelta(days=1)
        kinds = ["dispute.response_reminder", "dispute.auto_escalate", "dispute.decision_overdue"]

        def rows() -> Iterator[Any]:
            for i in range(pending_target):
                pk, _ = active[i % len(active)]
                yield Timer(
                    kind=kinds[(i // len(active)) % len(kinds)],
                    aggregate_id=pk,
                    due_at=self.when(
                        start=self.now + dt.timedelta(hours=2), end=self.now + 30 * day
                    ),
                    status=TimerStatus.PENDING,
                    created_at=self.now - day,
                )
            done_kinds = [
                "dispute.response_due",
                "dispute.response_reminder",
                "dispute.evidence_due",
            ]
            for i in range(done_target):
                d = self.dispute_rows[i % len(self.dispute_rows)]
                due = min(
                    d.opened_at + (1 + i // len(self.dispute_rows)) * day,
                    self.now - dt.timedelta(seconds=i),
                )
                yield Timer(
                    kind=done_kinds[(i // len(self.dispute_rows)) % len(done_kinds)],
                    aggregate_id=d.pk,
                    due_at=due,
                    status=TimerStatus.DONE,
                    fired_at=due,
                    outcome="done",
                    created_at=d.opened_at,
                )

        self.stream(Timer, rows())

    def notifications(self) -> None:
        from tradeguard.notifications.models import Notification

        n = self.scaled(137_000, 200)
        disputes = self.dispute_rows

        def rows() -> Iterator[Any]:
            for i in range(n):
                d = disputes[i % len(disputes)]
                to_buyer = i % 2 == 0
                recipient = self.user_of.get(d.buyer_id if to_buyer else d.supplier_id)
                if recipient is None:
                    continue
                at = min(d.opened_at + dt.timedelta(hours=i % 48), self.now)
                yield Notification(
                    recipient_id=recipient,
                    kind="dispute.status_changed",
                    subject=f"Dispute #{d.pk}: news on your case",
                    body="Open the case to see what changed and what happens next.",
                    link=f"/disputes/{d.pk}/",
                    created_at=at,
                    read_at=at + dt.timedelta(hours=3) if self.rng.random() < 0.7 else None,
                    emailed_at=at,
                )

        self.stream(Notification, rows())

    def ip(self) -> None:
        from tradeguard.ip.enums import ComplaintReason, ComplaintStatus, ItemStatus, RecordKind
        from tradeguard.ip.models import Complaint, ComplaintItem, IpRecord

        holders = [*self.holders, self.rights_org]
        n_records = self.scaled(2_000, 10)
        records = self.bulk(
            IpRecord,
            (
                IpRecord(
                    owner=holders[i % len(holders)],
                    filed_by_id=self.user_of[holders[i % len(holders)].pk],
                    filed_by_org=holders[i % len(holders)],
                    kind=RecordKind.COPYRIGHT if i % 3 == 0 else RecordKind.TRADEMARK,
                    status="approved" if i % 10 else "pending",
                    title=f"Brand work {i}",
                    registration_number=f"REG-{i:06d}",
                    jurisdiction="EUIPO",
                    review_due_at=self.now + dt.timedelta(days=3),
                    created_at=(at := self.when()),
                    updated_at=at,
                )
                for i in range(n_records)
            ),
        )
        approved = [r for r in records if r.status == "approved"]
        n_items = self.scaled(50_000, 50)
        per = 5
        item_mix = [
            (ItemStatus.NOTIFIED, 0.06),
            (ItemStatus.REMOVED, 0.55),
            (ItemStatus.COUNTER_NOTICED, 0.03),
            (ItemStatus.UNDER_REVIEW, 0.04),
            (ItemStatus.APPEALED, 0.01),
            (ItemStatus.DISMISSED, 0.06),
            (ItemStatus.RESTORED, 0.05),
            (ItemStatus.WITHDRAWN, 0.05),
            (ItemStatus.REJECTED, 0.15),
        ]
        names, weights = zip(*item_mix, strict=True)

        def complaints() -> Iterator[Any]:
            for i in range(n_items // per):
                record = approved[i % len(approved)]
                at = self.when()
                yield Complaint(
                    rights_holder_id=record.owner_id,
                    filed_by_id=record.filed_by_id,
                    filed_by_org_id=record.owner_id,
                    record=record,
                    reason=ComplaintReason.IMAGE_COPY
                    if record.kind == RecordKind.COPYRIGHT
                    else self.rng.choice(
                        [ComplaintReason.COUNTERFEIT, ComplaintReason.TRADEMARK_MISUSE]
                    ),
                    explanation="These listings copy our registered work.",
                    status=ComplaintStatus.OPEN
                    if at > self.now - dt.timedelta(days=30)
                    else ComplaintStatus.CLOSED,
                    statement_good_faith=True,
                    statement_accuracy=True,
                    statement_authority=True,
                    signature_name="Brand counsel",
                    signed_at=at,
                    created_at=at,
                    updated_at=at,
                )

        complaint_rows = self.bulk(Complaint, complaints())

        def items() -> Iterator[Any]:
            for c in complaint_rows:
                for p in range(per):
                    listing = self.listing_rows[self.rng.randrange(len(self.listing_rows))]
                    status = self.rng.choices(names, weights)[0]
                    rejected = status == ItemStatus.REJECTED
                    notified = None if rejected else c.created_at
                    acted = (
                        None
                        if rejected or status == ItemStatus.NOTIFIED
                        else c.created_at + dt.timedelta(hours=self.rng.randrange(2, 96))
                    )
                    countered = status in (
                        ItemStatus.COUNTER_NOTICED,
                        ItemStatus.UNDER_REVIEW,
                        ItemStatus.RESTORED,
                        ItemStatus.DISMISSED,
                    )
                    yield ComplaintItem(
                        complaint=c,
                        position=p + 1,
                        reference=listing.marketplace_url,
                        listing=None if rejected else listing,
                        supplier_id=None if rejected else listing.supplier_id,
                        status=status,
                        rejection_reason="unknown_listing" if rejected else "",
                        notified_at=notified,
                        respond_due_at=notified + dt.timedelta(days=3) if notified else None,
                        first_action_at=acted,
                        counter_noticed_at=acted if countered else None,
                        under_review_at=acted if status == ItemStatus.UNDER_REVIEW else None,
                        appealed_at=acted if status == ItemStatus.APPEALED else None,
                        removed_at=acted if status == ItemStatus.REMOVED else None,
                        created_at=c.created_at,
                        updated_at=c.created_at,
                    )

        self.bulk(ComplaintItem, items())

    def matches(self) -> None:
        from tradeguard.evidence.enums import FileCategory
        from tradeguard.evidence.models import StoredFile
        from tradeguard.monitoring.enums import MatchStatus, MonitoredSource
        from tradeguard.monitoring.models import Match, MatchGroup, MonitoredImage

        holders = [*self.holders, self.rights_org]
        n_monitored = self.scaled(1_000, 10)
        files = self.bulk(
            StoredFile,
            (
                StoredFile(
                    sha256=hashlib.sha256(f"{self.key}-monitored-{i}".encode()).hexdigest(),
                    size=60_000,
                    mime_type="image/jpeg",
                    category=FileCategory.IMAGE,
                    width=1000,
                    height=1000,
                    storage_name=f"{self.key}/monitored-{i}.jpg",
                    original_name=f"reference-{i}.jpg",
                    created_at=(at := self.when()),
                    last_stored_at=at,
                )
                for i in range(n_monitored)
            ),
        )
        monitored = self.bulk(
            MonitoredImage,
            (
                MonitoredImage(
                    owner=holders[i % len(holders)],
                    file=f,
                    label=f"Protected photo {i}",
                    source=MonitoredSource.WATCH_SET,
                    created_at=f.created_at,
                    updated_at=f.created_at,
                )
                for i, f in enumerate(files)
            ),
        )
        n_matches = self.scaled(50_000, 50)
        per_group = 5
        groups: list[Any] = []
        # (monitored image, supplier, that supplier's listings): one group per pair.
        pairs: list[tuple[Any, int, list[int]]] = []
        seen: set[tuple[int, int]] = set()
        pool = len(self.suppliers) + 1  # listing i belongs to supplier_pool[i % pool]
        per_supplier = len(self.listing_rows) // pool
        while len(pairs) < n_matches // per_group:
            m = monitored[self.rng.randrange(len(monitored))]
            s = self.rng.randrange(pool)
            if (m.pk, s) in seen:
                continue
            seen.add((m.pk, s))
            block = self.rng.randrange(max(1, per_supplier // per_group))
            indexes = [s + (block * per_group + k) * pool for k in range(per_group)]
            indexes = [i for i in indexes if i < len(self.listing_rows)]
            if len(indexes) < per_group:
                continue
            pairs.append((m, self.listing_rows[indexes[0]].supplier_id, indexes))
        for m, supplier_id, _ in pairs:
            at = self.when()
            groups.append(
                MatchGroup(
                    owner_id=m.owner_id,
                    monitored_image=m,
                    supplier_id=supplier_id,
                    match_count=per_group,
                    new_count=per_group if self.rng.random() < 0.4 else 0,
                    best_score=round(self.rng.uniform(0.5, 1.0), 3),
                    last_found_at=at,
                    created_at=at,
                    updated_at=at,
                )
            )
        groups = self.bulk(MatchGroup, groups)

        def rows() -> Iterator[Any]:
            for group, (m, _, indexes) in zip(groups, pairs, strict=True):
                for index in indexes:
                    image = self.images[index]
                    listing = self.listing_rows[index]
                    new = group.new_count > 0
                    yield Match(
                        monitored_image=m,
                        listing_image=image,
                        owner_id=m.owner_id,
                        listing=listing,
                        supplier_id=listing.supplier_id,
                        group=group,
                        score=round(self.rng.uniform(0.5, 1.0), 3),
                        inliers=40,
                        engine_version="scale",
                        status=MatchStatus.NEW
                        if new
                        else self.rng.choice([MatchStatus.CONFIRMED, MatchStatus.DISMISSED]),
                        found_at=group.last_found_at,
                        decided_at=None if new else group.last_found_at + dt.timedelta(days=1),
                        created_at=group.last_found_at,
                        updated_at=group.last_found_at,
                    )

        self.stream(Match, rows())

    # Suppliers' messages that the detector flags (checked when the step runs): the
    # kinds a case's signals have, in both languages the suppliers write.
    SCAM_MESSAGES = (
        "Our bank account has changed. Please send the balance to our new account at "
        "another bank, the old one can no longer receive payments.",
        "Before we can release the container you must pay an extra customs clearance fee "
        "of USD 850 to our agent.",
        "To save the platform fee, please pay us directly by Western Union instead of "
        "through the platform.",
        "If you withdraw the dispute today we will send a full replacement next week.",
        "我们公司账户已变更，请将余款汇到我们的新账户。",  # noqa: RUF001 (Chinese punctuation)
        "请先撤销纠纷，我们保证马上给您全额退款。",  # noqa: RUF001
    )

    def signals(self) -> None:
        """~7.5k scam signals at 100k. On 5% of cases (10% of those in the officers'
        queue) a supplier's message the detector flags, with what it finds: open while
        the case is active, reviewed once it is over. And on 1% of orders with no case,
        a payment outside the designated account, with the order's payment event as the
        evidence. Reads the year from the database, so it also adds signals to a
        database seeded before this step existed (seed.py --only signals)."""
        from tradeguard.accounts.models import User
        from tradeguard.common.i18n.text import script_language
        from tradeguard.common.models import Event
        from tradeguard.disputes.models import Dispute, Message
        from tradeguard.disputes.policy import ACTIVE_STATUSES
        from tradeguard.disputes.selectors import OFFICER_QUEUE_STATUSES
        from tradeguard.orders.models import Order
        from tradeguard.signals import rules
        from tradeguard.signals.detector import Context, detect
        from tradeguard.signals.enums import SignalKind, SignalStatus
        from tradeguard.signals.models import ScamSignal
        from tradeguard.signals.selectors import SHOWN
        from tradeguard.signals.services import RULE_PAYMENT_OUTSIDE, signal_counts_refresh

        flagged = [
            (text, found)
            for text in self.SCAM_MESSAGES
            if (found := detect(text, Context(paid=True, author="supplier")))
        ]
        if not flagged:
            raise RuntimeError("the detector flags none of the seeder's scam messages")
        mine = Dispute.objects.filter(supplier__name__startswith=f"{self.prefix} supplier")
        cases = list(
            mine.order_by("pk").values_list("pk", "order_id", "supplier_id", "status", "opened_at")
        )
        author_of: dict[int, int] = {}
        for org, user in User.objects.filter(organization_id__in={c[2] for c in cases}).values_list(
            "organization_id", "pk"
        ):
            author_of.setdefault(org, user)
        chosen = [
            c
            for c in cases
            if c[2] in author_of
            and self.rng.random() < (0.10 if c[3] in OFFICER_QUEUE_STATUSES else 0.05)
        ]
        picks = [self.rng.choice(flagged) for _ in chosen]
        messages = self.bulk(
            Message,
            (
                Message(
                    dispute_id=pk,
                    party="supplier",
                    author_id=author_of[supplier],
                    body=text,
                    language=script_language(text) or "en",
                    created_at=min(opened + dt.timedelta(hours=30), self.now),
                )
                for (pk, _order, supplier, _status, opened), (text, _found) in zip(
                    chosen, picks, strict=True
                )
            ),
        )
        officer = self.officer.pk

        def reviewed(status: str, at: dt.datetime) -> dict[str, Any]:
            if status in ACTIVE_STATUSES:
                return {"status": SignalStatus.OPEN}
            return {
                "status": self.rng.choice([SignalStatus.CONFIRMED, SignalStatus.DISMISSED]),
                "reviewed_by_id": officer,
                "reviewed_at": at + dt.timedelta(days=2),
                "review_note": "Reviewed with the case.",
            }

        def case_signals() -> Iterator[Any]:
            for message, (pk, order, supplier, status, _o), (_t, found) in zip(
                messages, chosen, picks, strict=True
            ):
                for f in found:
                    yield ScamSignal(
                        kind=f.kind,
                        order_id=order,
                        dispute_id=pk,
                        message_id=message.pk,
                        supplier_id=supplier,
                        rule=f.rule,
                        rules_version=rules.VERSION,
                        evidence=f.evidence,
                        evidence_start=f.start,
                        evidence_end=f.end,
                        order_paid=True,
                        detected_at=message.created_at,
                        created_at=message.created_at,
                        updated_at=message.created_at,
                        **reviewed(status, message.created_at),
                    )

        orders = list(
            Order.objects.filter(supplier__name__startswith=f"{self.prefix} supplier")
            .exclude(pk__in=mine.values("order_id"))
            .order_by("pk")
            .values_list("pk", "supplier_id")
        )
        outside = dict(self.rng.sample(orders, min(len(orders), self.scaled(2_000, 5))))
        paid = Event.objects.filter(
            aggregate="orders.order", type="order.paid", aggregate_id__in=list(outside)
        ).values_list("aggregate_id", "pk", "created_at")

        def order_signals() -> Iterator[Any]:
            for order, event, at in paid:
                recent = at > self.now - dt.timedelta(days=30)
                yield ScamSignal(
                    kind=SignalKind.OFF_PLATFORM,
                    order_id=order,
                    event_id=event,
                    supplier_id=outside[order],
                    rule=RULE_PAYMENT_OUTSIDE,
                    rules_version=rules.VERSION,
                    evidence="",
                    evidence_start=0,
                    evidence_end=0,
                    order_paid=True,
                    detected_at=at,
                    created_at=at,
                    updated_at=at,
                    **reviewed("negotiating" if recent else "closed", at),
                )

        self.stream(ScamSignal, itertools.chain(case_signals(), order_signals()))
        # Each case keeps its count: recount the cases of every order with a signal.
        signal_counts_refresh(ScamSignal.objects.filter(status__in=SHOWN).values("order_id"))
