"""Notifications name what they are about, so the inbox groups them by case, notice or
order. Existing rows get their topic from the page their link opens."""

from django.conf import settings
from django.db import migrations, models
from django.db.models import BigIntegerField, Value
from django.db.models.functions import Cast, StrIndex, Substr

# The pages older notifications link to ("<prefix><id>/..."), and the topic each one
# stands for. No prefix starts another, so a link matches one of them at most.
_LINK_TOPICS = [
    ("/disputes/", "disputes.dispute"),
    ("/ip/items/", "ip.complaintitem"),
    ("/ip/complaints/", "ip.complaint"),
    ("/ip/records/", "ip.iprecord"),
    ("/specs/orders/", "orders.order"),
    ("/orders/", "orders.order"),
    ("/sanctions/suppliers/", "sanctions.supplier"),
]
_INSPECTION = "/specs/inspections/"
_CHUNK = 500


def _linked(prefix):
    """A filter: the link is `prefix`, digits and a slash (and maybe more)."""
    return {"link__regex": rf"^{prefix}[0-9]+/"}


def _linked_id(prefix):
    """The digits after `prefix` in the link, as a number: computed by the database,
    for rows that `_linked(prefix)` selected."""
    rest = Substr("link", len(prefix) + 1)
    return Cast(Substr(rest, 1, StrIndex(rest, Value("/")) - 1), BigIntegerField())


def _chunks(values):
    values = list(values)
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]


def backfill_topics(apps, schema_editor):
    """One UPDATE per kind of link. (It used to read and update the rows one by one,
    which took minutes for the 137k notifications of the 100k-case benchmark database.)"""
    Notification = apps.get_model("notifications", "Notification")
    Inspection = apps.get_model("specs", "Inspection")
    untopiced = Notification.objects.filter(topic="")
    for prefix, label in _LINK_TOPICS:
        untopiced.filter(**_linked(prefix)).update(topic=label, topic_id=_linked_id(prefix))
    # An inspection's page stands for its order: few rows, looked up in chunks.
    wanted = {
        pk: int(link[len(_INSPECTION) :].split("/", 1)[0])
        for pk, link in untopiced.filter(**_linked(_INSPECTION)).values_list("pk", "link")
    }
    orders = {}
    for chunk in _chunks(set(wanted.values())):
        orders.update(
            Inspection.objects.filter(pk__in=chunk, order_id__isnull=False).values_list(
                "pk", "order_id"
            )
        )
    by_order = {}
    for pk, inspection in wanted.items():
        if inspection in orders:
            by_order.setdefault(orders[inspection], []).append(pk)
    for order_id, pks in by_order.items():
        for chunk in _chunks(pks):
            Notification.objects.filter(pk__in=chunk).update(
                topic="orders.order", topic_id=order_id
            )


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
