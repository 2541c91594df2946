from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContractsConfig(AppConfig):
    name = "tradeguard.contracts"
    label = "contracts"
    verbose_name = _("Sales contracts")

    def ready(self) -> None:
        from tradeguard.contracts.enums import ContractParty
        from tradeguard.web.timeline import Value, register_event_labels, register_event_values

        register_event_labels(
            {
                "order.contract_drafted": _("Sales contract drafted"),
                "order.contract_accepted": _("Sales contract accepted"),
                "order.contract_binding": _("Sales contract binding on both sides"),
            }
        )
        register_event_values(
            "order.contract_",
            {
                "party": Value(_("Accepted by"), "enum", ContractParty),
                "contract_version": Value(_("Contract version")),
                "sha256": Value(_("SHA-256"), "hash"),
                "contract": Value(kind="hidden"),
            },
        )
