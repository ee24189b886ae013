"""One message's new text to its signature result: the block, its fields, its entities, one confidence.

The API the intelligence worker (and SQL, through the worker) calls::

    from relance.intelligence import read_signature
    result = read_signature(new_text, sender_address="jean.dupont@acme.fr", sender_name="Jean Dupont",
                            user_address="claire@cabinet.fr", user_name="Claire Martin", region="FR")
    result.lines       # indexes in new_text.split("\\n")
    result.fields      # {"name": Field(value, confidence, line), …}; result.phones: [Phone(e164, type, …)]
    result.confidence  # that the block is the sender's signature; result.needs_llm below LLM_FLOOR
    result.as_dict()   # JSON for SQL

Deterministic and offline: no network, no LLM. `needs_llm` only says whether a fallback would be worth it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from relance.intelligence import fields as F
from relance.intelligence import signature as S
from relance.intelligence.entities import Entity

VERSION = 1
# Below this block confidence (or with a block but neither a name nor any contact field), the rules are unsure
# and a later LLM fallback may be asked.
LLM_FLOOR = 0.5

_FR_WORDS = re.compile(
    r"\b(?:je|vous|nous|merci|bonjour|cordialement|le|la|les|des|est|pour|avec|une|pas|bien|à|journée|rue)\b", re.I
)
_EN_WORDS = re.compile(r"\b(?:i|you|we|thanks|hi|hello|regards|the|is|for|with|a|not|best|will|street)\b", re.I)


def detect_lang(text: str) -> str:
    """ "fr" or "en", by common words (French wins ties: the product's first market)."""
    fr = len(_FR_WORDS.findall(text))
    en = len(_EN_WORDS.findall(text))
    return "en" if en > fr else "fr"


@dataclass
class SignatureResult:
    lines: list[int]
    text: str  # the block's lines joined by "\n"
    confidence: float
    needs_llm: bool
    reason: str  # closing, separator, cues, own-message, none
    lang: str
    fields: dict[str, F.Field] = field(default_factory=dict)
    phones: list[F.Phone] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    model_used: bool = False  # the statistical NER ran (the rules left the person or company open)
    version: int = VERSION

    def value(self, name: str) -> str | None:
        f = self.fields.get(name)
        return f.value if f else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "lines": self.lines,
            "text": self.text,
            "confidence": self.confidence,
            "needs_llm": self.needs_llm,
            "reason": self.reason,
            "lang": self.lang,
            "fields": {k: v.as_dict() for k, v in self.fields.items()},
            "phones": [p.as_dict() for p in self.phones],
            "entities": [e.as_dict() for e in self.entities],
            "model_used": self.model_used,
        }


def read_signature(
    new_text: str,
    *,
    sender_address: str | None = None,
    sender_name: str | None = None,
    user_address: str | None = None,
    user_name: str | None = None,
    region: str = "FR",
    lang: str | None = None,
) -> SignatureResult:
    """The sender's signature in `new_text` (the text `relance.analysis.new_text` extracted), with its fields.

    `region` is the team's country (ISO 3166 alpha-2), the default region for phone numbers written without an
    international prefix. `user_address`/`user_name` are the mailbox user's: their own signature is never read.
    """
    if not isinstance(new_text, str):
        raise TypeError(f"new_text must be a str, not {type(new_text).__name__}")
    text = new_text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\u202f", " ")
    # Bidi overrides, zero-width and other invisible characters, control characters and terminal escapes go before
    # anything is read (a phone "\u202d+33 6 12 34 56 78\u202c" still parses), so that no value returned holds one.
    text = S.clean(text)
    lang = lang or detect_lang(text)
    block = S.find_block(
        text, sender_address=sender_address, sender_name=sender_name, user_address=user_address, user_name=user_name
    )
    all_lines = text.split("\n")
    result = SignatureResult(
        lines=block.lines,
        text="\n".join(all_lines[i] for i in block.lines),
        confidence=block.confidence,
        needs_llm=False,
        reason=block.reason,
        lang=lang,
    )
    if not block.lines:
        return result
    tokens = S._name_tokens(sender_name, sender_address)
    found = F.extract(
        {i: all_lines[i] for i in block.lines},
        lang=lang,
        sender_address=sender_address,
        sender_name=sender_name,
        sender_tokens=tokens,
        region=region,
    )
    result.fields = {k: getattr(found, k) for k in (*F.FIELDS, "orias") if getattr(found, k) is not None}
    # A block that ran past MAX_LINES, or that holds more numbers than a signature carries, is a list, not a
    # person's signature (see `S.MAX_LINES`, `F.MAX_PHONES`): one number of each type at most, and unsure.
    listing = block.overlong or len(found.phones) > F.MAX_PHONES
    result.phones = F.one_per_type(found.phones, S.UNSURE) if listing else found.phones
    result.entities = found.entities
    result.model_used = found.model_used
    contact = bool(result.phones) or any(k in result.fields for k in ("email", "website", "linkedin", "address"))
    if "name" in result.fields or contact:
        result.confidence = round(min(1.0, result.confidence + 0.1), 3)
    if listing:
        result.confidence = min(result.confidence, S.UNSURE)
    # A team signs ("The Accounts Team", "Le service client"): no person to find, nothing an LLM would add.
    team = bool(block.lines) and bool(F.TEAM.search(all_lines[block.lines[0]]))
    result.needs_llm = result.confidence < LLM_FLOOR or ("name" not in result.fields and contact and not team)
    return result
