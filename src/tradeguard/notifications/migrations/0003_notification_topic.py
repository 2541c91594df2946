"""Notifications name what they are about, so the inbox groups them by case, notice or
order. Existing rows get their topic from the page their link opens."""

import re

from django.conf import settings
from django.db import migrations, models

# The pages older notifications link to, and the topic each one stands for.
_LINK_TOPICS = [
    (re.compile(r"^/disputes/(\d+)/"), "disputes.dispute"),
    (re.compile(r"^/ip/items/(\d+)/"), "ip.complaintitem"),
    (re.compile(r"^/ip/complaints/(\d+)/"), "ip.complaint"),
    (re.compile(r"^/ip/records/(\d+)/"), "ip.iprecord"),
    (re.compile(r"^/specs/orders/(\d+)/"), "orders.order"),
    (re.compile(r"^/orders/(\d+)/"), "orders.order"),
    (re.compile(r"^/sanctions/suppliers/(\d+)/"), "sanctions.supplier"),
]
_INSPECTION = re.compile(r"^/specs/inspections/(\d+)/")


def backfill_topics(apps, schema_editor):
    Notification = apps.get_model("notifications", "Notification")
    Inspection = apps.get_model("specs", "Inspection")
    for row in Notification.objects.filter(topic="").exclude(link="").iterator():
        topic, topic_id = "", None
        for pattern, label in _LINK_TOPICS:
            match = pattern.match(row.link)
            if match:
                topic, topic_id = label, int(match.group(1))
                break
        else:
            match = _INSPECTION.match(row.link)
            if match:
                order_id = (
                    Inspection.objects.filter(pk=int(match.group(1)))
                    .values_list("order_id", flat=True)
                    .first()
                )
                if order_id is not None:
                    topic, topic_id = "orders.order", order_id
        if topic:
            Notification.objects.filter(pk=row.pk).update(topic=topic, topic_id=topic_id)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0002_webhook_replay"),
        ("specs", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="topic",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.AddField(
            model_name="notification",
            name="topic_id",
            field=models.PositiveBigIntegerField(blank=True, null=True),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                fields=["recipient", "topic", "topic_id"], name="notificatio_recipie_a1649d_idx"
            ),
        ),
        migrations.RunPython(backfill_topics, migrations.RunPython.noop),
    ]
