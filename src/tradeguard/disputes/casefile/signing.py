"""The platform's Ed25519 key that signs case files' manifests.

From settings (`TRADEGUARD_CASEFILE_KEY`, a PEM private key), else a key file under the
data directory, generated on first use with owner-only permissions (never in git)."""

from __future__ import annotations

from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings

from tradeguard.common.secretfiles import read_or_create


def _generate() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _load(pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("The case file signing key must be an Ed25519 private key.")
    return key


def platform_key() -> Ed25519PrivateKey:
    configured = str(getattr(settings, "TRADEGUARD_CASEFILE_KEY", "") or "")
    if configured.strip():
        return _load(configured.strip().encode())
    return _load(read_or_create(Path(settings.TRADEGUARD_CASEFILE_KEY_FILE), _generate))


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def sign(data: bytes, key: Ed25519PrivateKey | None = None) -> bytes:
    return (key or platform_key()).sign(data)


def signature_valid(public_key_pem: bytes, data: bytes, signature: bytes) -> bool:
    """Whether `signature` is an Ed25519 signature of `data` by the PEM public key."""
    try:
        public = serialization.load_pem_public_key(public_key_pem)
    except ValueError:
        return False
    if not isinstance(public, Ed25519PublicKey):
        return False
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True
