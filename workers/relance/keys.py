"""The keys that seal provider credentials: what a key looks like, its id, and the ring of keys a process holds.

A key is 32 random bytes, written as base64 (standard or URL-safe, padding optional) or as 64 hex digits.
A passphrase, a short value or one with too little variety is refused, with the line that makes a key
(:data:`MAKE_A_KEY`). The AES-256-GCM key is derived from those bytes with HKDF (``relance credentials v2``)
and its id, ``k2-`` and 16 hex digits, is a fingerprint of it: stored beside each credential, it says which
key opens it, and reveals nothing of the key.

Keys sealed before keys were checked (``k1-`` ids) were derived from the configured text itself: such text
still opens what it sealed (as ``RELANCE_OLD_SECRET_KEYS``, or as the current key when it is a valid one) so
``relance rotate-key`` can move those credentials to a ``k2-`` key.

This module depends on nothing else of Relance, so the configuration can check a key before anything starts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from contextlib import suppress
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
MAKE_A_KEY = (
    'make one with: python -c "import secrets,base64;print(base64.b64encode(secrets.token_bytes(32)).decode())"'
)
_HEX = re.compile(r"^[0-9a-fA-F]{64}$")
_B64 = re.compile(r"^[A-Za-z0-9+/_-]{43}={0,1}$")
_LEGACY_MIN = 16


class InvalidKey(ValueError):
    """A key that is not 32 random bytes; the message never quotes the value."""


def decode_key(text: str) -> bytes:
    """The 32 bytes of a key written as base64 or hex; :class:`InvalidKey` (naming no value) otherwise."""
    value = text.strip()
    raw: bytes | None = None
    if _HEX.match(value):
        raw = bytes.fromhex(value)
    elif _B64.match(value):
        padded = value.rstrip("=") + "="
        try:
            raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            raw = None
        # A random key mixes upper case, lower case and digits; a passphrase that happens to be 43 letters long
        # does not (the odds that 43 random base64 characters lack one of the three are below 1 in a billion).
        if raw is not None and not (
            re.search(r"[A-Z]", value) and re.search(r"[a-z]", value) and re.search(r"[0-9+/_-]", value)
        ):
            raw = None
    if raw is None or len(raw) != KEY_BYTES:
        raise InvalidKey(f"must be {KEY_BYTES} random bytes, base64 or hex encoded (not a passphrase); {MAKE_A_KEY}")
    if len(set(raw)) < 16:  # 32 random bytes repeat a value a few times at most
        raise InvalidKey(f"has too little variety to be {KEY_BYTES} random bytes; {MAKE_A_KEY}")
    return raw


@dataclass(frozen=True)
class SecretKey:
    """One AES-256 key and its id (a fingerprint, safe to store and to log)."""

    key: bytes = field(repr=False)
    key_id: str

    @classmethod
    def from_bytes(cls, raw: bytes) -> SecretKey:
        if len(raw) != KEY_BYTES:
            raise InvalidKey(f"must be {KEY_BYTES} bytes")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"relance credentials v2").derive(raw)
        return cls(key, "k2-" + hashlib.sha256(b"relance key id:" + key).hexdigest()[:16])

    @classmethod
    def from_material(cls, text: str) -> SecretKey:
        """A key as configured (base64 or hex of 32 random bytes)."""
        return cls.from_bytes(decode_key(text))

    @classmethod
    def legacy(cls, text: str) -> SecretKey:
        """The key earlier versions derived from the configured text itself (``k1-`` ids): opens only."""
        if len(text) < _LEGACY_MIN:
            raise InvalidKey(f"an old key must be at least {_LEGACY_MIN} characters")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"relance credentials v1").derive(
            text.encode()
        )
        return cls(key, "k1-" + hashlib.sha256(b"relance key id:" + key).hexdigest()[:16])


@dataclass(frozen=True)
class KeyRing:
    """The key that seals (``current``) and the keys that only open (``others``), found by stored key id."""

    current: SecretKey
    others: tuple[SecretKey, ...] = ()

    def by_id(self, key_id: str) -> SecretKey | None:
        for key in (self.current, *self.others):
            if key.key_id == key_id:
                return key
        return None

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(k.key_id for k in (self.current, *self.others))

    @classmethod
    def from_texts(cls, current: str, old: tuple[str, ...] = ()) -> KeyRing:
        """The ring of a configuration: ``current`` must be a valid key; the current text and each old one
        also open what was sealed before keys were checked (see :func:`opening_keys`)."""
        key = SecretKey.from_material(current)
        others: list[SecretKey] = []
        for text in (current, *old):
            for candidate in opening_keys(text):
                if candidate.key_id not in {key.key_id, *(o.key_id for o in others)}:
                    others.append(candidate)
        return cls(key, tuple(others))


def opening_keys(text: str) -> list[SecretKey]:
    """What a configured key opens: as a key (when it is one), and as the text earlier versions derived a key
    from (``k1-``, when it is long enough). :class:`InvalidKey` when it is neither."""
    value = text.strip()
    found = []
    with suppress(InvalidKey):
        found.append(SecretKey.from_material(value))
    if len(value) >= _LEGACY_MIN:
        found.append(SecretKey.legacy(value))
    if not found:
        raise InvalidKey(f"must each be a key, or the text of a key used before (at least {_LEGACY_MIN} characters)")
    return found


def split_keys(raw: str) -> tuple[str, ...]:
    """``RELANCE_OLD_SECRET_KEYS``: keys separated by commas (base64 and hex have none), blanks ignored."""
    return tuple(part.strip() for part in raw.split(",") if part.strip())
