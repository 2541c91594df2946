"""Sign-in security: password checks throttled per account and per network address,
password change, and password reset by email. Every password form and the token
endpoint check passwords through `password_authenticate`."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import AccountsErrorCode, ThrottleAction, ThrottleScope
from tradeguard.accounts.models import ThrottleEvent, User
from tradeguard.accounts.policy import THROTTLE_KEEP, THROTTLES, locked_until
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_instant, format_relative
from tradeguard.common.i18n.text import reading_as

log = logging.getLogger(__name__)


def client_address(request: HttpRequest | None) -> str:
    """The address a request came from: REMOTE_ADDR, or with TRUST_X_FORWARDED_FOR (one
    reverse proxy in front) the address that proxy saw, the last X-Forwarded-For entry."""
    if request is None:
        return ""
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()[:64]
    return str(request.META.get("REMOTE_ADDR", ""))[:64]


def _account_key(email: str) -> str:
    return hashlib.sha256((email or "").strip().lower().encode()).hexdigest()


def _keys(email: str, address: str) -> list[tuple[str, str]]:
    keys = [(ThrottleScope.ACCOUNT.value, _account_key(email))]
    if address:
        keys.append((ThrottleScope.ADDRESS.value, address))
    return keys


def throttle_locked_until(*, action: str, email: str, address: str) -> dt.datetime | None:
    """The end of the lock on this account or address for `action`, or None."""
    now = clock.now()
    ends = []
    for scope, key in _keys(email, address):
        throttle = THROTTLES[(action, scope)]
        times = list(
            ThrottleEvent.objects.filter(
                action=action, scope=scope, key=key, at__gt=now - throttle.window
            ).values_list("at", flat=True)
        )
        until = locked_until(times, throttle, now)
        if until is not None:
            ends.append(until)
    return max(ends) if ends else None


def throttle_record(*, action: str, email: str, address: str) -> None:
    now = clock.now()
    keys = _keys(email, address)
    ThrottleEvent.objects.bulk_create(
        ThrottleEvent(action=action, scope=scope, key=key, at=now) for scope, key in keys
    )
    ThrottleEvent.objects.filter(
        action=action, key__in=[k for _, k in keys], at__lt=now - THROTTLE_KEEP
    ).delete()


def _throttled(until: dt.datetime, code: str, message: str) -> ApplicationError:
    now = clock.now()
    when = format_instant(until)
    return ApplicationError(
        code,
        message % {"time": when, "wait": format_relative(until, now)},
        fields={"password": _("Wait until %(time)s and try again.") % {"time": when}},
        status=429,
        headers={"Retry-After": str(max(1, math.ceil((until - now).total_seconds())))},
    )


def password_authenticate(
    *, request: HttpRequest | None, email: str, password: str, address: str | None = None
) -> User:
    """The user whose email and password these are. Refused at once, without checking
    the password, while the account or the address is locked after too many failures."""
    email = (email or "").strip().lower()
    address = client_address(request) if address is None else address
    until = throttle_locked_until(action=ThrottleAction.SIGN_IN, email=email, address=address)
    if until is not None:
        log.warning("sign-in refused while locked: address %s", address)
        raise _throttled(
            until,
            AccountsErrorCode.LOGIN_THROTTLED,
            _(
                "Too many failed sign-ins for this account or from this network. For your "
                "security, password checks are paused until %(time)s (%(wait)s). "
                "Forgot your password? Reset it by email."
            ),
        )
    user = authenticate(request, username=email, password=password)
    if not isinstance(user, User):
        throttle_record(action=ThrottleAction.SIGN_IN, email=email, address=address)
        raise ApplicationError(
            AccountsErrorCode.INVALID_CREDENTIALS,
            _("Email or password is wrong."),
            fields={"password": _("Check both and try again; passwords are case-sensitive.")},
            status=401,
        )
    return user


def password_validate(password: str, *, user: User | None = None, field: str = "password") -> None:
    """The same rules everywhere a password is set (API, pages, `createuser`)."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ApplicationError(
            AccountsErrorCode.WEAK_PASSWORD,
            _("Choose a stronger password."),
            fields={field: " ".join(exc.messages)},
        ) from None


