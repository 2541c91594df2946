from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _

from tradeguard.signals import rules


class SignalKind(models.TextChoices):
    EXTRA_FEE = rules.EXTRA_FEE, _("Extra fee demanded after payment")
    ACCOUNT_CHANGE = rules.ACCOUNT_CHANGE, _("Change of the receiving bank account")
    OFF_PLATFORM = rules.OFF_PLATFORM, _("Payment outside the designated account")
    CASE_WITHDRAWAL = rules.CASE_WITHDRAWAL, _("Asked to withdraw the case for a promise")
    SHIPMENT_RECALLED = rules.SHIPMENT_RECALLED, _("Shipment recalled or returned after payment")
    COMPANY_MISMATCH = rules.COMPANY_MISMATCH, _("Company details differ from the verified ones")


class SignalStatus(models.TextChoices):
    OPEN = "open", _("To review")
    CONFIRMED = "confirmed", _("Confirmed")
    DISMISSED = "dismissed", _("Dismissed")


class ReviewDecision(models.TextChoices):
    CONFIRM = "confirm", _("Confirm: it is a scam")
    DISMISS = "dismiss", _("Dismiss: not a scam")


class SignalsErrorCode(StrEnum):
    ALREADY_REVIEWED = "already_reviewed"
