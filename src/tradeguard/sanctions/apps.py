from django.apps import AppConfig


class SanctionsConfig(AppConfig):
    name = "tradeguard.sanctions"
    label = "sanctions"
    verbose_name = "Sanctions"

    def ready(self) -> None:
        from tradeguard.sanctions import (
            inbox,
            tasks,  # noqa: F401  (registers the timer handler)
        )

        inbox.register()
        _register_timeline()


def _register_timeline() -> None:
    """How the ledger's events read on the organization's timeline, in the reader's
    language. The stored reason is English; the ledger above the timeline shows each
    entry's reason in the reader's language, so the timeline does not repeat it."""
    from django.utils.translation import gettext_lazy as _

    from tradeguard.sanctions.enums import SanctionKind, StandingLevel
    from tradeguard.web.timeline import Value, register_event_labels, register_event_values

    register_event_labels(
        {
            "sanctions.points_awarded": _("Sanction points given"),
            "sanctions.strike": _("Strike given"),
            "sanctions.level_changed": _("Sanctions standing changed"),
            "sanctions.listings_hidden": _("Listings hidden by sanctions"),
            "sanctions.listings_shown": _("Listings shown again after sanctions"),
            "sanctions.entry_reversed": _("Sanction reversed"),
        }
    )
    hidden = Value(kind="hidden")
    register_event_values(
        "sanctions.",
        {
            "entry": hidden,
            "reason": hidden,
            "source_type": hidden,
            "source_id": hidden,
            "reverses": hidden,
            "reversal": hidden,
            "kind": Value(_("What"), "enum", SanctionKind),
            "listings": Value(_("Listings")),
            "points": Value(_("Points")),
            "points_in_force": Value(_("Points in force")),
            "level": Value(_("Standing"), "enum", StandingLevel),
            "restricted_until": Value(_("Restricted until")),
            "terminated": Value(_("Membership terminated")),
        },
    )
