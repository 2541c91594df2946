from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tradeguard.notifications.models import Notification, WebhookDelivery, WebhookEndpoint


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "kind", "subject", "read_at", "emailed_at"]
    list_filter = ["kind"]
    search_fields = ["subject", "recipient__email"]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ["url", "events", "is_active", "created_at"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "event",
        "endpoint",
        "status",
        "attempts",
        "last_status_code",
        "next_attempt_at",
    ]
    list_filter = ["status", "event"]
    readonly_fields = [f.name for f in WebhookDelivery._meta.fields]
    actions = ["replay"]
    change_form_template = "admin/notifications/webhookdelivery/change_form.html"

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "<int:delivery_id>/replay/",
                self.admin_site.admin_view(self.replay_one),
                name="notifications_webhookdelivery_replay",
            ),
            *super().get_urls(),
        ]

    def replay_one(self, request: HttpRequest, delivery_id: int) -> HttpResponse:
        """The "Replay" button of a delivery's page (POST only)."""
        if request.method != "POST" or not self.has_view_permission(request):
            return HttpResponseNotAllowed(["POST"])
        delivery = get_object_or_404(
            WebhookDelivery.objects.select_related("endpoint"), pk=delivery_id
        )
        self.replay(request, WebhookDelivery.objects.filter(pk=delivery.pk))
        return redirect("admin:notifications_webhookdelivery_changelist")

    @admin.action(description=_("Replay the selected deliveries"))
    def replay(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        from tradeguard.notifications.webhooks import webhook_replay

        replays = [
            webhook_replay(delivery=d, actor=request.user)
            for d in queryset.select_related("endpoint")
        ]
        self.message_user(
            request,
            ngettext(
                "%(count)d delivery queued again; it is sent now and retried like any other.",
                "%(count)d deliveries queued again; they are sent now and retried like any other.",
                len(replays),
            )
            % {"count": len(replays)},
            messages.SUCCESS,
        )
