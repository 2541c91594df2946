"""`{% load notifications %}`: notification text with links, never raw paths."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from tradeguard.notifications import text

register = template.Library()


@register.filter
def notification_html(body: str) -> SafeString:
    """Paragraphs with `[label](/path/)` links (and bare paths) as links."""
    return text.to_html(body)


@register.filter
def notification_excerpt(body: str) -> str:
    return text.excerpt(body)


@register.filter
def without_prefix(subject: str, prefix: str = "") -> str:
    """'Dispute #6: decided' under the group 'Dispute #6 · ...' reads 'Decided'."""
    if prefix and subject.startswith(prefix) and len(subject) > len(prefix):
        rest = subject[len(prefix) :].strip()
        return rest[:1].upper() + rest[1:]
    return subject
