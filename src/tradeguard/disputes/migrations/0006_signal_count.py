"""Each case keeps its count of open and confirmed scam signals (the signals on the
case, and those on its order while no case held them), so that the officers' queue
sorts by it through an index instead of counting per queued case. The back-fill counts
once over the signals table, then writes only the cases that have any."""

from django.conf import settings
from django.db import migrations, models
from django.db.models import F, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

SHOWN = ["open", "confirmed"]


def count_signals(apps, schema_editor):  # noqa: ANN001, ARG001 (migration signature)
    Dispute = apps.get_model("disputes", "Dispute")
    ScamSignal = apps.get_model("signals", "ScamSignal")
    shown = ScamSignal.objects.filter(status__in=SHOWN)
    flagged = Dispute.objects.filter(
        Q(pk__in=shown.filter(dispute__isnull=False).values("dispute_id"))
        | Q(order_id__in=shown.filter(dispute__isnull=True).values("order_id"))
    )
    counts = (
        shown.filter(
            Q(dispute=OuterRef("pk")) | Q(dispute__isnull=True, order=OuterRef("order_id"))
        )
        .order_by()
        .annotate(n=Func(F("id"), function="COUNT"))  # COUNT without GROUP BY
        .values("n")
    )
    flagged.update(
        signal_count=Coalesce(Subquery(counts, output_field=models.IntegerField()), Value(0))
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_organization_name_trigram"),
        ("disputes", "0005_escalated_queue_index"),
        ("orders", "0003_shipment_events"),
        ("signals", "0002_signal_event"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="dispute",
            name="signal_count",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(count_signals, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="dispute",
            index=models.Index(
                condition=models.Q(("status__in", ["under_review", "appealed", "escalated"])),
                fields=["-signal_count", "decision_due_at", "evidence_due_at", "id"],
                name="dispute_signal_queue_idx",
            ),
        ),
    ]