def _password_set(user: User, new_password: str, *, actor: User | None, how: str) -> User:
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        locked.set_password(new_password)
        locked.save(update_fields=["password"])
        if locked.organization_id:
            event_record(
                obj=locked.organization,  # type: ignore[arg-type]
                type=f"user.password_{how}",
                actor=actor,
                new={"user": locked.pk},
            )
    return locked


def password_change(
    *, actor: User, current_password: str, new_password: str, address: str = ""
) -> User:
    """Change the actor's password; the current one is checked (and throttled) first."""
    try:
        password_authenticate(
            request=None, email=actor.email, password=current_password, address=address
        )
    except ApplicationError as exc:
        if exc.code != AccountsErrorCode.INVALID_CREDENTIALS:
            raise
        raise ApplicationError(
            AccountsErrorCode.WRONG_PASSWORD,
            _("Your current password is not right."),
            fields={"current_password": _("Type the password you sign in with now.")},
        ) from None
    password_validate(new_password, user=actor, field="new_password")
    return _password_set(actor, new_password, actor=actor, how="changed")


def reset_link(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("accounts:password_reset_confirm", args=[uid, token])
    return f"{settings.TRADEGUARD_BASE_URL.rstrip('/')}{path}"


def password_reset_request(*, email: str, address: str = "") -> None:
    """Email a link to set a new password, when an active account has this email.
    Answers the same whether or not one does (no one learns who has an account)."""
    email = (email or "").strip().lower()
    until = throttle_locked_until(action=ThrottleAction.RESET, email=email, address=address)
    if until is not None:
        raise _throttled(
            until,
            AccountsErrorCode.RESET_THROTTLED,
            _(
                "Too many reset emails were asked for. Ask again after %(time)s "
                "(%(wait)s); the last email's link still works."
            ),
        )
    throttle_record(action=ThrottleAction.RESET, email=email, address=address)
    user = User.objects.filter(email=email, is_active=True).first()
    if user is None:
        return
    hours = max(1, settings.PASSWORD_RESET_TIMEOUT // 3600)
    with reading_as(user):  # the email in the reader's language
        send_mail(
            subject=_("[%(market)s] Set a new password")
            % {"market": settings.TRADEGUARD_MARKETPLACE_NAME},
            message=_(
                "Someone (we hope you) asked to set a new password for %(email)s on "
                "TradeGuard.\n\nOpen this link within %(hours)s hours to choose one:\n%(link)s\n\n"
                "If it was not you, ignore this email: your password stays as it is."
            )
            % {"email": user.email, "hours": hours, "link": reset_link(user)},
            from_email=None,
            recipient_list=[user.email],
        )


def password_reset_user(uid: str, token: str) -> User | None:
    """The user a reset link is for, if the link is valid and unused."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uid)))
    except (TypeError, ValueError, OverflowError):
        return None
    user = User.objects.filter(pk=pk, is_active=True).first()
    if user is None or not default_token_generator.check_token(user, token):
        return None
    return user


def password_reset_confirm(*, uid: str, token: str, new_password: str) -> User:
    """Set a new password from a reset link (each link works once)."""
    user = password_reset_user(uid, token)
    if user is None:
        raise ApplicationError(
            AccountsErrorCode.RESET_LINK_INVALID,
            _("This reset link is not valid any more: it was used, or it is too old."),
            fields={"token": _("Ask for a new link on the sign-in page.")},
            status=422,
        )
    password_validate(new_password, user=user, field="new_password")
    user = _password_set(user, new_password, actor=user, how="reset")
    # A successful reset lifts the account's sign-in lock.
    ThrottleEvent.objects.filter(
        action=ThrottleAction.SIGN_IN, scope=ThrottleScope.ACCOUNT, key=_account_key(user.email)
    ).delete()
    return user
